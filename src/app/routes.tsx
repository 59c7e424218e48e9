import type { i18n as I18n } from 'i18next';
import { data, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isLanguage, type Language } from '../i18n/languages';
import { ARTICLE_ID, parsePageNumber, paths, SPEAKER_ID } from '../lib/paths';
import type { DatasetReader } from './data-source';
import { Layout } from './layout';
import type { RouteHandle } from './page-meta';
import { Loading, NotFound, RouteError } from './route-error';
import { articleListMeta, articleMeta, quotesMeta, speakerMeta } from './route-meta';
import { ArticleListRoute } from './routes/article-list-route';
import { ArticleRoute } from './routes/article-route';
import { QuotesRoute } from './routes/quotes-route';
import { SpeakerRoute } from './routes/speaker-route';

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
            {
              id: 'list',
              index: true,
              loader: () => reader.listPage(1),
              element: <ArticleListRoute />,
              handle: { meta: articleListMeta } satisfies RouteHandle,
            },
            {
              id: 'list-page',
              path: 'page/:page',
              loader: async (args) => {
                const page = pageParam(args);
                if (page > (await reader.meta()).listPages) notFound();
                return reader.listPage(page);
              },
              element: <ArticleListRoute />,
              handle: { meta: articleListMeta } satisfies RouteHandle,
            },
            {
              id: 'article',
              path: 'articles/:id',
              loader: async ({ params }) => {
                const id = params.id ?? '';
                if (!ARTICLE_ID.test(id) || !(await reader.has('articles', id))) notFound();
                return reader.article(id);
              },
              element: <ArticleRoute />,
              handle: { meta: articleMeta } satisfies RouteHandle,
            },
            {
              id: 'quotes',
              path: 'quotes',
              loader: () => reader.quotesPage(1),
              element: <QuotesRoute />,
              handle: { meta: quotesMeta } satisfies RouteHandle,
            },
            {
              id: 'quotes-page',
              path: 'quotes/page/:page',
              loader: async (args) => {
                const page = pageParam(args);
                if (page > (await reader.meta()).quotesPages) notFound();
                return reader.quotesPage(page);
              },
              element: <QuotesRoute />,
              handle: { meta: quotesMeta } satisfies RouteHandle,
            },
            {
              id: 'speaker',
              path: 'quotes/:speakerId',
              loader: async ({ params }) => {
                const id = params.speakerId ?? '';
                if (!SPEAKER_ID.test(id) || !(await reader.has('speakers', id))) notFound();
                return reader.speaker(id);
              },
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
