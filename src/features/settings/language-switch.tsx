import { useT } from '../../i18n/use-t';
import { Link, useLocation } from 'react-router';
import type { Language } from '../../i18n/languages';
import { switchLanguagePath } from '../../lib/paths';
import { storeLanguage } from './preference';

/** The same page in the other language; the choice is remembered for the next visit. */
export function LanguageSwitch({ lang }: { lang: Language }) {
  const { t } = useT();
  const location = useLocation();
  const other: Language = lang === 'ar' ? 'en' : 'ar';
  return (
    <Link
      to={`${switchLanguagePath(location.pathname, other)}${location.search}${location.hash}`}
      onClick={() => storeLanguage(other)}
      lang={other}
      hrefLang={other}
      aria-label={t('app.switchLanguageLabel')}
      className="link-button"
      data-testid="language-switch"
    >
      {t('app.switchLanguage')}
    </Link>
  );
}
