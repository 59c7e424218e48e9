import { expect, test } from 'vitest';
import { normalizeArabic } from '../../../src/lib/arabic/normalize';
import { isOwnedKin, roleHeadOf } from './roles';

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

test.each([
  ['جدتها', 'جد'],
  ['جدها', 'جد'],
  ['والدته', 'والد'],
  // جدة alone is also the city of Jeddah: never a grandparent.
  ['جدة', null],
  ['جده', null],
])('roleHeadOf(%s) is %s', (word, head) => {
  expect(roleHeadOf(normalizeArabic(word))).toBe(head);
});
