export type DecodeResult =
  { ok: true; text: string; encoding: 'utf-8' | 'windows-1256' } | { ok: false; reason: string };

const ARABIC_LETTER = /[\u0621-\u064A]/g;

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
 * Bytes to text: UTF-8 (with or without a byte-order mark), else Windows-1256 when that
 * reads as Arabic. Never returns text holding U+FFFD from a failed decode.
 */
export function decodeDocument(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content, not a text document' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: old Arabic sites serve Windows-1256.
  }
  const text = new TextDecoder('windows-1256').decode(bytes);
  if (!text.includes('\uFFFD') && arabicShare(text) >= 0.5) {
    return { ok: true, text, encoding: 'windows-1256' };
  }
  return { ok: false, reason: 'not UTF-8, and not Arabic text in Windows-1256 either' };
}
