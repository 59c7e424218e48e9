// Compiles the data pipeline and the prerender (TypeScript) to JavaScript files for the
// command line and their worker threads, so that a build starts no compiler on its hot path.
// Skips the work when no source changed since the last compile (a content hash).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PIPELINE_OUT = join(ROOT, '.cache', 'pipeline');
const SOURCES = ['pipeline', 'src', 'scripts', 'package-lock.json'];

function* files(path) {
  const full = join(ROOT, path);
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) {
      if (name === 'gold' || name.endsWith('.test.ts')) continue;
      yield* files(join(path, name));
    }
  } else yield path;
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(source))
      hash.update(`${file}\0`).update(readFileSync(join(ROOT, file)));
  }
  return hash.digest('hex');
}

export async function buildPipeline() {
  const hash = sourceHash();
  const stamp = join(PIPELINE_OUT, 'source.hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false;
  mkdirSync(PIPELINE_OUT, { recursive: true });
  await build({
    entryPoints: {
      cli: join(ROOT, 'pipeline/cli.ts'),
      worker: join(ROOT, 'pipeline/worker.ts'),
      prerender: join(ROOT, 'scripts/prerender.ts'),
    },
    loader: { '.json': 'json' },
    outdir: PIPELINE_OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    // Bundled CommonJS dependencies may still call require().
    banner: {
      js: "import { createRequire as __qiraaRequire } from 'node:module'; const require = __qiraaRequire(import.meta.url);",
    },
  });
  writeFileSync(stamp, hash);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const built = await buildPipeline();
  if (built && !process.argv.includes('--quiet')) {
    console.log(
      `pipeline compiled to ${relative(ROOT, PIPELINE_OUT)} in ${Math.round(performance.now() - started)} ms`,
    );
  }
}
