import { expect, test } from 'vitest';
import { daysInMonth, ordinalSuffix } from './dates';
import type { GeneratedDocument } from './generate';
import { createPool, generateCorpus, generateDocument } from './generate';
import { mulberry32 } from './prng';
import { ENGLISH_MONTHS } from './vocabulary';

const corpus = (count: number, seed: number): GeneratedDocument[] => [
  ...generateCorpus(count, seed),
];

const lines = (doc: GeneratedDocument): string[] => doc.text.replace(/^\uFEFF/, '').split(/\r?\n/);

test('the same seed gives byte-identical documents', () => {
  expect(corpus(300, 7)).toEqual(corpus(300, 7));
});

test('a different seed gives different documents and names', () => {
  const a = corpus(50, 1);
  const b = corpus(50, 2);
  expect(a.map((d) => d.fileName)).not.toEqual(b.map((d) => d.fileName));
  expect(a.map((d) => d.text)).not.toEqual(b.map((d) => d.text));
});

test('generateDocument is a pure function of the rng state', () => {
  const pool = createPool(mulberry32(3), 5);
  expect(generateDocument(mulberry32(9), 42, pool)).toEqual(
    generateDocument(mulberry32(9), 42, pool),
  );
});

test('file names are <crawl number>_<16 lowercase hex>.txt and unique', () => {
  const docs = corpus(2000, 1);
  for (const [i, doc] of docs.entries()) {
    expect(doc.fileName).toMatch(/^\d+_[0-9a-f]{16}\.txt$/);
    expect(Number(doc.fileName.split('_')[0])).toBe(i);
  }
  expect(new Set(docs.map((d) => d.fileName)).size).toBe(docs.length);
});

test.each([
  [1, 'st'],
  [2, 'nd'],
  [3, 'rd'],
  [4, 'th'],
  [10, 'th'],
  [11, 'th'],
  [12, 'th'],
  [13, 'th'],
  [14, 'th'],
  [21, 'st'],
  [22, 'nd'],
  [23, 'rd'],
  [24, 'th'],
  [30, 'th'],
  [31, 'st'],
])('ordinal suffix of %i is %s', (day, suffix) => {
  expect(ordinalSuffix(day)).toBe(suffix);
});

test('English date lines use the right suffix and a day that exists in that month', () => {
  const months = ENGLISH_MONTHS;
  let seen = 0;
  for (const doc of corpus(3000, 11)) {
    const match = /^تاريخ النشر: (\d+)(st|nd|rd|th), ([A-Z][a-z]+) (\d{4}) GMT$/.exec(
      lines(doc)[1] ?? '',
    );
    if (!match) continue;
    seen++;
    const day = Number(match[1]);
    expect(match[2]).toBe(ordinalSuffix(day));
    const month = months.indexOf(match[3] ?? '') + 1;
    expect(month).toBeGreaterThan(0);
    expect(day).toBeGreaterThanOrEqual(1);
    expect(day).toBeLessThanOrEqual(daysInMonth(Number(match[4]), month));
  }
  expect(seen).toBeGreaterThan(1500);
  expect(daysInMonth(2024, 2)).toBe(29);
  expect(daysInMonth(2023, 2)).toBe(28);
  expect(daysInMonth(1900, 2)).toBe(28);
});

test('pool stories recur across documents, identical each time', () => {
  const count = 2000;
  const rng = mulberry32(5);
  const pool = createPool(rng, 100);
  const texts: string[] = [];
  for (let i = 0; i < count; i++)
    texts.push(generateDocument(rng, i, pool).text.replace(/\r\n/g, '\n'));

  const timesEmbedded = pool.stories.map((story) => {
    const block = `\n${story.headline}\n${story.body.join('\n')}`;
    return texts.filter((text) => text.includes(block)).length;
  });
  const recurring = timesEmbedded.filter((n) => n >= 2).length;
  expect(recurring).toBeGreaterThan(pool.stories.length * 0.8);
  expect(Math.max(...timesEmbedded)).toBeGreaterThanOrEqual(10);

  // Some pages are a pool story themselves: headline on line 1, same body further down.
  const pageCopies = texts.filter((text) =>
    pool.stories.some(
      (story) =>
        text.replace(/^\uFEFF/, '').startsWith(`${story.headline}\n`) &&
        text.includes(story.body.join('\n')),
    ),
  ).length;
  expect(pageCopies).toBeGreaterThan(count * 0.02);
  expect(pageCopies).toBeLessThan(count * 0.1);
});

test('documents have read-also markers, quotes and the layout noise', () => {
  const docs = corpus(3000, 1);
  const all = docs.map((d) => d.text);
  expect(all.some((t) => /إقرأ أيضاً:|اقرأ أيضا:|اقرأ ايضا|اقرأ أيضًا/.test(t))).toBe(true);
  expect(all.some((t) => t.includes('“') && t.includes('«'))).toBe(true);
  const crlf = all.filter((t) => t.includes('\r\n')).length / all.length;
  expect(crlf).toBeGreaterThan(0.05);
  expect(crlf).toBeLessThan(0.15);
  expect(all.some((t) => t.startsWith('\uFEFF'))).toBe(true);
  expect(all.some((t) => t.includes('الـ '))).toBe(true);
  const averageBytes = all.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / all.length;
  expect(averageBytes).toBeGreaterThan(2000);
  expect(averageBytes).toBeLessThan(3500);
});
