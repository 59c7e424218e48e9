import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeCorpus } from '../bench/corpus/write-corpus';
import { indexSchema } from './schema';

const root = new URL('..', import.meta.url).pathname;
const realFile = '000_e8dd7afff7bd6bee.txt';

function runCli(...args: string[]) {
  return runCliWith({}, ...args);
}

function runCliWith(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length))
    .sort();
}

test('a corpus with broken documents: exit 2, problems as file:line, the rest still built', () => {
  const input = mkdtempSync(join(tmpdir(), 'qiraa-in-'));
  const output = mkdtempSync(join(tmpdir(), 'qiraa-out-'));
  writeFileSync(join(input, realFile), readFileSync(join(root, 'content', realFile)));
  writeFileSync(join(input, '001_0000000000000001.txt'), 'عنوان بلا متن\n');
  writeFileSync(join(input, '002_0000000000000002.txt'), '');

  const run = runCli('--in', input, '--out', output);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('001_0000000000000001.txt:1: error: a headline with no body');
  expect(run.stderr).toContain('002_0000000000000002.txt:0: error: empty file');
  expect(run.stdout).toContain('rejected: 001_0000000000000001.txt, 002_0000000000000002.txt');
  const report = JSON.parse(readFileSync(join(output, 'report.json'), 'utf8'));
  const index = readFileSync(join(output, 'index.json'), 'utf8');
  expect(index).toBe(`${JSON.stringify(indexSchema.parse(JSON.parse(index)))}\n`);
  expect(JSON.parse(index).articles).toHaveLength(2);
  expect(report.documents).toHaveLength(3);
  expect(readdirSync(join(output, 'articles')).sort()).toHaveLength(2);
  expect(readdirSync(join(output, 'schema'))).toContain('article.schema.json');

  const again = mkdtempSync(join(tmpdir(), 'qiraa-out-'));
  runCli('--in', input, '--out', again);
  for (const file of ['index.json', 'report.json', 'pages/1.json', 'quotes/pages/1.json']) {
    expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(output, file), 'utf8'));
  }
});

test('--allow-rejected still reports, and exits 0 for the site build', () => {
  const input = mkdtempSync(join(tmpdir(), 'qiraa-in-'));
  writeFileSync(join(input, realFile), readFileSync(join(root, 'content', realFile)));
  writeFileSync(join(input, '001_0000000000000001.txt'), '');
  const run = runCli(
    '--in',
    input,
    '--out',
    mkdtempSync(join(tmpdir(), 'qiraa-out-')),
    '--allow-rejected',
  );
  expect(run.status).toBe(0);
  expect(run.stderr).toContain('001_0000000000000001.txt:0: error: empty file');
});

test('a clean corpus exits 0', () => {
  const input = mkdtempSync(join(tmpdir(), 'qiraa-in-'));
  writeFileSync(join(input, realFile), readFileSync(join(root, 'content', realFile)));
  const run = runCli('--in', input, '--out', mkdtempSync(join(tmpdir(), 'qiraa-out-')));
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('2 articles, 9 quotes by 2 speakers');
});

test.each([
  ['an unknown option', ['--frobnicate']],
  ['a missing input folder', ['--in', '/nonexistent/qiraa']],
])('usage error on %s: exit 1', (_case, args) => {
  const run = runCli(...args);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('usage: npm run data');
});

test('worker threads write the same bytes as one thread', () => {
  const input = join(root, 'e2e', 'fixtures', 'content');
  const single = mkdtempSync(join(tmpdir(), 'qiraa-out-'));
  const threaded = mkdtempSync(join(tmpdir(), 'qiraa-out-'));
  expect(runCliWith({ QIRAA_THREADS: '0' }, '--in', input, '--out', single).status).toBe(0);
  expect(runCliWith({ QIRAA_THREADS: '2' }, '--in', input, '--out', threaded).status).toBe(0);
  const files = filesUnder(single);
  expect(files.length).toBeGreaterThan(500);
  expect(filesUnder(threaded)).toEqual(files);
  for (const file of files) {
    expect(readFileSync(join(threaded, file), 'utf8'), file).toBe(
      readFileSync(join(single, file), 'utf8'),
    );
  }
});

test('every search shard the meta counts has its file, an empty one too', () => {
  // Generated news has a small vocabulary: some of its shards hold no word.
  const input = mkdtempSync(join(tmpdir(), 'qiraa-in-'));
  writeCorpus(3000, input, 3);
  const output = mkdtempSync(join(tmpdir(), 'qiraa-out-'));
  expect(runCli('--in', input, '--out', output).status).toBe(0);
  const meta = JSON.parse(readFileSync(join(output, 'search', 'meta.json'), 'utf8'));
  const shards = readdirSync(join(output, 'search', 'shards'));
  expect(shards).toHaveLength(meta.shards);
  for (let shard = 0; shard < meta.shards; shard++) {
    const keys = JSON.parse(
      readFileSync(join(output, 'search', 'shards', `${shard}.json`), 'utf8'),
    );
    expect(typeof keys).toBe('object');
  }
  // (3,000 documents through the real command: about 12 s alone, more when the machine is
  // shared; the limit is there to stop a hang, not to time the build.)
}, 180_000);
