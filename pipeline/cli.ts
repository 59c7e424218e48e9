/**
 * `npm run data -- --in DIR --out DIR`: documents to dataset. Exit 0 when every document
 * is ok, 2 when any was rejected (the others are still written), 1 on a usage error.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeDataset } from './build-dataset';

const USAGE =
  'usage: npm run data -- [--in DIR] [--out DIR] [--allow-rejected] [--help]\n' +
  '  --in DIR           the documents (default: $CONTENT_DIR or content/)\n' +
  '  --out DIR          where the dataset goes (default: .cache/data/, which npm run dev serves)\n' +
  '  --allow-rejected   exit 0 even when some documents were rejected (they are still reported)\n' +
  '  --help             this text\n' +
  'exit status: 0 all documents ok, 2 some rejected, 1 usage error';

async function main(): Promise<number> {
  let options: { in?: string; out?: string; 'allow-rejected'?: boolean; help?: boolean };
  try {
    ({ values: options } = parseArgs({
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
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
  const summary = await writeDataset(input, output);
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
