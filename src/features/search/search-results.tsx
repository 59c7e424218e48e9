import { useEffect, useState, type KeyboardEvent } from 'react';
import { AppLink } from '../../components/app-link';
import { ArabicText } from '../../components/arabic-text';
import { PublishedDate } from '../../components/published-date';
import { useT } from '../../i18n/use-t';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';
import type { SearchData, SearchHit } from './search-data';
import type { Snippet } from './snippet';

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
          <AppLink
            to={href}
            data-result=""
            className="text-stone-900 underline-offset-4 hover:underline"
          >
            <ArabicText>{hit.title}</ArabicText>
          </AppLink>
        </h2>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
          <PublishedDate date={hit.publishedAt} firstSeenAt={hit.firstSeenAt} />
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
 * focused result keeps its focus) while their passages fill in. Reading starts after the
 * results are on the screen: after the next frame is painted.
 */
function useSnippets(read: SearchData['snippets']): Record<string, Snippet | null> {
  const [snippets, setSnippets] = useState<{
    from: SearchData['snippets'];
    value: Record<string, Snippet | null>;
  }>({ from: null, value: {} });
  useEffect(() => {
    if (!read) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        // A snippet that cannot be read is a result without a snippet, not a failed search.
        read().then(
          (value) => current && setSnippets({ from: read, value }),
          () => undefined,
        );
      });
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [read]);
  return snippets.from === read ? snippets.value : {};
}

/**
 * The results of a search, with their snippets as they arrive. Its own chunk: a page's first
 * load does not carry it (the prerendered search page has no results to show).
 */
export default function SearchResults({ data, lang }: { data: SearchData; lang: Language }) {
  const snippets = useSnippets(data.snippets);
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <ol className="mt-4" onKeyDown={moveBetweenResults}>
      {data.hits.map((hit) => (
        <Hit key={hit.id} hit={hit} snippet={snippets[hit.id] ?? null} lang={lang} />
      ))}
    </ol>
  );
}
