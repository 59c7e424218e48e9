import { useT } from '../../i18n/use-t';
import { Num } from '../../components/num';
import { AppLink } from '../../components/app-link';
import type { ArticleSummary } from '../../../pipeline/schema';
import { ArabicText } from '../../components/arabic-text';
import { NameList } from '../../components/name-list';
import { PublishedDate } from '../../components/published-date';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';

export function ArticleCard({ article, lang }: { article: ArticleSummary; lang: Language }) {
  const { t } = useT();
  return (
    <article className="border-b border-stone-200 last:border-b-0">
      <AppLink to={paths.article(lang, article.id)} className="card-link block py-6">
        <ArabicText as="h2" className="text-2xl leading-snug font-bold text-stone-900">
          {article.title}
        </ArabicText>
        <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-stone-600">
          <PublishedDate date={article.publishedAt} firstSeenAt={article.firstSeenAt} />
          {article.source ? <ArabicText>{article.source}</ArabicText> : null}
        </p>
        <ArabicText as="p" className="mt-3 text-lg leading-loose text-stone-800">
          {article.excerpt}
        </ArabicText>
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm text-stone-700">
          <span className="font-semibold text-amber-900">
            <Num>{t('list.quoteCount', { count: article.quoteCount })}</Num>
          </span>
          {article.speakers.length > 0 ? (
            <span>
              {t('list.speakers')} <NameList names={article.speakers} lang={lang} />
            </span>
          ) : null}
        </p>
      </AppLink>
    </article>
  );
}
