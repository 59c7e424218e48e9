import type { DocumentAnalysis } from './analyse';

/**
 * Renumbers the term ids of analyses made by several analysers (each with its own
 * dictionary) into one canonical numbering: a term's rank, in sorted order, among the terms
 * the analyses use. The same corpus then gets the same ids however its files were split
 * between threads, and whatever else a dictionary read from a cache still holds. Returns
 * the canonical table: the term of each id.
 */
export function canonicalTermIds(
  sources: readonly { analyses: readonly DocumentAnalysis[]; terms: readonly string[] }[],
): string[] {
  const storiesOf = (analysis: DocumentAnalysis) =>
    [analysis.page, ...analysis.embedded.map((ref) => ref.story)].filter((story) => story !== null);
  const used = new Set<string>();
  for (const { analyses, terms } of sources) {
    for (const analysis of analyses) {
      for (const story of storiesOf(analysis)) {
        for (const id of story.termIds) used.add(terms[id]);
        for (const id of story.search.ids) used.add(terms[id]);
      }
    }
  }
  const table = [...used].sort();
  const rank = new Map(table.map((term, index) => [term, index]));
  for (const { analyses, terms } of sources) {
    const toCanonical = Int32Array.from(terms, (term) => rank.get(term) ?? -1);
    for (const analysis of analyses) {
      for (const story of storiesOf(analysis)) {
        story.termIds = story.termIds.map((id) => toCanonical[id]);
        story.search = { ...story.search, ids: story.search.ids.map((id) => toCanonical[id]) };
      }
    }
  }
  return table;
}
