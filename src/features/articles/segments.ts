import type { Quote } from '../../../pipeline/schema';

export type Segment =
  | { kind: 'text'; text: string }
  | {
      kind: 'quote';
      text: string;
      quote: Quote;
      /** Punctuation right after the quote (`”.` `"،`), kept with it so a label can follow. */
      punctuation: string;
    };

const CLOSING_PUNCTUATION = /^[.,،؛;:!?؟)\]…]+/;

/**
 * Cuts a paragraph into plain text and quoted statements by the quotes' offsets. Offsets
 * that overlap or fall outside the paragraph are ignored rather than trusted.
 */
export function segmentParagraph(text: string, quotes: readonly Quote[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    if (quote.start < at || quote.end > text.length || quote.end <= quote.start) continue;
    if (quote.start > at) segments.push({ kind: 'text', text: text.slice(at, quote.start) });
    const punctuation = CLOSING_PUNCTUATION.exec(text.slice(quote.end, quote.end + 8))?.[0] ?? '';
    segments.push({ kind: 'quote', text: text.slice(quote.start, quote.end), quote, punctuation });
    at = quote.end + punctuation.length;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
