/**
 * The pipeline's I/O edge: lists the documents of a folder, has them analysed (in worker
 * threads when the corpus is large enough to pay for them), plans the dataset, and writes it.
 * Everything it writes is validated against the schema first.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { Analyser, type DocumentAnalysis } from './analyse';
import { loadMemo, saveMemo, stampOf } from './analysis-cache';
import { createProgress } from './progress';
import { planDataset, problemLines, shardIds, type ArticlePlan, type Plan } from './plan';
import { articlesOf, plansByFile, renderArticles } from './render';
import { openWrittenCache } from './written-cache';
import {
  articleSchema,
  articleSummarySchema,
  idShardSchema,
  indexSchema,
  listPageSchema,
  metaSchema,
  quotesPageSchema,
  reportSchema,
  searchMetaSchema,
  speakerPageSchema,
  unattributedPageSchema,
  type DatasetIndex,
} from './schema';
import { canonicalTermIds } from './terms-merge';
import type { WorkerReply, WorkerRequest } from './worker';
import { shardJson } from './search/build-index';
import { speakerFile } from '../src/lib/data-files';
import { searchPaths } from '../src/lib/search/format';
import { validJson, writeAll, writeArticles, type OutputFile } from './write-articles';

export interface BuildSummary {
  documents: number;
  rejected: number;
  articles: number;
  quotes: number;
  speakers: number;
  /** The documents that were rejected, by file name. */
  rejectedFiles: string[];
  problems: string[];
}

/** Below this many documents, starting threads costs more than it saves. */
const FILES_PER_THREAD = 500;

export function listDocuments(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * How many worker threads analyse and write: QIRAA_THREADS when set (0 for none). By default
 * none on a machine of fewer than four cores: measured on two cores, two workers saved 15 %
 * of the time for 50 % more memory (bench/README.md).
 */
function threadCount(files: number): number {
  const fromEnv = process.env.QIRAA_THREADS;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Math.min(Number(fromEnv), files);
  const cores = availableParallelism();
  if (cores < 4) return 0;
  return Math.min(cores - 1, Math.floor(files / FILES_PER_THREAD), 8);
}

/** Contiguous slices, so that results joined in slice order keep the files' order. */
function slices<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/** Sends a request and gathers the replies up to the one marked done. */
function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply[]> {
  return new Promise((resolve, reject) => {
    const replies: WorkerReply[] = [];
    const onMessage = (reply: WorkerReply) => {
      if (reply.type === 'failed') return finish(new Error(reply.message));
      replies.push(reply);
      if (reply.type !== 'analysed' || reply.done) finish(null);
    };
    const finish = (error: Error | null) => {
      worker.off('message', onMessage);
      worker.off('error', finish);
      if (error) reject(error);
      else resolve(replies);
    };
    worker.on('message', onMessage);
    worker.on('error', finish);
    worker.postMessage(request);
  });
}

interface Steps {
  /** The analyses in file order, and the table of the terms their ids point into. */
  analyse(files: string[]): Promise<{ analyses: DocumentAnalysis[]; terms: string[] }>;
  writeArticles(files: string[], plans: ArticlePlan[]): Promise<void>;
  close(): Promise<void>;
}

function inProcess(root: string, out: string, cache: AnalysisCache | null): Steps {
  // Each document's key (its name and bytes), from the analysis, for the written cache.
  let keys: ReadonlyMap<string, string> = new Map();
  return {
    async analyse(files) {
      const memo = cache ? loadMemo(cache.path, cache.codeKey) : null;
      const analyser = new Analyser(memo);
      keys = analyser.keys;
      const progress = createProgress('data', files.length, 'documents analysed');
      const analyses = files.map((file, index) => {
        if (index % 250 === 249) progress.advance(250);
        const path = join(root, file);
        // With a cache, a file whose stamp is unchanged is not read.
        return analyser.analyse(file, () => readFileSync(path), cache ? stampOf(path) : undefined);
      });
      progress.clear();
      if (cache && memo)
        saveMemo(cache.path, cache.codeKey, memo, analyser.dictionary.termsSince(0));
      const terms = canonicalTermIds([{ analyses, terms: analyser.dictionary.termsSince(0) }]);
      return { analyses, terms };
    },
    async writeArticles(files, plans) {
      if (!cache) {
        await writeArticles(
          out,
          articlesOf(files, plans, (file) => readFileSync(join(root, file))),
        );
        return;
      }
      // With a cache, the articles of a document whose bytes and plans did not change are
      // not made again (their files are checked to be there).
      const written = openWrittenCache(`${cache.path}.written.json`, cache.codeKey);
      const byFile = plansByFile(plans);
      const articleFiles = existingFiles(join(out, 'articles'));
      const changed = function* () {
        for (const file of files) {
          const own = byFile.get(file);
          if (!own) continue;
          const contentKey = keys.get(file);
          if (contentKey === undefined) throw new Error(`${file} was not analysed`);
          const key = written.keyOf(file, contentKey, own);
          written.record(file, key);
          const there = own.every(({ article }) => articleFiles.has(`${article.id}.json`));
          if (!there || !written.unchanged(file, key))
            yield* renderArticles(readFileSync(join(root, file)), own);
        }
      };
      await writeArticles(out, changed());
      written.save();
    },
    close: async () => {},
  };
}

/** The names of the files in a folder, or none when it is not there. */
function existingFiles(folder: string): Set<string> {
  try {
    return new Set(readdirSync(folder));
  } catch {
    return new Set();
  }
}

function inThreads(root: string, out: string, count: number): Steps {
  const workers = Array.from(
    { length: count },
    // Compiled, the worker is worker.mjs beside this bundle; from TypeScript (tests, tsx), an
    // entry that registers tsx in the thread first.
    () =>
      new Worker(
        new URL(
          import.meta.url.endsWith('.ts') ? './worker-entry.mjs' : './worker.mjs',
          import.meta.url,
        ),
      ),
  );
  let split: string[][] = [];
  return {
    async analyse(files) {
      split = slices(files, count);
      const replies = await Promise.all(
        workers.map((worker, index) => ask(worker, { type: 'analyse', root, files: split[index] })),
      );
      const sources = replies.map((batches) => {
        const source = { analyses: [] as DocumentAnalysis[], terms: [] as string[] };
        for (const batch of batches) {
          if (batch.type !== 'analysed') throw new Error(`unexpected reply ${batch.type}`);
          source.analyses.push(...batch.analyses);
          source.terms.push(...batch.terms);
        }
        return source;
      });
      const terms = canonicalTermIds(sources);
      return { analyses: sources.flatMap((source) => source.analyses), terms };
    },
    async writeArticles(_files, plans) {
      const byFile = plansByFile(plans);
      await Promise.all(
        workers.map((worker, index) =>
          ask(worker, {
            type: 'write',
            root,
            out,
            files: split[index],
            plans: split[index].flatMap((file) => byFile.get(file) ?? []),
          }),
        ),
      );
    },
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * `index.json` lists every article: written a thousand summaries at a time, each validated,
 * so that 100,000 of them never sit in memory as one string. The bytes are what
 * JSON.stringify of the whole index gives.
 */
async function writeIndex(path: string, index: DatasetIndex): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write(`{"schemaVersion":${JSON.stringify(index.schemaVersion)},"articles":[`);
    const chunk = 1000;
    for (let start = 0; start < index.articles.length; start += chunk) {
      const summaries = index.articles
        .slice(start, start + chunk)
        .map((summary) => JSON.stringify(articleSummarySchema.parse(summary)));
      await file.write(`${start > 0 ? ',' : ''}${summaries.join(',')}`);
    }
    await file.write(']}\n');
  } finally {
    await file.close();
  }
}

function* planFiles(plan: Plan): Generator<OutputFile> {
  yield ['meta.json', validJson(metaSchema, plan.meta)];
  yield ['report.json', validJson(reportSchema, plan.report)];
  for (const page of plan.listPages)
    yield [`pages/${page.page}.json`, validJson(listPageSchema, page)];
  for (const page of plan.quotesPages) {
    yield [`quotes/pages/${page.page}.json`, validJson(quotesPageSchema, page)];
  }
  for (const page of plan.speakerPages) {
    yield [speakerFile(page.id, page.page), validJson(speakerPageSchema, page)];
  }
  yield [searchPaths.meta, validJson(searchMetaSchema, plan.search.meta)];
  // Every shard the meta counts has its file, an empty one too: a word whose shard is
  // empty then finds nothing, where a missing file is a 404 on one host and the app's page
  // (a 200 in HTML) on another that falls back to it.
  for (let shard = 0; shard < plan.search.meta.shards; shard++) {
    const keys = plan.search.shards.get(shard) ?? [];
    yield [searchPaths.shard(shard), () => shardJson(keys)];
  }
  for (const [chunk, rows] of plan.search.docs.entries()) {
    yield [searchPaths.docs(chunk), () => `${JSON.stringify(rows)}\n`];
  }
  for (const page of plan.unattributedPages) {
    yield [`quotes/unattributed/${page.page}.json`, validJson(unattributedPageSchema, page)];
  }
  const idShards = {
    articles: shardIds(plan.articles.map(({ article }) => article.id)),
    speakers: shardIds(plan.speakers.map((speaker) => speaker.id)),
  };
  for (const [kind, shards] of Object.entries(idShards)) {
    for (const [prefix, ids] of shards) {
      yield [`ids/${kind}/${prefix}.json`, validJson(idShardSchema, ids)];
    }
  }
  const schemas = {
    meta: metaSchema,
    index: indexSchema,
    article: articleSchema,
    'list-page': listPageSchema,
    'quotes-page': quotesPageSchema,
    'unattributed-page': unattributedPageSchema,
    speaker: speakerPageSchema,
    report: reportSchema,
  };
  for (const [name, schema] of Object.entries(schemas)) {
    yield [
      `schema/${name}.schema.json`,
      () => `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`,
    ];
  }
}

// The folders and files the pipeline owns in its output folder, replaced on every run.
const OWNED = [
  'meta.json',
  'index.json',
  'report.json',
  'pages',
  'articles',
  'quotes',
  'ids',
  'schema',
  'search',
];
const FOLDERS = [
  'pages',
  'articles',
  'quotes/pages',
  'quotes/speakers',
  'quotes/unattributed',
  'ids/articles',
  'ids/speakers',
  'schema',
  'search/shards',
  'search/docs',
];

/** Deletes the files under the owned folders of `outputFolder` that are not in `kept`. */
function removeOthers(outputFolder: string, kept: ReadonlySet<string>): void {
  for (const name of OWNED) {
    const path = join(outputFolder, name);
    if (!existsSync(path)) continue;
    if (!statSync(path).isDirectory()) {
      if (!kept.has(name)) rmSync(path);
      continue;
    }
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = relative(outputFolder, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (!kept.has(file)) rmSync(join(outputFolder, file));
    }
  }
}

/** Where the analyses of the last build are kept, and the code they were made by. */
export interface AnalysisCache {
  path: string;
  codeKey: string;
}

/**
 * Analyses, plans and writes the dataset. With a cache (one thread only), documents whose
 * name and bytes did not change since the last build are not analysed again.
 */
export async function writeDataset(
  inputFolder: string,
  outputFolder: string,
  cache: AnalysisCache | null = null,
): Promise<BuildSummary> {
  const files = listDocuments(inputFolder);
  const threads = threadCount(files.length);
  const steps =
    threads > 0
      ? inThreads(inputFolder, outputFolder, threads)
      : inProcess(inputFolder, outputFolder, cache);
  // QIRAA_TIMING=1 prints how long each step took, for the benchmark.
  const started = performance.now();
  const lap = (step: string) => {
    if (process.env.QIRAA_TIMING) {
      const { rss, heapUsed } = process.memoryUsage();
      console.error(
        `timing: ${step} at ${((performance.now() - started) / 1000).toFixed(2)} s, ` +
          `rss ${(rss / 1e6).toFixed(0)} MB, heap ${(heapUsed / 1e6).toFixed(0)} MB`,
      );
    }
  };
  try {
    // The analyses are let go once planned: the plan keeps only what the files need.
    const { analyses, terms } = await steps.analyse(files);
    lap(`analysed ${files.length} files in ${threads || 'no'} worker threads`);
    const plan = planDataset(analyses.splice(0), terms);
    lap('planned');
    for (const folder of FOLDERS) mkdirSync(join(outputFolder, folder), { recursive: true });
    const written = new Set<string>([
      'index.json',
      ...plan.articles.map(({ article }) => `articles/${article.id}.json`),
    ]);
    const listed = (function* () {
      for (const file of planFiles(plan)) {
        written.add(file[0]);
        yield file;
      }
    })();
    await Promise.all([
      writeIndex(join(outputFolder, 'index.json'), plan.index),
      writeAll(outputFolder, listed),
      steps.writeArticles(files, plan.articles),
    ]);
    // What an earlier run wrote and this one did not (a removed article, a page fewer).
    removeOthers(outputFolder, written);
    lap('written');
    return {
      documents: plan.report.documents.length,
      rejected: plan.report.documents.filter((d) => d.status === 'rejected').length,
      rejectedFiles: plan.report.documents
        .filter((d) => d.status === 'rejected')
        .map((d) => d.file),
      articles: plan.articles.length,
      quotes: plan.articles.reduce((sum, { article }) => sum + article.quotes.length, 0),
      speakers: plan.speakers.length,
      problems: problemLines(plan.report),
    };
  } finally {
    await steps.close();
  }
}
