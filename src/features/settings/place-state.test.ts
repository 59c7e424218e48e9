import { expect, test } from 'vitest';
import { placeOf } from './place-state';

test('a navigation state with a place gives it back', () => {
  expect(placeOf({ place: { block: 3, offset: -12.5 } })).toEqual({ block: 3, offset: -12.5 });
});

test.each([null, undefined, {}, { place: null }])('any other state (%j) is no place', (state) => {
  expect(placeOf(state)).toBeNull();
});
