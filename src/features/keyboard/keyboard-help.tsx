import { lazy, Suspense, useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { isTypingTarget } from '../../lib/typing';
import { useHydrated } from '../../lib/use-hydrated';
import { stepSize } from '../settings/reader-settings';
import { useReaderSettings } from '../settings/settings-context';
import { actionOf, stepIndex, type ShortcutAction } from './shortcuts';

const KeyboardDialog = lazy(() => import('./keyboard-dialog'));

// What j/k and n/p move through: the links of a list's items, and an article's quotes.
const ITEMS = 'main a.card-link, main a[data-result]';
const QUOTES = 'main mark.quote-mark';

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

/**
 * Keyboard reading: j/k through a list, n/p through an article's quotes, [ and ] for text
 * size, ? for the list of shortcuts, which also turns them off (WCAG 2.1.4), as the reading
 * settings do; a button in the footer opens it too.
 */
export function KeyboardReading() {
  const { t } = useT();
  const hydrated = useHydrated();
  // Each opening is numbered, and a dialog's close answers only for its own opening: the
  // native close event arrives a task after Escape, and a ? pressed in between must open a
  // new list, not be undone by the old one's close.
  const [opened, setOpened] = useState(0);
  const [closed, setClosed] = useState(0);
  const open = opened > closed;
  const show = () => setOpened((count) => count + 1);
  const { shortcuts: enabled, setShortcuts: toggle, settings, update } = useReaderSettings();

  useEffect(() => {
    if (!enabled) return;
    const actions: Record<ShortcutAction, () => void> = {
      'next-item': () => step(ITEMS, 1),
      'previous-item': () => step(ITEMS, -1),
      'next-quote': () => step(QUOTES, 1),
      'previous-quote': () => step(QUOTES, -1),
      smaller: () => update({ size: stepSize(settings.size, -1) }),
      larger: () => update({ size: stepSize(settings.size, 1) }),
      search: () => undefined,
      help: show,
    };
    const onKey = (event: KeyboardEvent) => {
      // While a dialog is open, its own keys (Escape, Tab) are the only ones. Asked of the page,
      // not of React state, which learns of a close only when the close event has run.
      if (document.querySelector('dialog[open]')) return;
      const action = actionOf({
        key: event.key,
        code: event.code,
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
  }, [enabled, settings.size, update]);

  // Without a script there are no shortcuts to list.
  if (!hydrated) return null;
  return (
    <>
      <button type="button" className="underline" onClick={show}>
        {t('keyboard.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <KeyboardDialog
            key={opened}
            enabled={enabled}
            onToggle={toggle}
            onClose={() => setClosed(opened)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
