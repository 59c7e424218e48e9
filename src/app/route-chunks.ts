/**
 * The route modules that are not in the first chunk, by route id (routes.tsx imports each
 * with `import()`): all but the article's, whose page's first load has a budget (ADR 005). The prerender finds a page's chunk in the Vite manifest
 * by these paths and asks for it in the page's head, so the browser has it by the time it
 * hydrates. No React here: the prerender script imports this.
 */
export const LAZY_ROUTE_MODULES: Readonly<Record<string, string>> = {
  list: 'src/app/routes/article-list-route.tsx',
  'list-page': 'src/app/routes/article-list-route.tsx',
  saved: 'src/app/routes/saved-route.tsx',
  search: 'src/app/routes/search-route.tsx',
  quotes: 'src/app/routes/quotes-route.tsx',
  'quotes-page': 'src/app/routes/quotes-route.tsx',
  unattributed: 'src/app/routes/unattributed-route.tsx',
  'unattributed-page': 'src/app/routes/unattributed-route.tsx',
  speaker: 'src/app/routes/speaker-route.tsx',
  'speaker-page': 'src/app/routes/speaker-route.tsx',
};
