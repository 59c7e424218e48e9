import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/use-t';
import { pendingUpdate, subscribeUpdate } from './update-store';

/** A new version of the site is ready: said politely, applied only when the reader asks. */
export function UpdatePrompt() {
  const { t } = useT();
  const apply = useSyncExternalStore(subscribeUpdate, pendingUpdate, () => null);
  return (
    <div role="status" className="fixed inset-x-4 bottom-4 z-40 flex justify-center">
      {apply ? (
        <p className="flex items-center gap-3 rounded border border-stone-300 bg-white px-4 py-3 text-stone-900 shadow">
          {t('offline.update')}
          <button type="button" className="link-button" onClick={apply}>
            {t('offline.reload')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
