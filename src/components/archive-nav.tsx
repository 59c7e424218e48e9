import { AppLink } from './app-link';
import { useT } from '../i18n/use-t';
import type { Language } from '../i18n/languages';
import { paths } from '../lib/paths';

/** Older and newer articles from a page of the list (its archive pages are stable). */
export function ArchiveNav({
  older,
  newer,
  lang,
}: {
  older: number | null;
  newer: number | null;
  lang: Language;
}) {
  const { t } = useT();
  if (older === null && newer === null) return null;
  return (
    <nav
      aria-label={t('pagination.label')}
      className="mt-10 flex items-center justify-between gap-4"
    >
      {newer !== null ? (
        <AppLink className="link-button" rel="prev" to={paths.listPage(lang, newer)}>
          {t('pagination.newer')}
        </AppLink>
      ) : (
        <span />
      )}
      {older !== null ? (
        <AppLink className="link-button" rel="next" to={paths.listPage(lang, older)}>
          {t('pagination.older')}
        </AppLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
