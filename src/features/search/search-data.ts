/**
 * What the search route shows for a URL: the query (from `q`), how many results to show
 * (from `shown`), and the results with their snippets. The engine is its own chunk, loaded
 * the first time a search runs.
 */
import type { Article } from '../../../pipeline/schema';
import type { createSearch, SearchSource } from '../../lib/search/engine';
import type { Snippet } from './snippet';
import { RESULTS_PER_PAGE } from '../../lib/search/format';

export interface SearchHit {
  id: string;
  title: string;
  publishedAt: string | null;
  firstSeenAt: string | null;
  source: string | null;
}

export interface SearchData {
  query: string;
  shown: number;
  total: number;
  hits: SearchHit[];
  /**
   * Reads the passage each hit shows, by article id (null when there is nothing to read).
   * Called by the results' view once the results are on the screen, so that reading ten
   * articles never competes with showing the results; the same promise for every call.
   */
  snippets: (() => Promise<Record<string, Snippet | null>>) | null;
}

const MAX_SHOWN = 200;
export { RESULTS_PER_PAGE };

/** The query and count of a search URL's parameters, bounded. */
export function searchParamsOf(url: URL): { query: string; shown: number } {
  const query = (url.searchParams.get('q') ?? '').slice(0, 200);
  const asked = Number(url.searchParams.get('shown'));
  const shown =
    Number.isInteger(asked) && asked >= RESULTS_PER_PAGE
      ? Math.min(asked, MAX_SHOWN)
      : RESULTS_PER_PAGE;
  return { query, shown };
}

export function createSearchLoader(source: SearchSource) {
  let engine: Promise<ReturnType<typeof createSearch>> | null = null;
  return async (url: URL): Promise<SearchData> => {
    const { query, shown } = searchParamsOf(url);
    const none: SearchData = { query, shown, total: 0, hits: [], snippets: null };
    const start = () =>
      (engine ??= import('../../lib/search/engine').then(({ createSearch }) =>
        createSearch(source),
      ));
    // The results' view and the snippets are chunks of their own, fetched while the search
    // runs (or, warming, before it): never waited for before it starts.
    const views = () => {
      import('./search-results').catch(() => undefined);
      return import('./snippet');
    };
    // `?warm`: the reader is about to search (the box has focus): fetch the code and the
    // index's table of contents now, so that Enter waits only for the words' own shards.
    if (url.searchParams.has('warm')) {
      // Fetched ahead of need: a failure shows when the code is needed, not here.
      views().catch(() => undefined);
      await (await start()).warm();
      return none;
    }
    if (query.trim() === '') return none;
    const snippetCode = views();
    // Fetched ahead of need: a failure shows when the snippets are read.
    snippetCode.catch(() => undefined);
    const search = await start();
    // A measure a reader's browser keeps (and the benchmark reads): the engine's own time.
    const started = performance.now();
    const page = await search(query, shown);
    performance.measure('qiraa:search-engine', { start: started, end: performance.now() });
    let snippets: Promise<Record<string, Snippet | null>> | undefined;
    const readSnippets = () =>
      (snippets ??= snippetCode.then(({ snippetOf }) =>
        Promise.all(
          page.results.map(async ({ id }) => {
            const article = await source.json<Article>(`articles/${id}.json`);
            return [id, snippetOf(article, page.words)] as const;
          }),
        ).then((entries) => Object.fromEntries(entries)),
      ));
    return {
      query,
      shown,
      total: page.total,
      hits: page.results,
      snippets: page.results.length > 0 ? readSnippets : null,
    };
  };
}
