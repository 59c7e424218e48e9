export interface Run {
  text: string;
  /** A Latin run inside Arabic text, to be isolated so that it cannot reorder its neighbours. */
  latin: boolean;
}

const LATIN_RUN =
  /[A-Za-z\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F.'’&\- ]*[A-Za-z0-9\u00C0-\u024F])?/g;

export function isolateLatin(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), latin: false });
  return runs;
}
