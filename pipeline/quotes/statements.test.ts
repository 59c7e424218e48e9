import { expect, test } from 'vitest';
import { wordsOf } from '../text/words';
import { findQuoteSpans } from './spans';
import { isStatement } from './statements';

function judge(text: string): boolean {
  const [span] = findQuoteSpans(text);
  const before = wordsOf(text).filter((word) => word.end <= span.start);
  return isStatement(span, text, before);
}

test.each([
  ['قال: "سنواصل العمل حتى النهاية"', true],
  ['وأكد أن المشروع "أُنجز بكوادر وطنية تتجاوز نسبتها أربعين في المئة من إجمالي العاملين"', true],
  ['وجاء في البيان: "الوضع تحت السيطرة تماماً"', true],
  ['ووصف الهجوم بأنه "إرهابي"', false],
  ['ما وصفه بـ"الانتصار الكبير"', false],
  ['رواية "ظلال على جدار الذاكرة"', false],
  ['روايتها "ظلال على جدار الذاكرة"', false],
  ['حملة وطنية "معاً من أجل مياه نظيفة"', false],
  ['تحت شعار "لا للغلاء لا للفساد"', false],
  ['لصحيفة "الشرق الأوسط اللندنية اليوم"', false],
  ['بعنوان "الطريق إلى البحر الأحمر"', false],
  ['مشروع "حماية السواحل من الصيد غير المشروع"', false],
  ['ونقلت عن موقع "window.alert(1) and more" شيئا', false],
])('%s → statement: %s', (text, expected) => {
  expect(judge(text)).toBe(expected);
});
