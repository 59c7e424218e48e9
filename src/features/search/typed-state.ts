/**
 * The mark a navigation made by the search box carries in its state. The results follow
 * typing: such a navigation must neither move focus out of the box (the reader is still
 * typing) nor put an older query back into it when it lands after newer keys. A return to
 * that entry (Back, Forward) is a navigation like any other.
 */
export interface TypedState {
  typed: true;
}

export const TYPED: TypedState = { typed: true };

/** Whether a navigation's state says the search box made it. */
export function wasTyped(state: unknown): boolean {
  return (state as Partial<TypedState> | null)?.typed === true;
}
