/**
 * The analysis cache's I/O edge: one file under .cache/ holding the last build's analyses by
 * document (name and bytes), so that a rebuild after one new document analyses one document.
 * It is valid only for the code that wrote it: `codeKey` names that code.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AnalysisMemo, DocumentAnalysis, StoryAnalysis } from './analyse';

interface Stored {
  codeKey: string;
  terms: string[];
  entries: [string, DocumentAnalysis][];
}

/** The memo for this build: the stored one when it was written by the same code, else empty. */
export function loadMemo(path: string, codeKey: string): AnalysisMemo {
  const empty: AnalysisMemo = { terms: [], previous: new Map(), next: new Map() };
  if (!existsSync(path)) return empty;
  try {
    const stored = deserialize(readFileSync(path)) as Stored;
    if (stored.codeKey !== codeKey) return empty;
    return { terms: stored.terms, previous: new Map(stored.entries), next: new Map() };
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
  const stored: Stored = { codeKey, terms: kept, entries };
  mkdirSync(dirname(path), { recursive: true });
  // Written aside then renamed: an interrupted build never leaves half a cache.
  writeFileSync(`${path}.tmp`, serialize(stored));
  renameSync(`${path}.tmp`, path);
}
