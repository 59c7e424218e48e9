/**
 * A built site served as a static host serves it (`vite preview` on 127.0.0.1) and a real
 * Chromium to read it with: what the search bench, the Pagefind comparison and the search
 * bytes check share.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../../e2e/find-browser';
import { waitForServer } from '../../scripts/wait-for-server';

export interface SiteBrowser {
  browser: Browser;
  /** The site's address, without a trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

/** Serves `site` on `port` and launches Chromium; resolves once the site answers. */
export async function openSite(site: string, port: number): Promise<SiteBrowser> {
  const server = spawn(
    join('node_modules', '.bin', 'vite'),
    ['preview', '--outDir', site, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  const close = async () => {
    await browser.close();
    server.kill();
  };
  try {
    await waitForServer(`${origin}/ar/`);
  } catch (error) {
    await close();
    throw error;
  }
  return { browser, origin, close };
}

/** Waits until the search route shows `query`'s heading and its count of results. */
export async function searchShown(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) =>
      document.querySelector('h1')?.textContent?.includes(q) &&
      document.querySelector('[data-testid="search-count"]') !== null,
    query,
  );
}
