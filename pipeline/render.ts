import { decodeDocument } from './parse/decode';
import { parseDocument } from './parse/document';
import type { ArticlePlan } from './plan';
import type { Article } from './schema';

/**
 * The articles a document holds, from its bytes and their plans: reads the document again
 * for the paragraphs, so that no corpus-sized text has to stay in memory between passes.
 */
export function renderArticles(bytes: Uint8Array, plans: readonly ArticlePlan[]): Article[] {
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) throw new Error(`a document read before no longer decodes: ${decoded.reason}`);
  const parsed = parseDocument(decoded.text);
  if (!parsed.ok) throw new Error(`a document read before no longer parses: ${parsed.reason}`);
  return plans.map(({ article, from }) => {
    const story = from.story === 'page' ? parsed.data.page : parsed.data.embedded[from.story];
    return { ...article, paragraphs: story.paragraphs.map((paragraph) => paragraph.text) };
  });
}

/** Plans grouped by the file that holds their text. */
export function plansByFile(plans: readonly ArticlePlan[]): Map<string, ArticlePlan[]> {
  const byFile = new Map<string, ArticlePlan[]>();
  for (const plan of plans) {
    const list = byFile.get(plan.from.file);
    if (list) list.push(plan);
    else byFile.set(plan.from.file, [plan]);
  }
  return byFile;
}

/**
 * The articles of the given files, in file order, each file read when its turn comes:
 * what every writer of articles (in process, in a worker, in memory for tests) walks.
 */
export function* articlesOf(
  files: readonly string[],
  plans: readonly ArticlePlan[],
  read: (file: string) => Uint8Array,
): Generator<Article> {
  const byFile = plansByFile(plans);
  for (const file of files) {
    const own = byFile.get(file);
    if (own) yield* renderArticles(read(file), own);
  }
}
