import { expect, test } from 'vitest';
import { preferredLanguage } from './preference';

test.each([
  ['a stored choice wins', 'en', ['ar-EG'], 'en'],
  ['the browser language next', null, ['en-US', 'ar'], 'en'],
  ['Arabic regional tags', null, ['fr-FR', 'ar-SA'], 'ar'],
  ['a bad stored value is ignored', 'xx', ['en'], 'en'],
  ['Arabic by default', null, ['fr', 'de'], 'ar'],
  ['Arabic with no languages at all', null, [], 'ar'],
])('%s', (_case, stored, browser, expected) => {
  expect(preferredLanguage(stored, browser)).toBe(expected);
});
