import { useT } from '../../i18n/use-t';
import { AppLink } from '../../components/app-link';
import type { UnattributedQuote } from '../../../pipeline/schema';
import { ArabicText } from '../../components/arabic-text';
import { PublishedDate } from '../../components/published-date';
import { WithArabicValue } from '../../components/with-arabic-value';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';

/**
 * Quotes with no named speaker: an anonymous source is shown as the text describes it
 * (مصدر طبي), with no link, since it is no one's page; an unknown one says so.
 */
export function UnattributedQuotes({
  quotes,
  lang,
}: {
  quotes: readonly UnattributedQuote[];
  lang: Language;
}) {
  const { t } = useT();
  return (
    <ol className="mt-4 space-y-6">
      {quotes.map((quote) => (
        <li key={`${quote.articleId}-${quote.quoteId}`}>
          <figure className="border-s-4 border-stone-300 ps-4">
            <ArabicText as="blockquote" className="text-lg leading-loose">
              {quote.text}
            </ArabicText>
            <figcaption className="mt-2 flex flex-wrap items-center gap-x-3 text-sm text-stone-700">
              <cite className="font-semibold not-italic">
                {quote.description ? (
                  <ArabicText>{quote.description}</ArabicText>
                ) : (
                  t('article.unknownSpeaker')
                )}
              </cite>
              {quote.description ? (
                <span className="text-stone-600">{t('quotes.unnamedSource')}</span>
              ) : null}
              <AppLink to={paths.quote(lang, quote.articleId, quote.quoteId)} className="underline">
                <WithArabicValue i18nKey="quotes.inArticle" value={quote.articleTitle} />
              </AppLink>
              {quote.publishedAt ? <PublishedDate date={quote.publishedAt} /> : null}
            </figcaption>
          </figure>
        </li>
      ))}
    </ol>
  );
}
