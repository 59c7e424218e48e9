import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { APP_START_SCRIPT } from '../src/app/start-script';
import { BODY_SCRIPT, HEAD_SCRIPT } from '../src/features/settings/boot-scripts';
import { CONTENT_SECURITY_POLICY, headersFile, scriptHash } from './security';

test('public/_headers is the policy the pages carry', () => {
  const committed = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
  expect(committed).toBe(headersFile());
});

test('the policy allows no inline script but the two reader-settings scripts and the app starter, and no plugins', () => {
  const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((part) =>
    part.startsWith('script-src'),
  );
  expect(scriptSrc).toBe(
    `script-src 'self' ${scriptHash(HEAD_SCRIPT)} ${scriptHash(BODY_SCRIPT)} ${scriptHash(APP_START_SCRIPT)}`,
  );
  expect(scriptHash('x')).toBe("'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='");
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
});
