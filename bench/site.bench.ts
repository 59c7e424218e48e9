// Benchmark of the whole site build on generated corpora (and the seed document). Not a
// unit test: run with `npm run bench:site -- --sizes 1000,10000`.
//
// For each size: a clean build (wall time, each step's time, ms a page, peak RSS, files and
// bytes of the site and bytes per article), then one document added and the build run
// again (the incremental rebuild).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus/write-corpus';
import { parseFlags, parseInteger } from './harness/parse-flags';

const OUT = join('bench', 'out');
const flags = parseFlags(process.argv.slice(2), ['sizes', 'seed']);
const sizes = (flags.get('sizes') ?? '1000,10000')
  .split(',')
  .map((size) => parseInteger('sizes', size.trim(), 1, 1_000_000));
const seed = parseInteger('seed', flags.get('seed') ?? '1', 0, 0xffffffff);
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Build {
  seconds: number;
  steps: Record<string, number>;
  pages: number;
  rendered: number;
  peakRssMb: number | null;
}

function build(content: string, site: string): Build {
  // What the set-up wrote and removed (a corpus, a site) goes to disk first: the build is
  // timed, not the flushing of what came before it.
  spawnSync('sync');
  const args = ['scripts/build-site.mjs', '--content', content, '--out', site];
  const started = performance.now();
  const run = timeBinary
    ? spawnSync(timeBinary, ['-f', 'peak-rss-kb %M', process.execPath, ...args], {
        encoding: 'utf8',
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  const steps: Record<string, number> = {};
  for (const match of run.stdout.matchAll(/^(tools|app|data|pages): .* in ([\d.]+) s$/gm))
    steps[match[1]] = Number(match[2]);
  const rendered = run.stdout.match(/prerendered (\d+) of (\d+) pages/);
  const rss = run.stderr.match(/peak-rss-kb (\d+)/);
  return {
    seconds,
    steps,
    rendered: rendered ? Number(rendered[1]) : 0,
    pages: rendered ? Number(rendered[2]) : 0,
    peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
  };
}

function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const results = [];
for (const size of sizes) {
  const content = join(OUT, `site-corpus-${size}`);
  rmSync(content, { recursive: true, force: true });
  writeCorpus(size, content, seed);
  copyFileSync('content/000_e8dd7afff7bd6bee.txt', join(content, '000_e8dd7afff7bd6bee.txt'));
  const site = join(OUT, `site-${size}`);
  rmSync(site, { recursive: true, force: true });
  rmSync(join('.cache', 'pages'), { recursive: true, force: true });
  rmSync(join('.cache', 'analysis'), { recursive: true, force: true });
  const clean = build(content, site);
  const { files, bytes } = folderSize(site);
  copyFileSync('content/000_e8dd7afff7bd6bee.txt', join(content, '999999_00000000000000aa.txt'));
  const incremental = build(content, site);
  const row = {
    documents: size + 1,
    cleanSeconds: Number(clean.seconds.toFixed(1)),
    steps: clean.steps,
    pages: clean.pages,
    msPerPage: clean.steps.pages
      ? Number(((clean.steps.pages * 1000) / clean.pages).toFixed(2))
      : null,
    peakRssMb: clean.peakRssMb,
    files,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    kilobytesPerArticle: Number((bytes / 1e3 / (size + 1)).toFixed(1)),
    incrementalSeconds: Number(incremental.seconds.toFixed(1)),
    incrementalPagesRendered: incremental.rendered,
  };
  results.push(row);
  console.log(JSON.stringify(row));
}

console.log(
  '\n documents  clean s  tools  app  data  pages  ms/page  peak RSS MB  files   MB  kB/article  +1 doc s  pages re-rendered',
);
for (const row of results) {
  const step = (name: string) => String(row.steps[name] ?? '-').padStart(5);
  console.log(
    `${String(row.documents).padStart(10)}  ${String(row.cleanSeconds).padStart(7)}  ${step('tools')} ${step('app')} ${step('data')} ${step('pages')}  ${String(row.msPerPage).padStart(7)}  ${String(row.peakRssMb).padStart(11)}  ${String(row.files).padStart(5)} ${String(row.megabytes).padStart(4)}  ${String(row.kilobytesPerArticle).padStart(10)}  ${String(row.incrementalSeconds).padStart(8)}  ${row.incrementalPagesRendered}`,
  );
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'site-results.json'), `${JSON.stringify(results, null, 2)}\n`);
