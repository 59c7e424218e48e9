import type { i18n as I18n } from 'i18next';
import { data, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isLanguage, type Language } from '../i18n/languages';
import { ARTICLE_ID, parsePageNumber, paths, SPEAKER_ID } from '../lib/paths';
import type { DatasetReader } from './data-source';
import { Layout } from './layout';
import type { RouteHandle } from './page-meta';
import { Loading, NotFound, RouteError } from './route-error';
import {
  articleListMeta,
  articleMeta,
  quotesMeta,
  savedMeta,
  searchMeta,
  speakerMeta,
  unattributedMeta,
} from './route-meta';
import { ArticleListRoute } from './routes/article-list-route';
import { ArticleRoute } from './routes/article-route';
import { QuotesRoute } from './routes/quotes-route';
import { SavedRoute } from './routes/saved-route';
import { SearchRoute } from './routes/search-route';
import { SpeakerRoute } from './routes/speaker-route';
import { UnattributedRoute } from './routes/unattributed-route';

/** The root only redirects: its loader answers before anything renders. */
function Nothing() {
  return null;
}

function notFound(): never {
  throw data(null, { status: 404 });
}

interface RouteContext {
  reader: DatasetReader;
  i18n: I18n;
  /** Where `/` and paths without a language go: the reader's choice, else Arabic. */
  preferredLanguage: () => Language;
}

/**
 * The route tree, shared by the browser and the prerender: loaders read the dataset
 * through `reader`, so each view loads only the files it shows.
 */
export function createRoutes({ reader, i18n, preferredLanguage }: RouteContext): RouteObject[] {
  const pageParam = (args: LoaderFunctionArgs) => parsePageNumber(args.params.page) ?? notFound();
  // A page of a paged view; beyond the last page is not found. Page 1 always exists.
  const pageOf =
    <T,>(
      count: 'listPages' | 'quotesPages' | 'unattributedPages',
      load: (page: number) => Promise<T>,
    ) =>
    async (args: LoaderFunctionArgs) => {
      const page = pageParam(args);
      if (page > 1 && page > (await reader.meta())[count]) notFound();
      return load(page);
    };
  // One item by id; a malformed or unknown id is not found, without fetching a missing file.
  const itemOf =
    <T,>(
      param: string,
      pattern: RegExp,
      kind: 'articles' | 'speakers',
      load: (id: string) => Promise<T>,
    ) =>
    async ({ params }: LoaderFunctionArgs) => {
      const id = params[param] ?? '';
      if (!pattern.test(id) || !(await reader.has(kind, id))) notFound();
      return load(id);
    };
  const list = {
    // The front page (no number), or an archive page from 1 to the last.
    loader: async (args: LoaderFunctionArgs) => {
      if (args.params.page === undefined) return reader.listPage(0);
      const page = pageParam(args);
      if (page > (await reader.meta()).listPages) notFound();
      return reader.listPage(page);
    },
    element: <ArticleListRoute />,
    handle: { meta: articleListMeta } satisfies RouteHandle,
  };
  const quotes = {
    loader: pageOf('quotesPages', reader.quotesPage),
    element: <QuotesRoute />,
    handle: { meta: quotesMeta } satisfies RouteHandle,
  };
  const unattributed = {
    loader: pageOf('unattributedPages', reader.unattributedPage),
    element: <UnattributedRoute />,
    handle: { meta: unattributedMeta } satisfies RouteHandle,
  };
  return [
    {
      id: 'root',
      path: '/',
      loader: () => redirect(paths.home(preferredLanguage())),
      Component: Nothing,
      hydrateFallbackElement: <Loading />,
    },
    {
      id: 'lang',
      path: '/:lang',
      loader: async ({ params, request }) => {
        if (!isLanguage(params.lang)) {
          const url = new URL(request.url);
          throw redirect(`/${preferredLanguage()}${url.pathname}${url.search}${url.hash}`);
        }
        if (i18n.language !== params.lang) await i18n.changeLanguage(params.lang);
        return { lang: params.lang };
      },
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <Loading />,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          children: [
            { id: 'list', index: true, ...list },
            { id: 'list-page', path: 'page/:page', ...list },
            {
              id: 'article',
              path: 'articles/:id',
              loader: itemOf('id', ARTICLE_ID, 'articles', reader.article),
              element: <ArticleRoute />,
              handle: { meta: articleMeta } satisfies RouteHandle,
            },
            {
              id: 'saved',
              path: 'saved',
              // What is saved lives in this browser: the page reads it there, not from the
              // dataset (and so opens with no network).
              loader: () => null,
              element: <SavedRoute />,
              handle: { meta: savedMeta } satisfies RouteHandle,
            },
            {
              id: 'search',
              path: 'search',
              loader: ({ request }: LoaderFunctionArgs) => reader.search(new URL(request.url)),
              element: <SearchRoute />,
              handle: { meta: searchMeta } satisfies RouteHandle,
            },
            { id: 'quotes', path: 'quotes', ...quotes },
            { id: 'quotes-page', path: 'quotes/page/:page', ...quotes },
            { id: 'unattributed', path: 'quotes/unattributed', ...unattributed },
            {
              id: 'unattributed-page',
              path: 'quotes/unattributed/page/:page',
              ...unattributed,
            },
            {
              id: 'speaker',
              path: 'quotes/:speakerId',
              loader: itemOf('speakerId', SPEAKER_ID, 'speakers', reader.speaker),
              element: <SpeakerRoute />,
              handle: { meta: speakerMeta } satisfies RouteHandle,
            },
            { id: 'not-found', path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ];
}
