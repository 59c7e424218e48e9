import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import ar from './locales/ar.json';
import en from './locales/en.json';
import { SHORTCUTS } from './shortcuts';

const STRINGS = { ar, en };

interface KeyboardDialogProps {
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
  onClose: () => void;
}

/**
 * The list of shortcuts, with the switch that turns them off (WCAG 2.1.4). Its own chunk:
 * loaded the first time it is asked for, so that no page's first load carries it.
 */
export default function KeyboardDialog({ enabled, onToggle, onClose }: KeyboardDialogProps) {
  const { t, i18n } = useT();
  // This chunk's strings join the translations the first time it renders.
  for (const [language, keyboard] of Object.entries(STRINGS)) {
    // Asked of each language's own bundle: exists() would answer from the fallback language.
    if (i18n.getResource(language, 'translation', 'keyboard.title') === undefined)
      i18n.addResourceBundle(language, 'translation', { keyboard }, true, false);
  }
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const key = (text: string) => (
    // A key cap is Latin and left to right: in Arabic text `[` would be drawn mirrored.
    <kbd dir="ltr" className="rounded border border-stone-400 px-2 font-mono">
      {text}
    </kbd>
  );
  return (
    <dialog
      ref={dialog}
      aria-labelledby="keyboard-help-title"
      onClose={onClose}
      className="m-auto max-w-md rounded border border-stone-300 bg-white p-6 text-start text-stone-900 backdrop:bg-stone-900/40"
    >
      <h2 id="keyboard-help-title" className="text-xl font-bold">
        {t('keyboard.title')}
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {[
          ...SHORTCUTS.map(({ key: name, action }) => [name, t(`keyboard.actions.${action}`)]),
          ['Enter', t('keyboard.open')],
          ['Esc', t('keyboard.escape')],
        ].map(([name, description]) => (
          <div key={name} className="contents">
            <dt>{key(name)}</dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(event) => onToggle(event.target.checked)}
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
  );
}
