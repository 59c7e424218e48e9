/** Server entry for the prerender step: renders one URL to HTML with its head and data. */
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProviders } from './app/app';
import type { DataSource } from './app/data-source';
import { datasetReader } from './app/data-source';
import type { HydrationPayload } from './app/hydration';
import { documentTitle, metaOfMatches, type PageMeta } from './app/page-meta';
import { createRoutes } from './app/routes';
import { createI18n } from './i18n/i18n';
import en from './i18n/locales/en.json';
import { memoizedT } from './i18n/memo-t';
import { recordFormattedDates } from './lib/format';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './i18n/languages';

export interface RenderedPage {
  status: number;
  lang: Language;
  html: string;
  title: string;
  meta: PageMeta;
  hydration: HydrationPayload;
}

/**
 * A renderer of many pages: one i18n instance and one route tree per language, made once
 * and reused for every page of that language (building them is most of a page's cost).
 */
export function createPageRenderer(source: DataSource): (path: string) => Promise<RenderedPage> {
  const reader = datasetReader(source);
  const perLanguage = new Map<
    Language,
    { i18n: ReturnType<typeof createI18n>; handler: ReturnType<typeof createStaticHandler> }
  >();
  const setUp = (lang: Language) => {
    let entry = perLanguage.get(lang);
    if (!entry) {
      const i18n = createI18n(lang, { en });
      const routes = createRoutes({ reader, i18n, preferredLanguage: () => lang });
      entry = { i18n, handler: createStaticHandler(routes) };
      perLanguage.set(lang, entry);
    }
    return entry;
  };
  return (path) => {
    const prefix = path.split('/')[1];
    const lang = isLanguage(prefix) ? prefix : DEFAULT_LANGUAGE;
    const { i18n, handler } = setUp(lang);
    return renderWith(path, lang, i18n, handler);
  };
}

/** One page, with its own set-up: for a single render. */
export async function renderPage(path: string, source: DataSource): Promise<RenderedPage> {
  return createPageRenderer(source)(path);
}

async function renderWith(
  path: string,
  lang: Language,
  i18n: ReturnType<typeof createI18n>,
  handler: ReturnType<typeof createStaticHandler>,
): Promise<RenderedPage> {
  const context = await handler.query(new Request(`http://127.0.0.1${path}`));
  if (context instanceof Response)
    throw new Error(`${path}: redirects to ${context.headers.get('Location')}`);
  if (context.errors) throw new Error(`${path}: ${JSON.stringify(context.errors)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const [html, dates] = recordFormattedDates(() =>
    renderToString(
      <AppProviders i18n={i18n} fixedT={memoizedT}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>,
    ),
  );
  const t = i18n.t;
  const meta = metaOfMatches(
    context.matches.map((match) => ({
      handle: match.route.handle,
      data: context.loaderData[match.route.id],
    })),
    t,
    lang,
  );
  if (!meta) throw new Error(`${path}: no route with a meta matched`);
  return {
    status: context.statusCode,
    lang,
    html,
    title: documentTitle(meta, t),
    meta,
    hydration: { path, loaderData: context.loaderData, dates },
  };
}
