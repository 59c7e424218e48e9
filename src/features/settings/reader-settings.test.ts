import { expect, test } from 'vitest';
import { HEAD_SCRIPT } from './boot-scripts';
import {
  DEFAULT_SETTINGS,
  htmlAttributes,
  parseSettings,
  serializeSettings,
  SETTINGS_KEY,
  settingsFromDataset,
  stepSize,
  toArabicIndic,
  withoutHarakat,
} from './reader-settings';

test('stored settings: unknown names and values are dropped, the rest default', () => {
  expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
  expect(parseSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
  expect(parseSettings('{"theme":"dark","size":"9","evil":"<script>","digits":"arab"}')).toEqual({
    ...DEFAULT_SETTINGS,
    theme: 'dark',
    digits: 'arab',
  });
});

test('only what differs from the default is stored and set on <html>, and it reads back', () => {
  const settings = { ...DEFAULT_SETTINGS, theme: 'sepia', size: '5', harakat: 'hidden' } as const;
  expect(JSON.parse(serializeSettings(settings))).toEqual({
    theme: 'sepia',
    size: '5',
    harakat: 'hidden',
  });
  expect(htmlAttributes(DEFAULT_SETTINGS)).toEqual({});
  expect(settingsFromDataset(htmlAttributes(settings))).toEqual(settings);
  expect(parseSettings(serializeSettings(settings))).toEqual(settings);
});

test('text size steps stay within the five sizes', () => {
  expect(stepSize('3', 1)).toBe('4');
  expect(stepSize('5', 1)).toBe('5');
  expect(stepSize('1', -1)).toBe('1');
  expect(stepSize('2', -1)).toBe('1');
});

test('harakat leave the text for display; letters, hamza and tatweel stay', () => {
  expect(withoutHarakat('قَالَ الوَزِيرُ إِنَّ')).toBe('قال الوزير إن');
  expect(withoutHarakat('مُؤْتَمَرٌ')).toBe('مؤتمر');
  expect(withoutHarakat('هٰذا')).toBe('هذا');
  expect(withoutHarakat('أإآ ـ ة')).toBe('أإآ ـ ة');
});

test('Arabic-Indic digits for the interface', () => {
  expect(toArabicIndic('7 نوفمبر 2024، 11 اقتباسًا')).toBe('٧ نوفمبر ٢٠٢٤، ١١ اقتباسًا');
});

/** Runs the script before paint against a stored value, returning what it set on <html>. */
function runHeadScript(stored: string | null, storageThrows = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('denied');
      return key === SETTINGS_KEY ? stored : null;
    },
  };
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => (attributes[name] = value),
    },
  };
  new Function('localStorage', 'document', HEAD_SCRIPT)(localStorage, document);
  return attributes;
}

test('the script before paint sets what the app reads back, and nothing for bad input', () => {
  const settings = { ...DEFAULT_SETTINGS, theme: 'dark', width: 'wide', digits: 'arab' } as const;
  const set = runHeadScript(serializeSettings(settings));
  expect(set).toEqual({ 'data-theme': 'dark', 'data-width': 'wide', 'data-digits': 'arab' });
  const dataset = Object.fromEntries(
    Object.entries(set).map(([name, value]) => [name.slice('data-'.length), value]),
  );
  expect(settingsFromDataset(dataset)).toEqual(settings);
  expect(runHeadScript('{"theme":"x\\" onload=\\"alert(1)","size":"light"}')).toEqual({});
  expect(runHeadScript('{"theme":"system"}')).toEqual({});
  expect(runHeadScript('{broken')).toEqual({});
  expect(runHeadScript(null, true)).toEqual({});
});
