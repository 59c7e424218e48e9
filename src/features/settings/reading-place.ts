/**
 * Reading and restoring a reader's place on a page (see place-state.ts). Loaded when the
 * language is switched, not with the page.
 */
import type { ReadingPlace } from './place-state';

/** The blocks a place is counted in: the article's paragraphs and its quotes' list. */
const BLOCKS = 'main h1, main [data-doc] p, main li';

export function readingPlace(): ReadingPlace {
  const blocks = Array.from(document.querySelectorAll<HTMLElement>(BLOCKS));
  const block = blocks.findIndex((element) => element.getBoundingClientRect().bottom > 0);
  if (block < 0 || window.scrollY === 0) return { block: -1, offset: window.scrollY };
  return { block, offset: blocks[block].getBoundingClientRect().top };
}

/** Scrolls so the block of a place sits where it sat; the window's offset if it has none. */
export function restoreReadingPlace(place: ReadingPlace): void {
  const element =
    place.block >= 0 ? document.querySelectorAll<HTMLElement>(BLOCKS)[place.block] : undefined;
  if (!element) {
    window.scrollTo(0, place.block < 0 ? place.offset : 0);
    return;
  }
  window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - place.offset);
}
