import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { AppLink } from '../../components/app-link';
import type { Article } from '../../../pipeline/schema';
import { ArabicText } from '../../components/arabic-text';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';

interface QuotesPanelProps {
  article: Article;
  lang: Language;
  /** A control to share each quote, given by the route (features do not import each other). */
  renderShare: (path: string, text: string, speaker: string | null) => ReactNode;
}

export function QuotesPanel({ article, lang, renderShare }: QuotesPanelProps) {
  const { t } = useT();
  if (article.quotes.length === 0) return null;
  return (
    <section
      aria-labelledby="quotes-in-article"
      className="quotes-panel mt-12 border-t border-stone-300 pt-8"
    >
      <h2 id="quotes-in-article" className="text-xl font-bold">
        {t('article.quotesHeading')}
      </h2>
      <ol className="mt-4 space-y-6">
        {article.quotes.map((quote) => {
          const anchor = paths.quote(lang, article.id, quote.id);
          return (
            <li key={quote.id}>
              <figure className="border-s-4 border-amber-400 ps-4">
                <ArabicText as="blockquote" className="text-lg leading-loose">
                  {quote.text}
                </ArabicText>
                <figcaption className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
                  <cite className="font-semibold not-italic">
                    {quote.speakerId ? (
                      <AppLink to={paths.speaker(lang, quote.speakerId)}>
                        <ArabicText>{quote.speaker ?? ''}</ArabicText>
                      </AppLink>
                    ) : quote.kind === 'anonymous' && quote.role ? (
                      <ArabicText>{quote.role}</ArabicText>
                    ) : (
                      t('article.unknownSpeaker')
                    )}
                  </cite>
                  {quote.kind === 'anonymous' ? (
                    <span className="text-stone-600">{t('quotes.unnamedSource')}</span>
                  ) : quote.role ? (
                    <ArabicText className="text-stone-600">{quote.role}</ArabicText>
                  ) : null}
                  <AppLink to={anchor} className="underline">
                    {t('article.goToQuote')}
                  </AppLink>
                  {renderShare(anchor, quote.text, quote.speaker ?? quote.role)}
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
