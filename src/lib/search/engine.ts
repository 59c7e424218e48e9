/**
 * Search in the browser over the sharded index (src/lib/search/format.ts): a query reads the
 * index's table of contents, the shards of its keys and the table rows of the results it
 * shows, never the whole index. Scoring is pure (rankDocuments); fetching is the only I/O.
 */
import { analyzeQuery, shardKeyOf, type QueryWord } from './analyze';
import { RESULTS_PER_PAGE, SEARCH_FORMAT_VERSION } from './format';
import {
  decodePostings,
  searchPaths,
  shardOf,
  type SearchDocRow,
  type SearchMeta,
  type SearchShard,
} from './format';

/** Reads one JSON file of the dataset (the app's DataSource). */
export interface SearchSource {
  json<T>(path: string): Promise<T>;
}

export interface RankedDocument {
  doc: number;
  score: number;
  /** How many of the query's words it holds. */
  matched: number;
}

interface WordHits {
  score: Map<number, number>;
  first: Map<number, number>;
}

/** Postings of each key a query needs, by key (from its shard; empty when absent). */
export type Postings = ReadonlyMap<string, readonly number[]>;

/** How much a query's words standing side by side (a name, a phrase) add to their scores. */
const ADJACENT_BONUS = 0.6;

/** What one word of a query scores in each document, and where it first occurs there. */
function hitsOf(word: QueryWord, postings: Postings): WordHits {
  const score = new Map<number, number>();
  const exact = new Map<number, number>();
  const first = new Map<number, number>();
  for (const { key, weight } of word.keys) {
    const list = postings.get(key) ?? [];
    const isExact = key.startsWith('=');
    for (let index = 0; index < list.length; index += 3) {
      const doc = list[index];
      const value = list[index + 1] * weight;
      if (isExact) {
        exact.set(doc, Math.max(exact.get(doc) ?? 0, value));
        continue;
      }
      if (value > (score.get(doc) ?? 0)) score.set(doc, value);
      // The position of the stem's own reading (weight 1) is the one proximity trusts.
      if (weight === 1 || !first.has(doc)) first.set(doc, list[index + 2]);
    }
  }
  // An exact spelling adds to the stem's score; it never matches on its own.
  for (const [doc, value] of exact) {
    if (score.has(doc)) score.set(doc, score.get(doc)! + value);
  }
  return { score, first };
}

/**
 * Documents that hold the query's words, best first: those with all the words before those
 * with fewer (only when none holds them all), then by score, with words standing together
 * counting more, then newest first (a lower number).
 */
export function rankDocuments(words: readonly QueryWord[], postings: Postings): RankedDocument[] {
  const hits = words.map((word) => hitsOf(word, postings));
  const totals = new Map<number, RankedDocument>();
  hits.forEach(({ score }) => {
    for (const [doc, value] of score) {
      const entry = totals.get(doc);
      if (entry) {
        entry.score += value;
        entry.matched++;
      } else totals.set(doc, { doc, score: value, matched: 1 });
    }
  });
  for (let index = 0; index + 1 < words.length; index++) {
    const here = hits[index];
    const next = hits[index + 1];
    for (const [doc, position] of here.first) {
      const after = next.first.get(doc);
      if (after === undefined) continue;
      const gap = after - position;
      if (gap >= 1 && gap <= 2) {
        const entry = totals.get(doc)!;
        entry.score +=
          (ADJACENT_BONUS * ((here.score.get(doc) ?? 0) + (next.score.get(doc) ?? 0))) / gap;
      }
    }
  }
  const all = [...totals.values()];
  const most = all.reduce((max, entry) => Math.max(max, entry.matched), 0);
  return all
    .filter((entry) => entry.matched === most)
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

export interface SearchResult {
  id: string;
  title: string;
  publishedAt: string | null;
  /** For a story with no date of its own: when the page that first embedded it appeared. */
  firstSeenAt: string | null;
  source: string | null;
}

export interface SearchPage {
  query: string;
  words: QueryWord[];
  total: number;
  results: SearchResult[];
}

/** Remembers what it fetched: a visit's later queries reuse the shards they share. */
export function createSearch(source: SearchSource) {
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(path: string): Promise<T> => {
    let pending = cache.get(path);
    if (!pending) {
      pending = source.json<T>(path);
      // A failed fetch is not remembered: the next query tries again.
      pending.catch(() => cache.delete(path));
      cache.set(path, pending);
    }
    return pending as Promise<T>;
  };
  const search = async function search(
    query: string,
    shown = RESULTS_PER_PAGE,
  ): Promise<SearchPage> {
    const words = analyzeQuery(query);
    if (words.length === 0) return { query, words, total: 0, results: [] };
    const meta = await load<SearchMeta>(searchPaths.meta);
    // An index of another format (a copy kept from before a deploy) reads as wrong results:
    // better none, and a clear error.
    if (meta.version !== SEARCH_FORMAT_VERSION)
      throw new Error(
        `search index version ${meta.version}, this code reads ${SEARCH_FORMAT_VERSION}`,
      );
    const keys = [...new Set(words.flatMap((word) => word.keys.map((key) => key.key)))];
    const shards = await Promise.all(
      keys.map((key) =>
        load<SearchShard>(searchPaths.shard(shardOf(shardKeyOf(key), meta.shards))),
      ),
    );
    const postings = new Map(
      keys.map((key, index) => [key, decodePostings(shards[index][key] ?? [])]),
    );
    const rankedAt = performance.now();
    const ranked = rankDocuments(words, postings);
    performance.measure('qiraa:search-rank', { start: rankedAt, end: performance.now() });
    const top = ranked.slice(0, shown);
    const chunks = await Promise.all(
      [...new Set(top.map(({ doc }) => Math.floor(doc / meta.chunk)))].map(
        async (chunk) => [chunk, await load<SearchDocRow[]>(searchPaths.docs(chunk))] as const,
      ),
    );
    const rows = new Map(chunks);
    const results = top.map(({ doc }) => {
      const [id, title, publishedAt, source, firstSeenAt = null] = rows.get(
        Math.floor(doc / meta.chunk),
      )![doc % meta.chunk];
      return { id, title, publishedAt, firstSeenAt, source };
    });
    return { query, words, total: ranked.length, results };
  };
  /** Fetches what every query needs first (the table of contents), before one is typed. */
  const warm = () => load<SearchMeta>(searchPaths.meta).then(() => undefined);
  return Object.assign(search, { warm });
}
