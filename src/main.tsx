import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { AppProviders } from './app/app';
import { datasetReader, fetchDataSource } from './app/data-source';
import { readHydration } from './app/hydration';
import { createRoutes, resolveLazyRoutes } from './app/routes';
import { browserPreferredLanguage } from './features/settings/preference';
import { warmWebFont } from './features/settings/web-font';
import { applyDocumentLanguage, createI18n, loadStrings } from './i18n/i18n';
import { isLanguage } from './i18n/languages';
import { followAppLinks } from './lib/app-links';
import { seedFormattedDates } from './lib/format';
import './index.css';

const prefix = window.location.pathname.split('/')[1];
const language = isLanguage(prefix) ? prefix : browserPreferredLanguage();
applyDocumentLanguage(language);

// The page's strings first (Arabic is in this chunk; English is one of its own), then the app.
// A promise rather than a top-level await: chunks loaded later import this one, and a
// top-level await here would make the bundler split it up to keep them from waiting on it.
void loadStrings(language).then(async (strings) => {
  const i18n = createI18n(language, { [language]: strings });

  const routes = createRoutes({
    reader: datasetReader(fetchDataSource(import.meta.env.BASE_URL)),
    i18n,
    preferredLanguage: browserPreferredLanguage,
  });
  // The page's own route chunk (asked for in the page's head) before the first render.
  await resolveLazyRoutes(matchRoutes(routes, window.location) ?? []);

  // Hydrate only the page that was prerendered for this very path; otherwise render afresh.
  // The search page was prerendered without a query: with one, its loader has to run.
  const payload = readHydration(document);
  // The page's dates as the prerender wrote them: hydrating makes no date formatter.
  seedFormattedDates(payload?.dates);
  const { pathname, search } = window.location;
  const hydrate =
    payload !== null &&
    payload.path === pathname &&
    !(search !== '' && /^\/(ar|en)\/search$/.test(pathname));
  const router = createBrowserRouter(
    routes,
    hydrate ? { hydrationData: { loaderData: payload.loaderData } } : undefined,
  );
  followAppLinks(document, router.navigate);
  const app = (
    <AppProviders i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
  const container = document.getElementById('root')!;
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding the main thread for the whole page (the prerendered HTML is already on screen).
  startTransition(() => {
    if (hydrate) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
});

/** Runs `task` once the page has loaded and the browser is idle: it never competes with reading. */
function whenLoadedAndIdle(task: () => void) {
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 10_000 }) : task();
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

// Offline reading: the service worker is registered from a chunk of its own, so that it costs
// the first paint nothing.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  whenLoadedAndIdle(
    () => void import('./features/offline/update').then(({ register }) => register()),
  );
}

// The web font, for the pages that follow (the first paints in the system's Arabic face).
whenLoadedAndIdle(() => void warmWebFont(document.fonts, () => window.localStorage));
