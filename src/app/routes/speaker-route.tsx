import type { TFunction } from 'i18next';
import { useT } from '../../i18n/use-t';
import { Link, useLoaderData } from 'react-router';
import type { Speaker } from '../../../pipeline/schema';
import { SpeakerQuotes } from '../../features/quotes/speaker-quotes';
import { paths } from '../../lib/paths';
import { useLanguage } from '../layout';
import { documentTitle, useDocumentTitle } from '../page-meta';
import { speakerMeta } from '../route-meta';

export function SpeakerRoute() {
  const speaker = useLoaderData() as Speaker;
  const lang = useLanguage();
  const { t } = useT();
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
