import { normalizeArabic } from '../../../src/lib/arabic/normalize';

/** A word list folded the way words are compared (normalizeArabic). */
export function foldedSet(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => normalizeArabic(word)),
  );
}

/** The word without a leading و or ف, when there is one to take off. */
export function withoutConjunction(folded: string): string {
  // فان، فهد are names: ف comes off only a longer word; و also off وهو، ولا.
  if (folded.length > 2 && folded[0] === 'و') return folded.slice(1);
  if (folded.length > 3 && folded[0] === 'ف') return folded.slice(1);
  return folded;
}

/** والدها، والدته: "her father", not و and a word with the article. */
const PARENT = /^والد(?:ه|ها|هم|هما|ك|ته|تها|تهم|تهما|تك|تي|ي|يه|يها|يهم|ان|ا|اه|اها|اهم)?$/u;

/** The word without the article ال (or وال، فال). */
export function withoutArticle(folded: string): string {
  if (folded.startsWith('ال') && folded.length > 3) return folded.slice(2);
  if (
    (folded.startsWith('وال') || folded.startsWith('فال')) &&
    folded.length > 4 &&
    !PARENT.test(folded)
  )
    return folded.slice(3);
  return folded;
}

/** Whether the word carries the article ال, alone or after و/ف. */
export function isDefinite(folded: string): boolean {
  return (
    (folded.startsWith('ال') && folded.length > 3) ||
    ((folded.startsWith('وال') || folded.startsWith('فال')) &&
      folded.length > 4 &&
      !PARENT.test(folded))
  );
}

/** The masculine base of a feminine noun or adjective: وزيره → وزير (folded ة is ه). */
export function masculine(folded: string): string {
  return folded.endsWith('ه') && folded.length > 3 ? folded.slice(0, -1) : folded;
}
