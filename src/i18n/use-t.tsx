import type { i18n as I18n, TFunction } from 'i18next';
import { memoizedT } from './memo-t';
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

/**
 * The translation function for the current language, shared by every component through
 * one context value. react-i18next's useTranslation copies the i18n instance for every
 * component it renders on the server, which was a fifth of a prerendered page's cost.
 */
export function TranslationProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const current = useCallback(() => i18n.language, [i18n]);
  const language = useSyncExternalStore(subscribe, current, current);
  const value = useMemo(() => ({ t: memoizedT(i18n, language), i18n }), [i18n, language]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

export function useT(): Translation {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('useT outside a TranslationProvider');
  return value;
}
