import type { StorySearch } from '../analyse';
import { shardKeyOf } from '../../src/lib/search/analyze';
import {
  encodePostings,
  SEARCH_FORMAT_VERSION,
  shardOf,
  type SearchDocRow,
  type SearchMeta,
} from '../../src/lib/search/format';

export interface SearchDocument {
  id: string;
  title: string;
  publishedAt: string | null;
  /** For a story with no date of its own: the date of the first page that embedded it. */
  firstSeenAt: string | null;
  source: string | null;
  search: StorySearch;
}

export interface SearchIndex {
  meta: SearchMeta;
  /** Shard number → its keys, sorted, with their flat postings. */
  shards: Map<number, [string, Int32Array][]>;
  docs: SearchDocRow[][];
}

// BM25's usual constants.
const K1 = 1.2;
const B = 0.75;
/** A key keeps its strongest postings only: a query reads the top of a list, never its tail. */
export const POSTINGS_PER_KEY = 1000;
/**
 * An exact spelling only adds to its stem's score (never matches alone): the top of its list
 * is enough, and a frequent word's query then moves half the bytes.
 */
export const POSTINGS_PER_EXACT_KEY = 300;
/** About this many postings a shard (some 6 kB gzip): what one key of a query costs to fetch. */
const POSTINGS_PER_SHARD = 1500;
/** Rows a file of the document table: a page of results touches up to ten of them. */
export const DOCS_PER_CHUNK = 16;

/**
 * The search index of the articles, given newest first, and the term table their key ids
 * point into. Pure and deterministic. The articles' search data is let go as it is read.
 */
export function buildSearchIndex(
  documents: SearchDocument[],
  terms: readonly string[],
): SearchIndex {
  const count = documents.length;
  // Pass 1: document frequencies and lengths.
  const df = new Int32Array(terms.length);
  let totalLength = 0;
  for (const { search } of documents) {
    for (const id of search.ids) df[id]++;
    totalLength += search.length;
  }
  const averageLength = count > 0 ? Math.max(1, totalLength / count) : 1;
  // Pass 2: postings in one flat layout by key (compressed-row), filled document by document.
  const start = new Int32Array(terms.length + 1);
  for (let id = 0; id < terms.length; id++) start[id + 1] = start[id] + df[id];
  const fill = start.slice(0, terms.length);
  const docOf = new Int32Array(start[terms.length]);
  const scoreOf = new Int32Array(start[terms.length]);
  const firstOf = new Int32Array(start[terms.length]);
  documents.forEach((document, number) => {
    const { ids, tf, first, length } = document.search;
    const norm = K1 * (1 - B + (B * length) / averageLength);
    for (let index = 0; index < ids.length; index++) {
      const id = ids[index];
      const idf = Math.log(1 + (count - df[id] + 0.5) / (df[id] + 0.5));
      const score = (idf * (tf[index] * (K1 + 1))) / (tf[index] + norm);
      const at = fill[id]++;
      docOf[at] = number;
      scoreOf[at] = Math.max(1, Math.round(score * 100));
      firstOf[at] = first[index];
    }
    document.search = {
      ids: new Int32Array(0),
      tf: new Float32Array(0),
      first: new Int32Array(0),
      length,
    };
  });
  // Keys by shard, each with its strongest postings back in document order.
  let used = 0;
  for (let id = 0; id < terms.length; id++)
    if (df[id] > 0)
      used += Math.min(
        df[id],
        terms[id].startsWith('=') ? POSTINGS_PER_EXACT_KEY : POSTINGS_PER_KEY,
      );
  let shardCount = 1;
  while (shardCount * POSTINGS_PER_SHARD < used && shardCount < 1 << 16) shardCount *= 2;
  const shards = new Map<number, [string, Int32Array][]>();
  const order = Array.from({ length: terms.length }, (_, id) => id)
    .filter((id) => df[id] > 0)
    .sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  for (const id of order) {
    let postings = Array.from({ length: df[id] }, (_, offset) => start[id] + offset);
    const limit = terms[id].startsWith('=') ? POSTINGS_PER_EXACT_KEY : POSTINGS_PER_KEY;
    if (postings.length > limit) {
      postings = postings
        .sort((a, b) => scoreOf[b] - scoreOf[a] || docOf[a] - docOf[b])
        .slice(0, limit)
        .sort((a, b) => docOf[a] - docOf[b]);
    }
    const flat = new Int32Array(postings.length * 3);
    postings.forEach((at, index) => {
      flat[index * 3] = docOf[at];
      flat[index * 3 + 1] = scoreOf[at];
      flat[index * 3 + 2] = firstOf[at];
    });
    const shard = shardOf(shardKeyOf(terms[id]), shardCount);
    const list = shards.get(shard);
    if (list) list.push([terms[id], flat]);
    else shards.set(shard, [[terms[id], flat]]);
  }
  const docs: SearchDocRow[][] = [];
  documents.forEach((document, number) => {
    if (number % DOCS_PER_CHUNK === 0) docs.push([]);
    const row: SearchDocRow = [document.id, document.title, document.publishedAt, document.source];
    if (document.publishedAt === null && document.firstSeenAt !== null)
      row.push(document.firstSeenAt);
    docs[docs.length - 1].push(row);
  });
  return {
    meta: {
      version: SEARCH_FORMAT_VERSION,
      documents: count,
      shards: shardCount,
      chunk: DOCS_PER_CHUNK,
    },
    shards,
    docs,
  };
}

/** A shard's file: its keys in order, each with its flat postings. */
export function shardJson(keys: readonly [string, Int32Array][]): string {
  return `{${keys.map(([key, flat]) => `${JSON.stringify(key)}:[${encodePostings(flat).join(',')}]`).join(',')}}\n`;
}
