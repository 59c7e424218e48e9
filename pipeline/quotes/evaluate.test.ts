import { expect, test } from 'vitest';
import { evaluateDocument, newEvaluation, scoresOf, type GoldQuote } from './evaluate';
import type { ExtractedQuote } from './extract';

const predicted = (
  text: string,
  speaker: string | null,
  kind: ExtractedQuote['kind'],
): ExtractedQuote => ({
  text,
  paragraph: 0,
  start: 0,
  end: 1,
  speaker,
  speakerKey: speaker,
  kind,
  role: null,
  mention: null,
});

test('precision, recall and speaker accuracy, with every error listed', () => {
  const gold: GoldQuote[] = [
    {
      story: 0,
      quote: 'الأولى هنا تماما',
      statement: true,
      speaker: 'خالد العمري',
      kind: 'person',
      tags: ['verb-first'],
    },
    {
      story: 0,
      quote: 'الثانية هنا تماما',
      statement: true,
      speaker: null,
      kind: 'anonymous',
      tags: ['anonymous'],
    },
    {
      story: 0,
      quote: 'الثالثة هنا تماما',
      statement: true,
      speaker: 'ليلى حسن',
      kind: 'person',
      tags: ['surname'],
    },
    { story: 0, quote: 'عنوان رواية طويل', statement: false, tags: ['title-work'] },
  ];
  const evaluation = newEvaluation();
  evaluateDocument(
    'x.txt',
    gold,
    [
      [
        predicted('الأولى هنا تماما', 'خالد العمرى', 'person'), // ى and ي fold together
        predicted('الثانية هنا تماما', null, 'anonymous'),
        predicted('عنوان رواية طويل', 'أحد', 'person'),
      ],
    ],
    evaluation,
  );
  const scores = scoresOf(evaluation.overall);
  expect(scores.recall).toBeCloseTo(2 / 3);
  expect(scores.precision).toBeCloseTo(2 / 3);
  expect(scores.speakerAccuracy).toBeCloseTo(2 / 3);
  expect(evaluation.errors.map((error) => error.problem).sort()).toEqual([
    'missed',
    'not a statement',
  ]);
  expect(scoresOf(evaluation.byTag.get('surname')!).recall).toBe(0);
});
