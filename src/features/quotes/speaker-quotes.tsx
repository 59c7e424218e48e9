import { useT } from '../../i18n/use-t';
import { Num } from '../../components/num';
import { AppLink } from '../../components/app-link';
import type { Speaker } from '../../../pipeline/schema';
import { ArabicText } from '../../components/arabic-text';
import { PublishedDate } from '../../components/published-date';
import { WithArabicValue } from '../../components/with-arabic-value';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';

interface SpeakerQuotesProps {
  speaker: Speaker;
  lang: Language;
  /** On the overview, a speaker's heading links to their own page; there, it is the page's h1. */
  headingLevel: 'h1' | 'h2';
}

export function SpeakerQuotes({ speaker, lang, headingLevel }: SpeakerQuotesProps) {
  const { t } = useT();
  const Heading = headingLevel;
  const more = speaker.quoteCount > speaker.quotes.length;
  return (
    <section aria-labelledby={`speaker-${speaker.id}`} className="py-8">
      <Heading
        id={`speaker-${speaker.id}`}
        tabIndex={headingLevel === 'h1' ? -1 : undefined}
        className={headingLevel === 'h1' ? 'text-3xl font-bold' : 'text-2xl font-bold'}
      >
        {headingLevel === 'h2' ? (
          <AppLink to={paths.speaker(lang, speaker.id)} className="hover:underline">
            <ArabicText>{speaker.name}</ArabicText>
          </AppLink>
        ) : (
          <ArabicText>{speaker.name}</ArabicText>
        )}
      </Heading>
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
        {headingLevel === 'h2' && speaker.role ? <ArabicText>{speaker.role}</ArabicText> : null}
        <Num>{t('list.quoteCount', { count: speaker.quoteCount })}</Num>
      </p>
      {headingLevel === 'h1' && speaker.roles.length > 0 ? (
        <div className="mt-3 text-sm text-stone-700">
          <h2 className="font-semibold">{t('quotes.roles')}</h2>
          <ul className="mt-1 list-disc space-y-1 ps-5" data-testid="speaker-roles">
            {speaker.roles.map((role) => (
              <li key={role}>
                <ArabicText>{role}</ArabicText>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="mt-4 space-y-6">
        {speaker.quotes.map((quote) => (
          <li key={`${quote.articleId}-${quote.quoteId}`}>
            <figure className="border-s-4 border-amber-400 ps-4">
              <ArabicText as="blockquote" className="text-lg leading-loose">
                {quote.text}
              </ArabicText>
              <figcaption className="mt-2 text-sm text-stone-700">
                <AppLink
                  to={paths.quote(lang, quote.articleId, quote.quoteId)}
                  className="underline"
                >
                  <WithArabicValue i18nKey="quotes.inArticle" value={quote.articleTitle} />
                </AppLink>{' '}
                {quote.publishedAt ? <PublishedDate date={quote.publishedAt} /> : null}
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
      {more && headingLevel === 'h2' ? (
        <p className="mt-4">
          <AppLink to={paths.speaker(lang, speaker.id)} className="link-button">
            <WithArabicValue i18nKey="quotes.allBySpeaker" value={speaker.name} />
          </AppLink>
        </p>
      ) : null}
    </section>
  );
}
