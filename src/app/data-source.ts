import type {
  Article,
  DatasetMeta,
  ListPage,
  QuotesPage,
  SpeakerPage,
  UnattributedPage,
} from '../../pipeline/schema';
import { speakerFile } from '../lib/data-files';

import { createSearchLoader } from '../features/search/search-data';

/** Where route loaders read the dataset from: the network in the browser, files when prerendering. */
export interface DataSource {
  json<T>(path: string): Promise<T>;
}

export function fetchDataSource(base: string): DataSource {
  return {
    async json<T>(path: string): Promise<T> {
      const response = await fetch(`${base}data/${path}`);
      if (!response.ok) throw new Error(`data/${path}: HTTP ${response.status}`);
      return (await response.json()) as T;
    },
  };
}

/** Typed reads of the dataset's files (see pipeline/schema.ts and the README). */
export function datasetReader(source: DataSource) {
  return {
    /** The search page of a URL (its `q` and `shown`): the engine loads on first use. */
    search: createSearchLoader(source),
    meta: () => source.json<DatasetMeta>('meta.json'),
    listPage: (page: number) => source.json<ListPage>(`pages/${page}.json`),
    article: (id: string) => source.json<Article>(`articles/${id}.json`),
    quotesPage: (page: number) => source.json<QuotesPage>(`quotes/pages/${page}.json`),
    speaker: (id: string, page = 1) => source.json<SpeakerPage>(speakerFile(id, page)),
    unattributedPage: (page: number) =>
      source.json<UnattributedPage>(`quotes/unattributed/${page}.json`),
    /** Whether an id exists, read from its small shard so that no missing file is fetched. */
    has: async (kind: 'articles' | 'speakers', id: string) =>
      (await source.json<string[]>(`ids/${kind}/${id.slice(0, 2)}.json`)).includes(id),
  };
}

export type DatasetReader = ReturnType<typeof datasetReader>;
