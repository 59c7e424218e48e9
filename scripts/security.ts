import { createHash } from 'node:crypto';
import { APP_START_SCRIPT } from '../src/app/start-script';
import { BODY_SCRIPT, HEAD_SCRIPT } from '../src/features/settings/boot-scripts';

/** The CSP source that allows one inline script, and only it. */
export const scriptHash = (script: string) =>
  `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * The inline scripts of every page (vite.config.ts inserts them): the two that apply reader
 * settings before the first paint and the one that starts the app after it.
 */
const INLINE_SCRIPTS = [HEAD_SCRIPT, BODY_SCRIPT, APP_START_SCRIPT];

/**
 * The Content-Security-Policy of every page: no foreign script and no inline script but
 * INLINE_SCRIPTS (allowed by their hashes), no plugins, no <base> rewriting.
 * `frame-ancestors` only works as a header, so it is added there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${INLINE_SCRIPTS.map(scriptHash).join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;

/** `public/_headers` for hosts that read it (Netlify, Cloudflare Pages). */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), web-share=(self), clipboard-write=(self)',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
}
