import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { MessageView } from '../components/message-view';
import { paths } from '../lib/paths';
import { useLanguage } from './layout';

/** Not found, or any other failure, in the current language, with a way back. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // A page whose data could not be fetched with no network: not kept for offline reading.
  const offline = !notFound && typeof navigator !== 'undefined' && navigator.onLine === false;
  return <Message kind={notFound ? 'notFound' : offline ? 'offline' : 'error'} />;
}

export function NotFound() {
  return <Message kind="notFound" />;
}

/** Shown while a page that was not prerendered loads its data. */
export function Loading() {
  return <div aria-busy="true" className="min-h-screen" />;
}

function Message({ kind: key }: { kind: 'notFound' | 'error' | 'offline' }) {
  const lang = useLanguage();
  const { t } = useT();
  // A page with no data has no meta for the layout to name it by: the message names it.
  const title = t('app.documentTitle', { title: t(`${key}.title`) });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <MessageView
      title={t(`${key}.title`)}
      body={t(`${key}.body`)}
      backHref={key === 'offline' ? paths.saved(lang) : paths.home(lang)}
      backLabel={t(`${key}.back`)}
    />
  );
}
