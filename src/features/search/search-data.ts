/**
 * What the search route shows for a URL: the query (from `q`), how many results to show
 * (from `shown`), and the results with their snippets. The engine is its own chunk, loaded
 * the first time a search runs.
 */
import type { Article } from '../../../pipeline/schema';
import type { createSearch, SearchSource } from './engine';
import type { Snippet } from './snippet';

export interface SearchHit {
  id: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  snippet: Snippet | null;
}

export interface SearchData {
  query: string;
  shown: number;
  total: number;
  hits: SearchHit[];
}

const MAX_SHOWN = 200;
/** Results a search shows at first, and how many more each "more" adds. */
export const RESULTS_PER_PAGE = 10;

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
    if (query.trim() === '') return { query, shown, total: 0, hits: [] };
    engine ??= import('./engine').then(({ createSearch }) => createSearch(source));
    const [{ snippetOf }, search] = await Promise.all([import('./snippet'), engine]);
    const page = await search(query, shown);
    const hits = await Promise.all(
      page.results.map(async (result) => {
        const article = await source.json<Article>(`articles/${result.id}.json`);
        return { ...result, snippet: snippetOf(article, page.words) };
      }),
    );
    return { query, shown, total: page.total, hits };
  };
}
