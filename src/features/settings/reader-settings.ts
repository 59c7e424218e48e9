/**
 * Reader settings: what each one can be, how they are stored, and what they set on <html>.
 * Pure; the script that applies them before the first paint is built from the same values
 * (boot-scripts.ts), and the React side reads them back from <html> (settings-context.tsx).
 */

export const SETTINGS_KEY = 'qiraa.settings';

/** Each setting's values, the default first. */
export const SETTING_VALUES = {
  theme: ['system', 'light', 'sepia', 'dark'],
  size: ['3', '1', '2', '4', '5'],
  leading: ['normal', 'compact', 'loose'],
  width: ['medium', 'narrow', 'wide'],
  harakat: ['shown', 'hidden'],
  digits: ['latn', 'arab'],
} as const;

export type SettingName = keyof typeof SETTING_VALUES;
export type ReaderSettings = { [name in SettingName]: (typeof SETTING_VALUES)[name][number] };

export const SETTING_NAMES = Object.keys(SETTING_VALUES) as SettingName[];

export const DEFAULT_SETTINGS = Object.fromEntries(
  SETTING_NAMES.map((name) => [name, SETTING_VALUES[name][0]]),
) as ReaderSettings;

/** The text sizes, smallest first: what `[` and `]` step through. */
export const SIZES = ['1', '2', '3', '4', '5'] as const;

function valid<N extends SettingName>(name: N, value: unknown): value is ReaderSettings[N] {
  return (SETTING_VALUES[name] as readonly unknown[]).includes(value);
}

/** Settings from stored JSON: unknown names and values are dropped, missing ones default. */
export function parseSettings(stored: string | null): ReaderSettings {
  let raw: unknown = null;
  try {
    raw = stored === null ? null : JSON.parse(stored);
  } catch {
    raw = null;
  }
  const settings = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const name of SETTING_NAMES) {
      const value = (raw as Record<string, unknown>)[name];
      if (valid(name, value)) (settings as Record<SettingName, string>)[name] = value;
    }
  }
  return settings;
}

/** What is stored: only the settings that differ from the default. */
export function serializeSettings(settings: ReaderSettings): string {
  return JSON.stringify(
    Object.fromEntries(
      SETTING_NAMES.filter((name) => settings[name] !== DEFAULT_SETTINGS[name]).map((name) => [
        name,
        settings[name],
      ]),
    ),
  );
}

/** The `data-*` attributes of <html> for the settings: none for a default. */
export function htmlAttributes(settings: ReaderSettings): Partial<Record<SettingName, string>> {
  return Object.fromEntries(
    SETTING_NAMES.filter((name) => settings[name] !== DEFAULT_SETTINGS[name]).map((name) => [
      name,
      settings[name],
    ]),
  );
}

/** Settings back from <html>'s `data-*` attributes (what the script before paint set). */
export function settingsFromDataset(dataset: Record<string, string | undefined>): ReaderSettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const name of SETTING_NAMES) {
    const value = dataset[name];
    if (valid(name, value)) (settings as Record<SettingName, string>)[name] = value;
  }
  return settings;
}

/** One step of text size up or down, staying within the sizes. */
export function stepSize(size: ReaderSettings['size'], direction: 1 | -1): ReaderSettings['size'] {
  const index = SIZES.indexOf(size) + direction;
  return SIZES[Math.max(0, Math.min(SIZES.length - 1, index))];
}

/** The marks hidden with harakat off: vowels, tanwin, shadda, sukun, dagger alef, Quranic marks. */
export const HARAKAT =
  '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED]';
const HARAKAT_PATTERN = new RegExp(HARAKAT, 'g');

/** Document text without its harakat, for display only (search and quotes keep the text). */
export function withoutHarakat(text: string): string {
  return text.replace(HARAKAT_PATTERN, '');
}

/** Western digits as Arabic-Indic ones (٠١٢٣٤٥٦٧٨٩). */
export function toArabicIndic(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
}
