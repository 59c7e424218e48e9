/** Whether a new version of the site waits, and how to switch to it: a tiny store. */
type Apply = () => void;

let pending: Apply | null = null;
const listeners = new Set<() => void>();

export function setUpdate(apply: Apply | null): void {
  pending = apply;
  for (const listener of listeners) listener();
}

export const pendingUpdate = (): Apply | null => pending;

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
