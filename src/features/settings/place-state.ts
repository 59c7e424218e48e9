/**
 * Where the reader is on a page, kept across a switch of the interface's language (the
 * article's text is the same in both, its blocks in the same order): the first block of
 * the page's own text still in view, and how far its top sits from the top of the window.
 * It travels in the navigation's state; reading-place.ts reads and restores it.
 */
export interface ReadingPlace {
  /** The index of that block among the page's blocks, or -1 for the window's offset alone. */
  block: number;
  /** Its top's distance from the top of the window (the window's offset where block is -1). */
  offset: number;
}

/** A navigation's state that carries a place (any other state, the app's own, has none). */
export function placeOf(state: unknown): ReadingPlace | null {
  return (state as { place?: ReadingPlace } | null)?.place ?? null;
}
