import { expect, test } from 'vitest';
import { actionOf, shortcutsEnabled, stepIndex } from './shortcuts';

const press = (key: string, extra: Partial<Parameters<typeof actionOf>[0]> = {}) =>
  actionOf({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });

test.each([
  ['j', 'next-item'],
  ['k', 'previous-item'],
  ['n', 'next-quote'],
  ['p', 'previous-quote'],
  ['?', 'help'],
])('%s does %s', (key, action) => {
  expect(press(key)).toBe(action);
});

test('never while typing, never with a modifier, never for other keys', () => {
  expect(press('j', { typing: true })).toBeNull();
  expect(press('j', { ctrlKey: true })).toBeNull();
  expect(press('k', { metaKey: true })).toBeNull();
  expect(press('n', { altKey: true })).toBeNull();
  expect(press('x')).toBeNull();
  expect(press('J')).toBeNull();
  // `/` is the search form's own shortcut.
  expect(press('/')).toBeNull();
});

test.each([
  [-1, 5, 1, 0],
  [-1, 5, -1, 4],
  [0, 5, 1, 1],
  [4, 5, 1, null],
  [0, 5, -1, null],
  [-1, 0, 1, null],
])('from %i of %i, a step of %i goes to %s', (current, count, direction, expected) => {
  expect(stepIndex(current, count, direction as 1 | -1)).toBe(expected);
});

test('shortcuts are on unless turned off', () => {
  expect(shortcutsEnabled(null)).toBe(true);
  expect(shortcutsEnabled('on')).toBe(true);
  expect(shortcutsEnabled('off')).toBe(false);
});

test.each([
  ['ت', 'KeyJ', 'next-item'],
  ['ن', 'KeyK', 'previous-item'],
  ['ى', 'KeyN', 'next-quote'],
  ['ح', 'KeyP', 'previous-quote'],
  ['ج', 'BracketLeft', 'smaller'],
  ['د', 'BracketRight', 'larger'],
  ['؟', 'Slash', 'help'],
  ['ظ', 'Slash', null],
  ['ث', 'KeyE', null],
] as const)(
  'with an Arabic layout, %s typed by the physical key %s is that key’s shortcut',
  (key, code, action) => {
    expect(press(key, { code })).toBe(action);
  },
);

test('a Latin key on another layout keeps its own meaning, whatever key it sits on', () => {
  // Dvorak: the key labelled j sits where US has c.
  expect(press('j', { code: 'KeyC' })).toBe('next-item');
  expect(press('x', { code: 'KeyJ' })).toBeNull();
});
