import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { MessageView } from '../components/message-view';
import { paths } from '../lib/paths';
import { useLanguage } from './layout';
import { useDocumentTitle } from './page-meta';

/** Not found, or any other failure, in the current language, with a way back. */
export function RouteError() {
  const error = useRouteError();
  const lang = useLanguage();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const key = notFound ? 'notFound' : 'error';
  useDocumentTitle(t('app.documentTitle', { title: t(`${key}.title`) }));
  return (
    <MessageView
      title={t(`${key}.title`)}
      body={t(`${key}.body`)}
      backHref={paths.home(lang)}
      backLabel={t(`${key}.back`)}
    />
  );
}
