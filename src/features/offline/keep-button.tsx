import { useState, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/use-t';
import { useHydrated } from '../../lib/use-hydrated';
import { canKeep, savedList, setKept, subscribeSaved, type SavedArticle } from './saved';

const none: SavedArticle[] = [];

/** "Keep for offline" on an article: a toggle, shown where the browser can keep pages. */
export function KeepButton({ article }: { article: SavedArticle }) {
  const { t } = useT();
  const hydrated = useHydrated();
  const saved = useSyncExternalStore(subscribeSaved, savedList, () => none);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!hydrated || !canKeep()) return null;
  const kept = saved.some((item) => item.id === article.id);
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-pressed={kept}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailed(false);
          setKept(article, !kept)
            .catch(() => setFailed(true))
            .finally(() => setBusy(false));
        }}
      >
        {kept ? t('offline.kept') : t('offline.keep')}
      </button>
      {failed ? (
        <span role="alert" className="ms-2 text-sm text-stone-700">
          {t('offline.keepFailed')}
        </span>
      ) : null}
    </>
  );
}
