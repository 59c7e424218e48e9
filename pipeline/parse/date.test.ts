import { expect, test } from 'vitest';
import { parseDateLine } from './date';

test.each([
  ['the real document', 'تاريخ النشر: 7th, November 2024 GMT', '2024-11-07'],
  ['1st', 'تاريخ النشر: 1st, January 2025 GMT', '2025-01-01'],
  ['2nd', 'تاريخ النشر: 2nd, March 2025 GMT', '2025-03-02'],
  ['3rd', 'تاريخ النشر: 3rd, May 2023 GMT', '2023-05-03'],
  ['11th', 'تاريخ النشر: 11th, June 2024 GMT', '2024-06-11'],
  ['21st', 'تاريخ النشر: 21st, December 2024 GMT', '2024-12-21'],
  ['23rd', 'تاريخ النشر: 23rd, October 2024 GMT', '2024-10-23'],
  ['leap day', 'تاريخ النشر: 29th, February 2024 GMT', '2024-02-29'],
  ['no label', '7th, November 2024 GMT', '2024-11-07'],
  ['Arabic month', '15 يناير 2025', '2025-01-15'],
  ['Arabic month with label', 'تاريخ النشر: 3 أغسطس 2024', '2024-08-03'],
  ['Levantine month', '3 كانون الثاني 2025', '2025-01-03'],
  ['Levantine October', '9 تشرين الأول 2024', '2024-10-09'],
  ['Arabic-Indic digits', '٣ مارس ٢٠٢٥', '2025-03-03'],
  ['Arabic-Indic with Levantine month', 'تاريخ النشر: ١٥ شباط ٢٠٢٤', '2024-02-15'],
  ['ISO', 'تاريخ النشر: 2024-11-07', '2024-11-07'],
  ['tatweel and diacritics', 'تاريـخ النَّشر: 15 مايـو 2025', '2025-05-15'],
])('reads a date: %s', (_case, line, date) => {
  expect(parseDateLine(line)).toEqual({ kind: 'date', date });
});

test.each([
  ['31st of February', 'تاريخ النشر: 31st, February 2024 GMT'],
  ['29th of February in a common year', 'تاريخ النشر: 29th, February 2023 GMT'],
  ['day 32', '32 يناير 2025'],
  ['wrong ordinal suffix', 'تاريخ النشر: 7st, November 2024 GMT'],
  ['unknown month with a label', 'تاريخ النشر: 7th, Novembre 2024 GMT'],
  ['label without a date', 'تاريخ النشر: غير معروف'],
])('rejects an impossible date: %s', (_case, line) => {
  expect(parseDateLine(line).kind).toBe('invalid');
});

test.each([
  ['a dateline', 'الثورة نت/'],
  ['a body sentence', 'أكد وزير الخارجية الروسي سيرغي لافروف أن بلاده مستعدة للحوار'],
  ['a sentence with a number', '12 شخصا قتلوا في الهجوم على القرية الحدودية'],
])('leaves a line that is not a date: %s', (_case, line) => {
  expect(parseDateLine(line)).toEqual({ kind: 'none' });
});
