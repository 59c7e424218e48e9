/**
 * `npm run data -- --in DIR --out DIR`: documents to dataset. Exit 0 when every document
 * is ok, 2 when any was rejected (the others are still written), 1 on a usage error.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeDataset } from './build-dataset';

const USAGE =
  'usage: npm run data -- [--in DIR] [--out DIR] [--allow-rejected] [--help]\n' +
  '  --in DIR           the documents (default: $CONTENT_DIR or content/)\n' +
  '  --out DIR          where the dataset goes (default: .cache/data/, which npm run dev serves)\n' +
  '  --allow-rejected   exit 0 even when some documents were rejected (they are still reported)\n' +
  "  --cache FILE       keep each document's analysis in FILE, so that the next run analyses only\n" +
  '                     the documents that changed (npm run build uses .cache/analysis/)\n' +
  '  --help             this text\n' +
  'exit status: 0 all documents ok, 2 some rejected, 1 usage error';

/**
 * What names this code for the analysis cache: the compiled bundle, which holds every module
 * the analysis runs. Run from TypeScript (tests), the modules are separate files: a key of
 * its own for each run, so that such a run never reads another's cache.
 */
function codeKey(): string {
  const self = fileURLToPath(import.meta.url);
  if (!self.endsWith('.mjs')) return `sources run at ${Date.now()} by ${process.pid}`;
  return createHash('sha256').update(readFileSync(self)).digest('hex');
}

async function main(): Promise<number> {
  let options: {
    in?: string;
    out?: string;
    cache?: string;
    'allow-rejected'?: boolean;
    help?: boolean;
  };
  try {
    ({ values: options } = parseArgs({
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        cache: { type: 'string' },
        'allow-rejected': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if ((options as { help?: boolean }).help) {
    console.log(USAGE);
    return 0;
  }
  const input = options.in ?? process.env.CONTENT_DIR ?? 'content';
  const output = options.out ?? '.cache/data';
  if (!existsSync(input) || !statSync(input).isDirectory()) {
    console.error(`no such folder: ${input}\n${USAGE}`);
    return 1;
  }
  const summary = await writeDataset(
    input,
    output,
    options.cache ? { path: options.cache, codeKey: codeKey() } : null,
  );
  for (const line of summary.problems) console.error(line);
  console.log(
    `${summary.documents} documents (${summary.rejected} rejected) → ${summary.articles} articles, ` +
      `${summary.quotes} quotes by ${summary.speakers} speakers in ${output}`,
  );
  if (summary.rejectedFiles.length > 0)
    console.log(`rejected: ${summary.rejectedFiles.join(', ')}`);
  return summary.rejected > 0 && !options['allow-rejected'] ? 2 : 0;
}

process.exitCode = await main();
