import type { Language } from '../i18n/languages';

/** Arabic names joined the interface language's way (`أ و ب`, `A and B`), each isolated. */
export function NameList({ names, lang }: { names: readonly string[]; lang: Language }) {
  const parts = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(names);
  return (
    <span>
      {parts.map((part, index) =>
        part.type === 'element' ? (
          <bdi key={index} lang="ar" dir="rtl">
            {part.value}
          </bdi>
        ) : (
          part.value
        ),
      )}
    </span>
  );
}
