import { expect, test } from 'vitest';
import { formatGregorian, formatHijri, recordFormattedDates, seedFormattedDates } from './format';

test.each([
  ['ar', '2024-11-07', '7 نوفمبر 2024'],
  ['en', '2024-11-07', '7 November 2024'],
  ['en', '2025-01-01', '1 January 2025'],
] as const)('Gregorian date in %s', (language, date, expected) => {
  expect(formatGregorian(date, language)).toBe(expected);
});

test('Hijri date in the Arabic interface uses Western digits', () => {
  const hijri = formatHijri('2024-11-07', 'ar');
  expect(hijri).toContain('جمادى الأولى');
  expect(hijri).toContain('1446');
  expect(hijri).not.toMatch(/[\u0660-\u0669]/);
});

test('a render notes the dates it wrote, and a page seeded with them writes them as noted', () => {
  const [html, dates] = recordFormattedDates(
    () => `${formatGregorian('2023-05-02', 'ar')} ${formatHijri('2023-05-02', 'ar')}`,
  );
  expect(Object.keys(dates)).toEqual(['g:ar:2023-05-02', 'h:ar:2023-05-02']);
  expect(html).toBe(`${dates['g:ar:2023-05-02']} ${dates['h:ar:2023-05-02']}`);
  // Outside a recording nothing is noted; a nested one notes only its own.
  const [, outer] = recordFormattedDates(() => {
    formatGregorian('2023-05-03', 'en');
    const [, inner] = recordFormattedDates(() => formatGregorian('2023-05-04', 'en'));
    expect(Object.keys(inner)).toEqual(['g:en:2023-05-04']);
  });
  expect(Object.keys(outer)).toEqual(['g:en:2023-05-03']);

  // The browser takes the prerender's wording (its ICU may word a date differently).
  seedFormattedDates({ 'g:en:1999-12-31': 'the last day of 1999' });
  expect(formatGregorian('1999-12-31', 'en')).toBe('the last day of 1999');
});

test('seeding takes only date entries written as strings', () => {
  seedFormattedDates({
    'g:en:1998-01-01': 42,
    '<img src=x>': 'markup',
    'x:en:1998-01-02': 'wrong kind',
    'h:ar:1998-01-03': 'taken',
  });
  seedFormattedDates(null);
  seedFormattedDates('g:en:1998-01-01');
  expect(formatGregorian('1998-01-01', 'en')).toBe('1 January 1998');
  expect(formatGregorian('1998-01-02', 'en')).toBe('2 January 1998');
  expect(formatHijri('1998-01-03', 'ar')).toBe('taken');
});
