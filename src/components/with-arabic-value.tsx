import type { ParseKeys } from 'i18next';
import { useT } from '../i18n/use-t';
import { IsolatedRuns } from './arabic-text';

// Stands in for the value while the sentence is translated, then marks where to cut it.
const SLOT = '\u0000';

/**
 * A translated sentence around one Arabic value (`Filed from {{value}}`), with the value
 * isolated as Arabic and right to left so that it cannot reorder an English sentence. The
 * value is document text (a title, a source, a name): harakat hidden as the reader chose. Does
 * what react-i18next's <Trans> would for this one case, without its markup parser (4 kB of
 * the first page's script budget).
 */
export function WithArabicValue({ i18nKey, value }: { i18nKey: ParseKeys; value: string }) {
  const { t } = useT();
  const [before, after = ''] = (t(i18nKey, { value: SLOT }) as string).split(SLOT);
  return (
    <>
      {before}
      <bdi lang="ar" dir="rtl" data-doc="">
        <IsolatedRuns text={value} />
      </bdi>
      {after}
    </>
  );
}
