import { expect, test } from 'vitest';
import { normalizeArabic, stripMarks, toWesternDigits } from './normalize';
import { tokenize } from './tokenize';
import { lightStem } from './stem';
import { isStopWord } from './stop-words';

test.each([
  ['diacritics', 'أكدَّ', 'اكد'],
  ['tatweel', 'الـــ 270', 'ال 270'],
  ['alef with hamza above', 'أحمد', 'احمد'],
  ['alef with hamza below', 'إسلام', 'اسلام'],
  ['alef madda', 'آفاق', 'افاق'],
  ['alef wasla', 'ٱلله', 'الله'],
  ['alef maqsura', 'إلى', 'الي'],
  ['taa marbuta', 'مدرسة', 'مدرسه'],
  ['hamza on waw', 'مسؤول', 'مسوول'],
  ['hamza on yaa', 'رئيس', 'رييس'],
  ['Arabic-Indic digits', '٢٠٢٤', '2024'],
  ['zero-width and bidi controls', 'لا\u200Fفروف\u200B', 'لافروف'],
  ['byte-order mark', '\uFEFFنص', 'نص'],
  ['presentation forms (NFKC)', '\uFEFB', 'لا'],
  ['runs of white space', ' قال   لافروف\t', 'قال لافروف'],
  ['Latin case', 'Fox News', 'fox news'],
  ['Persian yeh and keheh', 'کیهان', 'كيهان'],
  ['Persian heh goal and heh with yeh', 'ہمۀ', 'همه'],
  ['Persian digits', '۱۴۰۳', '1403'],
  ['Persian yeh at the end', 'علی', 'علي'],
  ['veh for v', 'ڤلاديمير', 'فلاديمير'],
  ['peh and gaf', 'پاکستان گروه', 'باكستان كروه'],
  [
    'Urdu rreh, tteh, ddal, noon ghunna and yeh barree',
    'تارڑ ٹوپی ڈاکٹر میں لاہورے',
    'تارر توبي داكتر مين لاهوري',
  ],
  ['Kurdish ە inside a word, a vowel Arabic does not write', 'مەحمود مەسرور', 'محمود مسرور'],
  ['Kurdish ە at the end of a word', 'کۆیە', 'كويه'],
  ['Kurdish ێ ۆ ڕ ڵ', 'نێچیرڤان ڕووداو کۆڵان', 'نيجيرفان رووداو كولان'],
])('normalizeArabic folds %s', (_case, input, expected) => {
  expect(normalizeArabic(input)).toBe(expected);
});

test('variants of one word fold to the same key', () => {
  const variants = ['إقرأ أيضاً', 'اقرأ أيضا', 'اقرا ايضا', 'اقرأ أيضًا', 'اقـرأ أيضـاً'];
  expect(new Set(variants.map(normalizeArabic))).toEqual(new Set(['اقرا ايضا']));
});

test('stripMarks keeps letters as written', () => {
  expect(stripMarks('أكدَّ الـ')).toBe('أكد ال');
});

test('toWesternDigits converts Persian digits too', () => {
  expect(toWesternDigits('۱۲ و ١٢')).toBe('12 و 12');
});

test('tokenize splits on punctuation and folds', () => {
  expect(tokenize('قال لافروف: “سنرى”، (بعد تنصيب ترامب).')).toEqual([
    'قال',
    'لافروف',
    'سنري',
    'بعد',
    'تنصيب',
    'ترامب',
  ]);
});

test.each([
  ['والكتاب', 'كتاب'],
  ['بالمدرسة', 'مدرس'],
  ['للصحافيين', 'صحاف'],
  ['العلاقات', 'علاق'],
  ['المتحدة', 'متحد'],
  ['وزير', 'زير'],
  ['ود', 'ود'],
  ['روسيا', 'روسيا'],
])('lightStem(%s) = %s', (word, stem) => {
  expect(lightStem(normalizeArabic(word))).toBe(stem);
});

test('stop words are recognised after folding', () => {
  expect(isStopWord(normalizeArabic('إلى'))).toBe(true);
  expect(isStopWord(normalizeArabic('لافروف'))).toBe(false);
});
