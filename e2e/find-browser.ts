import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * The browser the tests run in: $CHROME_PATH, else the system's Chromium, else
 * Playwright's own if it was installed. Throws with instructions when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const system = SYSTEM_CHROMIUM.find((path) => exists(path));
  if (system) return system;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && exists(bundled)) return bundled;
  throw new Error(
    [
      'No Chromium found for the browser tests. Any one of these works:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - Playwright’s own build: npx playwright install chromium',
      '  - an existing Chrome or Chromium: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
