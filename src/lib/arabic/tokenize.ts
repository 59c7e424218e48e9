import { normalizeArabic } from './normalize';

// Letters and digits of any script; everything else separates tokens.
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Normalised word tokens of a text, in order. */
export function tokenize(text: string): string[] {
  return normalizeArabic(text).match(TOKEN) ?? [];
}
