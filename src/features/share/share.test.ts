import { expect, test } from 'vitest';
import { shareLink } from './share';

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
