import { Analyser } from './analyse';
import { planDataset, type Plan } from './plan';
import { canonicalTermIds } from './terms-merge';
import { articlesOf } from './render';
import type { Article } from './schema';

export interface InputDocument {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  /** Read when its turn comes, so that the corpus is never held in memory as bytes. */
  read: () => Uint8Array;
}

export type Dataset = Omit<Plan, 'articles'> & { articles: Article[] };

/**
 * The whole dataset from the input documents, in one thread and in memory: analyse every
 * document, plan, then read each again for its articles' paragraphs. Pure: the same input
 * gives the same output, in the same order, to the byte. (build-dataset.ts runs the same
 * steps in worker threads and streams the articles to disk.)
 */
export function buildDataset(inputs: readonly InputDocument[]): Dataset {
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const analyser = new Analyser();
  const analyses = sorted.map(({ file, read }) => analyser.analyse(file, read));
  const terms = canonicalTermIds([{ analyses, terms: analyser.dictionary.termsSince(0) }]);
  const plan = planDataset(analyses, terms);
  const readers = new Map(sorted.map(({ file, read }) => [file, read]));
  const files = sorted.map(({ file }) => file);
  const articles = [...articlesOf(files, plan.articles, (file) => readers.get(file)!())].sort(
    (a, b) => (a.id < b.id ? -1 : 1),
  );
  return { ...plan, articles };
}
