import { useT } from '../../i18n/use-t';
import { AppLink } from '../../components/app-link';
import type { Article, Quote } from '../../../pipeline/schema';
import { IsolatedRuns } from '../../components/arabic-text';
import { useDocText } from '../settings/settings-context';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';
import { segmentParagraph } from './segments';

interface ArticleBodyProps {
  article: Article;
  lang: Language;
  /** The quote the URL points at, once known on the client. */
  activeQuoteId: string | null;
}

/** The paragraphs, with every quoted statement marked and attributed in the text. */
export function ArticleBody({ article, lang, activeQuoteId }: ArticleBodyProps) {
  return (
    <div lang="ar" dir="rtl" data-doc="" className="article-text">
      {article.paragraphs.map((text, index) => (
        <p key={index}>
          {segmentParagraph(
            text,
            article.quotes.filter((quote) => quote.paragraph === index),
          ).map((segment, at) =>
            segment.kind === 'text' ? (
              <IsolatedRuns key={at} text={segment.text} />
            ) : (
              <QuoteMark
                key={at}
                quote={segment.quote}
                text={segment.text}
                punctuation={segment.punctuation}
                lang={lang}
                active={segment.quote.id === activeQuoteId}
              />
            ),
          )}
        </p>
      ))}
    </div>
  );
}

/**
 * The headline, with the statements it quotes marked (الشناوي: «…»): a negative paragraph
 * index is the headline's in the dataset. No speaker label inside the heading: the quotes
 * panel names them.
 */
export function HeadlineText({
  article,
  activeQuoteId,
  className,
}: {
  article: Article;
  activeQuoteId: string | null;
  className: string;
}) {
  const quotes = article.quotes.filter((quote) => quote.paragraph < 0);
  return (
    <h1 lang="ar" dir="rtl" data-doc="" tabIndex={-1} className={className}>
      {segmentParagraph(article.title, quotes).map((segment, at) =>
        segment.kind === 'text' ? (
          <IsolatedRuns key={at} text={segment.text} />
        ) : (
          <MarkedWords
            key={at}
            id={segment.quote.id}
            text={segment.text}
            punctuation={segment.punctuation}
            active={segment.quote.id === activeQuoteId}
          />
        ),
      )}
    </h1>
  );
}

/** A quote's words, marked with its id (the target of #qN), and the punctuation after them. */
function MarkedWords({
  id,
  text,
  punctuation,
  active,
}: {
  id: string;
  text: string;
  punctuation: string;
  active: boolean;
}) {
  return (
    <>
      <mark id={id} tabIndex={-1} className="quote-mark" data-active={active || undefined}>
        <IsolatedRuns text={text} />
      </mark>
      {punctuation}
    </>
  );
}

function QuoteMark({
  quote,
  text,
  punctuation,
  lang,
  active,
}: {
  quote: Quote;
  text: string;
  punctuation: string;
  lang: Language;
  active: boolean;
}) {
  const { t } = useT();
  const shown = useDocText();
  const speaker = quote.speaker ?? '';
  return (
    <>
      <MarkedWords id={quote.id} text={text} punctuation={punctuation} active={active} />
      {quote.speakerId ? (
        <AppLink
          to={paths.speaker(lang, quote.speakerId)}
          className="speaker-chip"
          aria-label={t('article.quoteBy', { speaker })}
        >
          {shown(speaker)}
        </AppLink>
      ) : quote.kind === 'anonymous' && quote.role ? (
        // An unnamed source is described, not linked: it has no page of its own.
        <span className="speaker-chip speaker-chip-unnamed" title={t('quotes.unnamedSource')}>
          {shown(quote.role)}
        </span>
      ) : null}
    </>
  );
}
