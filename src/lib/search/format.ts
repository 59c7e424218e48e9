/**
 * The search index's files, as the pipeline writes them and the browser reads them (under
 * the dataset's `search/` folder). No DOM, no Node imports.
 *
 * - `search/meta.json`: how many shards and documents, and the chunk size of the document table.
 * - `search/shards/<n>.json`: for every key whose hash falls in shard n, its postings as one
 *   flat array of triples: document number, score (BM25 × 100, rounded), first position.
 *   Postings are in document order; documents are numbered newest first, so a lower number
 *   breaks a tie the way the list does (date, then id).
 * - `search/docs/<n>.json`: the document table, `chunk` rows a file: id, headline, date, source.
 */
export const SEARCH_FORMAT_VERSION = 1;

/** Results a search shows at first, and how many more each "more" adds. */
export const RESULTS_PER_PAGE = 10;

export interface SearchMeta {
  version: number;
  documents: number;
  shards: number;
  chunk: number;
}

export type SearchShard = Record<string, number[]>;

/** id, headline, date (or null), source (or null). */
export type SearchDocRow = [string, string, string | null, string | null];

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
