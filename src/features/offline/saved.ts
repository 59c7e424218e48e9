/**
 * Articles kept for offline reading: their files go into a cache of their own (which the
 * service worker reads when the network fails) and their summaries into localStorage (which
 * the "saved" page lists). The one I/O edge of the feature; `savedOf` and `withSaved` are pure.
 */
import { LANGUAGES } from '../../i18n/languages';
import { paths } from '../../lib/paths';

export const SAVED_KEY = 'qiraa.saved';
export const SAVED_CACHE = 'qiraa-saved';

export interface SavedArticle {
  id: string;
  title: string;
  publishedAt: string | null;
}

/** The stored list, newest kept first; anything malformed is dropped. */
export function savedOf(stored: string | null): SavedArticle[] {
  try {
    const list: unknown = JSON.parse(stored ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (item): item is SavedArticle =>
        !!item &&
        typeof item.id === 'string' &&
        /^[0-9a-f]{16}$/.test(item.id) &&
        typeof item.title === 'string' &&
        (item.publishedAt === null || typeof item.publishedAt === 'string'),
    );
  } catch {
    return [];
  }
}

/** The list with an article kept (first) or let go. */
export function withSaved(list: readonly SavedArticle[], article: SavedArticle, keep: boolean) {
  const others = list.filter((item) => item.id !== article.id);
  return keep ? [article, ...others] : others;
}

/** What an article needs to open with no network: its pages and its data files. */
export function filesOf(id: string): string[] {
  return [
    ...LANGUAGES.map((lang) => paths.article(lang, id)),
    `/data/articles/${id}.json`,
    `/data/ids/articles/${id.slice(0, 2)}.json`,
  ];
}

/** Whether this browser can keep pages: a service worker and the Cache API. */
export const canKeep = () =>
  typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator;

const listeners = new Set<() => void>();
let cached: { stored: string | null; list: SavedArticle[] } | null = null;

function read(): string | null {
  try {
    return window.localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

/** The saved list, the same array until it changes (for useSyncExternalStore). */
export function savedList(): SavedArticle[] {
  const stored = read();
  if (!cached || cached.stored !== stored) cached = { stored, list: savedOf(stored) };
  return cached.list;
}

export function subscribeSaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keeps an article for offline reading, or lets it go. Resolves once its files are stored. */
export async function setKept(article: SavedArticle, keep: boolean): Promise<void> {
  const cache = await caches.open(SAVED_CACHE);
  const files = filesOf(article.id);
  if (keep) await cache.addAll(files);
  else await Promise.all(files.map((file) => cache.delete(file)));
  try {
    window.localStorage.setItem(SAVED_KEY, JSON.stringify(withSaved(savedList(), article, keep)));
  } catch {
    // storage disabled: the files stay cached, the list lasts the visit
  }
  for (const listener of listeners) listener();
}
