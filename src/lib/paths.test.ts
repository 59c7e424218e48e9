import { expect, test } from 'vitest';
import { parsePageNumber, pageFiles, paths, switchLanguagePath } from './paths';

test.each([
  ['/ar/articles/e8dd7afff7bd6bee', 'en', '/en/articles/e8dd7afff7bd6bee'],
  ['/en/quotes/4393c068f21c', 'ar', '/ar/quotes/4393c068f21c'],
  ['/ar/', 'en', '/en/'],
  ['/ar', 'en', '/en/'],
  ['/', 'en', '/en/'],
  ['/arabic/x', 'en', '/en/arabic/x'],
] as const)('switchLanguagePath(%s, %s) = %s', (from, to, expected) => {
  expect(switchLanguagePath(from, to)).toBe(expected);
});

test('hrefs', () => {
  expect(paths.article('ar', 'e8dd7afff7bd6bee')).toBe('/ar/articles/e8dd7afff7bd6bee');
  expect(paths.quote('en', 'e8dd7afff7bd6bee', 'q3')).toBe('/en/articles/e8dd7afff7bd6bee#q3');
  expect(paths.listPage('ar', 0)).toBe('/ar/');
  expect(paths.listPage('ar', 1)).toBe('/ar/page/1');
  expect(paths.listPage('ar', 3)).toBe('/ar/page/3');
  expect(paths.quotes('en', 2)).toBe('/en/quotes/page/2');
});

test.each([
  [undefined, 1],
  ['1', 1],
  ['42', 42],
  ['0', null],
  ['-1', null],
  ['2abc', null],
  ['01', null],
])('parsePageNumber(%s) = %s', (value, expected) => {
  expect(parsePageNumber(value)).toBe(expected);
});

test.each([
  ['/ar/articles/x', ['/ar/articles/x', '/ar/articles/x.html', '/ar/articles/x/index.html']],
  ['/ar/', ['/ar/', '/ar.html', '/ar/index.html']],
  ['/', ['/', '/index.html']],
])('pageFiles(%s): the files a static host tries', (path, files) => {
  expect(pageFiles(path)).toEqual(files);
});
