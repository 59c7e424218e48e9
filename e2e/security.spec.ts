import { expect, test as bare } from '@playwright/test';
import { ARTICLE, test, waitForApp } from './fixtures';

test('every page carries the Content-Security-Policy', async ({ page }) => {
  for (const path of [
    '/ar/',
    `/en/articles/${ARTICLE}`,
    '/ar/quotes',
    '/ar/articles/0123456789abcdef',
  ]) {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
  }
});

bare('an inline script injected into a page is refused by the policy', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  const violation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve(event.violatedDirective),
        );
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
      }),
  );
  expect(violation).toMatch(/^script-src/);
  expect(
    await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan),
  ).toBeUndefined();
  expect(messages.some((text) => text.includes('Content Security Policy'))).toBe(true);
});

bare(
  'a route that fails shows an error view in the current language, not a blank page',
  async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/ar/');
    await waitForApp(page);
    await page.route('**/data/articles/*.json', (route) =>
      route.fulfill({ status: 500, body: 'boom' }),
    );
    await page.getByRole('link', { name: /لافروف: روسيا مستعدّة/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('حدث خطأ');
    await expect(page.getByRole('link', { name: 'العودة إلى المقالات' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'التنقل الرئيسي' })).toBeVisible();
    expect(errors).toEqual([]);
  },
);
