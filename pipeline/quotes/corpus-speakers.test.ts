import { expect, test } from 'vitest';
import { groupSpeakers, type AttributedQuote } from './corpus-speakers';

const quote = (
  speaker: string | null,
  kind: AttributedQuote['kind'],
  role: string | null = null,
): AttributedQuote => ({ speaker, speakerKey: speaker, kind, role });

test('a surname joins the one full name that ends with it, and takes its name in the article', () => {
  const a = [quote('سيرغي لافروف', 'person', 'وزير الخارجية الروسي')];
  const b = [quote('لافروف', 'person')];
  const speakers = groupSpeakers(
    new Map([
      ['a', a],
      ['b', b],
    ]),
  );
  expect([...speakers.keys()]).toEqual(['سيرغي لافروف']);
  expect(speakers.get('سيرغي لافروف')!.quotes).toHaveLength(2);
  expect(b[0].speaker).toBe('سيرغي لافروف');
});

test('a surname two full names end with stays apart (null beats a wrong name)', () => {
  const speakers = groupSpeakers(
    new Map([
      ['a', [quote('خالد العمري', 'person'), quote('سامر العمري', 'person')]],
      ['b', [quote('العمري', 'person')]],
    ]),
  );
  expect([...speakers.keys()].sort()).toEqual(['العمري', 'خالد العمري', 'سامر العمري']);
});

test('every role a speaker was introduced with is kept, once each, in the order met', () => {
  const speakers = groupSpeakers(
    new Map([
      ['a', [quote('سناء الخطيب', 'person', 'مديرة البرنامج')]],
      [
        'b',
        [
          quote('سناء الخطيب', 'person', 'الناطقة باسم الحملة'),
          quote('سناء الخطيب', 'person', 'مديرة البرنامج'),
        ],
      ],
    ]),
  );
  expect(speakers.get('سناء الخطيب')!.roles).toEqual(['مديرة البرنامج', 'الناطقة باسم الحملة']);
});

test('anonymous and unknown sources are no speakers', () => {
  const speakers = groupSpeakers(
    new Map([
      [
        'a',
        [
          quote(null, 'anonymous', 'مصدر طبي'),
          quote(null, 'unknown'),
          quote('وزارة الصحة', 'body'),
        ],
      ],
    ]),
  );
  expect([...speakers.values()].map((speaker) => [speaker.name, speaker.kind])).toEqual([
    ['وزارة الصحة', 'body'],
  ]);
});
