import type { TFunction } from 'i18next';
import type {
  Article,
  ListPage,
  QuotesPage,
  Speaker,
  UnattributedPage,
} from '../../pipeline/schema';
import type { SearchData } from '../features/search/search-data';
import type { PageMeta } from './page-meta';

// Each route's title and description: kept apart from the views, so that the route table
// (and the prerender) can use them without loading the views' code.

/** A paged view's title: its own on the first page, "page x of y" after it. */
function pagedTitle(data: { page: number; pageCount: number }, first: string, t: TFunction) {
  return data.page > 1 ? t('pagination.pageXOfY', { x: data.page, y: data.pageCount }) : first;
}

export function articleListMeta(data: ListPage, t: TFunction): PageMeta {
  const title = data.page === 0 ? t('list.title') : t('list.archivePage', { page: data.page });
  return { title, description: t('list.metaDescription'), type: 'website' };
}

export function savedMeta(_data: unknown, t: TFunction): PageMeta {
  return { title: t('saved.title'), description: t('saved.metaDescription'), type: 'website' };
}

export function articleMeta(article: Article): PageMeta {
  return {
    title: article.title,
    description: article.paragraphs[0].slice(0, 200),
    type: 'article',
    publishedAt: article.publishedAt,
  };
}

export function quotesMeta(data: QuotesPage, t: TFunction): PageMeta {
  const title = pagedTitle(data, t('quotes.title'), t);
  return { title, description: t('quotes.metaDescription'), type: 'website' };
}

export function unattributedMeta(data: UnattributedPage, t: TFunction): PageMeta {
  const title = pagedTitle(data, t('quotes.unattributedTitle'), t);
  return { title, description: t('quotes.metaDescription'), type: 'website' };
}

export function searchMeta(data: SearchData, t: TFunction): PageMeta {
  const title = data.query.trim() ? t('search.titleFor', { query: data.query }) : t('search.title');
  return { title, description: t('search.metaDescription'), type: 'website' };
}

export function speakerMeta(speaker: Speaker, t: TFunction): PageMeta {
  return {
    title: t('quotes.speakerTitle', { name: speaker.name }),
    description: speaker.quotes[0]?.text.slice(0, 200) ?? t('quotes.metaDescription'),
    type: 'website',
  };
}
