import type { TFunction } from 'i18next';
import { useT } from '../../i18n/use-t';
import { useLoaderData } from 'react-router';
import { AppLink } from '../../components/app-link';
import type { Speaker } from '../../../pipeline/schema';
import { SpeakerQuotes } from '../../features/quotes/speaker-quotes';
import { paths } from '../../lib/paths';
import { useLanguage } from '../use-language';
import { itemOf, dataRoute, type RouteContext } from '../loaders';
import type { PageMeta } from '../page-meta';
import { SPEAKER_ID } from '../../lib/paths';

function speakerLoader({ reader }: RouteContext) {
  return itemOf(reader, 'speakerId', SPEAKER_ID, 'speakers', reader.speaker);
}

function speakerMeta(speaker: Speaker, t: TFunction): PageMeta {
  return {
    title: t('quotes.speakerTitle', { name: speaker.name }),
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
    </div>
  );
}
