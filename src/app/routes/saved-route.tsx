import { useSyncExternalStore } from 'react';
import { AppLink } from '../../components/app-link';
import { ArabicText } from '../../components/arabic-text';
import { PublishedDate } from '../../components/published-date';
import { savedList, subscribeSaved, type SavedArticle } from '../../features/offline/saved';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';
import { useLanguage } from '../use-language';
import type { TFunction } from 'i18next';
import type { PageMeta, RouteHandle } from '../page-meta';

function savedMeta(_data: unknown, t: TFunction): PageMeta {
  return { title: t('saved.title'), description: t('saved.metaDescription'), type: 'website' };
}

/**
 * What is saved lives in this browser: the page reads it there, not from the dataset (and
 * so opens with no network).
 */
export function savedRoute() {
  return {
    loader: () => null,
    Component: SavedRoute,
    handle: { meta: savedMeta } satisfies RouteHandle,
  };
}

const none: SavedArticle[] = [];

/** The articles kept for offline reading, in this browser: readable with no network. */
export function SavedRoute() {
  const lang = useLanguage();
  const { t } = useT();
  const saved = useSyncExternalStore(subscribeSaved, savedList, () => none);
  return (
    <>
      <h1 tabIndex={-1} className="text-3xl font-bold">
        {t('saved.title')}
      </h1>
      {saved.length === 0 ? (
        <p className="mt-6 text-stone-700">{t('saved.empty')}</p>
      ) : (
        <ul className="mt-6 max-w-3xl divide-y divide-stone-200">
          {saved.map((article) => (
            <li key={article.id} className="py-4">
              <AppLink to={paths.article(lang, article.id)} className="card-link block">
                <ArabicText as="h2" className="text-xl leading-snug font-bold">
                  {article.title}
                </ArabicText>
              </AppLink>
              <p className="mt-1 text-sm text-stone-700">
                <PublishedDate date={article.publishedAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
