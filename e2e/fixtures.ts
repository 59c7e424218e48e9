import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Every journey fails on a console error or an uncaught page error. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // Playwright's own note when a test blocks the service worker (playwright.config.ts).
        if (message.text() === 'Service Worker registration blocked by Playwright') return;
        // A page that is not there is answered with the status 404, as static hosts answer
        // it (404.html); the browser notes that status for the document itself.
        const document = message.location().url.split('#')[0] === page.url().split('#')[0];
        if (document && /status of 404/u.test(message.text())) return;
        if (message.type() === 'error' || message.type() === 'warning') {
          errors.push(`console.${message.type()}: ${message.text()}`);
        }
      });
      // With the first frame of its stack, to tell where a minified error came from.
      page.on('pageerror', (error) =>
        errors.push(`pageerror: ${error.message} ${error.stack?.split('\n')[1]?.trim() ?? ''}`),
      );
      await use(errors);
      expect(errors, 'console and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const ARTICLE = 'e8dd7afff7bd6bee';
export const EMBEDDED = 'd4df64fedecb5120';
export const HOSTILE = '0badc0de0badc0de';
export const LAVROV = 'سيرغي لافروف';
export const PESKOV = 'دميتري بيسكوف';
// The minister of a long press conference (106_…): more quotes than a speaker's page holds.
export const MINISTER = 'ماجد العبيدي';

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** The page does not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    // What is laid out only when scrolled into view (content-visibility) is laid out now, so
    // that it is measured too.
    document.querySelectorAll<HTMLElement>('body *').forEach((element) => {
      element.style.contentVisibility = 'visible';
    });
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Waits until the client has taken over a prerendered page (the layout marks <html>). */
export async function waitForApp(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}
