/**
 * Arabic text folding shared by the pipeline and the browser: no DOM, no Node imports.
 * Folding is for comparing and searching, never for display.
 */

// Anything outside ASCII and the basic Arabic block may need compatibility folding
// (presentation forms such as ﻻ, full-width Latin); the common case skips NFKC.
// eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose
const NEEDS_NFKC = /[^\u0000-\u007F\u0600-\u06FF]/;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EXTENDED_DIGITS = /[\u06F0-\u06F9]/g;
const MARKS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u00AD]/g;

function isMark(code: number): boolean {
  return (
    (code >= 0x0610 && code <= 0x061a) || // Quranic marks
    (code >= 0x064b && code <= 0x065f) || // harakat, shadda, sukun
    code === 0x0670 || // superscript alef
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 || // tatweel
    (code >= 0x200b && code <= 0x200f) || // zero-width, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff ||
    code === 0x061c ||
    code === 0x00ad
  );
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
 * ى→ي, ة→ه, ؤ→و, ئ→ي, Western digits, lower-case Latin, single spaces, trimmed.
 * One pass over the characters: the pipeline calls it for every word of the corpus.
 */
export function normalizeArabic(text: string): string {
  const source = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  let out = '';
  let pendingSpace = false;
  for (let index = 0; index < source.length; index++) {
    let code = source.charCodeAt(index);
    if (isMark(code)) continue;
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) code = 0x0627;
    else if (code === 0x0649 || code === 0x0626) code = 0x064a;
    else if (code === 0x0629) code = 0x0647;
    else if (code === 0x0624) code = 0x0648;
    else if (code >= 0x0660 && code <= 0x0669) code -= 0x0660 - 0x30;
    else if (code >= 0x06f0 && code <= 0x06f9) code -= 0x06f0 - 0x30;
    else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    else if (code > 0x7f && code < 0x0600) {
      out += (pendingSpace ? ' ' : '') + source[index].toLowerCase();
      pendingSpace = false;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(code);
  }
  return out;
}
