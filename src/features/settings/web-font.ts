/**
 * The web font plan. A first visit paints at once in the system's Arabic face: no font is
 * asked for before the first paint, so the text is never held back nor redrawn under the
 * reader. Once the page has loaded and the browser is idle, the self-hosted naskh face is
 * fetched (into the HTTP cache; the service worker keeps it too) and remembered; from then on
 * the head script (boot-scripts.ts) sets `data-font="web"` on <html> before the first paint,
 * and index.css puts the face first. An in-app navigation switches to it as soon as it is
 * remembered: the new page's text replaces the old one anyway.
 */

export const WEB_FONT_KEY = 'qiraa.font';
export const WEB_FONT_FAMILY = 'Noto Naskh Arabic Variable';

/** The page's storage, asked for lazily: reading `localStorage` throws in sandboxed frames. */
type StorageOf = () => Pick<Storage, 'getItem' | 'setItem'>;

/** Whether the face was fetched by an earlier page, as the head script reads it. */
export function webFontRemembered(storage: StorageOf): boolean {
  try {
    return storage().getItem(WEB_FONT_KEY) === 'web';
  } catch {
    return false;
  }
}

/**
 * Fetches the face without using it on this page (no text changes face, so no line moves)
 * and remembers it once it has arrived. A face that did not load is not remembered.
 */
export async function warmWebFont(
  fonts: Pick<FontFaceSet, 'load'>,
  storage: StorageOf,
): Promise<void> {
  if (webFontRemembered(storage)) return;
  try {
    const faces = await fonts.load(`1em "${WEB_FONT_FAMILY}"`, 'ع');
    if (faces.length > 0) storage().setItem(WEB_FONT_KEY, 'web');
  } catch {
    // No storage, or the face failed to download: the system's face stays.
  }
}

/** After an in-app navigation: the remembered face, from the new page on. */
export function applyRememberedWebFont(root: HTMLElement, storage: StorageOf): void {
  if (root.dataset.font !== 'web' && webFontRemembered(storage)) root.dataset.font = 'web';
}
