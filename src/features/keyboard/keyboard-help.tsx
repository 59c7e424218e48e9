import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useHydrated } from '../../lib/use-hydrated';
import {
  actionOf,
  SHORTCUTS,
  SHORTCUTS_KEY,
  shortcutsEnabled,
  stepIndex,
  type ShortcutAction,
} from './shortcuts';

// What j/k and n/p move through: the links of a list's items, and an article's quotes.
const ITEMS = 'main a.card-link, main a[data-result]';
const QUOTES = 'main mark.quote-mark';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Moves focus to the next or previous element of a kind, and brings it into view. */
function step(selector: string, direction: 1 | -1): void {
  const elements = Array.from(document.querySelectorAll<HTMLElement>(selector));
  const current = elements.findIndex(
    (element) => element === document.activeElement || element.contains(document.activeElement),
  );
  const next = stepIndex(current, elements.length, direction);
  if (next === null) return;
  elements[next].scrollIntoView({ block: 'center' });
  elements[next].focus({ preventScroll: true });
}

function readEnabled(): boolean {
  try {
    return shortcutsEnabled(window.localStorage.getItem(SHORTCUTS_KEY));
  } catch {
    return true;
  }
}

/**
 * Keyboard reading: j/k through a list, n/p through an article's quotes, ? for the list of
 * shortcuts, which also turns them off (WCAG 2.1.4); a button in the footer opens it too.
 */
export function KeyboardReading() {
  const { t } = useT();
  const hydrated = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  // The stored choice, read once in the browser (the server renders nothing of this).
  const [enabled, setEnabled] = useState(() => typeof window === 'undefined' || readEnabled());

  useEffect(() => {
    if (!enabled) return;
    const actions: Record<ShortcutAction, () => void> = {
      'next-item': () => step(ITEMS, 1),
      'previous-item': () => step(ITEMS, -1),
      'next-quote': () => step(QUOTES, 1),
      'previous-quote': () => step(QUOTES, -1),
      search: () => undefined,
      help: () => dialog.current?.showModal(),
    };
    const onKey = (event: KeyboardEvent) => {
      if (dialog.current?.open) return;
      const action = actionOf({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        typing: isTypingTarget(event.target),
      });
      if (!action) return;
      event.preventDefault();
      actions[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);

  const toggle = (on: boolean) => {
    setEnabled(on);
    try {
      window.localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
    } catch {
      // storage can be disabled; the choice then lasts the visit
    }
  };

  // Without a script there are no shortcuts to list.
  if (!hydrated) return null;
  return (
    <>
      <button type="button" className="underline" onClick={() => dialog.current?.showModal()}>
        {t('keyboard.button')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="keyboard-help-title"
        className="m-auto max-w-md rounded border border-stone-300 bg-white p-6 text-start text-stone-900 backdrop:bg-stone-900/40"
      >
        <h2 id="keyboard-help-title" className="text-xl font-bold">
          {t('keyboard.title')}
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {SHORTCUTS.map(({ key, action }) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-stone-400 px-2 font-mono">{key}</kbd>
              </dt>
              <dd>{t(`keyboard.actions.${action}`)}</dd>
            </div>
          ))}
          <div className="contents">
            <dt>
              <kbd className="rounded border border-stone-400 px-2 font-mono">Enter</kbd>
            </dt>
            <dd>{t('keyboard.open')}</dd>
          </div>
          <div className="contents">
            <dt>
              <kbd className="rounded border border-stone-400 px-2 font-mono">Esc</kbd>
            </dt>
            <dd>{t('keyboard.escape')}</dd>
          </div>
        </dl>
        <p className="mt-4">
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              checked={enabled}
              onChange={(event) => toggle(event.target.checked)}
            />
            {t('keyboard.enabled')}
          </label>
        </p>
        <form method="dialog" className="mt-4">
          <button type="submit" className="rounded bg-amber-900 px-3 py-1.5 text-white">
            {t('keyboard.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
