import type { Page } from '@playwright/test';
import { ARTICLE, expect, expectNoAxeViolations, test, waitForApp } from './fixtures';

const HARAKAT = /[\u064B-\u0652\u0670]/g;

/** Stored settings, in place before the page's first byte, as a returning reader has them. */
async function withStoredSettings(page: Page, settings: Record<string, string>) {
  await page.addInitScript((stored) => {
    window.localStorage.setItem('qiraa.settings', stored);
  }, JSON.stringify(settings));
}

/** The page as it is before the app's script runs (the app's script is served empty). */
async function withoutAppScript(page: Page) {
  await page.route(/\/assets\/.*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
}

const backgroundOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const fontSizeOf = (page: Page) =>
  page
    .locator('.article-text')
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

test('the panel sets the theme at once, keeps it, and the next page has it before any script', async ({
  page,
  context,
}) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  const light = await backgroundOf(page);
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  const panel = page.getByRole('dialog', { name: 'إعدادات القراءة' });
  await expect(panel).toBeVisible();
  await panel.getByRole('radio', { name: 'داكن' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await backgroundOf(page);
  expect(dark).not.toBe(light);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // A new page of the same site, with the app's script blocked: only the script before
  // paint (allowed by its hash in the page's policy) can have set the theme.
  const next = await context.newPage();
  await withoutAppScript(next);
  await next.goto('/ar/quotes');
  await expect(next.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await backgroundOf(next)).toBe(dark);
  await next.close();
});

for (const theme of ['light', 'sepia', 'dark'] as const) {
  for (const path of ['/ar/', `/ar/articles/${ARTICLE}`, '/en/quotes']) {
    test(`the ${theme} theme passes axe (colour contrast included) on ${path}`, async ({
      page,
    }) => {
      await withStoredSettings(page, { theme });
      await page.goto(path);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolations(page);
    });
  }

  test(`the ${theme} theme: the panel passes axe and the focus ring is drawn`, async ({ page }) => {
    await withStoredSettings(page, { theme });
    await page.goto('/en/');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline).toEqual({ width: '3px', style: 'solid' });
  });
}

test('"as the system" follows the system colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/ar/');
  await waitForApp(page);
  const dark = await backgroundOf(page);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await backgroundOf(page)).not.toBe(dark);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('text size, line spacing and width apply before any script and without a shift after', async ({
  page,
}) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  const medium = await fontSizeOf(page);
  const mediumWidth = await page.locator('.article-text').evaluate((e) => e.clientWidth);

  // Leave the running app first (see the harakat test below).
  await page.goto('about:blank');
  await withStoredSettings(page, { size: '5', leading: 'loose', width: 'narrow' });
  await withoutAppScript(page);
  await page.goto(`/ar/articles/${ARTICLE}`);
  const largest = await fontSizeOf(page);
  expect(largest).toBeCloseTo(medium * 1.3, 1);
  const box = page.locator('.article-text');
  expect(await box.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight))).toBeCloseTo(
    largest * 2.5,
    0,
  );
  expect(await box.evaluate((e) => e.clientWidth)).toBeLessThan(mediumWidth);

  // With the app: hydration keeps the same layout (the first paragraph does not move).
  await page.unrouteAll();
  await page.goto(`/ar/articles/${ARTICLE}`);
  const before = await box.locator('p').first().boundingBox();
  await waitForApp(page);
  expect(await box.locator('p').first().boundingBox()).toEqual(before);
  expect(await fontSizeOf(page)).toBe(largest);
});

test('[ and ] step the text size, kept for the next page', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await waitForApp(page);
  const medium = await fontSizeOf(page);
  await page.keyboard.press(']');
  await expect(page.locator('html')).toHaveAttribute('data-size', '4');
  expect(await fontSizeOf(page)).toBeGreaterThan(medium);
  await page.keyboard.press('[');
  await page.keyboard.press('[');
  await expect(page.locator('html')).toHaveAttribute('data-size', '2');
  expect(await fontSizeOf(page)).toBeLessThan(medium);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-size', '2');
});

test('hidden harakat leave the article text before paint and after hydration, and come back', async ({
  page,
}) => {
  const marksIn = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate(
        (element, pattern) =>
          (element.textContent ?? '').match(new RegExp(pattern, 'g'))?.length ?? 0,
        HARAKAT.source,
      );
  await page.goto(`/ar/articles/${ARTICLE}`);
  const shown = await marksIn('.article-text');
  expect(shown).toBeGreaterThan(0);

  // Leave the running app first: a chunk it still loads would get the empty script below
  // and fail in that page, not in the one under test.
  await page.goto('about:blank');
  await withStoredSettings(page, { harakat: 'hidden' });
  await withoutAppScript(page);
  await page.goto(`/ar/articles/${ARTICLE}`);
  expect(await marksIn('.article-text')).toBe(0);

  // With the app: hydration finds the text as the script left it (a mismatch would be a
  // console error, which fails this test), and the text stays without marks.
  await page.unrouteAll();
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  expect(await marksIn('.article-text')).toBe(0);
  const textLength = await page.locator('.article-text').evaluate((e) => e.textContent!.length);

  // Shown again from the panel: the same text, marks and all.
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await page
    .getByRole('group', { name: /الحركات/ })
    .getByRole('radio', { name: 'ظاهرة' })
    .check();
  await expect.poll(() => marksIn('.article-text')).toBe(shown);
  expect(await page.locator('.article-text').evaluate((e) => e.textContent!.length)).toBe(
    textLength + shown,
  );
});

test('Arabic-Indic digits in the Arabic interface only, before paint and after hydration', async ({
  page,
}) => {
  const numbers = () =>
    page
      .locator('main header [data-num]')
      .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  await withStoredSettings(page, { digits: 'arab' });
  await withoutAppScript(page);
  await page.goto(`/ar/articles/${ARTICLE}`);
  const beforeScript = await numbers();
  expect(beforeScript.join(' ')).toMatch(/[٠-٩]/);
  expect(beforeScript.join(' ')).not.toMatch(/[0-9]/);

  await page.unrouteAll();
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  expect(await numbers()).toEqual(beforeScript);

  await page.goto(`/en/articles/${ARTICLE}`);
  await waitForApp(page);
  const english = (await numbers()).join(' ');
  expect(english).toMatch(/[0-9]/);
  expect(english).not.toMatch(/[٠-٩]/);
});

test('shortcuts turned off in the settings do nothing', async ({ page }) => {
  await page.goto('/en/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('checkbox', { name: 'Use keyboard shortcuts' }).uncheck();
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(page.locator('main a.card-link').first()).not.toBeFocused();
  await page.reload();
  await waitForApp(page);
  await page.keyboard.press('j');
  await expect(page.locator('main a.card-link').first()).not.toBeFocused();
});

test('hidden harakat leave the article titles quoted on the quotes page too', async ({ page }) => {
  const titleMarks = () =>
    page.locator('main').evaluate(
      (main, pattern) =>
        Array.from(main.querySelectorAll('bdi[data-doc]'))
          .map((title) => (title.textContent ?? '').match(new RegExp(pattern, 'g'))?.length ?? 0)
          .reduce((sum, count) => sum + count, 0),
      HARAKAT.source,
    );
  await page.goto('/ar/quotes');
  await waitForApp(page);
  expect(await titleMarks()).toBeGreaterThan(0);

  await page.goto('about:blank');
  await withStoredSettings(page, { harakat: 'hidden' });
  await page.goto('/ar/quotes');
  await waitForApp(page);
  expect(await titleMarks()).toBe(0);
});
