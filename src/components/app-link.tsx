import type { AnchorHTMLAttributes } from 'react';
import { APP_LINK, APP_LINK_KEEP_SCROLL, APP_LINK_REPLACE } from '../lib/app-links';

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute path in the app (`/ar/articles/…`), with a query or a `#fragment`. */
  to: string;
  /** Replaces the current history entry instead of adding one. */
  replace?: boolean;
  /** Keeps the scroll position after the navigation. */
  preventScrollReset?: boolean;
}

/**
 * A link inside the app: a plain anchor, which the page's one click listener
 * (`followAppLinks`) turns into an in-app navigation.
 */
export function AppLink({ to, replace, preventScrollReset, children, ...props }: AppLinkProps) {
  const marks = {
    [APP_LINK]: '',
    ...(replace ? { [APP_LINK_REPLACE]: '' } : {}),
    ...(preventScrollReset ? { [APP_LINK_KEEP_SCROLL]: '' } : {}),
  };
  return (
    <a href={to} {...marks} {...props}>
      {children}
    </a>
  );
}
