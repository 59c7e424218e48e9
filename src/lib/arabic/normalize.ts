/**
 * Arabic text folding shared by the pipeline and the browser: no DOM, no Node imports.
 * Folding is for comparing and searching, never for display.
 */

// Characters whose compatibility form differs: Arabic presentation forms (ﻻ), Latin
// ligatures, full-width forms, odd spaces. Text without them skips NFKC.
const NEEDS_NFKC =
  /[\u00A0\u00AA-\u00BE\u2000-\u200A\u2024-\u2026\u2070-\u209F\u2100-\u218F\u2460-\u24FF\u3000\uFB00-\uFDFF\uFE30-\uFE4F\uFE70-\uFEFF\uFF00-\uFFEF]/;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EXTENDED_DIGITS = /[\u06F0-\u06F9]/g;
// Diacritics, Quranic marks, superscript alef, tatweel, zero-width and bidi controls, BOM.
const MARKS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u00AD]/g;
// Everything normalizeArabic changes, in one class, so one native pass finds it all.
const FOLDED =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u00AD\u0622\u0623\u0625\u0671\u0649\u0626\u0629\u0624\u0660-\u0669\u06F0-\u06F9\u06CC\u06D0\u06A9\u06AA\u06C0-\u06C2\u06D5\u06BE\u06A4\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06D2\u06D3\u06CE\u06C6\u0695\u06B5]/g;

const KURDISH_MEDIAL_E = /\u06D5(?=[\u0621-\u064A\u066E-\u06D3])/g;

function fold(char: string): string {
  switch (char) {
    case '\u0622': // آ
    case '\u0623': // أ
    case '\u0625': // إ
    case '\u0671': // ٱ
      return '\u0627';
    case '\u0649': // ى
    case '\u0626': // ئ
    case '\u06CC': // Persian ی
    case '\u06D0': // ې
      return '\u064A';
    case '\u06A9': // Persian ک
    case '\u06AA': // ڪ
    case '\u06AF': // گ, written ك or ج in Arabic
      return '\u0643';
    case '\u06A4': // ڤ, for v
      return '\u0641';
    case '\u067E': // پ, for p
      return '\u0628';
    case '\u0686': // چ
      return '\u062C';
    case '\u0698': // ژ
      return '\u0632';
    // Urdu: ٹ ڈ ڑ ں ے (عطاء الله تارڑ), to the Arabic letters they are written with.
    case '\u0679': // ٹ
      return '\u062A';
    case '\u0688': // ڈ
      return '\u062F';
    case '\u0691': // ڑ
      return '\u0631';
    case '\u06BA': // ں
      return '\u0646';
    case '\u06D2': // ے
    case '\u06D3': // ۓ
      return '\u064A';
    // Kurdish (Sorani): ێ ۆ ڕ ڵ, as Arabic writes the names (نێچیرڤان بارزانی، ڕووداو).
    case '\u06CE': // ێ
      return '\u064A';
    case '\u06C6': // ۆ
      return '\u0648';
    case '\u0695': // ڕ
      return '\u0631';
    case '\u06B5': // ڵ
      return '\u0644';
    case '\u0629': // ة
    case '\u06C0': // ۀ
    case '\u06C1': // ہ
    case '\u06C2': // ۂ
    case '\u06D5': // ە
    case '\u06BE': // ھ
      return '\u0647';
    case '\u0624': // ؤ
      return '\u0648';
  }
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return '';
}

/** Arabic-Indic (and Persian) digits to ASCII 0-9. */
export function toWesternDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Removes diacritics, tatweel and invisible characters, keeping letters as written. */
export function stripMarks(text: string): string {
  return text.replace(MARKS, '');
}

/**
 * Folds text for comparison: NFKC, no diacritics, tatweel or invisibles, one alef,
 * ى→ي, ة→ه, ؤ→و, ئ→ي, Persian and Urdu ی ک ہ ۀ ھ ٹ ڈ ڑ ں ے and the letters for foreign sounds (ڤ پ چ ژ گ) and Kurdish ێ ۆ ڕ ڵ ە to their Arabic
 * kin, Western digits, lower-case Latin, single spaces, trimmed.
 * Native regular-expression passes only: the pipeline calls it for every word of the corpus.
 */
export function normalizeArabic(text: string): string {
  let source = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  // Kurdish ە inside a word is a short vowel that Arabic leaves unwritten (مەحمود is
  // محمود, مەسرور مسرور); at a word's end it is written ه (کۆیە, كويه).
  if (source.includes('\u06D5')) source = source.replace(KURDISH_MEDIAL_E, '');
  return source.replace(FOLDED, fold).toLowerCase().replace(/\s+/g, ' ').trim();
}

// Text repeats its words: each distinct spelling is folded once. Bounded, so a hostile or
// huge input cannot grow it without limit.
const foldedWords = new Map<string, string>();
const WORD_CACHE_LIMIT = 200_000;

/** normalizeArabic for a single word, memoised. */
export function normalizeWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = normalizeArabic(word);
    if (foldedWords.size >= WORD_CACHE_LIMIT) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}
