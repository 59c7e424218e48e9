/**
 * The first-load budget of a page, checked after `npm run build`: the script and style an
 * article page loads before it is interactive, gzipped. Fails past the budget, printing sizes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticChunks, type Manifest } from './vite-manifest';

export const BUDGET = { scriptKb: 125, styleKb: 20 };

/** The entry and every chunk it imports statically: what loads before the app runs. */
export function initialFiles(manifest: Manifest): { js: string[]; css: string[] } {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('no entry in the Vite manifest');
  const chunks = staticChunks(manifest, entry[0]);
  return {
    js: chunks.map((chunk) => chunk.file),
    css: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))],
  };
}

function main(dist = 'dist'): number {
  dist ||= 'dist';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const { js, css } = initialFiles(manifest);
  const gzipKb = (file: string) =>
    gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000;
  const rows = [...js, ...css].map((file) => ({ file, kb: gzipKb(file) }));
  const total = (files: string[]) =>
    rows.filter((row) => files.includes(row.file)).reduce((sum, row) => sum + row.kb, 0);
  const scriptKb = total(js);
  const styleKb = total(css);
  for (const row of rows) console.log(`  ${row.kb.toFixed(2).padStart(8)} kB  ${row.file}`);
  console.log(
    `budget: script ${scriptKb.toFixed(2)} kB of ${BUDGET.scriptKb} kB, style ${styleKb.toFixed(2)} kB of ${BUDGET.styleKb} kB (gzip)`,
  );
  const over = scriptKb > BUDGET.scriptKb || styleKb > BUDGET.styleKb;
  if (over) console.error('budget: over budget');
  return over ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv[2]);
