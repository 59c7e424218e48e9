import { describe, expect, it } from 'vitest';
import { TYPED, wasTyped } from './typed-state';

describe('wasTyped', () => {
  it('is true for the state the search box gives its navigations', () => {
    expect(wasTyped(TYPED)).toBe(true);
  });
  it('is false for no state, another state, or a look-alike value', () => {
    expect(wasTyped(null)).toBe(false);
    expect(wasTyped(undefined)).toBe(false);
    expect(wasTyped({ place: { block: 2, offset: 10 } })).toBe(false);
    expect(wasTyped({ typed: 'yes' })).toBe(false);
  });
});
