import i18next, { type i18n as I18n } from 'i18next';
import { formatGregorian, formatHijri } from '../lib/format';
import { DEFAULT_LANGUAGE, LANGUAGES, directionOf, isLanguage, type Language } from './languages';
import ar from './locales/ar.json';
import en from './locales/en.json';

export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

/** The one i18next instance, initialised synchronously so the first render has strings. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
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

/** Sets the document's language and direction: the one place that does. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}
