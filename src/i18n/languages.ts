export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ar';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Locale for Intl: Western digits in both interfaces, as the article text uses them;
 * optionally another calendar (Unicode extension keys are kept in alphabetical order).
 */
export function intlLocale(language: Language, calendar?: 'islamic-umalqura'): string {
  const ca = calendar ? `-ca-${calendar}` : '';
  return language === 'ar' ? `ar-u${ca}-nu-latn` : ca ? `en-GB-u${ca}` : 'en-GB';
}
