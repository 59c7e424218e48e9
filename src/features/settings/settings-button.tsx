import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n/use-t';

const SettingsPanel = lazy(() => import('./settings-panel'));

/** The header's way to the reading settings; the panel loads the first time it is opened. */
export function SettingsButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-haspopup="dialog"
        data-testid="settings-button"
        onClick={() => setOpen(true)}
      >
        {t('settings.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SettingsPanel onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
