import type { TFunction } from 'i18next';
import { useT } from '../../i18n/use-t';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { ListPage } from '../../../pipeline/schema';
import { ArchiveNav } from '../../components/archive-nav';
import { Num } from '../../components/num';
import { ArticleCard } from '../../features/articles/article-card';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../use-language';
import { notFound, pageParam, dataRoute, type RouteContext } from '../loaders';
import type { PageMeta } from '../page-meta';

/** The front page (no number), or an archive page from 1 to the last. */
function listLoader({ reader }: RouteContext) {
  return async (args: LoaderFunctionArgs): Promise<ListPage> => {
    if (args.params.page === undefined) return reader.listPage(0);
    const page = pageParam(args);
    if (page > (await reader.meta()).listPages) notFound();
    return reader.listPage(page);
  };
}

function articleListMeta(data: ListPage, t: TFunction): PageMeta {
  const title = data.page === 0 ? t('list.title') : t('list.archivePage', { page: data.page });
  return { title, description: t('list.metaDescription'), type: 'website' };
}

/** The list of articles: the front page and the archive's pages. */
export const articleListRoute = dataRoute(listLoader, ArticleListRoute, articleListMeta);

export function ArticleListRoute() {
  const data = useLoaderData<ReturnType<typeof listLoader>>();
  const lang: Language = useLanguage();
  const { t } = useT();
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
