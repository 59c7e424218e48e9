/**
 * Search relevance on news written for it (pipeline/search/gold/: documents first, then
 * queries with the one right first result each), through the real pipeline and the
 * browser's engine: every spelling a reader types, clitics, full names against their
 * halves, words remembered from a quote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createSearch } from '../../src/lib/search/engine';
import { searchPaths } from '../../src/lib/search/format';
import { buildDataset } from '../dataset';
import { idFromFileName } from '../ids';
import { shardJson } from './build-index';

const gold = new URL('./gold/', import.meta.url).pathname;
const fixtures = new URL('../../e2e/fixtures/content/', import.meta.url).pathname;

interface GoldQuery {
  query: string;
  expect: string;
  why: string;
}

function searchOverGold() {
  const inputs = [
    ...readdirSync(join(gold, 'docs')).map((file) => ({ folder: join(gold, 'docs'), file })),
    ...readdirSync(fixtures).map((file) => ({ folder: fixtures, file })),
  ].map(({ folder, file }) => ({ file, read: () => readFileSync(join(folder, file)) }));
  const dataset = buildDataset(inputs);
  const files = new Map<string, unknown>([[searchPaths.meta, dataset.search.meta]]);
  for (const [shard, keys] of dataset.search.shards)
    files.set(searchPaths.shard(shard), JSON.parse(shardJson(keys)));
  dataset.search.docs.forEach((rows, chunk) => files.set(searchPaths.docs(chunk), rows));
  return createSearch({ json: async <T>(path: string) => files.get(path) as T });
}

test('every gold query finds its article first', async () => {
  const queries = JSON.parse(readFileSync(join(gold, 'queries.json'), 'utf8')) as GoldQuery[];
  expect(queries.length).toBeGreaterThanOrEqual(60);
  const search = searchOverGold();
  const misses: string[] = [];
  for (const { query, expect: file, why } of queries) {
    const { results } = await search(query, 3);
    const wanted = idFromFileName(file).id;
    if (results[0]?.id !== wanted) {
      misses.push(
        `${query} (${why}): wanted ${file}, got ${results.map((r) => r.title).join(' | ') || 'nothing'}`,
      );
    }
  }
  expect(misses).toEqual([]);
});
