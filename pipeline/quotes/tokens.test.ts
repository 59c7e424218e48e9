import { expect, test } from 'vitest';
import { breakOf, ends } from './tokens';

test.each([
  ['', 'none'],
  [' ', 'none'],
  ['-', 'hyphen'],
  [' "', 'mark'],
  ['» ', 'mark'],
  ['، ', 'clause'],
  [': «', 'clause'],
  ['. ', 'sentence'],
  ['؟ ', 'sentence'],
  ['.. ', 'none'],
])('breakOf(%j) is %s', (gap, expected) => {
  expect(breakOf(gap)).toBe(expected);
});

test('a hyphen joins words of a name, every other break ends a phrase', () => {
  expect([ends('none'), ends('hyphen'), ends('mark'), ends('clause'), ends('sentence')]).toEqual([
    false,
    false,
    true,
    true,
    true,
  ]);
});
