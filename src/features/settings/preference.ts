import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../i18n/languages';

export const LANGUAGE_KEY = 'qiraa.language';

/** The reader's stored choice, else the browser's first Arabic or English language, else Arabic. */
export function preferredLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // storage can be disabled; the choice then lasts the visit
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // as above
  }
}

export function browserPreferredLanguage(): Language {
  return preferredLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
}
