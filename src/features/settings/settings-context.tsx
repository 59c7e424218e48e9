import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { SHORTCUTS_KEY, shortcutsEnabled } from '../keyboard/shortcuts';
import {
  DEFAULT_SETTINGS,
  htmlAttributes,
  SETTING_NAMES,
  SETTINGS_KEY,
  serializeSettings,
  settingsFromDataset,
  toArabicIndic,
  withoutHarakat,
  type ReaderSettings,
} from './reader-settings';

interface SettingsValue {
  settings: ReaderSettings;
  update: (change: Partial<ReaderSettings>) => void;
  /** Keyboard shortcuts on or off (WCAG 2.1.4), stored on their own. */
  shortcuts: boolean;
  setShortcuts: (on: boolean) => void;
}

const SettingsContext = createContext<SettingsValue>({
  settings: DEFAULT_SETTINGS,
  update: () => undefined,
  shortcuts: true,
  setShortcuts: () => undefined,
});

function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // storage can be disabled; the choice then lasts the visit
  }
}

function readShortcuts(): boolean {
  try {
    return shortcutsEnabled(window.localStorage.getItem(SHORTCUTS_KEY));
  } catch {
    return true;
  }
}

/**
 * The reader's settings for every component. The server renders the defaults; in the browser
 * the first render takes what the script before paint set on <html>, so that hydration sees
 * the page as that script left it.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const browser = typeof document !== 'undefined';
  const [settings, setSettings] = useState<ReaderSettings>(() =>
    browser ? settingsFromDataset(document.documentElement.dataset) : DEFAULT_SETTINGS,
  );
  const [shortcuts, setShortcutsState] = useState(() => !browser || readShortcuts());
  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      const root = document.documentElement;
      for (const name of SETTING_NAMES) root.removeAttribute(`data-${name}`);
      for (const [name, value] of Object.entries(htmlAttributes(next)))
        root.setAttribute(`data-${name}`, value);
      store(SETTINGS_KEY, serializeSettings(next));
      return next;
    });
  }, []);
  const setShortcuts = useCallback((on: boolean) => {
    setShortcutsState(on);
    store(SHORTCUTS_KEY, on ? 'on' : 'off');
  }, []);
  const value = useMemo(
    () => ({ settings, update, shortcuts, setShortcuts }),
    [settings, update, shortcuts, setShortcuts],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useReaderSettings(): SettingsValue {
  return useContext(SettingsContext);
}

const same = (text: string) => text;

/** Document text as the reader asked to see it: without harakat when they are hidden. */
export function useDocText(): (text: string) => string {
  return useContext(SettingsContext).settings.harakat === 'hidden' ? withoutHarakat : same;
}

/**
 * The interface's numbers (dates, counts, reading time) in the reader's digits: Arabic-Indic
 * when chosen in the Arabic interface. Elements showing them carry `data-num`.
 */
export function useNumbers(): (text: string) => string {
  const { i18n } = useT();
  const { digits } = useContext(SettingsContext).settings;
  return digits === 'arab' && i18n.language === 'ar' ? toArabicIndic : same;
}
