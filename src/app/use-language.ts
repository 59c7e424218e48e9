import { useRouteLoaderData } from 'react-router';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

/** The language of the page: the `lang` route's, Arabic outside it. */
export function useLanguage(): Language {
  const data = useRouteLoaderData('lang') as { lang: Language } | undefined;
  return data?.lang ?? DEFAULT_LANGUAGE;
}
