import { useT } from '../../i18n/use-t';
import { AppLink } from '../../components/app-link';
import type { RelatedLink } from '../../../pipeline/schema';
import { ArabicText } from '../../components/arabic-text';
import { PublishedDate } from '../../components/published-date';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';

/** Read-also stories first, labelled as such, then the stories that embed this one, then similar. */
export function RelatedReads({
  related,
  lang,
}: {
  related: readonly RelatedLink[];
  lang: Language;
}) {
  const { t } = useT();
  const groups = [
    {
      key: 'embeds',
      label: t('related.readAlso'),
      links: related.filter((l) => l.direction === 'embeds'),
    },
    {
      key: 'embedded-in',
      label: t('related.embeddedIn'),
      links: related.filter((l) => l.direction === 'embedded-in'),
    },
    {
      key: 'similar',
      label: t('related.similar'),
      links: related.filter((l) => l.kind === 'similar'),
    },
  ].filter((group) => group.links.length > 0);
  return (
    <aside aria-labelledby="related-reads" className="related-reads">
      <h2 id="related-reads" className="text-xl font-bold">
        {t('related.heading')}
      </h2>
      {groups.length === 0 ? <p className="mt-3 text-stone-600">{t('related.none')}</p> : null}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`related-${group.key}`} className="mt-6">
          <h3
            id={`related-${group.key}`}
            className="text-sm font-bold tracking-wide text-amber-900"
          >
            {group.label}
          </h3>
          <ul className="mt-2 space-y-3">
            {group.links.map((link) => (
              <li key={link.id} data-kind={link.kind}>
                <AppLink to={paths.article(lang, link.id)} className="block hover:underline">
                  <ArabicText className="block text-lg leading-snug">{link.title}</ArabicText>
                </AppLink>
                {link.publishedAt ? (
                  <span className="text-xs text-stone-600">
                    <PublishedDate date={link.publishedAt} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
