/**
 * The pipeline's one I/O edge: reads the documents of a folder, builds the dataset and
 * writes it. Everything it writes is validated against the schema first.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { buildDataset, problemLines, shardIds, type Dataset, type InputDocument } from './dataset';
import {
  articleSchema,
  idShardSchema,
  indexSchema,
  listPageSchema,
  metaSchema,
  quotesPageSchema,
  reportSchema,
  speakerSchema,
} from './schema';

export interface BuildSummary {
  documents: number;
  rejected: number;
  articles: number;
  quotes: number;
  speakers: number;
  problems: string[];
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function readInputs(folder: string): InputDocument[] {
  return listFiles(folder).map((path) => ({
    file: relative(folder, path).split(sep).join('/'),
    read: () => readFileSync(path),
  }));
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
];
// Creating many small files is bound by the file system, not the CPU: keep several in flight.
const WRITES_IN_FLIGHT = 32;

type OutputFile = [path: string, contents: () => string];

async function writeAll(folder: string, files: Iterable<OutputFile>): Promise<void> {
  const iterator = files[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [path, contents] = next.value;
      await writeFile(join(folder, path), contents());
    }
  };
  await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, worker));
}

function* outputFiles(dataset: Dataset): Generator<OutputFile> {
  const json =
    <T>(schema: z.ZodType<T>, value: T) =>
    () =>
      `${JSON.stringify(schema.parse(value))}\n`;
  yield ['meta.json', json(metaSchema, dataset.meta)];
  yield ['index.json', json(indexSchema, dataset.index)];
  yield ['report.json', json(reportSchema, dataset.report)];
  for (const page of dataset.listPages)
    yield [`pages/${page.page}.json`, json(listPageSchema, page)];
  for (const article of dataset.articles) {
    yield [`articles/${article.id}.json`, json(articleSchema, article)];
  }
  for (const page of dataset.quotesPages) {
    yield [`quotes/pages/${page.page}.json`, json(quotesPageSchema, page)];
  }
  for (const speaker of dataset.speakers) {
    yield [`quotes/speakers/${speaker.id}.json`, json(speakerSchema, speaker)];
  }
  const idShards = {
    articles: shardIds(dataset.articles.map((article) => article.id)),
    speakers: shardIds(dataset.speakers.map((speaker) => speaker.id)),
  };
  for (const [kind, shards] of Object.entries(idShards)) {
    for (const [prefix, ids] of shards)
      yield [`ids/${kind}/${prefix}.json`, json(idShardSchema, ids)];
  }
  const schemas = {
    meta: metaSchema,
    index: indexSchema,
    article: articleSchema,
    'list-page': listPageSchema,
    'quotes-page': quotesPageSchema,
    speaker: speakerSchema,
    report: reportSchema,
  };
  for (const [name, schema] of Object.entries(schemas)) {
    yield [
      `schema/${name}.schema.json`,
      () => `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`,
    ];
  }
}

export async function writeDataset(
  inputFolder: string,
  outputFolder: string,
): Promise<BuildSummary> {
  const dataset = buildDataset(readInputs(inputFolder));
  for (const name of OWNED) rmSync(join(outputFolder, name), { recursive: true, force: true });
  for (const folder of [
    'pages',
    'articles',
    'quotes/pages',
    'quotes/speakers',
    'ids/articles',
    'ids/speakers',
    'schema',
  ]) {
    mkdirSync(join(outputFolder, folder), { recursive: true });
  }
  await writeAll(outputFolder, outputFiles(dataset));
  return {
    documents: dataset.report.documents.length,
    rejected: dataset.report.documents.filter((d) => d.status === 'rejected').length,
    articles: dataset.articles.length,
    quotes: dataset.articles.reduce((sum, article) => sum + article.quotes.length, 0),
    speakers: dataset.speakers.length,
    problems: problemLines(dataset.report),
  };
}
