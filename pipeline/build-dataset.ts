/**
 * The pipeline's one I/O edge: reads the documents of a folder, builds the dataset and
 * writes it. Everything it writes is validated against the schema first.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { buildDataset, problemLines, shardIds, type InputDocument } from './dataset';
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
    bytes: readFileSync(path),
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

export function writeDataset(inputFolder: string, outputFolder: string): BuildSummary {
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
  const write = <T>(schema: z.ZodType<T>, path: string, value: T) => {
    writeFileSync(join(outputFolder, path), `${JSON.stringify(schema.parse(value))}\n`);
  };
  write(metaSchema, 'meta.json', dataset.meta);
  write(indexSchema, 'index.json', dataset.index);
  write(reportSchema, 'report.json', dataset.report);
  for (const page of dataset.listPages) write(listPageSchema, `pages/${page.page}.json`, page);
  for (const article of dataset.articles)
    write(articleSchema, `articles/${article.id}.json`, article);
  for (const page of dataset.quotesPages)
    write(quotesPageSchema, `quotes/pages/${page.page}.json`, page);
  for (const speaker of dataset.speakers) {
    write(speakerSchema, `quotes/speakers/${speaker.id}.json`, speaker);
  }
  const idShards = {
    articles: shardIds(dataset.articles.map((article) => article.id)),
    speakers: shardIds(dataset.speakers.map((speaker) => speaker.id)),
  };
  for (const [kind, shards] of Object.entries(idShards)) {
    for (const [prefix, ids] of shards) write(idShardSchema, `ids/${kind}/${prefix}.json`, ids);
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
    const jsonSchema = z.toJSONSchema(schema);
    writeFileSync(
      join(outputFolder, 'schema', `${name}.schema.json`),
      `${JSON.stringify(jsonSchema, null, 2)}\n`,
    );
  }
  return {
    documents: dataset.report.documents.length,
    rejected: dataset.report.documents.filter((d) => d.status === 'rejected').length,
    articles: dataset.articles.length,
    quotes: dataset.articles.reduce((sum, article) => sum + article.quotes.length, 0),
    speakers: dataset.speakers.length,
    problems: problemLines(dataset.report),
  };
}
