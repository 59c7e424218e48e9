import { useNumbers } from '../features/settings/settings-context';
import { useT } from '../i18n/use-t';

/**
 * A publication date in the interface language, with the Hijri date beside it in Arabic.
 * Node's and the browser's ICU may word a date differently: the text is allowed to differ
 * at hydration, the machine-readable dateTime is not.
 */
export function PublishedDate({
  date,
  firstSeenAt = null,
  withHijri = false,
}: {
  date: string | null;
  /** For a story with no date of its own: when the page that first embedded it appeared. */
  firstSeenAt?: string | null;
  withHijri?: boolean;
}) {
  const { t, i18n } = useT();
  const numbers = useNumbers();
  if (date === null && firstSeenAt !== null) {
    return (
      <time dateTime={firstSeenAt} data-num="" suppressHydrationWarning>
        {numbers(t('list.firstSeen', { date: t('date.gregorian', { date: firstSeenAt }) }))}
      </time>
    );
  }
  if (date === null) return <span>{t('list.undated')}</span>;
  return (
    <span>
      <time dateTime={date} data-num="" suppressHydrationWarning>
        {numbers(t('date.gregorian', { date }))}
      </time>
      {withHijri && i18n.language === 'ar' ? (
        <>
          {' · '}
          <span data-num="" suppressHydrationWarning>
            {numbers(t('article.hijri', { date: t('date.hijri', { date }) }))}
          </span>
        </>
      ) : null}
    </span>
  );
}
