import type { i18n as I18n, TFunction } from 'i18next';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

interface Translation {
  t: TFunction;
  i18n: I18n;
}

const TranslationContext = createContext<Translation | null>(null);

const plainFixedT = (i18n: I18n, language: string) => i18n.getFixedT(language);

/**
 * The translation function for the current language, shared by every component through
 * one context value. react-i18next's useTranslation copies the i18n instance for every
 * component it renders on the server, which was a fifth of a prerendered page's cost.
 */
export function TranslationProvider({
  i18n,
  fixedT = plainFixedT,
  children,
}: {
  i18n: I18n;
  /** How the language's t is made: the prerender passes one that remembers its answers. */
  fixedT?: (i18n: I18n, language: string) => TFunction;
  children: ReactNode;
}) {
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const current = useCallback(() => i18n.language, [i18n]);
  const language = useSyncExternalStore(subscribe, current, current);
  const value = useMemo(() => ({ t: fixedT(i18n, language), i18n }), [fixedT, i18n, language]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

export function useT(): Translation {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('useT outside a TranslationProvider');
  return value;
}
