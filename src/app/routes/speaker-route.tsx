import type { TFunction } from 'i18next';
import { useT } from '../../i18n/use-t';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { AppLink } from '../../components/app-link';
import type { SpeakerPage } from '../../../pipeline/schema';
import { Pagination } from '../../components/pagination';
import { SpeakerQuotes } from '../../features/quotes/speaker-quotes';
import { paths } from '../../lib/paths';
import { useLanguage } from '../use-language';
import { itemOf, dataRoute, notFound, pageParam, type RouteContext } from '../loaders';
import type { PageMeta } from '../page-meta';
import { SPEAKER_ID } from '../../lib/paths';

/**
 * A page of a speaker's quotes. The first page says how many there are: a later page beyond
 * them is not found, without asking for a file that is not there.
 */
function speakerLoader({ reader }: RouteContext) {
  const load = itemOf(reader, 'speakerId', SPEAKER_ID, 'speakers', reader.speaker);
  return async (args: LoaderFunctionArgs): Promise<SpeakerPage> => {
    const page = pageParam(args);
    const first = await load(args);
    if (page === 1) return first;
    if (page > first.pageCount) notFound();
    return reader.speaker(first.id, page);
  };
}

function speakerMeta(speaker: SpeakerPage, t: TFunction): PageMeta {
  return {
    title:
      speaker.page > 1
        ? t('quotes.speakerPageTitle', {
            name: speaker.name,
            x: speaker.page,
            y: speaker.pageCount,
          })
        : t('quotes.speakerTitle', { name: speaker.name }),
    description: speaker.quotes[0]?.text.slice(0, 200) ?? t('quotes.metaDescription'),
    type: 'website',
  };
}

/** One speaker's quotes across the archive. */
export const speakerRoute = dataRoute(speakerLoader, SpeakerRoute, speakerMeta);

export function SpeakerRoute() {
  const speaker = useLoaderData<ReturnType<typeof speakerLoader>>();
  const lang = useLanguage();
  const { t } = useT();
  return (
    <div className="max-w-3xl">
      <p>
        <AppLink to={paths.quotes(lang)} className="underline">
          {t('quotes.backToAll')}
        </AppLink>
      </p>
      <SpeakerQuotes speaker={speaker} lang={lang} headingLevel="h1" />
      <Pagination
        page={speaker.page}
        pageCount={speaker.pageCount}
        hrefFor={(page) => paths.speaker(lang, speaker.id, page)}
      />
    </div>
  );
}
