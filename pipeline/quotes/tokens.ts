import type { Word } from '../text/words';

/** What separates a token from the one before it. */
export type Break = 'none' | 'hyphen' | 'mark' | 'clause' | 'sentence';

export interface Token extends Word {
  /** The strongest separator between the previous token (or statement) and this one. */
  brk: Break;
  /** Inside a quoted name that is not a statement (قناة "الحدث"). */
  quoted?: boolean;
  /** A word whose article ل+ال lost its alef (للجيش read as الجيش). */
  alef?: boolean;
  /** The sentence of the paragraph the token is in. */
  sentence: number;
  /** A letter with its full stop inside a foreign name (إلسه ك. دي فريس، لورا بي. سانتوس). */
  initial?: boolean;
  /** The first word after a quoted statement: no phrase reads across the statement. */
  afterStatement?: boolean;
  /** After a dash set off by spaces (قيادة الجيش – مديرية التوجيه). */
  dash?: boolean;
}

/** A dash set off by spaces between two words. */
export const SPACED_DASH = /\s[-\u2013\u2014]\s/u;

const SENTENCE = /[.!?؟\n]/;
const CLAUSE = /[،,؛;:()[\]]/;
const MARKS = /["“”„«»]/;

/** Classifies the text between two tokens. */
export function breakOf(gap: string): Break {
  if (gap.length === 0 || gap === ' ') return 'none';
  if (SENTENCE.test(gap) && !/^\s*\.\.+\s*$/.test(gap)) return 'sentence';
  if (CLAUSE.test(gap)) return 'clause';
  if (MARKS.test(gap)) return 'mark';
  if (gap.includes('-')) return 'hyphen';
  return 'none';
}

/** Whether a break ends a noun phrase (a hyphen joins جان-بيير). */
export const ends = (brk: Break) => brk !== 'none' && brk !== 'hyphen';
