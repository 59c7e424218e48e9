import { expect, test } from 'vitest';
import { serializeHydration } from './hydration';

test('hostile text cannot close the JSON script element and still round-trips', () => {
  const payload = {
    path: '/ar/articles/x',
    loaderData: { article: { title: '</script><script>alert(1)</script> & \u2028' } },
  };
  const json = serializeHydration(payload);
  expect(json).not.toContain('</script');
  expect(json).not.toContain('<');
  expect(JSON.parse(json)).toEqual(payload);
});
