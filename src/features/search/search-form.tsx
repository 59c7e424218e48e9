import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  useFetcher,
  useLocation,
  useNavigate,
  useNavigationType,
  useSearchParams,
} from 'react-router';
import { useT } from '../../i18n/use-t';
import type { Language } from '../../i18n/languages';
import { paths } from '../../lib/paths';
import { isTypingTarget } from '../../lib/typing';
import { TYPED, wasTyped } from './typed-state';

/** How long typing pauses before the results follow it. */
const TYPING_PAUSE_MS = 250;

/**
 * The search form of every page's header. It is a plain GET form to the search page, so it
 * works before scripts run; with them, Enter opens the results (a new history entry), and on
 * the search page the results follow typing (in one entry of its own). `/` focuses it.
 */
export function SearchForm({ lang }: { lang: Language }) {
  const { t } = useT();
  const navigate = useNavigate();
  const warmer = useFetcher();
  const warmed = useRef(false);
  const warm = () => {
    if (warmed.current) return;
    warmed.current = true;
    void warmer.load(`${paths.search(lang)}?warm`);
  };
  const { pathname, state } = useLocation();
  const navigationType = useNavigationType();
  const [params] = useSearchParams();
  const onSearchPage = pathname === paths.search(lang);
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The query the box itself last put in the URL: the URL changing to it is no news.
  const sent = useRef(urlQuery);
  // Whether the history entry on screen was made by typing (not by Enter or a link): typing
  // goes on in it, replacing it; the first word typed after a query was opened makes a new
  // one, so that Back returns to that query.
  const live = useRef(false);

  // The box follows the URL when something else changed it: Back, a link, another page.
  // Not when the box itself moved it: a query it sent before the last keys may land late.
  const byTheBox = wasTyped(state) && navigationType !== 'POP';
  useEffect(() => {
    if (byTheBox) return;
    if (urlQuery !== sent.current) {
      sent.current = urlQuery;
      live.current = false;
      setValue(urlQuery);
    }
  }, [urlQuery, byTheBox]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => () => clearTimeout(pause.current), []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    clearTimeout(pause.current);
    sent.current = value;
    navigate(paths.search(lang, value), { replace: live.current });
    live.current = false;
  };
  const onChange = (next: string) => {
    setValue(next);
    if (!onSearchPage) return;
    clearTimeout(pause.current);
    pause.current = setTimeout(() => {
      sent.current = next;
      navigate(paths.search(lang, next), {
        replace: live.current,
        preventScrollReset: true,
        state: TYPED,
      });
      live.current = true;
    }, TYPING_PAUSE_MS);
  };

  return (
    <form
      role="search"
      action={paths.search(lang)}
      method="get"
      onSubmit={onSubmit}
      className="flex items-center gap-2"
    >
      <label htmlFor="site-search" className="sr-only">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onFocus={warm}
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
        dir="auto"
        className="w-64 max-w-full rounded border border-stone-400 bg-white px-3 py-1.5 text-base text-stone-900"
      />
      <button type="submit" className="rounded bg-amber-900 px-3 py-1.5 text-white">
        {t('search.submit')}
      </button>
    </form>
  );
}
