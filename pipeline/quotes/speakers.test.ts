import { expect, test } from 'vitest';
import { normalizeArabic } from '../../src/lib/arabic/normalize';
import { parseMention, PeopleRegistry } from './speakers';

const words = (text: string) =>
  text.split(' ').map((raw) => ({ raw, folded: normalizeArabic(raw) }));

test.each([
  ['لافروف', 'لافروف', null, 1],
  ['وزير الخارجية الروسي سيرغي لافروف', 'سيرغي لافروف', 'وزير الخارجية الروسي', 5],
  ['رئيس الوزراء عمر الخطيب', 'عمر الخطيب', 'رئيس الوزراء', 4],
  ['عبد الله الأحمد', 'عبد الله الأحمد', null, 3],
  ['المتحدث باسم الكرملين دميتري بيسكوف', 'دميتري بيسكوف', 'المتحدث باسم الكرملين', 5],
  ['الباحثة في علم الأوبئة هيلغا برانت', 'هيلغا برانت', 'الباحثة في علم الأوبئة', 6],
  ['لافروف في مؤتمر صحفي', 'لافروف', null, 1],
  ['الخطيب', 'الخطيب', null, 1],
  ['الحكومة ضرورة الحل السياسي', 'الحكومة', null, 1],
  ['المتحدث باسم الجيش', null, 'المتحدث باسم الجيش', 3],
  ['في العاصمة', null, null, 0],
])('parseMention(%s)', (text, name, role, length) => {
  expect(parseMention(words(text))).toEqual({ name, role, length });
});

test('a surname met first becomes the full name given later', () => {
  const people = new PeopleRegistry();
  const short = people.resolve({ name: 'لافروف', role: null });
  const full = people.resolve({ name: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' });
  expect(full).toBe(short);
  expect(full).toMatchObject({ name: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' });
  expect(people.resolve({ name: 'لافروف', role: null })).toBe(full);
});
