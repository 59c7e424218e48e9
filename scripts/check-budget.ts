/**
 * The first-load budget of a page, checked after `npm run build`: the script and style an
 * article page loads before it is interactive, gzipped. Fails past the budget, printing sizes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { scriptKb: 125, styleKb: 20 };

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** The entry and every chunk it imports statically: what loads before the app runs. */
export function initialFiles(manifest: Record<string, ManifestChunk>): {
  js: string[];
  css: string[];
} {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('no entry in the Vite manifest');
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  return { js: [...js], css: [...css] };
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
