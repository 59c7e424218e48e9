import type { Language } from '../i18n/languages';

/** Every route's href is built here, and only here. */
export const paths = {
  home: (lang: Language) => `/${lang}/`,
  /** The list: its front page (0), or an archive page counted from the oldest (1 to n). */
  listPage: (lang: Language, page: number) => (page < 1 ? `/${lang}/` : `/${lang}/page/${page}`),
  article: (lang: Language, id: string) => `/${lang}/articles/${id}`,
  quote: (lang: Language, articleId: string, quoteId: string) =>
    `/${lang}/articles/${articleId}#${quoteId}`,
  quotes: (lang: Language, page = 1) =>
    page <= 1 ? `/${lang}/quotes` : `/${lang}/quotes/page/${page}`,
  speaker: (lang: Language, speakerId: string, page = 1) =>
    page <= 1 ? `/${lang}/quotes/${speakerId}` : `/${lang}/quotes/${speakerId}/page/${page}`,
  /** The search page; with a query, its results (a link that opens the same results). */
  search: (lang: Language, query = '') =>
    query.trim() === ''
      ? `/${lang}/search`
      : `/${lang}/search?${new URLSearchParams({ q: query }).toString()}`,
  /** The articles kept for offline reading in this browser. */
  saved: (lang: Language) => `/${lang}/saved`,
  unattributed: (lang: Language, page = 1) =>
    page <= 1 ? `/${lang}/quotes/unattributed` : `/${lang}/quotes/unattributed/page/${page}`,
};

/** The same page in the other language: swaps the prefix, keeps the rest. */
export function switchLanguagePath(pathname: string, to: Language): string {
  const rest = pathname.replace(/^\/(ar|en)(?=\/|$)/, '');
  return `/${to}${rest || '/'}`;
}

/**
 * The files a static host tries for a page's path, in order (`/ar/articles/x` → the path
 * itself, `x.html`, `x/index.html`): how the built site is served, by hosts and by the
 * preview and the benches alike.
 */
export function pageFiles(pathname: string): string[] {
  const bare = pathname.replace(/\/+$/u, '');
  return bare === '' ? [pathname, '/index.html'] : [pathname, `${bare}.html`, `${bare}/index.html`];
}

export function parsePageNumber(value: string | undefined): number | null {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,6}$/.test(value)) return null;
  return Number(value);
}

export const ARTICLE_ID = /^[0-9a-f]{16}$/;
export const SPEAKER_ID = /^[0-9a-f]{12}$/;
