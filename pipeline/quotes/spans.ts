export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** The text between the marks, as written. */
  inner: string;
}

// Opening mark → closing mark, including the reversed forms some sites use.
const PAIRS: Readonly<Record<string, string>> = {
  '\u201C': '\u201D', // “ ”
  '\u201D': '\u201C', // ” “ (reversed)
  '\u201E': '\u201D', // „ ”
  '\u00AB': '\u00BB', // « »
  '\u00BB': '\u00AB', // » « (reversed)
  '"': '"',
};

const MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/g;

/** Quotes longer than this are taken for a stray mark, not a statement. */
export const MAX_QUOTE_LENGTH = 3000;

/**
 * Finds quoted spans in a paragraph, left to right, outermost first. Linear in the
 * paragraph's length: the next position of each closing mark is found once and reused,
 * so thousands of unbalanced marks cannot make it quadratic.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const nextClose = new Map<string, number>();
  let index = 0;
  while (index < text.length) {
    // Jump to the next mark natively rather than looking at every character.
    MARK.lastIndex = index;
    const found = MARK.exec(text);
    if (found === null) break;
    index = found.index;
    const close = PAIRS[text[index]];
    let at = nextClose.get(close);
    if (at === undefined || (at !== -1 && at <= index)) {
      at = text.indexOf(close, index + 1);
      nextClose.set(close, at);
    }
    if (at === -1 || at - index - 1 > MAX_QUOTE_LENGTH || at === index + 1) {
      index++;
      continue;
    }
    spans.push({ start: index, end: at + 1, inner: text.slice(index + 1, at) });
    index = at + 1;
  }
  return spans;
}
