import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateCorpus } from '../bench/corpus/generate';
import { mulberry32 } from '../bench/corpus/prng';
import { reportSchema } from './schema';

const root = new URL('..', import.meta.url).pathname;

type Mutation = (bytes: Uint8Array, next: () => number) => Uint8Array;

const pick = (next: () => number, max: number) => Math.floor(next() * max);
const lines = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8').split('\n');
const join_ = (parts: string[]) => new TextEncoder().encode(parts.join('\n'));

const MUTATIONS: Record<string, Mutation> = {
  truncated: (bytes, next) => bytes.subarray(0, pick(next, bytes.length)),
  'random bytes spliced in': (bytes, next) => {
    const at = pick(next, bytes.length);
    const junk = Uint8Array.from({ length: 1 + pick(next, 40) }, () => pick(next, 256));
    return new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]);
  },
  'lines dropped': (bytes, next) => join_(lines(bytes).filter(() => next() > 0.3)),
  'lines doubled': (bytes, next) =>
    join_(lines(bytes).flatMap((line) => (next() > 0.7 ? [line, line] : [line]))),
  'line ends mixed': (bytes, next) =>
    new TextEncoder().encode(
      lines(bytes)
        .map((line) => line + ['\r\n', '\n', '\r'][pick(next, 3)])
        .join(''),
    ),
  'markers repeated': (bytes, next) =>
    join_(
      lines(bytes).flatMap((line) => (next() > 0.8 ? [line, 'اقرأ أيضا:', 'إقرأ أيضاً:'] : [line])),
    ),
  'bidi and zero-width marks': (bytes) =>
    new TextEncoder().encode(Buffer.from(bytes).toString('utf8').replace(/ /g, ' \u200F\u200B')),
};

test('a few hundred mutated documents: never a crash, one report entry each, the good ones built', () => {
  const { next } = mulberry32(2024);
  const sources = [
    readFileSync(join(root, 'content', '000_e8dd7afff7bd6bee.txt')),
    ...[...generateCorpus(20, 11)].map((doc) => new TextEncoder().encode(doc.text)),
  ];
  const input = mkdtempSync(join(tmpdir(), 'qiraa-mutants-'));
  const output = mkdtempSync(join(tmpdir(), 'qiraa-mutants-out-'));
  const names = Object.keys(MUTATIONS);
  let count = 0;
  for (let round = 0; round < 15; round++) {
    sources.forEach((source, index) => {
      const mutation = names[(round + index) % names.length];
      const hex = count.toString(16).padStart(16, '0');
      writeFileSync(join(input, `${count}_${hex}.txt`), MUTATIONS[mutation](source, next));
      count++;
    });
  }
  const intact = `9999_${'f'.repeat(16)}.txt`;
  writeFileSync(join(input, intact), sources[0]);

  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'pipeline/cli.ts', '--in', input, '--out', output],
    { cwd: root, encoding: 'utf8' },
  );
  expect([0, 2]).toContain(run.status);
  const report = reportSchema.parse(JSON.parse(readFileSync(join(output, 'report.json'), 'utf8')));
  expect(report.documents).toHaveLength(count + 1);
  expect(new Set(report.documents.map((d) => d.file)).size).toBe(count + 1);
  for (const document of report.documents) {
    if (document.status === 'rejected') expect(document.problems.length).toBeGreaterThan(0);
  }
  const built = new Set(readdirSync(join(output, 'articles')));
  expect(built.has(`${'f'.repeat(16)}.json`)).toBe(true);
  for (const document of report.documents.filter((d) => d.status === 'ok')) {
    for (const id of document.articles) expect(built.has(`${id}.json`)).toBe(true);
  }
  expect(report.documents.filter((d) => d.status === 'ok').length).toBeGreaterThan(count / 2);
}, 60_000);
