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
  const [open, setOpen] = useState(false);
  const { shortcuts: enabled, setShortcuts: toggle, settings, update } = useReaderSettings();

  useEffect(() => {
    // While the list is open, its own keys (Escape, Tab) are the only ones.
    if (!enabled || open) return;
    const actions: Record<ShortcutAction, () => void> = {
      'next-item': () => step(ITEMS, 1),
      'previous-item': () => step(ITEMS, -1),
      'next-quote': () => step(QUOTES, 1),
      'previous-quote': () => step(QUOTES, -1),
      smaller: () => update({ size: stepSize(settings.size, -1) }),
      larger: () => update({ size: stepSize(settings.size, 1) }),
      search: () => undefined,
      help: () => setOpen(true),
    };
    const onKey = (event: KeyboardEvent) => {
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
  }, [enabled, open, settings.size, update]);

  // Without a script there are no shortcuts to list.
  if (!hydrated) return null;
  return (
    <>
      <button type="button" className="underline" onClick={() => setOpen(true)}>
        {t('keyboard.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <KeyboardDialog enabled={enabled} onToggle={toggle} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
