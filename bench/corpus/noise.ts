import type { Rng } from './prng';

// Realistic dirt seen in crawled Arabic text; each helper stays cheap (a few string ops).

const DIACRITIC_WORDS: readonly (readonly [plain: string, marked: string])[] = [
  ['أن ', 'أنَّ '],
  ['أكد ', 'أكدَّ '],
  ['إن ', 'إنَّ '],
  ['قال ', 'قالَ '],
  ['مستعدة', 'مستعدّة'],
  ['الحكومة', 'الحُكومة'],
  ['جديدة', 'جَديدة'],
  ['على ', 'علىٰ '],
];

const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0651', '\u064B'];

export function addDiacritics(rng: Rng, line: string): string {
  let out = line;
  for (let i = 0; i < 3; i++) {
    const [plain, marked] = rng.pick(DIACRITIC_WORDS);
    out = out.replace(plain, marked);
  }
  // One stray mark on a random Arabic letter, as copy-pasted text often has.
  const at = rng.int(out.length);
  const code = out.charCodeAt(at);
  const following = out.charCodeAt(at + 1);
  const followedByMark = following >= 0x064b && following <= 0x0652;
  if (code >= 0x0621 && code <= 0x064a && !followedByMark)
    out = out.slice(0, at + 1) + rng.pick(HARAKAT) + out.slice(at + 1);
  return out;
}

export function addTrailingSpaces(rng: Rng, line: string): string {
  return line + (rng.chance(0.7) ? ' ' : rng.chance(0.5) ? '  ' : ' \t');
}

/** Source sites often drop the hamza: إلى → الى, أن → ان. */
export function dropHamza(line: string): string {
  return line.replace('إلى', 'الى').replace(' أن ', ' ان ');
}
