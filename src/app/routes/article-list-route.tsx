import { useT } from '../../i18n/use-t';
import { useLoaderData } from 'react-router';
import type { ListPage } from '../../../pipeline/schema';
import { Pagination } from '../../components/pagination';
import { ArticleCard } from '../../features/articles/article-card';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';
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
        {t('list.title')}
      </h1>
      {data.articles.length === 0 ? <p className="mt-6">{t('list.empty')}</p> : null}
      <div className="mt-4 max-w-3xl">
        {data.articles.map((article) => (
          <ArticleCard key={article.id} article={article} lang={lang} />
        ))}
      </div>
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => paths.listPage(lang, page)}
      />
    </>
  );
}
