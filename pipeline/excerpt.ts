const MAX_EXCERPT = 180;
/** Firefox Reader View's figure for Arabic: about 612 characters a minute. */
const ARABIC_CHARS_PER_MINUTE = 612;

/** The start of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerptOf(text: string, max = MAX_EXCERPT): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s،,.:؛]+$/u, '')}…`;
}

export function readingMinutes(texts: readonly string[]): number {
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  return Math.max(1, Math.round(characters / ARABIC_CHARS_PER_MINUTE));
}
