import { expect, test } from 'vitest';
import { normalizeArabic } from '../../../src/lib/arabic/normalize';
import { isOwnedKin } from './roles';

test.each([
  ['ابنه', true],
  ['جارها', true],
  ['زوجته', true],
  ['زميلتها', true],
  ['شقيقهم', true],
  // ة is no pronoun: ابنة سفيان is Sufian's daughter, and a kin takes its genitive.
  ['ابنة', false],
  ['زوجة', false],
  ['مديرها', false],
])('isOwnedKin(%s) is %s', (word, owned) => {
  expect(isOwnedKin(normalizeArabic(word), word)).toBe(owned);
});
