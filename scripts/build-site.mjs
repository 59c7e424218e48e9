// `npm run build`: the site from the documents, step by step, each step timed.
//
//   node scripts/build-site.mjs [--content DIR] [--out DIR] [--quiet]
//
// Defaults: $CONTENT_DIR or content/, and dist/. The app bundles are rebuilt only when the
// code or its configuration changed (a hash of them is kept in .cache/); the dataset is
// written into OUT/data; then every page is prerendered.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPipeline, PIPELINE_OUT } from './build-pipeline.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run build -- [--content DIR] [--out DIR] [--quiet]';

const { values: options } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean' },
  },
  strict: true,
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const content = resolve(options.content ?? process.env.CONTENT_DIR ?? 'content');
const out = resolve(options.out ?? process.env.QIRAA_SITE_DIR ?? 'dist');
const quiet = options.quiet === true;
// Caches that belong to this output folder are named after it.
const outKey = createHash('sha256').update(out).digest('hex').slice(0, 16);
const ssr = join(ROOT, '.cache', 'ssr', relative(ROOT, out).replace(/[/\\]/g, '_') || 'site');
const say = (line) => {
  if (!quiet) console.log(line);
};

/** Runs a command; exits the build when it fails (2, some documents rejected, is not a failure). */
function run(command, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      env: { ...process.env, ...env, ...(quiet ? { QIRAA_QUIET: '1' } : {}) },
    });
    child.on('close', (status) => {
      if (status !== 0 && status !== 2) process.exit(status ?? 1);
      done(status);
    });
  });
}

async function step(name, work) {
  const started = performance.now();
  const detail = await work();
  say(`${name}: ${detail ?? 'done'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** A hash of everything the app bundles are made from. */
function codeHash() {
  const hash = createHash('sha256');
  const walk = (path) => {
    const full = join(ROOT, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) walk(join(path, name));
    } else if (!path.endsWith('.test.ts') && !path.endsWith('.test.tsx')) {
      hash.update(`${path}\0`).update(readFileSync(full));
    }
  };
  for (const path of ['src', 'index.html', 'vite.config.ts', 'package-lock.json', 'public'])
    walk(path === 'public' ? 'public' : path);
  return hash.digest('hex');
}

const started = performance.now();
// Absolute URLs (canonical, hreflang, sitemaps) are made from SITE_URL: refuse a wrong one
// before any work (scripts/sitemap.ts says the same at the prerender).
if (process.env.SITE_URL !== undefined) {
  let url = null;
  try {
    url = new URL(process.env.SITE_URL);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    console.error(
      `SITE_URL must be an absolute http(s) URL such as https://news.example, not "${process.env.SITE_URL}"`,
    );
    process.exit(1);
  }
}
if (!existsSync(content)) {
  console.error(`no such folder: ${content}\n${USAGE}`);
  process.exit(1);
}

await step('tools', async () =>
  (await buildPipeline()) ? `compiled to ${relative(ROOT, PIPELINE_OUT)}` : 'up to date',
);

const stamp = join(out, '.qiraa-code');
const hash = codeHash();
const fresh =
  !existsSync(stamp) ||
  readFileSync(stamp, 'utf8') !== hash ||
  !existsSync(join(ssr, 'entry-server.js'));
// The app bundles and the dataset do not depend on each other: they are made side by side
// (the data step is one thread; the bundler has the other core), and the pages wait for both.
const app = step('app', async () => {
  if (!fresh) return 'up to date';
  // The last app's files go, the dataset stays (the data step is writing it meanwhile).
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out))
    if (name !== 'data') rmSync(join(out, name), { recursive: true, force: true });
  await run(
    'npx',
    ['vite', 'build', '--outDir', out, '--emptyOutDir=false', '--logLevel', 'warn'],
    { QIRAA_DATA_IN_PUBLIC: '0' },
  );
  await run('npx', [
    'vite',
    'build',
    '--ssr',
    'src/entry-server.tsx',
    '--outDir',
    ssr,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  writeFileSync(stamp, hash);
  return 'built';
});

const data = step('data', async () => {
  mkdirSync(out, { recursive: true });
  await run(
    'node',
    [
      '--single-threaded-gc',
      '--enable-source-maps',
      join(PIPELINE_OUT, 'cli.mjs'),
      '--in',
      content,
      '--out',
      join(out, 'data'),
      '--allow-rejected',
      '--cache',
      join(ROOT, '.cache', 'analysis', `${outKey}.bin`),
    ],
    {},
  );
  return 'written';
});

await Promise.all([app, data]);

await step('pages', async () => {
  await run('node', [join(PIPELINE_OUT, 'prerender.mjs')], {
    QIRAA_SITE_DIR: out,
    QIRAA_SSR_DIR: ssr,
  });
  return 'written';
});

say(
  `site in ${relative(ROOT, out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
