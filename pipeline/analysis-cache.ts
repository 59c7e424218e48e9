/**
 * The analysis cache's I/O edge: one file under .cache/ holding the last build's analyses by
 * document (name and bytes), so that a rebuild after one new document analyses one document.
 * It is valid only for the code that wrote it: `codeKey` names that code.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AnalysisMemo, DocumentAnalysis, FileStamp, StoryAnalysis } from './analyse';

interface Stored {
  codeKey: string;
  terms: string[];
  entries: [string, DocumentAnalysis][];
  stamps: [string, FileStamp][];
}

/** A file's stamp (see `FileStamp`): its size, times and inode as the file system has them. */
export function stampOf(path: string): string {
  const stats = statSync(path);
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

/** The memo for this build: the stored one when it was written by the same code, else empty. */
export function loadMemo(path: string, codeKey: string): AnalysisMemo {
  const fresh = { next: new Map(), nextStamps: new Map(), analysed: 0 };
  const empty: AnalysisMemo = { terms: [], previous: new Map(), stamps: new Map(), ...fresh };
  if (!existsSync(path)) return empty;
  try {
    const stored = deserialize(readFileSync(path)) as Stored;
    if (stored.codeKey !== codeKey || !Array.isArray(stored.stamps)) return empty;
    return {
      terms: stored.terms,
      previous: new Map(stored.entries),
      stamps: new Map(stored.stamps),
      ...fresh,
    };
  } catch {
    // A cache that cannot be read is a cache that is not there.
    return empty;
  }
}

/**
 * Keeps this build's analyses (and only them) for the next build, with a term table cut to
 * the terms they use: a cache never grows with documents that are gone.
 */
export function saveMemo(
  path: string,
  codeKey: string,
  memo: AnalysisMemo,
  terms: readonly string[],
): void {
  // Nothing analysed, no document gone, every stamp the same: the stored memo is this one.
  const same =
    memo.analysed === 0 &&
    memo.next.size === memo.previous.size &&
    memo.nextStamps.size === memo.stamps.size &&
    [...memo.nextStamps].every(([file, { stamp }]) => memo.stamps.get(file)?.stamp === stamp) &&
    existsSync(path);
  if (same) return;
  const newId = new Int32Array(terms.length).fill(-1);
  const kept: string[] = [];
  // A story embedded under many pages is one object, and is stored once.
  const done = new Map<StoryAnalysis, StoryAnalysis>();
  const renumber = (story: StoryAnalysis | null): StoryAnalysis | null => {
    if (!story) return story;
    const before = done.get(story);
    if (before) return before;
    const renumberId = (id: number) => {
      if (newId[id] < 0) newId[id] = kept.push(terms[id]) - 1;
      return newId[id];
    };
    const renumbered = {
      ...story,
      termIds: story.termIds.map(renumberId),
      search: { ...story.search, ids: story.search.ids.map(renumberId) },
    };
    done.set(story, renumbered);
    return renumbered;
  };
  const entries: [string, DocumentAnalysis][] = [...memo.next].map(([key, analysis]) => [
    key,
    {
      ...analysis,
      page: renumber(analysis.page),
      embedded: analysis.embedded.map((ref) => ({ ...ref, story: renumber(ref.story) })),
    },
  ]);
  const stored: Stored = { codeKey, terms: kept, entries, stamps: [...memo.nextStamps] };
  mkdirSync(dirname(path), { recursive: true });
  // Written aside then renamed: an interrupted build never leaves half a cache.
  writeFileSync(`${path}.tmp`, serialize(stored));
  renameSync(`${path}.tmp`, path);
}
