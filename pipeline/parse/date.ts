import { normalizeArabic } from '../../src/lib/arabic/normalize';

export type DateResult =
  { kind: 'date'; date: string } | { kind: 'invalid'; reason: string } | { kind: 'none' };

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Egyptian/Gulf and Levantine month names, folded as normalizeArabic folds them.
const ARABIC_MONTHS: ReadonlyArray<readonly string[]> = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'اذار'],
  ['ابريل', 'نيسان'],
  ['مايو', 'ايار'],
  ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'],
  ['اغسطس', 'اب'],
  ['سبتمبر', 'ايلول'],
  ['اكتوبر', 'تشرين الاول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الاول'],
].map((names) => names.map(normalizeArabic));

const MAX_DATE_LINE = 100;
const DATE_LABEL = /^(تاريخ النشر|نشر في|تاريخ|نشر بتاريخ)\s*:?\s*/;

function isoDate(year: number, month: number, day: number): DateResult {
  const candidate = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1900 &&
    year <= 2100 &&
    candidate.getUTCFullYear() === year &&
    candidate.getUTCMonth() === month - 1 &&
    candidate.getUTCDate() === day;
  if (!valid) {
    return { kind: 'invalid', reason: `impossible date: day ${day}, month ${month}, year ${year}` };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { kind: 'date', date: `${year}-${pad(month)}-${pad(day)}` };
}

function ordinalSuffixFits(day: number, suffix: string): boolean {
  const expected =
    day % 100 >= 11 && day % 100 <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th');
  return suffix === expected;
}

function englishMonth(name: string): number {
  const index = ENGLISH_MONTHS.findIndex((month) => month === name || month.slice(0, 3) === name);
  return index + 1;
}

function arabicMonth(name: string): number {
  return ARABIC_MONTHS.findIndex((names) => names.includes(name)) + 1;
}

/**
 * Reads a publication-date line: `تاريخ النشر: 7th, November 2024 GMT`, `15 يناير 2025`,
 * `٣ كانون الثاني ٢٠٢٥`, `2025-01-15`. A line that is not a date gives `none`; a date
 * that cannot exist gives `invalid`, never a guess.
 */
export function parseDateLine(line: string): DateResult {
  // A date line is short; a paragraph in its place need not be folded to know it is not one.
  if (line.length > MAX_DATE_LINE) return { kind: 'none' };
  const folded = normalizeArabic(line);
  const labelled = DATE_LABEL.test(folded);
  const rest = folded
    .replace(DATE_LABEL, '')
    .replace(/\b(gmt|utc)\b/g, '')
    .trim();
  if (rest.length > 60) return { kind: 'none' };

  const english = /^(\d{1,2})(st|nd|rd|th)?,?\s+([a-z]+),?\s+(\d{4})\b/.exec(rest);
  if (english) {
    const [, dayText, suffix, monthName, yearText] = english;
    const month = englishMonth(monthName);
    const day = Number(dayText);
    if (month === 0) return { kind: 'invalid', reason: `unknown month "${monthName}"` };
    if (suffix && !ordinalSuffixFits(day, suffix)) {
      return { kind: 'invalid', reason: `"${dayText}${suffix}" is not an ordinal` };
    }
    return isoDate(Number(yearText), month, day);
  }

  const englishMonthFirst = /^([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(rest);
  if (englishMonthFirst && englishMonth(englishMonthFirst[1]) > 0) {
    const [, monthName, dayText, yearText] = englishMonthFirst;
    return isoDate(Number(yearText), englishMonth(monthName), Number(dayText));
  }

  const arabic =
    /^(\d{1,2})\s+(?:من\s+)?([\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?)\s+(\d{4})\b/.exec(rest);
  if (arabic) {
    const [, dayText, monthName, yearText] = arabic;
    const month = arabicMonth(monthName);
    if (month > 0) return isoDate(Number(yearText), month, Number(dayText));
    if (labelled) return { kind: 'invalid', reason: `unknown month "${monthName}"` };
    return { kind: 'none' };
  }

  const numeric = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(rest);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(rest);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));

  if (labelled) return { kind: 'invalid', reason: `unreadable date "${line.trim()}"` };
  return { kind: 'none' };
}
