import { normalizeWord } from '../../src/lib/arabic/normalize';

export interface Word {
  /** As written, with any diacritics and tatweel. */
  raw: string;
  /** Folded for comparison (normalizeArabic). */
  folded: string;
  start: number;
  end: number;
}

/** Letters, digits and the marks on them: a written word. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text with their offsets, each folded once. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const folded = normalizeWord(raw);
    if (folded) words.push({ raw, folded, start: match.index, end: match.index + raw.length });
  }
  return words;
}
