export interface Run {
  text: string;
  /** A Latin run inside Arabic text, to be isolated so that it cannot reorder its neighbours. */
  latin: boolean;
}

// A run of Latin text: starts with a letter, digit or opening bracket, ends with a letter,
// digit or closing bracket, and may hold any ASCII punctuation and spaces between (a URL,
// markup, "U.S. Army"). Punctuation at its edges belongs to the Arabic sentence around it.
const LATIN_RUN =
  /[A-Za-z0-9\u00C0-\u024F<([{](?:[!-~\u00C0-\u024F ]*[A-Za-z0-9\u00C0-\u024F>)\]}])?/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

export function isolateLatin(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    // Digits alone read the same either way: only runs with a Latin letter are isolated.
    if (!LATIN_LETTER.test(match[0])) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), latin: false });
  return runs;
}
