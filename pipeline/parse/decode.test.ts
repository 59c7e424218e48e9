import { expect, test } from 'vitest';
import { decodeDocument } from './decode';

test('UTF-8 with a byte-order mark', () => {
  const result = decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0xd9, 0x86, 0xd8, 0xb5]));
  expect(result).toEqual({ ok: true, text: 'نص', encoding: 'utf-8', droppedSequences: 0 });
});

test('Windows-1256 Arabic is decoded, never written as mojibake', () => {
  const result = decodeDocument(new Uint8Array([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]));
  expect(result).toEqual({
    ok: true,
    text: 'السلام',
    encoding: 'windows-1256',
    droppedSequences: 0,
  });
});

test.each([
  ['empty', new Uint8Array([])],
  ['binary with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])],
  [
    'Latin-1 text that is not Arabic',
    new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
  ],
])('rejects %s with a reason', (_case, bytes) => {
  const result = decodeDocument(bytes);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
});

test('UTF-8 Arabic with a stray byte loses that byte, not its whole text to mojibake', () => {
  const text = 'قال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة';
  const bytes = new TextEncoder().encode(text);
  const space = bytes.indexOf(0x20);
  const damaged = new Uint8Array([...bytes.subarray(0, space), 0xff, ...bytes.subarray(space)]);
  const result = decodeDocument(damaged);
  expect(result).toEqual({ ok: true, text, encoding: 'utf-8', droppedSequences: 1 });
});

test('a U+FFFD written in the document is text, not damage', () => {
  const result = decodeDocument(new TextEncoder().encode('نص \uFFFD نص'));
  expect(result).toMatchObject({ ok: true, encoding: 'utf-8', droppedSequences: 0 });
});
