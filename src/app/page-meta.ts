import type { TFunction } from 'i18next';
import type { Language } from '../i18n/languages';

export interface PageMeta {
  title: string;
  description: string;
  type: 'website' | 'article';
  publishedAt?: string | null;
}

export type MetaFunction = (data: never, t: TFunction, lang: Language) => PageMeta;

export interface RouteHandle {
  meta?: MetaFunction;
}

/** `headline · قراءة`: the page title follows the route. */
export function documentTitle(meta: PageMeta, t: TFunction): string {
  return t('app.documentTitle', { title: meta.title });
}

/** A paged view's title: its own on the first page, "page x of y" after it. */
export function pagedTitle(data: { page: number; pageCount: number }, first: string, t: TFunction) {
  return data.page > 1 ? t('pagination.pageXOfY', { x: data.page, y: data.pageCount }) : first;
}

/**
 * The meta of the page the matched routes show: the deepest route that has a meta function
 * and data (a route that failed has none, and its error view names the page). One place for
 * the browser's layout and the prerender.
 */
export function metaOfMatches(
  matches: readonly { handle: unknown; data: unknown }[],
  t: TFunction,
  lang: Language,
): PageMeta | null {
  for (let index = matches.length - 1; index >= 0; index--) {
    const { handle, data } = matches[index];
    const meta = (handle as RouteHandle | undefined)?.meta;
    if (meta && data !== undefined) return meta(data as never, t, lang);
  }
  return null;
}
