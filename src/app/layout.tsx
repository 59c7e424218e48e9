import { useEffect, useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { Outlet, useLocation, useMatches, useNavigationType } from 'react-router';
import { AppLink } from '../components/app-link';
import { KeyboardReading } from '../features/keyboard/keyboard-help';
import { SearchForm } from '../features/search/search-form';
import { wasTyped } from '../features/search/typed-state';
import { LanguageSwitch } from '../features/settings/language-switch';
import { SettingsButton } from '../features/settings/settings-button';
import { UpdatePrompt } from '../features/offline/update-prompt';
import { placeOf } from '../features/settings/place-state';
import { applyRememberedWebFont } from '../features/settings/web-font';
import { applyDocumentLanguage } from '../i18n/i18n';
import { paths } from '../lib/paths';
import { useLanguage } from './use-language';
import { documentTitle, metaOfMatches } from './page-meta';

export { useLanguage };

/**
 * After a navigation (not the first load), moves focus to the new page's heading, or to
 * the quote the link points at, so keyboard and screen-reader users land where they went.
 * A layout effect: the new page is scrolled before it is painted, never a frame later under
 * the reader's pointer (a click that lands as the page jumps reaches nothing).
 */
function useFocusOnNavigation() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const arrived = useRef(false);
  useLayoutEffect(() => {
    // The page the reader arrived on, the entry with the key "default" or where the root's
    // redirect led (/ to /ar/): nothing to move focus from, and no outline unasked for.
    if (!arrived.current || location.key === 'default') {
      arrived.current = true;
      return;
    }
    applyRememberedWebFont(document.documentElement, () => window.localStorage);
    // Results that followed the reader's typing: the reader is still in the search box.
    if (wasTyped(location.state) && navigationType !== 'POP') return;
    // The same page in the other language: the reader stays where they were reading.
    const place = placeOf(location.state);
    if (place) {
      void import('../features/settings/reading-place').then(({ restoreReadingPlace }) =>
        restoreReadingPlace(place),
      );
      return;
    }
    const target = location.hash
      ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
      : null;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [location.key, location.pathname, location.hash, location.state, navigationType]);
}

/**
 * The document's title, set here once for every page from the matched route's meta. A page
 * whose loader failed has no meta: its error view names it.
 */
function usePageTitle() {
  const lang = useLanguage();
  const { t } = useT();
  const meta = metaOfMatches(useMatches(), t, lang);
  const title = meta ? documentTitle(meta, t) : null;
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}

export function Layout() {
  const lang = useLanguage();
  const { t } = useT();
  useEffect(() => applyDocumentLanguage(lang), [lang]);
  usePageTitle();
  // Hydration (a transition) is done once this runs: a mark for tests and tools to wait on.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  useFocusOnNavigation();
  const { pathname } = useLocation();
  const inQuotes = pathname.startsWith(paths.quotes(lang));
  const inSaved = pathname === paths.saved(lang);
  const sections = [
    { href: paths.home(lang), label: t('app.nav.articles'), active: !inQuotes && !inSaved },
    { href: paths.quotes(lang), label: t('app.nav.quotes'), active: inQuotes },
    { href: paths.saved(lang), label: t('app.nav.saved'), active: inSaved },
  ];
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-stone-300 bg-stone-50">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4">
          <AppLink to={paths.home(lang)} className="text-2xl font-bold text-amber-900">
            {t('app.name')}
          </AppLink>
          <nav aria-label={t('app.primaryNav')} className="flex gap-4">
            {sections.map((section) => (
              <AppLink
                key={section.href}
                to={section.href}
                aria-current={pathname === section.href ? 'page' : undefined}
                className={section.active ? 'nav-link nav-link-active' : 'nav-link'}
              >
                {section.label}
              </AppLink>
            ))}
          </nav>
          <div className="ms-auto flex flex-wrap items-center gap-4">
            <SearchForm lang={lang} />
            <SettingsButton />
            <LanguageSwitch lang={lang} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <Outlet />
      </main>
      <footer className="site-footer border-t border-stone-300 bg-stone-50 px-4 py-6 text-center text-sm text-stone-600">
        <p>{t('app.footer')}</p>
        <p className="mt-2">
          <KeyboardReading />
        </p>
      </footer>
      <UpdatePrompt />
    </div>
  );
}
