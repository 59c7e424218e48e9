import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile } from './security';

test('public/_headers is the policy the pages carry', () => {
  const committed = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
  expect(committed).toBe(headersFile());
});

test('the policy allows no inline script and no plugins', () => {
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
});
