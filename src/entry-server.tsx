/** Server entry for the prerender step: renders one URL to HTML with its head and data. */
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProviders } from './app/app';
import type { DataSource } from './app/data-source';
import { datasetReader } from './app/data-source';
import type { HydrationPayload } from './app/hydration';
import { documentTitle, type PageMeta, type RouteHandle } from './app/page-meta';
import { createRoutes } from './app/routes';
import { createI18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './i18n/languages';

export interface RenderedPage {
  status: number;
  lang: Language;
  html: string;
  title: string;
  meta: PageMeta;
  hydration: HydrationPayload;
}

export async function renderPage(path: string, source: DataSource): Promise<RenderedPage> {
  const prefix = path.split('/')[1];
  const lang = isLanguage(prefix) ? prefix : DEFAULT_LANGUAGE;
  const i18n = createI18n(lang);
  const routes = createRoutes({
    reader: datasetReader(source),
    i18n,
    preferredLanguage: () => lang,
  });
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://127.0.0.1${path}`));
  if (context instanceof Response)
    throw new Error(`${path}: redirects to ${context.headers.get('Location')}`);
  if (context.errors) throw new Error(`${path}: ${JSON.stringify(context.errors)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <AppProviders i18n={i18n}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
  const t = i18n.t;
  const deepest = [...context.matches]
    .reverse()
    .find((match) => (match.route.handle as RouteHandle | undefined)?.meta);
  const metaFunction = (deepest?.route.handle as RouteHandle).meta!;
  const meta = metaFunction(context.loaderData[deepest!.route.id] as never, t, lang);
  return {
    status: context.statusCode,
    lang,
    html,
    title: documentTitle(meta, t),
    meta,
    hydration: { path, loaderData: context.loaderData },
  };
}
