import { lazy, Suspense } from 'react';
import { Num } from '../../components/num';
import type { TFunction } from 'i18next';
import { useLoaderData, useNavigation, type LoaderFunctionArgs } from 'react-router';
import { AppLink } from '../../components/app-link';
import { RESULTS_PER_PAGE, type SearchData } from '../../features/search/search-data';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';
import { useLanguage } from '../use-language';
import { dataRoute, type RouteContext } from '../loaders';
import type { PageMeta } from '../page-meta';

function searchLoader({ reader }: RouteContext) {
  return ({ request }: LoaderFunctionArgs): Promise<SearchData> =>
    reader.search(new URL(request.url));
}

function searchMeta(data: SearchData, t: TFunction): PageMeta {
  const title = data.query.trim() ? t('search.titleFor', { query: data.query }) : t('search.title');
  return { title, description: t('search.metaDescription'), type: 'website' };
}

/** Search across the archive: the query is the URL's, so a shared link opens the same. */
export const searchRoute = dataRoute(searchLoader, SearchRoute, searchMeta);

const SearchResults = lazy(() => import('../../features/search/search-results'));

export function SearchRoute() {
  const data = useLoaderData<ReturnType<typeof searchLoader>>();
  const lang = useLanguage();
  const { t } = useT();
  const navigation = useNavigation();
  const asked = data.query.trim() !== '';
  const more = new URLSearchParams({ q: data.query, shown: String(data.shown + RESULTS_PER_PAGE) });
  return (
    <div className="max-w-3xl" aria-busy={navigation.state === 'loading'}>
      <h1 tabIndex={-1} className="text-3xl font-bold">
        {asked ? t('search.titleFor', { query: data.query }) : t('search.title')}
      </h1>
      {!asked ? <p className="mt-4 text-stone-700">{t('search.prompt')}</p> : null}
      {asked ? (
        <p className="mt-2 text-stone-700" role="status" data-testid="search-count">
          <Num>{t('search.resultCount', { count: data.total })}</Num>
        </p>
      ) : null}
      {asked && data.total === 0 ? (
        <p className="mt-4 text-stone-700">{t('search.noResultsHint')}</p>
      ) : null}
      {data.hits.length > 0 ? (
        <Suspense fallback={null}>
          <SearchResults data={data} lang={lang} />
        </Suspense>
      ) : null}
      {data.total > data.hits.length ? (
        <p className="mt-6">
          <AppLink
            to={`${paths.search(lang)}?${more.toString()}`}
            replace
            preventScrollReset
            className="underline"
          >
            {t('search.more')}
          </AppLink>
        </p>
      ) : null}
    </div>
  );
}
