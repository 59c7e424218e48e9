import { expect, test } from 'vitest';
import { matchDateline, matchReadAlso, matchSource } from './markers';

test.each([
  ['إقرأ أيضاً:', ''],
  ['اقرأ أيضا:', ''],
  ['اقرأ ايضا', ''],
  ['اقرأ أيضًا', ''],
  ['واقرأ أيضاً: عنوان القصة', 'عنوان القصة'],
  ['اقـرأ أيضـاً :', ''],
])('read-also marker %s', (line, rest) => {
  expect(matchReadAlso(line)).toEqual({ rest });
});

test.each([
  ['اقرأ أيضا عن تاريخ المدينة القديم'],
  ['قال المتحدث إن الأمر مهم'],
  ['أقر البرلمان القانون'],
])('not a marker: %s', (line) => {
  expect(matchReadAlso(line)).toBeNull();
});

test.each([
  ['المصدر: الثورة نت', 'الثورة نت'],
  ['المصدر : وكالات', 'وكالات'],
  ['المصدر:', null],
  ['المصدر الرئيسي للدخل هو النفط', null],
])('source line %s', (line, source) => {
  expect(matchSource(line)).toBe(source);
});

test.each([
  ['الثورة نت/', 'الثورة نت'],
  ['موسكو /', 'موسكو'],
  ['قال إن 1/2 من السكان', null],
  ['a/b/', null],
])('dateline %s', (line, dateline) => {
  expect(matchDateline(line)).toBe(dateline);
});
