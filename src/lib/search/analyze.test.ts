import { describe, expect, test } from 'vitest';
import { normalizeArabic } from '../arabic/normalize';
import {
  analyzeQuery,
  foldedWords,
  joinCompounds,
  keysOfWord,
  matchesWord,
  storyKeys,
} from './analyze';

const stems = (query: string) => analyzeQuery(query).map((word) => word.keys[0].key);
const keys = (word: string) => keysOfWord(normalizeArabic(word)).map((key) => key.key);

describe('every spelling a reader types reaches the same stem', () => {
  test.each([
    ['hamza on alef', 'أزمة', 'ازمة'],
    ['hamza below', 'إنشاء', 'انشاء'],
    ['madda', 'آفاق', 'افاق'],
    ['taa marbuta as haa', 'الحكومة', 'الحكومه'],
    ['alef maqsura as yaa', 'مستشفى', 'مستشفي'],
    ['hamza on waw', 'مسؤول', 'مسوول'],
    ['hamza on yaa', 'رئيس', 'رييس'],
    ['diacritics', 'الحُكومةُ', 'الحكومة'],
    ['tatweel', 'الحكـــومة', 'الحكومة'],
    ['Persian yeh', 'مستشفی', 'مستشفى'],
    ['Persian keheh', 'کرة', 'كرة'],
    ['veh in a foreign name', 'ڤلاديمير', 'فلاديمير'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ['Persian digits', '۲۰۲۴', '2024'],
    ['Latin case', 'OpenAI', 'openai'],
    ['the article', 'الاقتصاد', 'اقتصاد'],
    ['و and the article', 'والاقتصاد', 'اقتصاد'],
    ['ب and the article', 'بالمستشفى', 'مستشفى'],
    ['ل and the article (لل)', 'للحكومة', 'حكومة'],
    ['ك and the article', 'كالعادة', 'العادة'],
    ['ف and the article', 'فالوزارة', 'وزارة'],
    ['a feminine plural', 'الانتخابات', 'انتخاب'],
    ['a masculine plural', 'المهندسين', 'مهندس'],
  ])('%s: «%s» and «%s»', (_case, typed, written) => {
    expect(stems(typed)).toEqual(stems(written));
  });
});

describe('a one-letter proclitic is read both ways', () => {
  test.each([
    ['لروسيا', 'روسيا'],
    ['بغزة', 'غزه'],
    ['كمصر', 'مصر'],
    ['فبيروت', 'بيروت'],
    ['ووزارة', 'وزارة'],
    ['وسيعلن', 'سيعلن'],
  ])('«%s» is also found as «%s»', (withClitic, bare) => {
    expect(keys(withClitic)).toContain(keys(bare)[0]);
  });

  test('a word of three letters or fewer keeps its first letter', () => {
    expect(keys('بلد')).toEqual(['بلد']);
    expect(keys('كتب')).toEqual(['كتب']);
  });

  test('the reading with the letter kept weighs more than the one without', () => {
    const [kept, ...others] = keysOfWord('لروسيا');
    expect(kept.weight).toBeGreaterThan(others.find((key) => key.key === 'روسيا')!.weight);
  });
});

test('the exact spelling is a key of its own when the stem differs', () => {
  expect(keys('الحكومه')).toContain('=الحكومه');
  expect(keys('حكم').filter((key) => key.startsWith('='))).toEqual([]);
});

test('stop words and lone letters have no keys; a query of them finds nothing', () => {
  expect(keysOfWord('في')).toEqual([]);
  expect(keysOfWord('و')).toEqual([]);
  expect(analyzeQuery('في من على')).toEqual([]);
  expect(analyzeQuery('   ')).toEqual([]);
});

test('عبد joins the name after it, however it was typed', () => {
  expect(stems('عبد الله')).toEqual(stems('عبدالله'));
  expect(stems('عبد الرحمن بن')).toEqual(stems('عبدالرحمن بن'));
  expect(joinCompounds([{ folded: 'عبد' }, { folded: 'العزيز' }])).toEqual([
    { folded: 'عبدالعزيز' },
  ]);
  // عبد before a word without the article is a word of its own (عبد كريم stays two).
  expect(stems('عبد كريم')).toHaveLength(2);
});

test('a query keeps its words in order, markup and punctuation as separators', () => {
  expect(analyzeQuery('<b>لافروف</b>: "موسكو"').map((word) => word.folded)).toEqual([
    'لافروف',
    'موسكو',
  ]);
});

test('a text word matches a query word on any shared reading, never on spelling alone', () => {
  const [query] = analyzeQuery('روسيا');
  expect(matchesWord('لروسيا', query)).toBe(true);
  expect(matchesWord('روسيا', query)).toBe(true);
  expect(matchesWord('موسكو', query)).toBe(false);
});

test('story keys: the headline weighs most, quotes more than the body, first positions kept', () => {
  const title = foldedWords('الوزير يزور غزة');
  const lead = foldedWords('زار الوزير غزة أمس.');
  const body = 'وقال: "غزة تستحق الكثير" ثم غادر غزة.';
  const paragraphs = [lead, foldedWords(body)];
  const quoteStart = body.indexOf('غزة');
  const { keys: stats, length } = storyKeys({
    title,
    paragraphs,
    quotes: [{ paragraph: 1, start: quoteStart, end: body.indexOf('"', quoteStart) }],
  });
  const gaza = stats.get(keysOfWord('غزه')[0].key)!;
  // headline 3 + lead 1.5 + quote 1.5 + body 1
  expect(gaza.tf).toBe(7);
  expect(gaza.first).toBe(2);
  expect(length).toBe(title.length + lead.length + paragraphs[1].length);
});
