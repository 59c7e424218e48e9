/**
 * The Arabic analysis of search, one module for the index builder (pipeline) and the
 * browser: no DOM, no Node imports. A word is folded (normalizeArabic: hamza, alef, yaa,
 * taa marbuta, diacritics, tatweel, Persian letters, digits, Latin case), then keyed:
 *
 * - its stem (searchStem: the article with a fused preposition off, common suffixes off):
 *   what a word matches on;
 * - its folded form, marked with "=": an exact spelling ranks above a stemmed one;
 * - when a one-letter proclitic (و ف ب ل ك) stands before at least three letters, the stem
 *   of what follows it: «لروسيا» is found by «روسيا», and «روسيا» by «لروسيا». The index
 *   and the query both take both readings, so no dictionary is needed to decide which is
 *   right, and the reading with the letter kept weighs more.
 */
import { normalizeWord } from '../arabic/normalize';
import { isStopWord } from '../arabic/stop-words';

/** Letters, digits and the marks on them: a written word. */
export const SEARCH_WORD = /[\p{L}\p{N}\p{M}]+/gu;

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const EXACT = '=';

/** A key of a word, and how much a match on it counts (the stem counts 1). */
export interface SearchKey {
  key: string;
  weight: number;
}

/** The weight of a match on the exact spelling, added to the stem's. */
export const EXACT_WEIGHT = 0.5;
/** The weight of a match on the reading without a one-letter proclitic. */
export const CLITIC_WEIGHT = 0.8;

/**
 * «عبد الله» and «عبدالله» are one name: a folded word list with عبد joined to a following
 * word that starts with the article. Each word keeps the offset of its first part.
 */
export function joinCompounds<T extends { folded: string }>(words: readonly T[]): T[] {
  const joined: T[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const next = words[index + 1];
    if (word.folded === 'عبد' && next?.folded.startsWith('ال')) {
      joined.push({ ...word, folded: word.folded + next.folded });
      index++;
    } else joined.push(word);
  }
  return joined;
}

// Text repeats its words: each distinct word is keyed once (bounded, for hostile input).
const keyed = new Map<string, SearchKey[]>();
const KEYED_LIMIT = 200_000;

/** The keys of one folded word; none for a stop word or a lone letter. */
export function keysOfWord(folded: string): SearchKey[] {
  let keys = keyed.get(folded);
  if (keys === undefined) {
    keys = keysOf(folded);
    if (keyed.size >= KEYED_LIMIT) keyed.clear();
    keyed.set(folded, keys);
  }
  return keys;
}

const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * The stem search matches on: the article (and a preposition fused with it) off, then common
 * suffixes, keeping two letters at least. Unlike lightStem it leaves a leading و alone: in
 * «وزارة» it is the word's own letter, and a conjunction و is the proclitic reading's job.
 */
export function searchStem(folded: string): string {
  let word = folded;
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= 2) {
      word = word.slice(article.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix))
      word = word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * What a key's shard is chosen by: a word's exact spelling (=الاقتصاد) goes with its stem
 * (اقتصاد), so that a query fetches one shard for both.
 */
export function shardKeyOf(key: string): string {
  return key.startsWith(EXACT) ? searchStem(key.slice(EXACT.length)) : key;
}

function keysOf(folded: string): SearchKey[] {
  if (folded.length < 2 || isStopWord(folded)) return [];
  const stem = searchStem(folded);
  const keys: SearchKey[] = [{ key: stem, weight: 1 }];
  if (stem !== folded) keys.push({ key: EXACT + folded, weight: EXACT_WEIGHT });
  if (PROCLITICS.has(folded[0]) && folded.length >= 4) {
    const bare = searchStem(folded.slice(1));
    if (bare !== stem && !isStopWord(folded.slice(1))) {
      keys.push({ key: bare, weight: CLITIC_WEIGHT });
    }
  }
  return keys;
}

/** A word of a text: folded, and where it starts in the text as written. */
export interface FoldedWord {
  folded: string;
  start: number;
}

/** The folded words of a text with their offsets, compounds joined, in order. */
export function foldedWords(text: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  for (const match of text.matchAll(SEARCH_WORD)) {
    const folded = normalizeWord(match[0]);
    if (folded) words.push({ folded, start: match.index });
  }
  return joinCompounds(words);
}

/** The folded words of a text, compounds joined, in order. */
export function searchWords(text: string): string[] {
  return foldedWords(text).map((word) => word.folded);
}

/** One word of a query: as typed (folded) and the keys it is looked up by. */
export interface QueryWord {
  folded: string;
  keys: SearchKey[];
}

/**
 * The words of a query with their keys. Stop words are dropped unless nothing else is
 * left; a query of stop words only looks them up by their stems.
 */
export function analyzeQuery(query: string): QueryWord[] {
  const words = searchWords(query.slice(0, 200)).slice(0, 12);
  const keyed = words
    .map((folded) => ({ folded, keys: keysOfWord(folded) }))
    .filter((word) => word.keys.length > 0);
  return keyed;
}

/** Whether a folded word of a text matches a word of a query (for highlighting). */
export function matchesWord(folded: string, word: QueryWord): boolean {
  if (folded.length < 2) return false;
  const own = keysOfWord(folded).map((key) => key.key);
  return word.keys.some((key) => !key.key.startsWith(EXACT) && own.includes(key.key));
}

/** How much a word counts where it stands: the headline most, then the lead and quotes. */
export const FIELD_WEIGHTS = { headline: 3, lead: 1.5, quote: 1.5, body: 1 } as const;

/** What the index keeps of one key in one document. */
export interface KeyStats {
  /** Occurrences, each weighted by its field. */
  tf: number;
  /** The position of its first occurrence, counted in words from the headline's first. */
  first: number;
}

/** A story as the index reads it: its words (see foldedWords) and where its quotes are. */
export interface SearchableStory {
  title: readonly FoldedWord[];
  paragraphs: readonly (readonly FoldedWord[])[];
  quotes: readonly { paragraph: number; start: number; end: number }[];
}

/** Every key of a story with its weighted frequency and first position, and its length. */
export function storyKeys(story: SearchableStory): { keys: Map<string, KeyStats>; length: number } {
  const keys = new Map<string, KeyStats>();
  let position = 0;
  const add = (words: readonly FoldedWord[], weightAt: (offset: number) => number) => {
    for (const word of joinCompounds(words)) {
      const weight = weightAt(word.start);
      for (const { key } of keysOfWord(word.folded)) {
        const stats = keys.get(key);
        if (stats) stats.tf += weight;
        else keys.set(key, { tf: weight, first: position });
      }
      position++;
    }
  };
  add(story.title, () => FIELD_WEIGHTS.headline);
  story.paragraphs.forEach((words, paragraph) => {
    const quotes = story.quotes.filter((quote) => quote.paragraph === paragraph);
    const base = paragraph === 0 ? FIELD_WEIGHTS.lead : FIELD_WEIGHTS.body;
    add(
      words,
      quotes.length === 0
        ? () => base
        : (offset) =>
            quotes.some((quote) => offset >= quote.start && offset < quote.end)
              ? Math.max(base, FIELD_WEIGHTS.quote)
              : base,
    );
  });
  return { keys, length: position };
}
