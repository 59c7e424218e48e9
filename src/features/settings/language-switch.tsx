import { useT } from '../../i18n/use-t';
import { useLocation, useNavigate } from 'react-router';
import { AppLink } from '../../components/app-link';
import type { Language } from '../../i18n/languages';
import { isPlainClick } from '../../lib/app-links';
import { switchLanguagePath } from '../../lib/paths';
import { storeLanguage } from './preference';

/** The same page in the other language; the choice is remembered for the next visit. */
export function LanguageSwitch({ lang }: { lang: Language }) {
  const { t } = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const other: Language = lang === 'ar' ? 'en' : 'ar';
  const to = `${switchLanguagePath(location.pathname, other)}${location.search}${location.hash}`;
  return (
    <AppLink
      to={to}
      onClick={(event) => {
        storeLanguage(other);
        // A plain click keeps the reader's place (a new tab or window opens at the top).
        if (!isPlainClick(event)) return;
        event.preventDefault();
        void import('./reading-place').then(({ readingPlace }) =>
          navigate(to, { state: { place: readingPlace() } }),
        );
      }}
      lang={other}
      hrefLang={other}
      aria-label={t('app.switchLanguageLabel')}
      className="link-button"
      data-testid="language-switch"
    >
      {t('app.switchLanguage')}
    </AppLink>
  );
}
