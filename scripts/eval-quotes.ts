/**
 * Scores quote extraction and attribution against the gold documents in
 * pipeline/quotes/gold/: precision, recall and speaker accuracy overall and by
 * construction, and every error. With --check it fails when the dev set falls below
 * the figures in pipeline/quotes/gold/ratchet.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../pipeline/parse/document';
import {
  evaluateDocument,
  newEvaluation,
  scoresOf,
  type GoldQuote,
  type Scores,
} from '../pipeline/quotes/evaluate';
import { extractQuotes } from '../pipeline/quotes/extract';

const root = new URL('../pipeline/quotes/gold/', import.meta.url).pathname;
const args = process.argv.slice(2);
const sets = args.filter((arg) => !arg.startsWith('--'));
const quiet = args.includes('--quiet');
const check = args.includes('--check');

function evaluateSet(set: string) {
  const dir = join(root, set);
  const evaluation = newEvaluation();
  const only = process.env.EVAL_ONLY ? new RegExp(process.env.EVAL_ONLY) : null;
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt') && (!only || only.test(file)))
    .sort();
  for (const file of files) {
    const goldFile = join(dir, file.replace(/\.txt$/, '.gold.json'));
    if (!existsSync(goldFile))
      throw new Error(`${set}/${file}: no annotation beside it (${goldFile})`);
    const parsed = parseDocument(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${set}/${file}: ${parsed.reason}`);
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')).quotes as GoldQuote[];
    const stories = [parsed.data.page, ...parsed.data.embedded];
    const predicted = stories.map((story) =>
      extractQuotes(
        story.paragraphs.map((p) => p.text),
        story.title,
      ),
    );
    evaluateDocument(file, gold, predicted, evaluation);
  }
  return { evaluation, files: files.length };
}

const percent = (value: number) => (value * 100).toFixed(1).padStart(5);
function line(label: string, scores: Scores, statements: number) {
  return `${label.padEnd(18)} ${String(statements).padStart(4)}  ${percent(scores.precision)}  ${percent(scores.recall)}  ${percent(scores.speakerAccuracy)}  ${percent(scores.kindAccuracy)}`;
}

let failed = false;
for (const set of sets.length > 0 ? sets : ['dev']) {
  const { evaluation, files } = evaluateSet(set);
  const overall = scoresOf(evaluation.overall);
  console.log(`\n${set}: ${files} documents, ${evaluation.overall.statements} statements`);
  console.log(`${'construction'.padEnd(18)} ${'n'.padStart(4)}  prec.  rec.   spkr   kind`);
  console.log(line('all', overall, evaluation.overall.statements));
  for (const [tag, tally] of [...evaluation.byTag].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (tally.statements > 0) console.log(line(tag, scoresOf(tally), tally.statements));
  }
  if (!quiet) {
    console.log('\nerrors:');
    for (const error of evaluation.errors) {
      const detail =
        error.problem === 'missed' || error.problem === 'not a statement'
          ? (error.got ?? '')
          : `expected ${error.expected ?? 'null'}, got ${error.got ?? 'null'}`;
      console.log(
        `  ${error.file}#${error.story} ${error.problem}: «${error.quote.slice(0, 50)}» ${detail} [${error.tags.join(', ')}]`,
      );
    }
  }
  if (check && set === 'dev') {
    const floor = JSON.parse(readFileSync(join(root, 'ratchet.json'), 'utf8')) as Scores;
    for (const key of Object.keys(floor) as (keyof Scores)[]) {
      if (overall[key] + 1e-9 < floor[key]) {
        console.error(
          `${key} ${percent(overall[key])} % is below the ratchet ${percent(floor[key])} %`,
        );
        failed = true;
      }
    }
  }
}
if (failed) process.exit(1);
