import { expect, test } from 'vitest';
import { findSimilar, TermDictionary } from './similar';
import { indexTerms } from './terms';

const dictionary = new TermDictionary();
const doc = (id: string, text: string) => dictionary.document(id, indexTerms(text));

const corpus = [
  doc('a', 'روسيا مستعدة للحوار مع الولايات المتحدة حول الأمن الأوروبي'),
  doc('b', 'الكرملين: بوتين منفتح على الحوار مع الولايات المتحدة'),
  doc('c', 'المنتخب الوطني يفوز بكأس البطولة بعد مباراة مثيرة'),
  doc('d', 'مدرب المنتخب يعلن تشكيلة المباراة النهائية للبطولة'),
  doc('e', 'ارتفاع أسعار النفط في الأسواق العالمية'),
];

test('index terms fold, drop stop words and stem', () => {
  expect(indexTerms('والمنتخبات في الأسواقِ')).toEqual(['منتخب', 'اسواق']);
});

test('articles on the same subject are most similar', () => {
  const similar = findSimilar(corpus, { k: 2 });
  expect(similar[0][0].id).toBe('b');
  expect(similar[2][0].id).toBe('d');
  expect(similar[3][0].id).toBe('c');
});

test('never returns the document itself, nor zero scores', () => {
  const similar = findSimilar(corpus);
  similar.forEach((matches, index) => {
    expect(matches.map((m) => m.id)).not.toContain(corpus[index].id);
    for (const match of matches) expect(match.score).toBeGreaterThan(0);
  });
});

test('ties go to the smaller id, whatever the input order', () => {
  const twins = [
    doc('z', 'نص مختلف تماما عن البقية'),
    doc('y', 'قطار سريع'),
    doc('x', 'قطار سريع'),
    doc('w', 'قطار سريع'),
  ];
  const forward = findSimilar(twins, { k: 2 });
  const backward = findSimilar([...twins].reverse(), { k: 2 });
  expect(forward[1].map((m) => m.id)).toEqual(['w', 'x']);
  expect(backward[2].map((m) => m.id)).toEqual(['w', 'x']);
});

test('k caps the matches', () => {
  expect(findSimilar(corpus, { k: 1 }).every((matches) => matches.length <= 1)).toBe(true);
});
