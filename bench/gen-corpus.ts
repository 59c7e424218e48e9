import { resolve } from 'node:path';
import { writeCorpus } from './corpus/write-corpus';
import { UsageError, parseFlags, parseInteger } from './harness/parse-flags';

const USAGE = 'usage: npm run gen:corpus -- --count N --out DIR [--seed S]';

function main(argv: readonly string[]): void {
  const flags = parseFlags(argv, ['count', 'out', 'seed']);
  const countText = flags.get('count');
  const out = flags.get('out');
  if (countText === undefined) throw new UsageError('--count is required');
  if (out === undefined) throw new UsageError('--out is required');
  const count = parseInteger('count', countText, 1, 10_000_000);
  const seed = parseInteger('seed', flags.get('seed') ?? '1', 0, 0xffffffff);

  const outDir = resolve(out);
  const result = writeCorpus(count, outDir, seed);
  const mb = result.bytes / 1024 / 1024;
  console.log(
    `wrote ${result.files} documents (${mb.toFixed(1)} MB, ${(result.bytes / result.files / 1024).toFixed(2)} KB avg) ` +
      `to ${outDir} in ${result.seconds.toFixed(2)} s (seed ${seed})`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`gen-corpus: ${error.message}\n${USAGE}`);
    process.exit(1);
  }
  throw error;
}
