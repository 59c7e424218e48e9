import { lightStem } from '../../src/lib/arabic/stem';
import { isStopWord } from '../../src/lib/arabic/stop-words';
import { wordsOf } from '../text/words';

// A corpus repeats its words: each distinct token is judged and stemmed once.
const termOfToken = new Map<string, string | null>();
const CACHE_LIMIT = 200_000;

export function termOf(token: string): string | null {
  let term = termOfToken.get(token);
  if (term === undefined) {
    const keep = token.length >= 2 && !isStopWord(token) && !/^\d+$/.test(token);
    term = keep ? lightStem(token) : null;
    if (termOfToken.size >= CACHE_LIMIT) termOfToken.clear();
    termOfToken.set(token, term);
  }
  return term;
}

/** Index terms of folded words: stop words and bare numbers dropped, lightly stemmed. */
export function termsOfWords(words: readonly { folded: string }[]): string[] {
  const terms: string[] = [];
  for (const { folded } of words) {
    const term = termOf(folded);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** Index terms of a text. */
export function indexTerms(text: string): string[] {
  return termsOfWords(wordsOf(text));
}
