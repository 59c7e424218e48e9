import { redirect, type RouteObject } from 'react-router';
import { ensureStrings } from '../i18n/i18n';
import { isLanguage } from '../i18n/languages';
import { paths } from '../lib/paths';
import { Layout } from './layout';
import type { RouteContext } from './loaders';
import { Loading, NotFound, RouteError } from './route-error';
import { articleListRoute } from './routes/article-list-route';
import { articleRoute } from './routes/article-route';
import { quotesRoute } from './routes/quotes-route';
import { savedRoute } from './routes/saved-route';
import { searchRoute } from './routes/search-route';
import { speakerRoute } from './routes/speaker-route';
import { unattributedRoute } from './routes/unattributed-route';

export type { RouteContext };

/** The root only redirects: its loader answers before anything renders. */
function Nothing() {
  return null;
}

/**
 * The route tree, shared by the browser and the prerender. Each page is one module under
 * routes/ that gives its loader (reading the dataset through `reader`, so each view loads only
 * the files it shows), its meta and its view; this table only places them on paths.
 */
export function createRoutes(context: RouteContext): RouteObject[] {
  const { i18n, preferredLanguage } = context;
  const list = articleListRoute(context);
  const quotes = quotesRoute(context);
  const unattributed = unattributedRoute(context);
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
        if (i18n.language !== params.lang) {
          await ensureStrings(i18n, params.lang);
          await i18n.changeLanguage(params.lang);
        }
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
            { id: 'article', path: 'articles/:id', ...articleRoute(context) },
            { id: 'saved', path: 'saved', ...savedRoute() },
            { id: 'search', path: 'search', ...searchRoute(context) },
            { id: 'quotes', path: 'quotes', ...quotes },
            { id: 'quotes-page', path: 'quotes/page/:page', ...quotes },
            { id: 'unattributed', path: 'quotes/unattributed', ...unattributed },
            { id: 'unattributed-page', path: 'quotes/unattributed/page/:page', ...unattributed },
            { id: 'speaker', path: 'quotes/:speakerId', ...speakerRoute(context) },
            { id: 'not-found', path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ];
}
