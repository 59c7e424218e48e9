import i18next, { type i18n as I18n } from 'i18next';
import { formatGregorian, formatHijri } from '../lib/format';
import { DEFAULT_LANGUAGE, LANGUAGES, directionOf, isLanguage, type Language } from './languages';
import ar from './locales/ar.json';

/** The interface's strings in one language. */
export type Strings = Record<string, unknown>;

/**
 * The strings of a language: Arabic, the default, ships with every page; English is a chunk
 * of its own, loaded by the pages that show it (and when the reader switches to it).
 */
export async function loadStrings(language: Language): Promise<Strings> {
  return language === 'en' ? (await import('./locales/en.json')).default : ar;
}

/**
 * The one i18next instance, initialised synchronously so the first render has strings: those
 * of `language` must be given unless it is Arabic (see `loadStrings`).
 */
export function createI18n(
  language: Language = DEFAULT_LANGUAGE,
  strings: Partial<Record<Language, Strings>> = {},
): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    Object.entries({ ...strings, ar }).map(([lang, translation]) => [lang, { translation }]),
  );
  instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.services.formatter?.add('gregorian', (value, lng) =>
    formatGregorian(value, isLanguage(lng) ? lng : DEFAULT_LANGUAGE),
  );
  instance.services.formatter?.add('hijri', (value, lng) =>
    formatHijri(value, isLanguage(lng) ? lng : DEFAULT_LANGUAGE),
  );
  return instance;
}

/** Makes sure `i18n` holds the strings of `language` before it switches to it. */
export async function ensureStrings(i18n: I18n, language: Language): Promise<void> {
  if (i18n.getResource(language, 'translation', 'app.name') !== undefined) return;
  i18n.addResourceBundle(language, 'translation', await loadStrings(language), true, false);
}

/** Sets the document's language and direction: the one place that does. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}
