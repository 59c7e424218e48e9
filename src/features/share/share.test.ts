import { expect, test } from 'vitest';
import { anchorOf, quoteShareText, quoteTextFragment, shareLink } from './share';

const data = { url: 'http://127.0.0.1/ar/articles/x', title: 'عنوان' };

test('uses the Web Share API when present', async () => {
  const shared: ShareData[] = [];
  const outcome = await shareLink(data, { share: async (d) => void shared.push(d) });
  expect(outcome).toBe('shared');
  expect(shared).toEqual([data]);
});

test('falls back to the clipboard without Web Share', async () => {
  const copied: string[] = [];
  expect(await shareLink(data, { writeText: async (t) => void copied.push(t) })).toBe('copied');
  expect(copied).toEqual([data.url]);
});

test('a cancelled share is not an error and copies nothing', async () => {
  const abort = Object.assign(new Error('cancel'), { name: 'AbortError' });
  const copied: string[] = [];
  const outcome = await shareLink(data, {
    share: () => Promise.reject(abort),
    writeText: async (t) => void copied.push(t),
  });
  expect(outcome).toBe('cancelled');
  expect(copied).toEqual([]);
});

test('copies when asked to, even where Web Share exists', async () => {
  const copied: string[] = [];
  const outcome = await shareLink(
    data,
    { share: () => Promise.reject(new Error('no')), writeText: async (t) => void copied.push(t) },
    false,
  );
  expect(outcome).toBe('copied');
});

test('reports failure when neither works', async () => {
  expect(await shareLink(data, { writeText: () => Promise.reject(new Error('denied')) })).toBe(
    'failed',
  );
  expect(await shareLink(data, {})).toBe('failed');
});

test('a quote shares as «quote» — speaker, then its link, on the clipboard', async () => {
  const copied: string[] = [];
  const text = quoteShareText('لن نتراجع', 'سيرغي لافروف');
  expect(text).toBe('«لن نتراجع» — سيرغي لافروف');
  await shareLink({ ...data, text }, { writeText: async (t) => void copied.push(t) });
  expect(copied).toEqual([`«لن نتراجع» — سيرغي لافروف\n${data.url}`]);
});

test.each([
  [
    'a short quote, whole',
    'لن نتراجع عن موقفنا',
    ':~:text=%D9%84%D9%86%20%D9%86%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9%20%D8%B9%D9%86%20%D9%85%D9%88%D9%82%D9%81%D9%86%D8%A7',
  ],
  ['a hyphen, a comma and an ampersand, escaped', 'A-B, C&D', ':~:text=A%2DB%2C%20C%26D'],
])('text fragment of %s', (_case, quote, fragment) => {
  expect(quoteTextFragment(quote)).toBe(fragment);
});

test('a long quote is named by its first and last words', () => {
  const quote = 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة';
  const [start, end] = quoteTextFragment(quote).slice(':~:text='.length).split(',');
  expect(decodeURIComponent(start)).toBe('واحد اثنان ثلاثة أربعة');
  expect(decodeURIComponent(end)).toBe('سبعة ثمانية تسعة عشرة');
});

test.each([
  ['#q3', 'q3'],
  ['#q3:~:text=abc', 'q3'],
  ['', null],
  ['#', null],
  ['#%E0%A4%A', null],
])('the anchor of %j is %j', (hash, anchor) => {
  expect(anchorOf(hash)).toBe(anchor);
});
