import type { i18n as I18n, TFunction } from 'i18next';

/** Above this many remembered strings a language's memory starts again. */
const LIMIT = 20_000;

const byInstance = new WeakMap<I18n, Map<string, TFunction>>();

/**
 * The translation function of one language that remembers what it returned for a key and
 * its options. A prerender asks for the same strings on every page (labels, dates of the
 * same day), and i18next resolves, interpolates and formats each call again. A string that
 * is missing (i18next returns the key) is not remembered, so a bundle added later (the
 * settings and keyboard dialogs load theirs) is seen. Options that are not plain JSON
 * values (a function, a nested t) are not remembered either.
 */
export function memoizedT(i18n: I18n, language: string): TFunction {
  let perLanguage = byInstance.get(i18n);
  if (!perLanguage) {
    perLanguage = new Map();
    byInstance.set(i18n, perLanguage);
  }
  const known = perLanguage.get(language);
  if (known) return known;
  const fixed = i18n.getFixedT(language);
  let memory = new Map<string, string>();
  const t = ((key: string | string[], options?: Record<string, unknown>) => {
    const id = memoId(key, options);
    if (id === null) return fixed(key as never, options as never);
    const remembered = memory.get(id);
    if (remembered !== undefined) return remembered;
    const value = fixed(key as never, options as never) as unknown;
    if (typeof value !== 'string') return value;
    if (value !== key) {
      if (memory.size >= LIMIT) memory = new Map();
      memory.set(id, value);
    }
    return value;
  }) as unknown as TFunction;
  perLanguage.set(language, t);
  return t;
}

function memoId(key: unknown, options: Record<string, unknown> | undefined): string | null {
  // A date is written by format.ts, which remembers it itself and notes it for the page's
  // payload (recordFormattedDates): it has to be asked each time.
  if (typeof key !== 'string' || key.startsWith('date.')) return null;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return null;
  let id = key;
  for (const name in options) {
    const value = options[name];
    const kind = typeof value;
    if (kind === 'string' || kind === 'number' || kind === 'boolean')
      id += `\u0000${name}\u0001${kind[0]}${String(value)}`;
    else if (value !== undefined) return null;
  }
  return id;
}
