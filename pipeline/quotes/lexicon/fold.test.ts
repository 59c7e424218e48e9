import { expect, test } from 'vitest';
import { isDefinite, withoutArticle } from './fold';
import { normalizeArabic } from '../../../src/lib/arabic/normalize';

test.each([
  ['الوزارة', 'وزاره', true],
  ['والدوريات', 'دوريات', true],
  ['فالحكومة', 'حكومه', true],
  // والدها، والدته: "her father", "his mother": no article in them.
  ['والدها', 'والدها', false],
  ['والدته', 'والدته', false],
  ['والده', 'والده', false],
])('the article of %s', (word, bare, definite) => {
  const folded = normalizeArabic(word);
  expect(withoutArticle(folded)).toBe(normalizeArabic(bare));
  expect(isDefinite(folded)).toBe(definite);
});

test.each([
  ['والداه', false],
  ['والدتك', false],
  // والدين is also و and الدين (فصل الدولة والدين).
  ['والدين', true],
])('%s carries the article: %s', (word, definite) => {
  expect(isDefinite(normalizeArabic(word))).toBe(definite);
});
