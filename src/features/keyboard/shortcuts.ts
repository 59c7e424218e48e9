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

/**
 * The shortcuts, in the order the help lists them; `/` is the search form's own. `code` is the
 * physical key (on a US layout, `key`): with an Arabic layout the J key types ت, and the
 * reader who presses J means j.
 */
export const SHORTCUTS: readonly { key: string; code: string; action: ShortcutAction }[] = [
  { key: 'j', code: 'KeyJ', action: 'next-item' },
  { key: 'k', code: 'KeyK', action: 'previous-item' },
  { key: 'n', code: 'KeyN', action: 'next-quote' },
  { key: 'p', code: 'KeyP', action: 'previous-quote' },
  { key: '[', code: 'BracketLeft', action: 'smaller' },
  { key: ']', code: 'BracketRight', action: 'larger' },
  { key: '/', code: 'Slash', action: 'search' },
  { key: '?', code: 'Slash', action: 'help' },
];

/** The Arabic question mark, which an Arabic layout types where `?` is. */
const ARABIC_QUESTION_MARK = '\u061F';

export interface KeyPress {
  key: string;
  /** The physical key (`KeyboardEvent.code`), where the event has one. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Whether the reader is typing in a field (the event's target is one). */
  typing: boolean;
}

/** The action of a key press, or null: never while typing, never with a modifier. */
export function actionOf(press: KeyPress): ShortcutAction | null {
  // `/` belongs to the search form, which listens for it itself.
  if (press.typing || press.ctrlKey || press.metaKey || press.altKey || press.key === '/')
    return null;
  if (press.key === ARABIC_QUESTION_MARK) return 'help';
  // A key that typed no Latin character (an Arabic layout): the physical key says which.
  const latin = press.key.length === 1 && press.key < '\x7f';
  const found = SHORTCUTS.find((shortcut) =>
    latin ? shortcut.key === press.key : shortcut.code === press.code,
  );
  return found && (latin || found.code !== 'Slash') ? found.action : null;
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
