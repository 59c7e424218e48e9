import { lightStem } from '../../src/lib/arabic/stem';
import { isStopWord } from '../../src/lib/arabic/stop-words';
import { tokenize } from '../../src/lib/arabic/tokenize';

/** Index terms of a text: folded, stop words and bare numbers dropped, lightly stemmed. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (token.length < 2 || isStopWord(token) || /^\d+$/.test(token)) continue;
    terms.push(lightStem(token));
  }
  return terms;
}
