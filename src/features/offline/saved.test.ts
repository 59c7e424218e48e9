import { expect, test } from 'vitest';
import { filesOf, savedOf, withSaved } from './saved';

const article = (id: string) => ({
  id: id.padStart(16, '0'),
  title: `عنوان ${id}`,
  publishedAt: null,
});

test('the stored list: malformed entries and values are dropped', () => {
  expect(savedOf(null)).toEqual([]);
  expect(savedOf('{')).toEqual([]);
  expect(savedOf('{"id":"x"}')).toEqual([]);
  expect(
    savedOf(JSON.stringify([article('a'), { id: '../../etc', title: 'x', publishedAt: null }, 3])),
  ).toEqual([article('a')]);
});

test('keeping puts an article first, once; letting go removes it', () => {
  const list = withSaved(withSaved([], article('a'), true), article('b'), true);
  expect(list.map((item) => item.id)).toEqual([article('b').id, article('a').id]);
  expect(withSaved(list, article('a'), true).map((item) => item.id)).toEqual([
    article('a').id,
    article('b').id,
  ]);
  expect(withSaved(list, article('b'), false)).toEqual([article('a')]);
});

test('an article is kept with its pages in both languages and the data its page reads', () => {
  expect(filesOf('e8dd7afff7bd6bee')).toEqual([
    '/ar/articles/e8dd7afff7bd6bee',
    '/en/articles/e8dd7afff7bd6bee',
    '/data/articles/e8dd7afff7bd6bee.json',
    '/data/ids/articles/e8.json',
  ]);
});
