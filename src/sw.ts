/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa with workbox): offline reading.
 *
 * - The app shell is precached: scripts, the style sheet, the Arabic face, the icons and the
 *   shell page that renders any path on the client.
 * - Pages: from the network first, so a reader online always gets the site's latest text; the
 *   copy kept when the network fails. With neither, the shell: the app then renders the
 *   saved articles, or says in the page's language that the page is not kept offline.
 * - List data: stale while revalidate (a list is fine a little old, and fast); article data,
 *   speaker data and the search index: network first (their names do not change when their
 *   text does, so a cached copy must never win over the network).
 * - Articles the reader keeps for offline live in their own cache (`qiraa-saved`), filled and
 *   emptied by the page (src/features/offline/saved.ts); this worker only reads it.
 * - A new version waits until the reader accepts the prompt (`SKIP_WAITING`).
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const shell = createHandlerBoundToURL('/index.html');

/** When the network and a strategy's own cache both fail: an article kept for offline. */
const kept = {
  handlerDidError: async ({ request }: { request: Request }) =>
    (await caches.match(request, { ignoreSearch: true })) ?? undefined,
};

const pages = new NetworkFirst({
  cacheName: 'qiraa-pages',
  networkTimeoutSeconds: 4,
  plugins: [new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true }), kept],
});

registerRoute(
  new NavigationRoute(async (options) => {
    try {
      const response = await pages.handle(options);
      if (response) return response;
    } catch {
      // offline and not kept: the shell below
    }
    return shell(options);
  }),
);

// Chunks loaded on demand (search, dialogs): kept as they are first used. Their names carry
// their content's hash, so a kept copy is always the right one.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: 'qiraa-assets',
    plugins: [new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true })],
  }),
);

const isData = (url: URL, prefix: string) =>
  url.origin === self.location.origin && url.pathname.startsWith(`/data/${prefix}`);

registerRoute(
  ({ url }) => isData(url, 'pages/') || isData(url, 'quotes/pages/') || isData(url, 'meta.json'),
  new StaleWhileRevalidate({
    cacheName: 'qiraa-lists',
    plugins: [new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true })],
  }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/data/'),
  new NetworkFirst({
    cacheName: 'qiraa-data',
    networkTimeoutSeconds: 4,
    plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true }), kept],
  }),
);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
