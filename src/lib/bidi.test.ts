import { expect, test } from 'vitest';
import { isolateLatin } from './bidi';

test('isolates Latin runs in Arabic text', () => {
  expect(isolateLatin('أفادت Fox News بأن CNN.')).toEqual([
    { text: 'أفادت ', latin: false },
    { text: 'Fox News', latin: true },
    { text: ' بأن ', latin: false },
    { text: 'CNN', latin: true },
    { text: '.', latin: false },
  ]);
  expect(isolateLatin('نص عربي فقط 270')).toEqual([{ text: 'نص عربي فقط 270', latin: false }]);
});
