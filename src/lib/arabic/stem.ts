/**
 * A light stemmer in the manner of Light10 (Larkey, Ballesteros and Connell): strip
 * و, then the definite article and its prepositional forms, then common suffixes, keeping
 * at least a two or three letter stem. Expects normalised input (see normalize.ts).
 */

const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

export function lightStem(token: string): string {
  let word = token;
  if (word.length > 3 && word.startsWith('و')) word = word.slice(1);
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) {
      word = word.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix)) {
      word = word.slice(0, -suffix.length);
    }
  }
  return word;
}
