import { expect, test } from 'vitest';
import { speakerFile } from './data-files';

test("a speaker's first page is named by the id alone, the others by id and number", () => {
  expect(speakerFile('0123456789ab')).toBe('quotes/speakers/0123456789ab.json');
  expect(speakerFile('0123456789ab', 1)).toBe('quotes/speakers/0123456789ab.json');
  expect(speakerFile('0123456789ab', 2)).toBe('quotes/speakers/0123456789ab/2.json');
});
