export interface SourceLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

/**
 * Splits document text into its non-blank lines with their numbers: handles a byte-order
 * mark, CRLF and lone CR line ends, trailing and leading white space.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let index = 0; index < raw.length; index++) {
    const trimmed = raw[index].replace(/[\s\u200B-\u200F\uFEFF]+$/u, '').replace(/^\s+/u, '');
    if (trimmed.length > 0) lines.push({ line: index + 1, text: trimmed });
  }
  return lines;
}
