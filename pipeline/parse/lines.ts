export interface SourceLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

// White space and the invisible marks crawlers leave at line ends (zero-width, LRM, RLM, BOM).
function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Trims both ends by a scan, not a regular expression: linear however long the line. */
function trimLine(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * Splits document text into its non-blank lines with their numbers: handles a byte-order
 * mark, CRLF and lone CR line ends, trailing and leading white space.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const raw = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < raw.length; index++) {
    const trimmed = trimLine(raw[index]);
    if (trimmed.length > 0) lines.push({ line: index + 1, text: trimmed });
  }
  return lines;
}
