// How parse and quote extraction time grows with hostile input: each input at sizes n, 2n, 4n,
// 8n. From n to 8n a linear algorithm takes about 8 times as long, a quadratic one 64 times.
// Not a unit test (no timing is asserted in tests): run with `npm run bench:hostile`.
import { Analyser } from '../pipeline/analyse';

const BASE = 50_000;
const INPUTS: Record<string, (n: number) => string> = {
  'one long line': (n) => `عنوان\n${'كلمة '.repeat(n / 5)}`,
  'a long blank run': (n) => `عنوان\nأ${' '.repeat(n)}ب`,
  'quotation marks only': (n) => `عنوان\n${'"«“”»'.repeat(n / 5)}`,
  'unbalanced opening marks': (n) => `عنوان\nقال فلان: ${'«'.repeat(n)}`,
  'nested and unbalanced quotes': (n) => `عنوان\n${'قال سامي: «قال "نعم" ثم '.repeat(n / 24)}`,
  'bidi and zero-width marks': (n) => `عنوان\n${'\u202Eقال\u200B\u200F "نص" '.repeat(n / 12)}`,
  'read-also markers repeated': (n) => `عنوان\nنص\n${'اقرأ أيضا:\n'.repeat(n / 11)}`,
};

/** The fastest of five runs: the least disturbed by the rest of the machine. */
function time(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    new Analyser().analyse('0_0000000000000000.txt', () => bytes);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

let worst = 0;
console.log('input                          n=50k ms   2n ms   4n ms   8n ms  t(8n)/t(n)');
for (const [name, make] of Object.entries(INPUTS)) {
  time(make(BASE)); // warm up
  const times = [1, 2, 4, 8].map((factor) => time(make(BASE * factor)));
  const growth = times[3] / times[0];
  worst = Math.max(worst, growth);
  console.log(
    `${name.padEnd(30)} ${times.map((t) => t.toFixed(1).padStart(7)).join(' ')}  ${growth.toFixed(1).padStart(10)}`,
  );
}
console.log(`\nworst growth from n to 8n: ${worst.toFixed(1)} (linear ≈ 8, quadratic ≈ 64)`);
process.exitCode = worst < 16 ? 0 : 1;
