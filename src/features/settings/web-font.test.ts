import { expect, test } from 'vitest';
import { HEAD_SCRIPT } from './boot-scripts';
import {
  applyRememberedWebFont,
  warmWebFont,
  WEB_FONT_FAMILY,
  WEB_FONT_KEY,
  webFontRemembered,
} from './web-font';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const denied = () => {
  throw new Error('SecurityError: storage is denied');
};

/** A FontFaceSet whose load answers as given, and records what it was asked for. */
function fontsAnswering(answer: () => Promise<unknown[]>) {
  const asked: [string, string | undefined][] = [];
  return {
    asked,
    load: (font: string, text?: string) => {
      asked.push([font, text]);
      return answer() as Promise<FontFace[]>;
    },
  };
}

test('the face is remembered once it has loaded, and asked for with Arabic text', async () => {
  const storage = memoryStorage();
  const fonts = fontsAnswering(async () => [{}]);
  await warmWebFont(fonts, () => storage);
  expect(fonts.asked).toEqual([[`1em "${WEB_FONT_FAMILY}"`, 'ع']]);
  expect(storage.items.get(WEB_FONT_KEY)).toBe('web');
  expect(webFontRemembered(() => storage)).toBe(true);
});

test('a face that did not load is not remembered', async () => {
  for (const answer of [async () => [], () => Promise.reject(new Error('network'))]) {
    const storage = memoryStorage();
    await warmWebFont(fontsAnswering(answer), () => storage);
    expect(storage.items.has(WEB_FONT_KEY)).toBe(false);
  }
});

test('a remembered face is not fetched again', async () => {
  const fonts = fontsAnswering(async () => [{}]);
  await warmWebFont(fonts, () => memoryStorage({ [WEB_FONT_KEY]: 'web' }));
  expect(fonts.asked).toEqual([]);
});

test('with storage denied nothing throws and the system face stays', async () => {
  await expect(
    warmWebFont(
      fontsAnswering(async () => [{}]),
      denied,
    ),
  ).resolves.toBeUndefined();
  expect(webFontRemembered(denied)).toBe(false);
  const root = { dataset: {} as DOMStringMap } as HTMLElement;
  applyRememberedWebFont(root, denied);
  expect(root.dataset.font).toBeUndefined();
});

test('an in-app navigation takes the face up once it is remembered, not before', () => {
  const root = { dataset: {} as DOMStringMap } as HTMLElement;
  const storage = memoryStorage();
  applyRememberedWebFont(root, () => storage);
  expect(root.dataset.font).toBeUndefined();
  storage.setItem(WEB_FONT_KEY, 'web');
  applyRememberedWebFont(root, () => storage);
  expect(root.dataset.font).toBe('web');
});

test('the script before paint puts the face first only for a reader who has it', () => {
  const run = (stored: Record<string, string>) => {
    const attributes: Record<string, string> = {};
    const storage = memoryStorage(stored);
    const document = {
      documentElement: {
        setAttribute: (name: string, value: string) => (attributes[name] = value),
      },
    };
    new Function('localStorage', 'document', HEAD_SCRIPT)(storage, document);
    return attributes;
  };
  expect(run({})).toEqual({});
  expect(run({ [WEB_FONT_KEY]: 'web' })).toEqual({ 'data-font': 'web' });
  expect(run({ [WEB_FONT_KEY]: '<img>' })).toEqual({});
  // With settings stored too, both apply.
  expect(run({ [WEB_FONT_KEY]: 'web', 'qiraa.settings': '{"theme":"dark"}' })).toEqual({
    'data-font': 'web',
    'data-theme': 'dark',
  });
});
