import { expect, test } from 'vitest';
import { formatGregorian, formatHijri } from './format';

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
