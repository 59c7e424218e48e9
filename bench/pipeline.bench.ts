// Benchmark of the data pipeline on synthetic corpora. Not a unit test: run with `npm run bench`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus/write-corpus';
import type { RssMethod } from './harness/measure';
import { detectRssMethod, measureFloor, runMeasured } from './harness/measure';
import { UsageError, parseFlags, parseInteger } from './harness/parse-flags';
import type { PipelineMeasure, SizeResult } from './harness/report';
import { TARGETS, checkTargets, formatTable, scalingRatio } from './harness/report';

const USAGE =
  'usage: npm run bench -- [--sizes 10000,100000] [--seed S] [--rss auto|gnu-time|preload]';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const PIPELINE_CLI = join(ROOT, 'pipeline', 'cli.ts');
/** The pipeline CLI exits 2 when it succeeded but reported problems in the input. */
const SUCCESS_CODES = [0, 2];

interface Options {
  sizes: number[];
  seed: number;
  rss: RssMethod | 'auto';
}

function parseOptions(argv: readonly string[]): Options {
  const flags = parseFlags(argv, ['sizes', 'seed', 'rss']);
  const sizes = (flags.get('sizes') ?? '10000,100000')
    .split(',')
    .map((part) => parseInteger('sizes', part.trim(), 1, 10_000_000));
  const rss = flags.get('rss') ?? 'auto';
  if (rss !== 'auto' && rss !== 'gnu-time' && rss !== 'preload') {
    throw new UsageError(`--rss must be auto, gnu-time or preload, got "${rss}"`);
  }
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    seed: parseInteger('seed', flags.get('seed') ?? '1', 0, 0xffffffff),
    rss,
  };
}

/** An empty input folder: running the pipeline on it measures its start-up alone. */
function emptyCorpus(): string {
  const dir = join(OUT, 'corpus-empty');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return relative(ROOT, dir);
}

function countTxt(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')).length : 0;
}

/** Generates the corpus unless the folder already holds `size` documents; null seconds = reused. */
function ensureCorpus(
  size: number,
  seed: number,
): { dir: string; generatedSeconds: number | null } {
  const dir = join(OUT, `corpus-${size}`);
  if (countTxt(dir) === size) return { dir, generatedSeconds: null };
  // A partial or stale corpus would never reach the expected count; the folder is ours to rebuild.
  rmSync(dir, { recursive: true, force: true });
  return { dir, generatedSeconds: writeCorpus(size, dir, seed).seconds };
}

function runPipeline(size: number, corpusDir: string, rssMethod: RssMethod): PipelineMeasure {
  if (!existsSync(PIPELINE_CLI)) {
    return {
      status: 'missing',
      exitCode: null,
      seconds: null,
      docsPerSecond: null,
      peakRssMb: null,
      log: null,
    };
  }
  const dataDir = join(OUT, `data-${size}`);
  rmSync(dataDir, { recursive: true, force: true });
  const logFile = join(OUT, `pipeline-${size}.log`);
  // The whole `npm run data` process, as a newsroom runs it; dirty pages flushed first so that
  // one run's writes do not slow the next.
  spawnSync('sync');
  const run = runMeasured(
    'npm',
    [
      'run',
      '--silent',
      'data',
      '--',
      '--in',
      relative(ROOT, corpusDir),
      '--out',
      relative(ROOT, dataDir),
    ],
    { cwd: ROOT, logFile, workDir: OUT, rssMethod },
  );
  const ok = run.exitCode !== null && SUCCESS_CODES.includes(run.exitCode);
  return {
    status: ok ? 'ok' : 'failed',
    exitCode: run.exitCode,
    seconds: run.seconds,
    docsPerSecond: ok ? size / run.seconds : null,
    peakRssMb: run.peakRssKb === null ? null : run.peakRssKb / 1024,
    log: relative(ROOT, logFile),
  };
}

function main(argv: readonly string[]): number {
  const options = parseOptions(argv);
  // The pipeline prints its steps' times into each run's log.
  process.env.QIRAA_TIMING = '1';
  mkdirSync(OUT, { recursive: true });
  const rssMethod = options.rss === 'auto' ? detectRssMethod(OUT) : options.rss;
  const pipelineExists = existsSync(PIPELINE_CLI);
  console.log(
    `peak RSS via ${rssMethod === 'gnu-time' ? '/usr/bin/time -f %M' : 'NODE_OPTIONS --require preload'}`,
  );
  if (!pipelineExists)
    console.log(`note: ${relative(ROOT, PIPELINE_CLI)} not found; only the floor is measured`);

  // What every pipeline run pays before reading a file: npm, node and tsx start-up.
  const startup = pipelineExists
    ? runMeasured(
        'npm',
        ['run', '--silent', 'data', '--', '--in', emptyCorpus(), '--out', join(OUT, 'data-empty')],
        { cwd: ROOT, logFile: join(OUT, 'startup.log'), workDir: OUT, rssMethod },
      )
    : null;

  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const corpus = ensureCorpus(size, options.seed);
    console.log(
      corpus.generatedSeconds === null
        ? `corpus ${size}: reusing ${relative(ROOT, corpus.dir)}`
        : `corpus ${size}: generated in ${corpus.generatedSeconds.toFixed(2)} s`,
    );
    const floor = measureFloor(corpus.dir);
    const pipeline = runPipeline(size, corpus.dir, rssMethod);
    results.push({
      size,
      corpus: {
        dir: relative(ROOT, corpus.dir),
        files: floor.files,
        bytes: floor.bytes,
        generatedSeconds: corpus.generatedSeconds,
      },
      floor,
      pipeline,
    });
    const took =
      pipeline.seconds === null
        ? pipeline.status
        : `${pipeline.status} in ${pipeline.seconds.toFixed(2)} s`;
    console.log(`  floor ${floor.seconds.toFixed(3)} s, pipeline ${took}`);
  }

  const ratio = scalingRatio(results);
  const checks = checkTargets(results, ratio);
  console.log('');
  console.log(formatTable(results, ratio, checks));
  if (startup)
    console.log(
      `\nnpm + node + tsx start-up alone: ${startup.seconds.toFixed(2)} s (included in pipeline s)`,
    );

  const report = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: cpus().length,
    },
    seed: options.seed,
    rssMethod,
    startupSeconds: startup?.seconds ?? null,
    targets: TARGETS,
    results,
    ratio,
    checks,
  };
  const jsonFile = join(OUT, 'results.json');
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${relative(ROOT, jsonFile)}`);

  const allRan = results.every((r) => r.pipeline.status === 'ok');
  return allRan && checks.every((c) => c.verdict !== 'FAIL') ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`bench: ${error.message}\n${USAGE}`);
    process.exit(1);
  }
  throw error;
}
