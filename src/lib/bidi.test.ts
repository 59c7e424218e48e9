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

test('markup and URLs are isolated whole, punctuation at their edges stays Arabic', () => {
  expect(isolateLatin('<script>window.__pwned = 1</script> عنوان')).toEqual([
    { text: '<script>window.__pwned = 1</script>', latin: true },
    { text: ' عنوان', latin: false },
  ]);
  expect(isolateLatin('زوروا bbc.com/arabic.')).toEqual([
    { text: 'زوروا ', latin: false },
    { text: 'bbc.com/arabic', latin: true },
    { text: '.', latin: false },
  ]);
  expect(isolateLatin('قال "نعم"، في 2024')).toEqual([
    { text: 'قال "نعم"، في 2024', latin: false },
  ]);
});
