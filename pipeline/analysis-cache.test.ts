import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeCorpus } from '../bench/corpus/write-corpus';
import { Analyser, type DocumentAnalysis } from './analyse';
import { loadMemo, saveMemo, stampOf } from './analysis-cache';
import { planDataset } from './plan';
import { canonicalTermIds } from './terms-merge';

const root = new URL('..', import.meta.url).pathname;

/**
 * The dataset plan of a folder, analysed with the cache at `cache` (or none); `stamped`
 * gives the analyser each file's stamp, as the build does. `reads` counts the files read.
 */
function planOf(folder: string, cache: string | null, codeKey = 'code', stamped = false) {
  const files = readdirSync(folder).sort();
  const memo = cache ? loadMemo(cache, codeKey) : null;
  const analyser = new Analyser(memo);
  let reads = 0;
  const analyses: DocumentAnalysis[] = files.map((file) =>
    analyser.analyse(
      file,
      () => {
        reads++;
        return readFileSync(join(folder, file));
      },
      stamped ? stampOf(join(folder, file)) : undefined,
    ),
  );
  if (cache && memo) saveMemo(cache, codeKey, memo, analyser.dictionary.termsSince(0));
  const terms = canonicalTermIds([{ analyses, terms: analyser.dictionary.termsSince(0) }]);
  const reused = memo ? [...memo.next.keys()].filter((key) => memo.previous.has(key)).length : 0;
  return { plan: planDataset(analyses, terms), reused, reads };
}

function corpus(): string {
  const folder = mkdtempSync(join(tmpdir(), 'qiraa-memo-'));
  // Generated news with stories embedded under many pages, and the real document.
  writeCorpus(30, folder, 7);
  const real = '000_e8dd7afff7bd6bee.txt';
  writeFileSync(join(folder, real), readFileSync(join(root, 'content', real)));
  return folder;
}

test('a build from the cache plans the same dataset as a build without one', () => {
  const folder = corpus();
  const cache = join(mkdtempSync(join(tmpdir(), 'qiraa-cache-')), 'analysis.bin');
  const clean = planOf(folder, null).plan;
  const cold = planOf(folder, cache);
  expect(cold.reused).toBe(0);
  expect(cold.plan).toEqual(clean);
  const warm = planOf(folder, cache);
  expect(warm.reused).toBe(readdirSync(folder).length);
  expect(warm.plan).toEqual(clean);
});

test('after a change, only what changed is analysed again, and the plan is a clean one', () => {
  const folder = corpus();
  const cache = join(mkdtempSync(join(tmpdir(), 'qiraa-cache-')), 'analysis.bin');
  planOf(folder, cache);
  const [first, second] = readdirSync(folder).sort();
  writeFileSync(
    join(folder, first),
    readFileSync(join(folder, first), 'utf8').replace(/\n/, '\nقال الوزير: "نص جديد أضيف".\n'),
  );
  writeFileSync(join(folder, second), readFileSync(join(folder, second)));
  const after = planOf(folder, cache);
  // The changed document is analysed again; the rewritten one with the same bytes is not.
  expect(after.reused).toBe(readdirSync(folder).length - 1);
  expect(loadMemo(cache, 'code').previous.size).toBe(readdirSync(folder).length);
  expect(after.plan).toEqual(planOf(folder, null).plan);
});

test('a cache written by other code, or unreadable, is not used', () => {
  const folder = corpus();
  const cache = join(mkdtempSync(join(tmpdir(), 'qiraa-cache-')), 'analysis.bin');
  planOf(folder, cache, 'old code');
  expect(planOf(folder, cache, 'new code').reused).toBe(0);
  writeFileSync(cache, 'not a cache');
  expect(planOf(folder, cache).reused).toBe(0);
});

test('a file whose stamp is unchanged is not read again; a rewrite that keeps its size and times is', () => {
  const folder = corpus();
  const cache = join(mkdtempSync(join(tmpdir(), 'qiraa-cache-')), 'analysis.bin');
  const clean = planOf(folder, null).plan;
  expect(planOf(folder, cache, 'code', true).reads).toBe(readdirSync(folder).length);
  const warm = planOf(folder, cache, 'code', true);
  expect(warm.reads).toBe(0);
  expect(warm.plan).toEqual(clean);
  // The same number of bytes, and the modification time set back: the change time shows it.
  const [first] = readdirSync(folder).sort();
  const path = join(folder, first);
  const before = statSync(path);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace('ا', 'ب');
  expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(text));
  writeFileSync(path, changed);
  utimesSync(path, before.atime, before.mtime);
  const after = planOf(folder, cache, 'code', true);
  expect(after.reads).toBe(1);
  expect(after.reused).toBe(readdirSync(folder).length - 1);
  expect(after.plan).toEqual(planOf(folder, null).plan);
});
