/**
 * Keyboard reading: which key does what, and when a key press is the reader's to have.
 * Pure; the listener that acts on it is in keyboard-help.tsx.
 */
export type ShortcutAction =
  | 'next-item'
  | 'previous-item'
  | 'next-quote'
  | 'previous-quote'
  | 'smaller'
  | 'larger'
  | 'search'
  | 'help';

/** The shortcuts, in the order the help lists them; `/` is the search form's own. */
export const SHORTCUTS: readonly { key: string; action: ShortcutAction }[] = [
  { key: 'j', action: 'next-item' },
  { key: 'k', action: 'previous-item' },
  { key: 'n', action: 'next-quote' },
  { key: 'p', action: 'previous-quote' },
  { key: '[', action: 'smaller' },
  { key: ']', action: 'larger' },
  { key: '/', action: 'search' },
  { key: '?', action: 'help' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Whether the reader is typing in a field (the event's target is one). */
  typing: boolean;
}

/** The action of a key press, or null: never while typing, never with a modifier. */
export function actionOf(press: KeyPress): ShortcutAction | null {
  if (press.typing || press.ctrlKey || press.metaKey || press.altKey) return null;
  // `/` belongs to the search form, which listens for it itself.
  if (press.key === '/') return null;
  return SHORTCUTS.find((shortcut) => shortcut.key === press.key)?.action ?? null;
}

/** The index to move to in a list of `count` items from `current` (-1 when none has focus). */
export function stepIndex(current: number, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  const next = current + direction;
  return next < 0 || next >= count ? null : next;
}

export const SHORTCUTS_KEY = 'qiraa.shortcuts';

/** Whether shortcuts are on: they are unless the reader turned them off (WCAG 2.1.4). */
export function shortcutsEnabled(stored: string | null): boolean {
  return stored !== 'off';
}
