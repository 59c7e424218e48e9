import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browserShareEnvironment, shareLink, type ShareOutcome } from './share';

interface ShareButtonProps {
  /** Path of the page or anchor to share; made absolute against the current origin. */
  path: string;
  title: string;
  label: string;
  /** Quotes copy their link; the article offers the system share sheet first. */
  preferShare?: boolean;
  className?: string;
}

export function ShareButton({
  path,
  title,
  label,
  preferShare = true,
  className,
}: ShareButtonProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const onClick = async () => {
    const url = new URL(path, window.location.origin).href;
    setOutcome(await shareLink({ url, title }, browserShareEnvironment(), preferShare));
  };
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
