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
    at = outerClose(text, index, at);
    spans.push({ start: index, end: at + 1, inner: text.slice(index + 1, at) });
    index = at + 1;
  }
  return spans;
}

/** A clitic written on a word, so a mark right after it opens a quote (و"إف-15"، بـ"الإرهاب"). */
const CLITIC = /[\u0648\u0628\u0644\u0641\u0643]/u;

/** Whether the ASCII mark at `at` is glued to a clitic before a word: it opens a quote. */
function opensGlued(text: string, at: number): boolean {
  let clitic = at - 1;
  if (text[clitic] === '\u0640') clitic--; // لـ"…
  return (
    CLITIC.test(text[clitic] ?? '') &&
    (clitic === 0 || /\s/u.test(text[clitic - 1])) &&
    /[^\s"]/u.test(text[at + 1] ?? ' ')
  );
}

/** How many times `mark` occurs in text[from, to). */
function countOf(text: string, mark: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf(mark, from); at !== -1 && at < to; at = text.indexOf(mark, at + 1))
    count++;
  return count;
}

/**
 * The closing mark of the quote opened at `open`, given the first closing mark `at` after it:
 * past the quotes nested inside it («… «رخص» …»، "… و"إف-15" …"), when they close before
 * the limit; else `at`.
 */
function outerClose(text: string, open: number, at: number): number {
  const mark = text[open];
  const close = text[at];
  if (mark === '"') {
    let end = at;
    while (opensGlued(text, end)) {
      const inner = text.indexOf('"', end + 1);
      const next = inner === -1 ? -1 : text.indexOf('"', inner + 1);
      if (next === -1 || next - open - 1 > MAX_QUOTE_LENGTH) return at;
      end = next;
    }
    return end;
  }
  if (mark !== '\u00AB' && mark !== '\u201C') return at;
  let pending = countOf(text, mark, open + 1, at);
  let end = at;
  while (pending > 0) {
    pending--; // the mark at `end` closes a quote inside
    const next = text.indexOf(close, end + 1);
    if (next === -1 || next - open - 1 > MAX_QUOTE_LENGTH) return at;
    pending += countOf(text, mark, end + 1, next);
    end = next;
  }
  return end;
}
