import { useT } from '../../i18n/use-t';
import { useLoaderData } from 'react-router';
import type { ListPage } from '../../../pipeline/schema';
import { ArchiveNav } from '../../components/archive-nav';
import { Num } from '../../components/num';
import { ArticleCard } from '../../features/articles/article-card';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../layout';
import { documentTitle, useDocumentTitle } from '../page-meta';
import { articleListMeta } from '../route-meta';

export function ArticleListRoute() {
  const data = useLoaderData() as ListPage;
  const lang: Language = useLanguage();
  const { t } = useT();
  useDocumentTitle(documentTitle(articleListMeta(data, t), t));
  return (
    <>
      <h1 tabIndex={-1} className="text-3xl font-bold">
        {data.page === 0 ? (
          t('list.title')
        ) : (
          <Num>{t('list.archivePage', { page: data.page })}</Num>
        )}
      </h1>
      {data.articles.length === 0 ? <p className="mt-6">{t('list.empty')}</p> : null}
      <div className="mt-4 max-w-3xl">
        {data.articles.map((article) => (
          <ArticleCard key={article.id} article={article} lang={lang} />
        ))}
      </div>
      <ArchiveNav older={data.older} newer={data.newer} lang={lang} />
    </>
  );
}
