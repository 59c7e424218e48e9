import { expect, test } from 'vitest';
import type { Quote } from '../../../pipeline/schema';
import { segmentParagraph } from './segments';

const quote = (id: string, start: number, end: number): Quote => ({
  id,
  text: '',
  speaker: null,
  speakerId: null,
  kind: 'unknown',
  role: null,
  mention: null,
  paragraph: 0,
  start,
  end,
});

test('cuts a paragraph around its quotes', () => {
  const text = 'قال: «نعم» ثم «لا».';
  const segments = segmentParagraph(text, [quote('q2', 14, 18), quote('q1', 5, 10)]);
  expect(segments.map((s) => [s.kind, s.text, s.kind === 'quote' ? s.punctuation : null])).toEqual([
    ['text', 'قال: ', null],
    ['quote', '«نعم»', ''],
    ['text', ' ثم ', null],
    ['quote', '«لا»', '.'],
  ]);
});

test('punctuation after a quote goes with it, so the speaker label follows the sentence', () => {
  const text = 'قال: «نعم»، ثم «لا»...';
  const segments = segmentParagraph(text, [quote('q1', 5, 10), quote('q2', 15, 19)]);
  expect(segments.map((s) => (s.kind === 'quote' ? s.punctuation : s.text))).toEqual([
    'قال: ',
    '،',
    ' ثم ',
    '...',
  ]);
  expect(segments.map((s) => s.text + (s.kind === 'quote' ? s.punctuation : '')).join('')).toBe(
    text,
  );
});

test('ignores overlapping and out-of-range offsets', () => {
  const segments = segmentParagraph('نص قصير', [
    quote('q1', 0, 3),
    quote('q2', 2, 5),
    quote('q3', 5, 99),
  ]);
  expect(segments.map((s) => s.kind)).toEqual(['quote', 'text']);
  expect(segments.map((s) => s.text).join('')).toBe('نص قصير');
});
