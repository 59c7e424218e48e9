/**
 * What every route module's loader is made with: the dataset reader and the i18n instance
 * (one per language on the server, one in the browser), and the helpers that turn a URL's
 * page number or id into "not found" when it names nothing.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { data, type LoaderFunctionArgs } from 'react-router';
import type { Language } from '../i18n/languages';
import { parsePageNumber } from '../lib/paths';
import type { DatasetReader } from './data-source';
import type { PageMeta, RouteHandle } from './page-meta';

export interface RouteContext {
  reader: DatasetReader;
  i18n: I18n;
  /** Where `/` and paths without a language go: the reader's choice, else Arabic. */
  preferredLanguage: () => Language;
}

export function notFound(): never {
  throw data(null, { status: 404 });
}

export function pageParam(args: LoaderFunctionArgs): number {
  return parsePageNumber(args.params.page) ?? notFound();
}

/** A page of a paged view; beyond the last page is not found. Page 1 always exists. */
export function pageOf<T>(
  reader: DatasetReader,
  count: 'listPages' | 'quotesPages' | 'unattributedPages',
  load: (page: number) => Promise<T>,
) {
  return async (args: LoaderFunctionArgs): Promise<T> => {
    const page = pageParam(args);
    if (page > 1 && page > (await reader.meta())[count]) notFound();
    return load(page);
  };
}

/** One item by id; a malformed or unknown id is not found, without fetching a missing file. */
export function itemOf<T>(
  reader: DatasetReader,
  param: string,
  pattern: RegExp,
  kind: 'articles' | 'speakers',
  load: (id: string) => Promise<T>,
) {
  return async ({ params }: LoaderFunctionArgs): Promise<T> => {
    const id = params[param] ?? '';
    if (!pattern.test(id) || !(await reader.has(kind, id))) notFound();
    return load(id);
  };
}

/**
 * A route module's route: its loader made with the context, its component, and the page
 * meta it gives the document's head, typed by what the loader returns.
 */
export function dataRoute<T>(
  loader: (context: RouteContext) => (args: LoaderFunctionArgs) => Promise<T>,
  Component: ComponentType,
  meta: (data: T, t: TFunction, lang: Language) => PageMeta,
) {
  return (context: RouteContext) => ({
    loader: loader(context),
    Component,
    handle: { meta } satisfies RouteHandle,
  });
}
