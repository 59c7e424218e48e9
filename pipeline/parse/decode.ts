export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: 'utf-8' | 'windows-1256';
      /** Invalid UTF-8 sequences dropped from an otherwise UTF-8 document. */
      droppedSequences: number;
    }
  | { ok: false; reason: string };

const ARABIC_LETTER = /[\u0621-\u064A]/g;
const REPLACEMENT = /\uFFFD/g;
/** Up to one damaged sequence in this many characters, a document is UTF-8 with some damage. */
const DAMAGE_RATIO = 50;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample.length * 0.05;
}

function arabicShare(text: string): number {
  const letters = text.replace(/[\s\p{P}\p{N}]/gu, '').length;
  if (letters === 0) return 0;
  return (text.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

/**
 * Bytes to text: UTF-8 (with or without a byte-order mark); UTF-8 with a few damaged
 * sequences, which are dropped and counted; else Windows-1256 when that reads as Arabic.
 * Never returns text holding U+FFFD from a failed decode, and never reads a damaged UTF-8
 * document as Windows-1256 mojibake.
 */
export function decodeDocument(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content, not a text document' };
  // Invalid sequences become U+FFFD; a document may hold U+FFFD as text, which is no damage.
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const damaged = utf8.includes('\uFFFD')
    ? (utf8.match(REPLACEMENT)?.length ?? 0) - countLiteralReplacements(bytes)
    : 0;
  if (damaged === 0) return { ok: true, text: utf8, encoding: 'utf-8', droppedSequences: 0 };
  if (damaged * DAMAGE_RATIO <= utf8.length && arabicShare(utf8) >= 0.5) {
    return {
      ok: true,
      text: utf8.replace(REPLACEMENT, ''),
      encoding: 'utf-8',
      droppedSequences: damaged,
    };
  }
  const windows = new TextDecoder('windows-1256').decode(bytes);
  if (!windows.includes('\uFFFD') && arabicShare(windows) >= 0.6) {
    return { ok: true, text: windows, encoding: 'windows-1256', droppedSequences: 0 };
  }
  return { ok: false, reason: 'not UTF-8, and not Arabic text in Windows-1256 either' };
}

/** U+FFFD written in the document itself, as the bytes EF BF BD. */
function countLiteralReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let index = 0; index + 2 < bytes.length; index++) {
    if (bytes[index] === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count++;
  }
  return count;
}
