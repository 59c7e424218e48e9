import { intlLocale, type Language } from '../i18n/languages';

const DAY_MONTH_YEAR = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
} as const satisfies Intl.DateTimeFormatOptions;

function middayUtc(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

// A formatter is costly to make and cheap to use: one per locale, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string): Intl.DateTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, DAY_MONTH_YEAR);
    formatters.set(locale, format);
  }
  return format;
}

/**
 * Every date written so far, by kind, language and day. The first `Intl.DateTimeFormat` a
 * browser makes costs 40–70 ms of the main thread (its calendar and pattern data), a long
 * task in the middle of hydration; a prerendered page therefore carries the dates it wrote
 * (`recordFormattedDates`), and the browser takes them (`seedFormattedDates`) before it
 * hydrates, so the page's own dates are never formatted again there.
 */
const written = new Map<string, string>();
let recording: Record<string, string> | null = null;

function writeDate(kind: 'g' | 'h', isoDate: string, language: Language, make: () => string) {
  const id = `${kind}:${language}:${isoDate}`;
  let text = written.get(id);
  if (text === undefined) {
    text = make();
    written.set(id, text);
  }
  if (recording) recording[id] = text;
  return text;
}

/** `7 November 2024` / `7 نوفمبر 2024`, Western digits in both. */
export function formatGregorian(isoDate: string, language: Language): string {
  return writeDate('g', isoDate, language, () =>
    formatter(intlLocale(language)).format(middayUtc(isoDate)),
  );
}

/** The Hijri (Umm al-Qura) date of a Gregorian day: `5 جمادى الأولى 1446 هـ`. */
export function formatHijri(isoDate: string, language: Language): string {
  return writeDate('h', isoDate, language, () =>
    formatter(intlLocale(language, 'islamic-umalqura')).format(middayUtc(isoDate)),
  );
}

/** Runs `render` and returns, with its result, every date it wrote (for the page's payload). */
export function recordFormattedDates<T>(render: () => T): [T, Record<string, string>] {
  const outer = recording;
  const dates: Record<string, string> = {};
  recording = dates;
  try {
    return [render(), dates];
  } finally {
    recording = outer;
  }
}

const DATE_ID = /^[gh]:[a-z]{2}:\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/;

/** The dates a prerendered page wrote, taken as written; anything else in them is ignored. */
export function seedFormattedDates(dates: unknown): void {
  if (!dates || typeof dates !== 'object') return;
  for (const [id, text] of Object.entries(dates)) {
    if (DATE_ID.test(id) && typeof text === 'string') written.set(id, text);
  }
}
