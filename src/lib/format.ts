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

/** `7 November 2024` / `7 نوفمبر 2024`, Western digits in both. */
export function formatGregorian(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), DAY_MONTH_YEAR).format(middayUtc(isoDate));
}

/** The Hijri (Umm al-Qura) date of a Gregorian day: `5 جمادى الأولى 1446 هـ`. */
export function formatHijri(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language, 'islamic-umalqura'), DAY_MONTH_YEAR).format(
    middayUtc(isoDate),
  );
}
