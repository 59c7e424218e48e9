/**
 * The passage of an article that a search result shows: the quote or paragraph holding
 * most of the query's words, cut to a window around them, with the matched words marked.
 * Pure: the text is data, returned as pieces for React to render as text.
 */
import { normalizeWord } from '../../lib/arabic/normalize';
import { matchesWord, SEARCH_WORD, type QueryWord } from '../../lib/search/analyze';

export interface SnippetPiece {
  text: string;
  marked: boolean;
}

export interface Snippet {
  pieces: SnippetPiece[];
  /** When the passage is a quote: its id and speaker. */
  quote: { id: string; speaker: string | null } | null;
}

interface Passage {
  text: string;
  quote: Snippet['quote'];
}

/** Words on each side of the first match that the window keeps. */
const WINDOW = 14;

function matchesIn(text: string, words: readonly QueryWord[]) {
  const found: { start: number; end: number; word: number }[] = [];
  for (const match of text.matchAll(SEARCH_WORD)) {
    const folded = normalizeWord(match[0]);
    const word = words.findIndex((query) => matchesWord(folded, query));
    if (word >= 0) found.push({ start: match.index, end: match.index + match[0].length, word });
  }
  return found;
}

/** The best passage of an article for the words, or null when none holds any of them. */
export function snippetOf(
  article: {
    title: string;
    paragraphs: readonly string[];
    quotes: readonly { id: string; text: string; speaker: string | null }[];
  },
  words: readonly QueryWord[],
): Snippet | null {
  const passages: Passage[] = [
    ...article.quotes.map((quote) => ({
      text: quote.text,
      quote: { id: quote.id, speaker: quote.speaker },
    })),
    ...article.paragraphs.map((text) => ({ text, quote: null })),
  ];
  let best: { passage: Passage; matches: ReturnType<typeof matchesIn>; rank: number } | null = null;
  for (const passage of passages) {
    const matches = matchesIn(passage.text, words);
    if (matches.length === 0) continue;
    // Distinct words first, then how often; quotes come first, so they win a tie.
    const rank = new Set(matches.map((match) => match.word)).size * 1000 + matches.length;
    if (!best || rank > best.rank) best = { passage, matches, rank };
  }
  if (!best) return null;
  const { passage, matches } = best;
  const bounds = [...passage.text.matchAll(SEARCH_WORD)].map((match) => match.index);
  const firstWord = bounds.findIndex((start) => start >= matches[0].start);
  const from = Math.max(0, firstWord - WINDOW);
  const to = Math.min(bounds.length, firstWord + WINDOW * 2);
  const start = from === 0 ? 0 : bounds[from];
  const end = to >= bounds.length ? passage.text.length : bounds[to];
  const pieces: SnippetPiece[] = [];
  if (start > 0) pieces.push({ text: '… ', marked: false });
  let at = start;
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    if (match.start > at) pieces.push({ text: passage.text.slice(at, match.start), marked: false });
    pieces.push({ text: passage.text.slice(match.start, match.end), marked: true });
    at = match.end;
  }
  if (at < end) pieces.push({ text: passage.text.slice(at, end), marked: false });
  if (end < passage.text.length) pieces.push({ text: ' …', marked: false });
  return { pieces, quote: passage.quote };
}
