import { describe, expect, it } from 'vitest';
import { takesText } from './typing';

describe('takesText', () => {
  it.each([
    'text',
    'search',
    'email',
    'url',
    'tel',
    'password',
    'number',
    'date',
    'TEXT',
    'unknown',
  ])('an input of type %s takes text', (type) => expect(takesText(type)).toBe(true));
  it.each(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'Checkbox'])(
    'an input of type %s takes no text',
    (type) => expect(takesText(type)).toBe(false),
  );
});
