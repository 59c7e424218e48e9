/**
 * An incremental build equals a clean one: builds a small site, then adds, changes, renames
 * and removes a document, and changes what every page is made from (the site's address),
 * building again after each; every time, the site must be the same to the byte as a clean
 * build of the same documents. Run by `npm test`.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../bench/corpus/write-corpus';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

function build(content: string, out: string, env: Record<string, string> = {}): void {
  const run = spawnSync(
    process.execPath,
    ['scripts/build-site.mjs', '--content', content, '--out', out, '--quiet'],
    {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    },
  );
  if (run.status !== 0) throw new Error(`build exited ${run.status}:\n${run.stderr}`);
}

function differences(a: string, b: string): string[] {
  const left = filesUnder(a);
  const right = filesUnder(b);
  const missing = [
    ...left
      .filter((file) => !right.includes(file))
      .map((file) => `only in the incremental build: ${file}`),
    ...right
      .filter((file) => !left.includes(file))
      .map((file) => `only in the clean build: ${file}`),
  ];
  const differing = left
    .filter((file) => right.includes(file))
    .filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
    .map((file) => `differs: ${file}`);
  return [...missing, ...differing];
}

const work = mkdtempSync(join(tmpdir(), 'qiraa-incremental-'));
const content = join(work, 'content');
writeCorpus(40, content, 11);
for (const file of readdirSync('e2e/fixtures/content'))
  copyFileSync(join('e2e/fixtures/content', file), join(content, file));
const site = join(work, 'site');
build(content, site);

const documents = () =>
  readdirSync(content)
    .filter((file) => file.endsWith('.txt'))
    .sort();
const changes: [string, () => Record<string, string> | void][] = [
  [
    'add a document',
    () =>
      copyFileSync('content/000_e8dd7afff7bd6bee.txt', join(content, '999_00000000000000aa.txt')),
  ],
  [
    'change a document',
    () => {
      const file = join(content, documents()[3]);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/\n([^\n]+)\n/, '\nفقرة جديدة أضيفت إلى الخبر.\n$1\n'),
      );
    },
  ],
  [
    'rename a document',
    () => renameSync(join(content, documents()[5]), join(content, '998_00000000000000bb.txt')),
  ],
  ['remove a document', () => rmSync(join(content, documents()[7]))],
  [
    'change what every page is made from (the site address)',
    () => ({ SITE_URL: 'https://qiraa.example' }),
  ],
];

let failed = false;
let env: Record<string, string> = {};
for (const [name, change] of changes) {
  env = { ...env, ...(change() ?? {}) };
  build(content, site, env);
  const clean = mkdtempSync(join(work, 'clean-'));
  build(content, clean, env);
  const found = differences(site, clean);
  if (found.length > 0) {
    failed = true;
    console.error(
      `${name}: the incremental build differs from a clean one:\n  ${found.slice(0, 10).join('\n  ')}`,
    );
  } else console.log(`${name}: incremental build = clean build (${filesUnder(site).length} files)`);
  rmSync(clean, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });
if (failed) process.exit(1);
