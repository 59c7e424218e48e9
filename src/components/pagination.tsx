import { useT } from '../i18n/use-t';
import { Num } from './num';
import { AppLink } from './app-link';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  const { t } = useT();
  if (pageCount <= 1) return null;
  return (
    <nav
      aria-label={t('pagination.label')}
      className="mt-10 flex items-center justify-between gap-4"
    >
      {page > 1 ? (
        <AppLink className="link-button" rel="prev" to={hrefFor(page - 1)}>
          {t('pagination.previous')}
        </AppLink>
      ) : (
        <span />
      )}
      <Num className="text-sm text-stone-600">
        {t('pagination.pageXOfY', { x: page, y: pageCount })}
      </Num>
      {page < pageCount ? (
        <AppLink className="link-button" rel="next" to={hrefFor(page + 1)}>
          {t('pagination.next')}
        </AppLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
