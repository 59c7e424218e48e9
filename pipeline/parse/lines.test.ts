import { expect, test } from 'vitest';
import { splitLines } from './lines';

test('numbers the non-blank lines across CRLF, CR and LF', () => {
  expect(splitLines('\uFEFFأ\r\n\r\nب\rج\n  \n د \u200F')).toEqual([
    { line: 1, text: 'أ' },
    { line: 3, text: 'ب' },
    { line: 4, text: 'ج' },
    { line: 6, text: 'د' },
  ]);
});

test('a line of 200,000 spaces between two letters is read whole', () => {
  const line = `a${' '.repeat(200_000)}b`;
  expect(splitLines(`${line}\n`)).toEqual([{ line: 1, text: line }]);
});
