import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RouteObject } from 'react-router';
import { expect, test } from 'vitest';
import { createI18n } from '../i18n/i18n';
import type { DataSource } from './data-source';
import { datasetReader } from './data-source';
import { LAZY_ROUTE_MODULES } from './route-chunks';
import { createRoutes, resolveLazyRoutes } from './routes';

const source: DataSource = {
  json: () => Promise.reject(new Error('no dataset in this test')),
};
const routes = createRoutes({
  reader: datasetReader(source),
  i18n: createI18n('ar', {}),
  preferredLanguage: () => 'ar',
});

function flatten(list: RouteObject[]): RouteObject[] {
  return list.flatMap((route) => [route, ...flatten(route.children ?? [])]);
}

test('the lazy routes are the ones the prerender preloads, and only the article is eager', () => {
  const lazy = flatten(routes).filter((route) => route.lazy !== undefined);
  expect(lazy.map((route) => route.id).sort()).toEqual(Object.keys(LAZY_ROUTE_MODULES).sort());
  expect(flatten(routes).find((route) => route.id === 'article')?.Component).toBeDefined();
});

test('each listed module exists and routes.tsx imports it lazily', () => {
  const table = readFileSync(new URL('./routes.tsx', import.meta.url), 'utf8');
  for (const module of new Set(Object.values(LAZY_ROUTE_MODULES))) {
    expect(existsSync(module), module).toBe(true);
    expect(table).toContain(`import('./routes/${basename(module, '.tsx')}')`);
  }
});

test('resolving a lazy route gives it its view, loader and meta, and takes the lazy away', async () => {
  const all = flatten(routes);
  const matches = ['quotes', 'speaker', 'saved', 'list'].map((id) => ({
    route: all.find((route) => route.id === id)!,
  }));
  await resolveLazyRoutes(matches);
  for (const { route } of matches) {
    expect(route.lazy, route.id).toBeUndefined();
    expect(route.Component, route.id).toBeDefined();
    expect(route.loader, route.id).toBeDefined();
    expect(route.handle?.meta, route.id).toBeTypeOf('function');
  }
});
