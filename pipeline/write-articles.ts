import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { articleSchema, type Article } from './schema';

// Creating many small files is bound by the file system, not the CPU: keep several in flight.
const WRITES_IN_FLIGHT = 32;

export type OutputFile = [path: string, contents: () => string];

/**
 * Writes files under a folder, several at a time; contents are made when their turn comes.
 * A file that already holds the same bytes is left alone: a rebuild after one new document
 * rewrites only what changed.
 */
export async function writeAll(folder: string, files: Iterable<OutputFile>): Promise<number> {
  const iterator = files[Symbol.iterator]();
  let written = 0;
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [path, contents] = next.value;
      const file = join(folder, path);
      const text = contents();
      // existsSync first: a failed read costs an exception, and a clean build has no files.
      const before = existsSync(file) ? await readFile(file, 'utf8') : null;
      if (before !== text) await writeFile(file, text);
      written++;
    }
  };
  await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, worker));
  return written;
}

/** A file's contents: the value, validated against its schema, as one line of JSON. */
export function validJson<T>(schema: z.ZodType<T>, value: T): () => string {
  return () => `${JSON.stringify(schema.parse(value))}\n`;
}

export function writeArticles(folder: string, articles: Iterable<Article>): Promise<number> {
  return writeAll(
    folder,
    (function* () {
      for (const article of articles) {
        yield [`articles/${article.id}.json`, validJson(articleSchema, article)] as OutputFile;
      }
    })(),
  );
}
