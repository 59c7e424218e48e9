/**
 * Builds the dataset of one corpus twice, in one thread and in two worker threads, and fails
 * unless every file is the same to the byte: the output must not depend on timing, thread
 * count or file system order. Run by `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../bench/corpus/write-corpus';

const SYNTHETIC_DOCUMENTS = 1200;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

function build(input: string, threads: string): string {
  const output = mkdtempSync(join(tmpdir(), 'qiraa-determinism-'));
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'pipeline/cli.ts', '--in', input, '--out', output],
    { encoding: 'utf8', env: { ...process.env, QIRAA_THREADS: threads } },
  );
  if (run.status !== 0) throw new Error(`pipeline exited ${run.status}:\n${run.stderr}`);
  return output;
}

const input = mkdtempSync(join(tmpdir(), 'qiraa-corpus-'));
writeCorpus(SYNTHETIC_DOCUMENTS, input, 7);
for (const file of readdirSync('content')) copyFileSync(join('content', file), join(input, file));

const first = build(input, '0');
const second = build(input, '2');
const files = filesUnder(first);
const differing = files.filter(
  (file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
);
const missing = filesUnder(second).length - files.length;
for (const folder of [input, first, second]) rmSync(folder, { recursive: true, force: true });

if (differing.length > 0 || missing !== 0) {
  console.error(
    `determinism: ${differing.length} files differ (${differing.slice(0, 5).join(', ')}), ${missing} missing`,
  );
  process.exit(1);
}
console.log(`determinism: ${files.length} files identical across two builds (1 and 2 threads)`);
