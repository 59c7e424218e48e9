import type { TFunction } from 'i18next';
import { Num } from '../../components/num';
import { useT } from '../../i18n/use-t';
import { useLoaderData } from 'react-router';
import { AppLink } from '../../components/app-link';
import type { QuotesPage } from '../../../pipeline/schema';
import { Pagination } from '../../components/pagination';
import { SpeakerQuotes } from '../../features/quotes/speaker-quotes';
import { UnattributedQuotes } from '../../features/quotes/unattributed-quotes';
import { paths } from '../../lib/paths';
import { useLanguage } from '../use-language';
import { pageOf, dataRoute, type RouteContext } from '../loaders';
import { pagedTitle, type PageMeta } from '../page-meta';

function quotesLoader({ reader }: RouteContext) {
  return pageOf(reader, 'quotesPages', reader.quotesPage);
}

function quotesMeta(data: QuotesPage, t: TFunction): PageMeta {
  const title = pagedTitle(data, t('quotes.title'), t);
  return { title, description: t('quotes.metaDescription'), type: 'website' };
}

/** The quotes of every article, by speaker, a page at a time. */
export const quotesRoute = dataRoute(quotesLoader, QuotesRoute, quotesMeta);

export function QuotesRoute() {
  const data = useLoaderData<ReturnType<typeof quotesLoader>>();
  const lang = useLanguage();
  const { t } = useT();
  return (
    <>
      <h1 tabIndex={-1} className="text-3xl font-bold">
        {t('quotes.title')}
      </h1>
      <Num as="p" className="mt-2 text-stone-700">
        {t('quotes.summary', {
          quotes: t('list.quoteCount', { count: data.totalQuotes - data.unattributedQuotes }),
          speakers: t('quotes.speakerCount', { count: data.totalSpeakers }),
        })}
      </Num>
      {data.speakers.length === 0 ? <p className="mt-6">{t('quotes.empty')}</p> : null}
      <div className="max-w-3xl divide-y divide-stone-200">
        {data.speakers.map((speaker) => (
          <SpeakerQuotes key={speaker.id} speaker={speaker} lang={lang} headingLevel="h2" />
        ))}
      </div>
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => paths.quotes(lang, page)}
      />
      {data.page === 1 && data.unattributedQuotes > 0 ? (
        <section
          aria-labelledby="unattributed"
          className="mt-12 max-w-3xl border-t border-stone-300 pt-8"
        >
          <h2 id="unattributed" className="text-2xl font-bold">
            {t('quotes.unattributedTitle')}
          </h2>
          <Num as="p" className="mt-1 text-sm text-stone-600">
            {t('quotes.unattributedSummary', {
              quotes: t('list.quoteCount', { count: data.unattributedQuotes }),
            })}
          </Num>
          <UnattributedQuotes quotes={data.unattributedPreview} lang={lang} />
          {data.unattributedQuotes > data.unattributedPreview.length ? (
            <p className="mt-4">
              <AppLink to={paths.unattributed(lang)} className="link-button">
                {t('quotes.unattributedAll')}
              </AppLink>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
