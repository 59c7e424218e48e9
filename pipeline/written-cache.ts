/**
 * What the last build wrote for each document's articles, so that a rebuild skips the
 * articles whose document and plan are unchanged: no decoding, parsing, validating or
 * comparing them again. The key is a hash of the document's key (its name and bytes, as the
 * analysis cache has it), the pipeline's code and the plans (everything an article file is made from); an article is skipped only
 * when its key is the same and its file is still there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ArticlePlan } from './plan';

export interface WrittenCache {
  /** The key of a document's articles as they are now. */
  keyOf(file: string, contentKey: string, plans: readonly ArticlePlan[]): string;
  /** Whether the articles of `file` were written with this key by the last build. */
  unchanged(file: string, key: string): boolean;
  /** Records what this build wrote (or found unchanged) for `file`. */
  record(file: string, key: string): void;
  save(): void;
}

export function openWrittenCache(path: string, codeKey: string): WrittenCache {
  let previous: Record<string, string> = {};
  try {
    if (existsSync(path)) previous = JSON.parse(readFileSync(path, 'utf8')) as typeof previous;
  } catch {
    previous = {};
  }
  const next: Record<string, string> = {};
  return {
    keyOf(file, contentKey, plans) {
      return createHash('sha1')
        .update(codeKey)
        .update('\0')
        .update(file)
        .update('\0')
        .update(contentKey)
        .update(JSON.stringify(plans))
        .digest('base64');
    },
    unchanged(file, key) {
      return previous[file] === key;
    },
    record(file, key) {
      next[file] = key;
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, JSON.stringify(next));
      renameSync(`${path}.tmp`, path);
    },
  };
}
