import { useEffect, useState, type KeyboardEvent } from 'react';
import { Link, useLoaderData, useNavigation } from 'react-router';
import { ArabicText } from '../../components/arabic-text';
import { PublishedDate } from '../../components/published-date';
import {
  RESULTS_PER_PAGE,
  type SearchData,
  type SearchHit,
} from '../../features/search/search-data';
import type { Snippet } from '../../features/search/snippet';
import { useT } from '../../i18n/use-t';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';
import { useLanguage } from '../layout';
import { documentTitle, useDocumentTitle } from '../page-meta';
import { searchMeta } from '../route-meta';

/** Arrow keys move between the results' links, as they would in a list box. */
function moveBetweenResults(event: KeyboardEvent<HTMLOListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(
    event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-result]'),
  );
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0 || next >= links.length) return;
  event.preventDefault();
  links[next].focus();
}

function Hit({ hit, snippet, lang }: { hit: SearchHit; snippet: Snippet | null; lang: Language }) {
  const { t } = useT();
  const quote = snippet?.quote ?? null;
  const href = quote ? paths.quote(lang, hit.id, quote.id) : paths.article(lang, hit.id);
  return (
    <li className="border-b border-stone-200 py-5 last:border-b-0">
      <article>
        <h2 className="text-xl leading-snug font-bold">
          <Link
            to={href}
            data-result=""
            className="text-stone-900 underline-offset-4 hover:underline"
          >
            <ArabicText>{hit.title}</ArabicText>
          </Link>
        </h2>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
          <PublishedDate date={hit.publishedAt} />
          {hit.source ? <ArabicText>{hit.source}</ArabicText> : null}
        </p>
        {snippet ? (
          <figure className="mt-2">
            <p
              lang="ar"
              dir="rtl"
              className={
                quote
                  ? 'border-s-4 border-amber-700 ps-3 text-lg leading-loose text-stone-800'
                  : 'text-lg leading-loose text-stone-800'
              }
            >
              {snippet.pieces.map((piece, index) =>
                piece.marked ? <mark key={index}>{piece.text}</mark> : piece.text,
              )}
            </p>
            {quote ? (
              <figcaption className="mt-1 text-sm text-stone-700">
                {quote.speaker
                  ? t('search.quoteBy', { speaker: quote.speaker })
                  : t('search.quoteUnknown')}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
      </article>
    </li>
  );
}

/**
 * The snippets of the results once read: the results are shown first and stay mounted (a
 * focused result keeps its focus) while their passages fill in.
 */
function useSnippets(pending: SearchData['snippets']): Record<string, Snippet | null> {
  const [snippets, setSnippets] = useState<{
    from: SearchData['snippets'];
    value: Record<string, Snippet | null>;
  }>({ from: null, value: {} });
  useEffect(() => {
    let current = true;
    pending?.then(
      (value) => current && setSnippets({ from: pending, value }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [pending]);
  return snippets.from === pending ? snippets.value : {};
}

export function SearchRoute() {
  const data = useLoaderData() as SearchData;
  const lang = useLanguage();
  const { t } = useT();
  const navigation = useNavigation();
  const snippets = useSnippets(data.snippets);
  useDocumentTitle(documentTitle(searchMeta(data, t), t));
  const asked = data.query.trim() !== '';
  const more = new URLSearchParams({ q: data.query, shown: String(data.shown + RESULTS_PER_PAGE) });
  return (
    <div className="max-w-3xl" aria-busy={navigation.state === 'loading'}>
      <h1 tabIndex={-1} className="text-3xl font-bold">
        {asked ? t('search.titleFor', { query: data.query }) : t('search.title')}
      </h1>
      {!asked ? <p className="mt-4 text-stone-700">{t('search.prompt')}</p> : null}
      {asked ? (
        <p className="mt-2 text-stone-700" role="status" data-testid="search-count">
          {t('search.resultCount', { count: data.total })}
        </p>
      ) : null}
      {asked && data.total === 0 ? (
        <p className="mt-4 text-stone-700">{t('search.noResultsHint')}</p>
      ) : null}
      {data.hits.length > 0 ? (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <ol className="mt-4" onKeyDown={moveBetweenResults}>
          {data.hits.map((hit) => (
            <Hit key={hit.id} hit={hit} snippet={snippets[hit.id] ?? null} lang={lang} />
          ))}
        </ol>
      ) : null}
      {data.total > data.hits.length ? (
        <p className="mt-6">
          <Link
            to={`${paths.search(lang)}?${more.toString()}`}
            replace
            preventScrollReset
            className="underline"
          >
            {t('search.more')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
