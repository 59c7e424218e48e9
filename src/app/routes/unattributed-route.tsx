import type { TFunction } from 'i18next';
import { Num } from '../../components/num';
import { useT } from '../../i18n/use-t';
import { useLoaderData } from 'react-router';
import { AppLink } from '../../components/app-link';
import type { UnattributedPage } from '../../../pipeline/schema';
import { Pagination } from '../../components/pagination';
import { UnattributedQuotes } from '../../features/quotes/unattributed-quotes';
import { paths } from '../../lib/paths';
import { useLanguage } from '../use-language';
import { pageOf, dataRoute, type RouteContext } from '../loaders';
import { pagedTitle, type PageMeta } from '../page-meta';

function unattributedLoader({ reader }: RouteContext) {
  return pageOf(reader, 'unattributedPages', reader.unattributedPage);
}

function unattributedMeta(data: UnattributedPage, t: TFunction): PageMeta {
  const title = pagedTitle(data, t('quotes.unattributedTitle'), t);
  return { title, description: t('quotes.metaDescription'), type: 'website' };
}

/** The quotes no one is named for, a page at a time. */
export const unattributedRoute = dataRoute(unattributedLoader, UnattributedRoute, unattributedMeta);

export function UnattributedRoute() {
  const data = useLoaderData<ReturnType<typeof unattributedLoader>>();
  const lang = useLanguage();
  const { t } = useT();
  return (
    <div className="max-w-3xl">
      <p>
        <AppLink to={paths.quotes(lang)} className="underline">
          {t('quotes.backToAll')}
        </AppLink>
      </p>
      <h1 tabIndex={-1} className="mt-4 text-3xl font-bold">
        {t('quotes.unattributedTitle')}
      </h1>
      <Num as="p" className="mt-2 text-stone-700">
        {t('quotes.unattributedSummary', {
          quotes: t('list.quoteCount', { count: data.total }),
        })}
      </Num>
      {data.quotes.length === 0 ? <p className="mt-6">{t('quotes.empty')}</p> : null}
      <UnattributedQuotes quotes={data.quotes} lang={lang} />
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => paths.unattributed(lang, page)}
      />
    </div>
  );
}
