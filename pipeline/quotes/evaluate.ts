import { normalizeArabic } from '../../src/lib/arabic/normalize';
import { HEADLINE_PARAGRAPH } from '../schema';
import type { ExtractedQuote, SpeakerKind } from './extract';

/** One quoted span of a gold document, as annotated by a person. */
export interface GoldQuote {
  story: number;
  quote: string;
  statement: boolean;
  speaker?: string | null;
  kind?: SpeakerKind;
  role?: string;
  tags?: string[];
}

export interface EvalError {
  file: string;
  story: number;
  quote: string;
  problem: 'missed' | 'not a statement' | 'wrong speaker' | 'wrong kind';
  expected?: string | null;
  got?: string | null;
  tags: string[];
}

export interface Tally {
  statements: number;
  found: number;
  predicted: number;
  correctSpeaker: number;
  correctKind: number;
}

export interface Evaluation {
  overall: Tally;
  byTag: Map<string, Tally>;
  errors: EvalError[];
}

const emptyTally = (): Tally => ({
  statements: 0,
  found: 0,
  predicted: 0,
  correctSpeaker: 0,
  correctKind: 0,
});

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? null) === null ? (b ?? null) === null : normalizeArabic(a!) === normalizeArabic(b ?? '');

/**
 * Scores predicted quotes of one document's stories against its gold annotation: a
 * prediction matches the gold quote of the same story with the same text. Speaker
 * accuracy counts a gold statement right when the predicted speaker is the same name
 * (folded), or null where the gold has no name; a missed statement counts wrong.
 */
export function evaluateDocument(
  file: string,
  gold: readonly GoldQuote[],
  predicted: readonly (readonly ExtractedQuote[])[],
  into: Evaluation,
): void {
  const tally = (tags: readonly string[]) => [
    into.overall,
    ...tags.map((tag) => {
      let entry = into.byTag.get(tag);
      if (!entry) into.byTag.set(tag, (entry = emptyTally()));
      return entry;
    }),
  ];
  predicted.forEach((quotes, story) => {
    const unused = new Set(quotes);
    for (const entry of gold.filter((g) => g.story === story)) {
      const key = normalizeArabic(entry.quote);
      const match = [...unused].find((quote) => normalizeArabic(quote.text) === key);
      if (match) unused.delete(match);
      const tags = entry.tags ?? [];
      const base = { file, story, quote: entry.quote, tags };
      if (!entry.statement) {
        if (match) {
          into.overall.predicted++;
          into.errors.push({ ...base, problem: 'not a statement', got: match.speaker });
        }
        continue;
      }
      for (const counter of tally(tags)) {
        counter.statements++;
        if (!match) continue;
        counter.found++;
        counter.predicted++;
        if (same(match.speaker, entry.speaker)) counter.correctSpeaker++;
        if (match.kind === entry.kind) counter.correctKind++;
      }
      if (!match) into.errors.push({ ...base, problem: 'missed', expected: entry.speaker ?? null });
      else if (!same(match.speaker, entry.speaker))
        into.errors.push({
          ...base,
          problem: 'wrong speaker',
          expected: entry.speaker ?? null,
          got: match.speaker,
        });
      else if (match.kind !== entry.kind)
        into.errors.push({ ...base, problem: 'wrong kind', expected: entry.kind, got: match.kind });
    }
    // Predictions that match no gold span at all are false statements too; in a headline,
    // only where the gold annotated its quoted spans (the earlier gold sets did not).
    for (const quote of unused) {
      if (quote.paragraph === HEADLINE_PARAGRAPH) continue;
      into.overall.predicted++;
      into.errors.push({
        file,
        story,
        quote: quote.text,
        problem: 'not a statement',
        got: quote.speaker,
        tags: [],
      });
    }
  });
}

export function newEvaluation(): Evaluation {
  return { overall: emptyTally(), byTag: new Map(), errors: [] };
}

export interface Scores {
  precision: number;
  recall: number;
  speakerAccuracy: number;
  kindAccuracy: number;
}

export function scoresOf(tally: Tally): Scores {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(tally.found, tally.predicted),
    recall: ratio(tally.found, tally.statements),
    speakerAccuracy: ratio(tally.correctSpeaker, tally.statements),
    kindAccuracy: ratio(tally.correctKind, tally.statements),
  };
}
