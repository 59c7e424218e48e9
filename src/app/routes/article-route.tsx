import { Num } from '../../components/num';
import { useT } from '../../i18n/use-t';
import { lazy, Suspense, useEffect } from 'react';
import { useLoaderData, useLocation } from 'react-router';
import type { Article } from '../../../pipeline/schema';
import { PublishedDate } from '../../components/published-date';
import { WithArabicValue } from '../../components/with-arabic-value';
import { ArticleBody, HeadlineText } from '../../features/articles/article-body';
import { QuotesPanel } from '../../features/articles/quotes-panel';
import { RelatedReads } from '../../features/related/related-reads';
import { ShareButton } from '../../features/share/share-button';
import { anchorOf, quoteShareText, quoteTextFragment } from '../../features/share/share';
import { paths } from '../../lib/paths';
import { useHydrated } from '../../lib/use-hydrated';
import { useLanguage } from '../use-language';
import { itemOf, dataRoute, type RouteContext } from '../loaders';
import type { PageMeta } from '../page-meta';
import { ARTICLE_ID } from '../../lib/paths';

function articleLoader({ reader }: RouteContext) {
  return itemOf(reader, 'id', ARTICLE_ID, 'articles', reader.article);
}

function articleMeta(article: Article): PageMeta {
  return {
    title: article.title,
    description: article.paragraphs[0].slice(0, 200),
    type: 'article',
    publishedAt: article.publishedAt,
  };
}

/** An article with its quotes and related reads. */
export const articleRoute = dataRoute(articleLoader, ArticleRoute, articleMeta);

// Keeping for offline is for a running page only: its code loads with it, not before.
const KeepButton = lazy(() =>
  import('../../features/offline/keep-button')
    .then((module) => ({ default: module.KeepButton }))
    // Offline with the chunk not kept: the article reads the same without its toggle.
    .catch(() => ({ default: () => null })),
);
/**
 * The quote a `#q3` link points at. The prerendered HTML cannot know the hash, so it is
 * read only once hydrated; CSS :target covers the moment before.
 */
function useActiveQuote(): string | null {
  const { hash } = useLocation();
  const hydrated = useHydrated();
  const active = hydrated ? anchorOf(hash) : null;
  // On a cold load too, the reader lands on the quote: focused, in the middle of the screen.
  useEffect(() => {
    if (!active) return;
    const target = document.getElementById(active);
    if (!target || document.activeElement === target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [active]);
  return active;
}

export function ArticleRoute() {
  const article = useLoaderData<ReturnType<typeof articleLoader>>();
  const lang = useLanguage();
  const { t } = useT();
  const activeQuote = useActiveQuote();
  const hydrated = useHydrated();
  return (
    <div className="article-layout">
      <article className="min-w-0">
        <header>
          <HeadlineText
            article={article}
            activeQuoteId={activeQuote}
            className="text-3xl leading-snug font-bold md:text-4xl"
          />
          <p className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
            <PublishedDate date={article.publishedAt} firstSeenAt={article.firstSeenAt} withHijri />
            {article.dateline && article.dateline !== article.source ? (
              <span>
                <WithArabicValue i18nKey="article.dateline" value={article.dateline} />
              </span>
            ) : null}
            {article.source ? (
              <span>
                <WithArabicValue i18nKey="article.source" value={article.source} />
              </span>
            ) : null}
            <Num>{t('article.readingTime', { count: article.readingMinutes })}</Num>
          </p>
          {/* Holds the buttons' place before they appear, so nothing shifts: a flex row, so
              no line box (and no baseline) moves when they arrive. */}
          <div className="mt-4 flex min-h-10 flex-wrap items-center gap-2">
            <ShareButton
              path={paths.article(lang, article.id)}
              title={article.title}
              label={t('share.article')}
            />
            {hydrated ? (
              <Suspense fallback={null}>
                <KeepButton
                  article={{
                    id: article.id,
                    title: article.title,
                    publishedAt: article.publishedAt,
                  }}
                />
              </Suspense>
            ) : null}
          </div>
        </header>
        <div className="mt-8">
          <ArticleBody article={article} lang={lang} activeQuoteId={activeQuote} />
        </div>
        <QuotesPanel
          article={article}
          lang={lang}
          renderShare={(path, text, speaker) => (
            <ShareButton
              path={`${path}${quoteTextFragment(text)}`}
              title={article.title}
              text={quoteShareText(text, speaker ?? t('article.unknownSpeaker'))}
              label={t('share.quote')}
              preferShare={false}
              className="underline"
            />
          )}
        />
      </article>
      <RelatedReads related={article.related} lang={lang} />
    </div>
  );
}
