import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export type RssMethod = 'gnu-time' | 'preload';

export interface FloorResult {
  seconds: number;
  files: number;
  bytes: number;
}

export interface RunResult {
  exitCode: number | null;
  signal: string | null;
  seconds: number;
  /** Largest resident set of any process in the run's tree, in KiB; null if it could not be read. */
  peakRssKb: number | null;
}

const GNU_TIME = '/usr/bin/time';

// Runs in a fresh `node -e` so the floor pays the same process start-up as any reader would.
const FLOOR_SCRIPT = `
const fs = require('node:fs');
const path = require('node:path');
const dir = process.argv[1];
let files = 0, bytes = 0;
for (const name of fs.readdirSync(dir)) {
  if (!name.endsWith('.txt')) continue;
  bytes += fs.readFileSync(path.join(dir, name)).length;
  files++;
}
process.stdout.write(JSON.stringify({ files, bytes }));
`;

// Loaded into every node process of the run through NODE_OPTIONS, so npx, the tsx launcher and
// the tsx child that runs the pipeline each append their own peak; the bench takes the maximum.
const RSS_PRELOAD = `'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  try {
    fs.appendFileSync(process.env.BENCH_RSS_FILE, process.pid + ' ' + process.resourceUsage().maxRSS + '\\n');
  } catch {}
});
`;

export function measureFloor(dir: string): FloorResult {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-e', FLOOR_SCRIPT, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0)
    throw new Error(`floor reader failed (${run.status ?? run.signal}): ${run.stderr}`);
  const { files, bytes } = JSON.parse(run.stdout) as { files: number; bytes: number };
  return { seconds, files, bytes };
}

/** GNU time when it is installed and works; otherwise the NODE_OPTIONS preload. */
export function detectRssMethod(workDir: string): RssMethod {
  if (!existsSync(GNU_TIME)) return 'preload';
  mkdirSync(workDir, { recursive: true });
  const probe = join(workDir, 'time-probe.txt');
  const run = spawnSync(GNU_TIME, ['-f', '%M', '-o', probe, process.execPath, '-e', ''], {
    stdio: 'ignore',
  });
  const ok =
    run.status === 0 && existsSync(probe) && parseGnuTime(readFileSync(probe, 'utf8')) !== null;
  rmSync(probe, { force: true });
  return ok ? 'gnu-time' : 'preload';
}

function parseGnuTime(output: string): number | null {
  // When the command fails GNU time writes "Command exited with non-zero status N" first.
  const last = output.trim().split('\n').pop() ?? '';
  return /^\d+$/.test(last) ? Number(last) : null;
}

function parsePreloadRecords(output: string): number | null {
  let peak: number | null = null;
  for (const line of output.split('\n')) {
    const kb = Number(line.split(' ')[1]);
    if (Number.isFinite(kb) && kb > 0) peak = Math.max(peak ?? 0, kb);
  }
  return peak;
}

export interface RunOptions {
  cwd: string;
  /** Receives the command's stdout and stderr. */
  logFile: string;
  /** Scratch folder for the RSS files. */
  workDir: string;
  rssMethod: RssMethod;
}

/** Runs a command to completion, timing wall clock and peak RSS of its whole process tree. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: RunOptions,
): RunResult {
  mkdirSync(options.workDir, { recursive: true });
  const rssFile = join(options.workDir, `rss-${process.pid}-${Date.now()}.txt`);
  rmSync(rssFile, { force: true });
  const env = { ...process.env };
  let file = command;
  let argv = [...args];
  if (options.rssMethod === 'gnu-time') {
    file = GNU_TIME;
    argv = ['-f', '%M', '-o', rssFile, command, ...args];
  } else {
    const preload = join(options.workDir, 'rss-preload.cjs');
    writeFileSync(preload, RSS_PRELOAD);
    env.BENCH_RSS_FILE = rssFile;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require=${JSON.stringify(preload)}`.trim();
  }

  const log = openSync(options.logFile, 'w');
  let run;
  const started = performance.now();
  try {
    run = spawnSync(file, argv, { cwd: options.cwd, env, stdio: ['ignore', log, log] });
  } finally {
    closeSync(log);
  }
  const seconds = (performance.now() - started) / 1000;
  if (run.error) throw run.error;

  const raw = existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : '';
  rmSync(rssFile, { force: true });
  const peakRssKb = options.rssMethod === 'gnu-time' ? parseGnuTime(raw) : parsePreloadRecords(raw);
  return { exitCode: run.status, signal: run.signal, seconds, peakRssKb };
}
