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

test('each character that could end the script or the line is escaped, and only those', () => {
  const payload = { path: '/ar/', loaderData: { text: 'a<b>c&d\u2028e\u2029f «عربي»' } };
  expect(serializeHydration(payload)).toBe(
    '{"path":"/ar/","loaderData":{"text":"a\\u003cb\\u003ec\\u0026d\\u2028e\\u2029f «عربي»"}}',
  );
});
