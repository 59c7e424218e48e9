/**
 * The search index's files, as the pipeline writes them and the browser reads them (under
 * the dataset's `search/` folder). No DOM, no Node imports.
 *
 * - `search/meta.json`: how many shards and documents, and the chunk size of the document table.
 * - `search/shards/<n>.json`: for every key whose family hashes to shard n (a word's exact
 *   spelling lives with its stem: see `shardKeyOf` in analyze.ts), its postings as one flat
 *   array of triples: document number, score (BM25 × 100, rounded), first position. The
 *   document number is written as the gap from the one before (the first as it is): postings
 *   are in document order, and small gaps are fewer bytes. Documents are numbered newest
 *   first, so a lower number breaks a tie the way the list does (date, then id).
 * - `search/docs/<n>.json`: the document table, `chunk` rows a file: id, headline, date, source.
 */
export const SEARCH_FORMAT_VERSION = 2;

/** Results a search shows at first, and how many more each "more" adds. */
export const RESULTS_PER_PAGE = 10;

export interface SearchMeta {
  version: number;
  documents: number;
  shards: number;
  chunk: number;
}

export type SearchShard = Record<string, number[]>;

/**
 * id, headline, date (or null), source (or null); for a story with no date of its own, then
 * the date of the first page that embedded it (absent otherwise, and in older indexes).
 */
export type SearchDocRow = [string, string, string | null, string | null, string?];

export const searchPaths = {
  meta: 'search/meta.json',
  shard: (shard: number) => `search/shards/${shard}.json`,
  docs: (chunk: number) => `search/docs/${chunk}.json`,
};

/** FNV-1a over the UTF-16 code units of a key: the shard of a key, given a power of two. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & (shards - 1);
}

/** A key's postings with their document numbers written as gaps, as a shard holds them. */
export function encodePostings(flat: ArrayLike<number>): number[] {
  const out = Array.from(flat);
  for (let index = out.length - 3; index > 0; index -= 3) out[index] -= out[index - 3];
  return out;
}

/** A key's postings from its shard, with document numbers again (a new array). */
export function decodePostings(written: readonly number[]): number[] {
  const out = written.slice();
  for (let index = 3; index < out.length; index += 3) out[index] += out[index - 3];
  return out;
}
