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

/** Index terms of a text: folded, stop words and bare numbers dropped, lightly stemmed. */
export function indexTerms(text: string): string[] {
  return wordsOf(text).flatMap(({ folded }) => termOf(folded) ?? []);
}
