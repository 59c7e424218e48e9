import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData } from 'react-router';
import type { Speaker } from '../../../pipeline/schema';
import { SpeakerQuotes } from '../../features/quotes/speaker-quotes';
import { paths } from '../../lib/paths';
import { useLanguage } from '../layout';
import { documentTitle, useDocumentTitle, type PageMeta } from '../page-meta';

export function speakerMeta(speaker: Speaker, t: TFunction): PageMeta {
  return {
    title: t('quotes.speakerTitle', { name: speaker.name }),
    description: speaker.quotes[0]?.text.slice(0, 200) ?? t('quotes.metaDescription'),
    type: 'website',
  };
}

export function SpeakerRoute() {
  const speaker = useLoaderData() as Speaker;
  const lang = useLanguage();
  const { t } = useTranslation();
  useDocumentTitle(documentTitle(speakerMeta(speaker, t as TFunction), t as TFunction));
  return (
    <div className="max-w-3xl">
      <p>
        <Link to={paths.quotes(lang)} className="underline">
          {t('quotes.backToAll')}
        </Link>
      </p>
      <SpeakerQuotes speaker={speaker} lang={lang} headingLevel="h1" />
    </div>
  );
}
