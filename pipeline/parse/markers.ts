import { normalizeArabic } from '../../src/lib/arabic/normalize';

// Folded forms: إقرأ أيضاً، اقرأ أيضا، اقرأ ايضا، اقرأ أيضًا (with or without a colon).
const READ_ALSO = /^(?:و?اقرا|طالع|شاهد) (?:ايضا|كذلك)\s*[:：-]?\s*/;
const SOURCE = /^المصدر\s*[:：]\s*/;
// Cheap tests on the raw line; tatweel or diacritics (M) may sit between the letters.
const M = '(?:\\u0640|[\\u064B-\\u0652])*';
const READ_ALSO_HINT = new RegExp(`^\\P{L}*(?:[وف]?[اأإآ]${M}ق|طالع|شاهد)`, 'u');
const SOURCE_HINT = new RegExp(`^\\P{L}*ا${M}ل${M}م${M}ص`, 'u');

/** A read-also marker line; `rest` is a headline written on the same line, if any. */
export function matchReadAlso(line: string): { rest: string } | null {
  // Most lines are paragraphs: a glance at their first letters before folding them.
  if (!READ_ALSO_HINT.test(line)) return null;
  const folded = normalizeArabic(line);
  const match = READ_ALSO.exec(folded);
  if (!match) return null;
  const colon = line.search(/[:：]/);
  const rest = colon >= 0 && match[0].includes(':') ? line.slice(colon + 1).trim() : '';
  if (!match[0].includes(':') && folded.length > match[0].length) return null;
  return { rest };
}

/** A source line, `المصدر: الثورة نت`, gives the source name. */
export function matchSource(line: string): string | null {
  if (!SOURCE_HINT.test(line) || !SOURCE.test(normalizeArabic(line.slice(0, 24)))) return null;
  const colon = line.search(/[:：]/);
  const source = line.slice(colon + 1).trim();
  return source.length > 0 ? source : null;
}

/** A dateline names the outlet or city and ends with a slash: `الثورة نت/`. */
export function matchDateline(line: string): string | null {
  const match = /^(.{1,60}?)\s*\/$/u.exec(line.trim());
  return match && !match[1].includes('/') ? match[1].trim() : null;
}
