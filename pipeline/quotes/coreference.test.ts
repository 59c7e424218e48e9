import { expect, test } from 'vitest';
import { StoryEntities } from './coreference';

test('a surname, a feminine surname and a two-word surname resolve to the full name', () => {
  const story = new StoryEntities();
  const omari = story.person('سامر العمري', 'الخبير الاقتصادي', 'خبير', 'm');
  const husseini = story.person('ريم الحسيني', 'الباحثة', 'باحث', 'f');
  const abulela = story.person('عبد الرحمن أبو العلا', null, null, 'm');
  expect(story.findSurname('العمري', 'm')).toBe(omari);
  expect(story.findSurname('الحسيني', 'f')).toBe(husseini);
  expect(story.person('أبو العلا', null, null, 'm')).toBe(abulela);
  // A surname of the wrong gender is no match.
  expect(story.findSurname('الحسيني', 'm')).toBeNull();
});

test('a later mention may drop or add the article of a surname', () => {
  const story = new StoryEntities();
  const dabbagh = story.person('نزار الدباغ', 'وزير الخارجية', 'وزير', 'm');
  const saadi = story.person('رعد ساعدي', null, null, 'm');
  expect(story.findSurname('دباغ', 'm')).toBe(dabbagh);
  expect(story.findSurname('الساعدي', 'm')).toBe(saadi);
  expect(story.findSurname('العمري', 'm')).toBeNull();
});

test('a surname met first becomes the full name given later', () => {
  const story = new StoryEntities();
  const short = story.person('لافروف', null, null, 'm');
  const full = story.person('سيرغي لافروف', 'وزير الخارجية الروسي', 'وزير', 'm');
  expect(full).toBe(short);
  expect(full).toMatchObject({ name: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' });
});

test.each([
  ['الوزير', 'وزير', 'm', 'سمير الدباغ'],
  ['وزير المالية', 'وزير', 'm', 'خالد يوسف'],
  ['الوزيرة', 'وزير', 'f', 'هالة يوسف'],
  ['المتحدث', 'متحدث', 'm', 'دميتري بيسكوف'],
  ['المسؤولة الأممية', 'مسؤول', 'f', 'هالة يوسف'],
])('a role alone (%s) resolves to the person met with it', (role, head, gender, name) => {
  const story = new StoryEntities();
  story.person('سمير الدباغ', 'وزير الزراعة', 'وزير', 'm');
  story.person('خالد يوسف', 'وزير المالية', 'وزير', 'm');
  story.person('سمير الدباغ', null, null, 'm');
  story.person('دميتري بيسكوف', 'المتحدث باسم الكرملين', 'متحدث', 'm');
  story.person('هالة يوسف', 'وزيرة التربية', 'وزير', 'f');
  expect(story.findRole(head, role, gender as 'm' | 'f')?.name).toBe(name);
});

test('a role no one was introduced with resolves to no one', () => {
  const story = new StoryEntities();
  story.person('سمير الدباغ', 'وزير الزراعة', 'وزير', 'm');
  expect(story.findRole('سفير', 'السفير', 'm')).toBeNull();
});

test('a body is found again by its head noun, the last one met first', () => {
  const story = new StoryEntities();
  const ministry = story.body('وزارة الزراعة والري', 'وزاره', 'f', false);
  story.body('منظمة الصحة العالمية', 'منظمه', 'f', false);
  expect(story.body('الوزارة', 'الوزاره', 'f', true)).toBe(ministry);
});

test('a verb without a subject takes the last speaker of its gender', () => {
  const story = new StoryEntities();
  const minister = story.person('هالة يوسف', 'الوزيرة', 'وزير', 'f');
  story.spoke(minister, 'f');
  const deputy = story.person('عادل مراد', 'النائب', 'نائب', 'm');
  story.spoke(deputy, 'm');
  expect(story.carry('m')).toBe(deputy);
  expect(story.carry('f')).toBe(minister);
  expect(story.carry(null)).toBe(deputy);
});

test('an anonymous source is kept by its description, without a name', () => {
  const story = new StoryEntities();
  const source = story.anonymous('مصدر طبي', 'm');
  expect(source).toMatchObject({ kind: 'anonymous', name: null, role: 'مصدر طبي' });
  expect(story.anonymous('مصدر طبي', 'm')).toBe(source);
});

test('a family name of two words is the one person met with it, none where two of a family were', () => {
  const story = new StoryEntities();
  const muhsin = story.person('محسن عبد الزهرة آل غانم', 'شيخ عشيرة آل غانم', 'شيخ', 'm');
  expect(story.findSoleFamily(['ال', 'غانم'], 'm')).toBe(muhsin);
  story.person('كريم جاسم آل غانم', null, null, 'm');
  expect(story.findSoleFamily(['ال', 'غانم'], 'm')).toBeNull();
});

test('a body’s head and the kind of body it runs is the one body named with that head', () => {
  const story = new StoryEntities();
  const festival = story.body('إدارة أيام قرطاج السينمائية', 'اداره', 'f', false);
  expect(story.body('إدارة المهرجان', 'اداره', 'f', false)).toBe(festival);
  // (Not a body whose genitive is a noun of its own: إدارة الجمارك is another.)
  const other = new StoryEntities();
  const customs = other.body('إدارة الجمارك', 'اداره', 'f', false);
  expect(other.body('إدارة النادي', 'اداره', 'f', false)).not.toBe(customs);
  // (Nor an adjective of a nisba's shape: الحكومة الفيدرالية after حكومة ولاية جوبالاند.)
  const states = new StoryEntities();
  const state = states.body('حكومة ولاية جوبالاند', 'حكومه', 'f', false);
  expect(states.body('الحكومة الفيدرالية', 'حكومه', 'f', false)).not.toBe(state);
});
