import type { DocumentAnalysis } from './analyse';

/**
 * Renumbers the term ids of analyses made by several analysers (each with its own
 * dictionary) into one canonical numbering: a term's rank in sorted order. The same corpus
 * then gets the same ids however its files were split between threads.
 */
export function canonicalTermIds(
  sources: readonly { analyses: readonly DocumentAnalysis[]; terms: readonly string[] }[],
): void {
  const all = [...new Set(sources.flatMap((source) => source.terms))].sort();
  const rank = new Map(all.map((term, index) => [term, index]));
  for (const { analyses, terms } of sources) {
    const toCanonical = Int32Array.from(terms, (term) => rank.get(term)!);
    for (const analysis of analyses) {
      const stories = [analysis.page, ...analysis.embedded.map((ref) => ref.story)];
      for (const story of stories) {
        if (!story) continue;
        story.termIds = story.termIds.map((id) => toCanonical[id]);
      }
    }
  }
}
