export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

interface ShareEnvironment {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  writeText?: (text: string) => Promise<void>;
}

/** Words of a quote a text fragment names at each end: enough to find it, short to share. */
const FRAGMENT_WORDS = 4;

/** Percent-encoding for a text directive: also `-`, `,` and `&`, which the syntax uses. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * The text fragment of a quote (`:~:text=start,end`), built from the quote's own words: a
 * browser that knows text fragments marks them; any other ignores it and keeps the `#qN`.
 */
export function quoteTextFragment(quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length <= FRAGMENT_WORDS * 2) return `:~:text=${encodeTextDirective(words.join(' '))}`;
  const start = words.slice(0, FRAGMENT_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_WORDS).join(' ');
  return `:~:text=${encodeTextDirective(start)},${encodeTextDirective(end)}`;
}

/** What sharing a quote gives: «quote» — speaker, then the link to it. */
export function quoteShareText(quote: string, speaker: string): string {
  return `«${quote}» — ${speaker}`;
}

/** The `#qN` a link points at, without a text directive a browser left in the hash. */
export function anchorOf(hash: string): string | null {
  if (!hash || hash === '#') return null;
  let anchor = hash.slice(1).split(':~:')[0];
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    return null;
  }
  return anchor || null;
}

/** The Web Share API where the browser has it, else the clipboard. */
export async function shareLink(
  data: { url: string; title: string; text?: string },
  env: ShareEnvironment,
  preferShare = true,
): Promise<ShareOutcome> {
  if (preferShare && env.share && (env.canShare?.(data) ?? true)) {
    try {
      await env.share(data);
      return 'shared';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'cancelled';
    }
  }
  if (!env.writeText) return 'failed';
  try {
    await env.writeText(data.text ? `${data.text}\n${data.url}` : data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

export function browserShareEnvironment(): ShareEnvironment {
  return {
    share: navigator.share ? (data) => navigator.share(data) : undefined,
    canShare: navigator.canShare ? (data) => navigator.canShare(data) : undefined,
    writeText: navigator.clipboard ? (text) => navigator.clipboard.writeText(text) : undefined,
  };
}
