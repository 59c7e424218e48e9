import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import ar from './locales/ar.json';
import en from './locales/en.json';
import { SETTING_VALUES, SIZES, type ReaderSettings, type SettingName } from './reader-settings';
import { useReaderSettings } from './settings-context';

const STRINGS = { ar, en };

// The choices in the order the panel shows them (text size smallest first).
const CHOICES: { [name in SettingName]: readonly ReaderSettings[name][] } = {
  ...SETTING_VALUES,
  size: SIZES,
  leading: ['compact', 'normal', 'loose'],
  width: ['narrow', 'medium', 'wide'],
};

/**
 * The reader's settings: theme, text size, line spacing, column width, harakat, digits and
 * keyboard shortcuts. Each change applies at once and is kept. Its own chunk, with its strings.
 */
export default function SettingsPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useT();
  for (const [language, readerSettings] of Object.entries(STRINGS)) {
    if (i18n.getResource(language, 'translation', 'readerSettings.title') === undefined)
      i18n.addResourceBundle(language, 'translation', { readerSettings }, true, false);
  }
  const { settings, update, shortcuts, setShortcuts } = useReaderSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const group = <N extends SettingName>(name: N) => (
    <fieldset key={name} className="mt-4">
      <legend className="font-semibold">{t(`readerSettings.${name}.legend`)}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {CHOICES[name].map((value) => (
          <label key={value} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              value={value}
              checked={settings[name] === value}
              onChange={() => update({ [name]: value } as Partial<ReaderSettings>)}
            />
            {t(`readerSettings.${name}.${value}` as 'readerSettings.theme.light')}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <dialog
      ref={dialog}
      aria-labelledby="reader-settings-title"
      onClose={onClose}
      data-testid="settings-panel"
      className="m-auto max-w-lg rounded border border-stone-300 bg-white p-6 text-start text-stone-900 backdrop:bg-stone-900/40"
    >
      <h2 id="reader-settings-title" className="text-xl font-bold">
        {t('readerSettings.title')}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t('readerSettings.note')}</p>
      {group('theme')}
      {group('size')}
      {group('leading')}
      {group('width')}
      {group('harakat')}
      {i18n.language === 'ar' ? group('digits') : null}
      <p className="mt-4">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={shortcuts}
            onChange={(event) => setShortcuts(event.target.checked)}
          />
          {t('readerSettings.shortcuts')}
        </label>
      </p>
      <form method="dialog" className="mt-4">
        <button type="submit" className="rounded bg-amber-900 px-3 py-1.5 text-white">
          {t('readerSettings.close')}
        </button>
      </form>
    </dialog>
  );
}
