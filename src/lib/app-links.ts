/**
 * In-app navigation for plain anchors. Every link inside the app is an `<a>` marked by
 * `AppLink`; one click listener on the document turns a plain click on one into a router
 * navigation, and leaves every other click (a new tab, a download, another site) to the
 * browser. react-router's `Link` does the same per link with four hooks, which cost a
 * tenth of each prerendered page and run again at hydration for every link on the page.
 */

/** The attribute that marks an anchor as an in-app link. */
export const APP_LINK = 'data-app-link';
/** Marks an in-app link that replaces the current history entry. */
export const APP_LINK_REPLACE = 'data-replace';
/** Marks an in-app link that keeps the scroll position. */
export const APP_LINK_KEEP_SCROLL = 'data-keep-scroll';

export interface ClickLike {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface AnchorLike {
  /** The absolute URL the anchor points at (`HTMLAnchorElement.href`). */
  href: string;
  target: string;
  hasAttribute(name: string): boolean;
}

export interface Place {
  origin: string;
  pathname: string;
  search: string;
  hash: string;
}

export interface InAppNavigation {
  to: string;
  replace: boolean;
  preventScrollReset: boolean;
}

/** A click with the main button and no modifier: one a page may handle as a navigation. */
export function isPlainClick(event: ClickLike): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

/**
 * Where a click on `anchor` goes inside the app, or null when the browser should follow it:
 * a click already handled, one with a modifier or another button, an anchor that is not an
 * in-app link, one that opens elsewhere or downloads, one to another origin. A link to the
 * very place the reader is at replaces the entry rather than adding the same one again.
 */
export function inAppNavigation(
  event: ClickLike,
  anchor: AnchorLike,
  here: Place,
): InAppNavigation | null {
  if (event.defaultPrevented || !isPlainClick(event)) return null;
  if (!anchor.hasAttribute(APP_LINK) || anchor.hasAttribute('download')) return null;
  if (anchor.target !== '' && anchor.target !== '_self') return null;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null;
  const to = `${url.pathname}${url.search}${url.hash}`;
  return {
    to,
    replace:
      anchor.hasAttribute(APP_LINK_REPLACE) || to === `${here.pathname}${here.search}${here.hash}`,
    preventScrollReset: anchor.hasAttribute(APP_LINK_KEEP_SCROLL),
  };
}

type Navigate = (to: string, options: { replace: boolean; preventScrollReset: boolean }) => unknown;

/** Listens for clicks on in-app links for the life of the page. */
export function followAppLinks(root: Document, navigate: Navigate): void {
  root.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor) return;
    const navigation = inAppNavigation(event, anchor, root.location);
    if (!navigation) return;
    event.preventDefault();
    void navigate(navigation.to, {
      replace: navigation.replace,
      preventScrollReset: navigation.preventScrollReset,
    });
  });
}
