/**
 * The service worker's side of the page: registered after the page has painted (its own
 * chunk, so no page's first load carries workbox-window), and a new version waits for the
 * reader to accept it (the prompt in update-prompt.tsx).
 */
import { Workbox } from 'workbox-window';
import { setUpdate } from './update-store';

export function register(): void {
  const workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    setUpdate(() => {
      // The new version takes over, then the page reloads into it.
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  // A browser that refuses workers (private modes, policies) reads the site without them.
  workbox.register().catch(() => undefined);
}
