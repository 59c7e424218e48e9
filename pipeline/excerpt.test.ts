import { expect, test } from 'vitest';
import { excerptOf, readingMinutes } from './excerpt';

test('a short paragraph is its own excerpt', () => {
  expect(excerptOf('نص قصير.')).toBe('نص قصير.');
});

test('a long paragraph is cut at a word, without trailing punctuation, with an ellipsis', () => {
  const text = `${'كلمة '.repeat(50)}نهاية`;
  const excerpt = excerptOf(text, 40);
  expect(excerpt.endsWith('كلمة…')).toBe(true);
  expect(excerpt.length).toBeLessThanOrEqual(41);
});

test.each([
  [[''], 1],
  [['ا'.repeat(612)], 1],
  [['ا'.repeat(612 * 3)], 3],
  [['ا'.repeat(612), 'ب'.repeat(612)], 2],
])('reading minutes at 612 Arabic characters a minute', (texts, minutes) => {
  expect(readingMinutes(texts)).toBe(minutes);
});
