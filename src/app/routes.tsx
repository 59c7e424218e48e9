import { redirect, type RouteObject } from 'react-router';
import { ensureStrings } from '../i18n/i18n';
import { isLanguage } from '../i18n/languages';
import { paths } from '../lib/paths';
import { Layout } from './layout';
import type { RouteContext } from './loaders';
import { Loading, NotFound, RouteError } from './route-error';
import { articleRoute } from './routes/article-route';

export type { RouteContext };

/** The root only redirects: its loader answers before anything renders. */
function Nothing() {
  return null;
}

/**
 * Resolves the lazy routes among a location's matches, as the router would: before hydrating,
 * so that the first render is the prerendered page and not a fallback.
 */
export async function resolveLazyRoutes(matches: readonly { route: RouteObject }[]) {
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}

/**
 * The route tree, shared by the browser and the prerender. Each page is one module under
 * routes/ that gives its loader (reading the dataset through `reader`, so each view loads only
 * the files it shows), its meta and its view; this table only places them on paths.
 */
export function createRoutes(context: RouteContext): RouteObject[] {
  const { i18n, preferredLanguage } = context;
  const list = {
    lazy: () =>
      import('./routes/article-list-route').then((route) => route.articleListRoute(context)),
  };
  // Each a function, so that a route's chunk is asked for only when one of its paths matches.
  const quotes = {
    lazy: () => import('./routes/quotes-route').then((route) => route.quotesRoute(context)),
  };
  const speaker = {
    lazy: () => import('./routes/speaker-route').then((route) => route.speakerRoute(context)),
  };
  const unattributed = {
    lazy: () =>
      import('./routes/unattributed-route').then((route) => route.unattributedRoute(context)),
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
            {
              id: 'saved',
              path: 'saved',
              lazy: () => import('./routes/saved-route').then((route) => route.savedRoute()),
            },
            {
              id: 'search',
              path: 'search',
              lazy: () =>
                import('./routes/search-route').then((route) => route.searchRoute(context)),
            },
            { id: 'quotes', path: 'quotes', ...quotes },
            { id: 'quotes-page', path: 'quotes/page/:page', ...quotes },
            { id: 'unattributed', path: 'quotes/unattributed', ...unattributed },
            { id: 'unattributed-page', path: 'quotes/unattributed/page/:page', ...unattributed },
            { id: 'speaker', path: 'quotes/:speakerId', ...speaker },
            { id: 'speaker-page', path: 'quotes/:speakerId/page/:page', ...speaker },
            { id: 'not-found', path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ];
}
