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

/** `7 November 2024` / `7 نوفمبر 2024`, Western digits in both. */
export function formatGregorian(isoDate: string, language: Language): string {
  return formatter(intlLocale(language)).format(middayUtc(isoDate));
}

/** The Hijri (Umm al-Qura) date of a Gregorian day: `5 جمادى الأولى 1446 هـ`. */
export function formatHijri(isoDate: string, language: Language): string {
  return formatter(intlLocale(language, 'islamic-umalqura')).format(middayUtc(isoDate));
}
