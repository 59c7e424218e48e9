import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate';

export interface WriteCorpusResult {
  files: number;
  bytes: number;
  seconds: number;
}

/** Writes the corpus into outDir (created if needed); other files in outDir are left alone. */
export function writeCorpus(count: number, outDir: string, seed: number): WriteCorpusResult {
  const started = performance.now();
  mkdirSync(outDir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const doc of generateCorpus(count, seed)) {
    const data = Buffer.from(doc.text, 'utf8');
    writeFileSync(join(outDir, doc.fileName), data);
    files++;
    bytes += data.length;
  }
  return { files, bytes, seconds: (performance.now() - started) / 1000 };
}
