import { expect, test } from 'vitest';
import type { ArticleSummary } from './schema';
import { listPagesOf } from './plan';

const summary = (n: number): ArticleSummary => ({
  id: n.toString(16).padStart(16, '0'),
  title: `عنوان ${n}`,
  publishedAt: null,
  firstSeenAt: null,
  source: null,
  excerpt: '',
  quoteCount: 0,
  speakers: [],
});
/** `count` articles, newest first (article `count` is the newest). */
const newestFirst = (count: number) => Array.from({ length: count }, (_, i) => summary(count - i));
const ids = (page: { articles: ArticleSummary[] }) => page.articles.map((a) => a.id);

test('archive pages count from the oldest and keep their articles as new ones arrive', () => {
  const before = listPagesOf(newestFirst(45), 10);
  const after = listPagesOf(newestFirst(46), 10);
  expect(before.archive.map((page) => page.articles.length)).toEqual([10, 10, 10, 10, 5]);
  // Only the newest archive page changes; the older four are the same to the byte.
  for (let page = 0; page < 4; page++)
    expect(JSON.stringify(after.archive[page])).toBe(JSON.stringify(before.archive[page]));
  expect(ids(after.archive[4])).toEqual([summary(46).id, ...ids(before.archive[4])]);
});

test('a new archive page changes the page before it only in its link to the newer page', () => {
  const full = listPagesOf(newestFirst(40), 10);
  const more = listPagesOf(newestFirst(41), 10);
  expect(full.archive[3].newer).toBe(0);
  expect(more.archive[3]).toEqual({ ...full.archive[3], newer: 5 });
  expect(more.archive[4]).toMatchObject({ page: 5, older: 4, newer: 0 });
});

test('the front page shows the newest articles, at least a page of them, and links older', () => {
  const partial = listPagesOf(newestFirst(45), 10);
  expect(partial.front.articles.map((a) => a.id)).toEqual(
    newestFirst(45)
      .slice(0, 15)
      .map((a) => a.id),
  );
  expect(partial.front).toMatchObject({ page: 0, older: 3, newer: null });
  const full = listPagesOf(newestFirst(40), 10);
  expect(full.front.articles).toHaveLength(10);
  expect(full.front.older).toBe(3);
  const few = listPagesOf(newestFirst(4), 10);
  expect(few.front).toMatchObject({ older: null, newer: null });
  expect(few.front.articles).toHaveLength(4);
  const none = listPagesOf([], 10);
  expect(none.archive).toEqual([]);
  expect(none.front.articles).toEqual([]);
});

test('following older links from the front page visits every article once, newest first', () => {
  for (const count of [1, 9, 10, 11, 20, 21, 57]) {
    const { front, archive } = listPagesOf(newestFirst(count), 10);
    const seen = [...ids(front)];
    for (let page = front.older; page !== null; page = archive[page - 1].older)
      seen.push(...ids(archive[page - 1]));
    expect(seen).toEqual(newestFirst(count).map((a) => a.id));
  }
});
