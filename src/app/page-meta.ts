import type { TFunction } from 'i18next';
import { useEffect } from 'react';
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

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
