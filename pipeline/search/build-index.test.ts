import { expect, test } from 'vitest';
import { buildSearchIndex, POSTINGS_PER_EXACT_KEY } from './build-index';

test('an exact spelling keeps the top of its list only; a stem keeps more', () => {
  const terms = ['حكوم', '=الحكومه'];
  // The spelling in 400 of 2,000 documents (so that it weighs something), the stem in all.
  const documents = Array.from({ length: 2000 }, (_, n) => ({
    id: n.toString(16).padStart(16, '0'),
    title: '',
    publishedAt: null,
    firstSeenAt: null,
    source: null,
    search: {
      ids: Int32Array.from(n < 400 ? [0, 1] : [0]),
      // Some documents use the word more: they are the ones an exact spelling keeps.
      tf: Float32Array.from(n < 400 ? [1, 1 + (n % 7)] : [1]),
      first: Int32Array.from(n < 400 ? [0, 0] : [0]),
      length: 10,
    },
  }));
  const index = buildSearchIndex(documents, terms);
  const lists = new Map([...index.shards.values()].flat());
  expect(lists.get('حكوم')!.length).toBe(1000 * 3);
  const exact = lists.get('=الحكومه')!;
  expect(exact.length).toBe(POSTINGS_PER_EXACT_KEY * 3);
  // In document order, each one of the strongest.
  const docs = exact.filter((_, index) => index % 3 === 0);
  expect([...docs]).toEqual([...docs].sort((a, b) => a - b));
  // The kept ones use the word at least as often as any left out.
  const kept = new Set(docs);
  const uses = (n: number) => 1 + (n % 7);
  const all = documents.map((_, n) => n).filter((n) => n < 400);
  const leastKept = Math.min(...all.filter((n) => kept.has(n)).map(uses));
  const mostDropped = Math.max(...all.filter((n) => !kept.has(n)).map(uses));
  expect(leastKept).toBeGreaterThanOrEqual(mostDropped);
});
