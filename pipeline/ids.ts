import { createHash } from 'node:crypto';
import { normalizeArabic } from '../src/lib/arabic/normalize';

const FILE_NAME = /^\d+_([0-9a-fA-F]{16})\.txt$/;

function digest(text: string, length: number): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** The article id a file name gives: its 16 hex digits, or a digest of an odd name. */
export function idFromFileName(fileName: string): { id: string; wellFormed: boolean } {
  const base = fileName.split('/').pop() ?? fileName;
  const match = FILE_NAME.exec(base);
  if (match) return { id: match[1].toLowerCase(), wellFormed: true };
  return { id: digest(`file:${fileName}`, 16), wellFormed: false };
}

/** An embedded story's id: stable for its headline however it is spelled or marked. */
export function idFromHeadline(title: string): string {
  return digest(`story:${normalizeArabic(title)}`, 16);
}

const speakerIds = new Map<string, string>();

/** A speaker's id: stable for the folded name. Memoised: it is asked for every quote. */
export function speakerIdFromKey(key: string): string {
  let id = speakerIds.get(key);
  if (id === undefined) {
    id = digest(`speaker:${key}`, 12);
    speakerIds.set(key, id);
  }
  return id;
}
