import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useHydrated } from '../../lib/use-hydrated';
import { browserShareEnvironment, shareLink, type ShareOutcome } from './share';

const CONFIRMATION_MS = 4000;

interface ShareButtonProps {
  /** Path of the page or anchor to share; made absolute against the current origin. */
  path: string;
  title: string;
  /** Words that go with the link (a quote and its speaker); the link alone when absent. */
  text?: string;
  label: string;
  /** Quotes copy their link; the article offers the system share sheet first. */
  preferShare?: boolean;
  className?: string;
}

export function ShareButton({
  path,
  title,
  text,
  label,
  preferShare = true,
  className,
}: ShareButtonProps) {
  const { t } = useT();
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const hydrated = useHydrated();
  useEffect(() => {
    if (outcome === null) return;
    const timer = setTimeout(() => setOutcome(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  const onClick = async () => {
    const url = new URL(path, window.location.origin).href;
    setOutcome(
      await shareLink(
        text ? { url, title, text } : { url, title },
        browserShareEnvironment(),
        preferShare,
      ),
    );
  };
  // Sharing needs a script: without one (prerendered HTML, scripts off) there is no button.
  if (!hydrated) return null;
  const message =
    outcome === 'copied' ? t('share.copied') : outcome === 'failed' ? t('share.failed') : '';
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={className ?? 'link-button'} onClick={onClick}>
        {label}
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {message}
      </span>
    </span>
  );
}
