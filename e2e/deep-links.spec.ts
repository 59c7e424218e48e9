import { ARTICLE, expect, test } from './fixtures';

for (const lang of ['ar', 'en'] as const) {
  test(`cold load of a quote anchor in ${lang} scrolls to it and highlights it`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/articles/${ARTICLE}#q4`);
    const mark = page.locator('mark#q4');
    await expect(mark).toBeInViewport();
    await expect(mark).toHaveAttribute('data-active', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });

  test(`a reload of an article in ${lang} shows the same article`, async ({ page }) => {
    await page.goto(`/${lang}/articles/${ARTICLE}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('لافروف');
  });
}

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered article has its text, title and sharing tags', async ({ page }) => {
    const response = await page.goto(`/en/articles/${ARTICLE}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('لافروف');
    await expect(page.locator('.article-text mark')).toHaveCount(5);
    await expect(page).toHaveTitle(/ · Qiraa$/);
    const head = page.locator('head');
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /لافروف/);
    await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `http://127.0.0.1:4173/en/articles/${ARTICLE}`,
    );
    await expect(head.locator('link[hreflang="ar"]')).toHaveAttribute(
      'href',
      `http://127.0.0.1:4173/ar/articles/${ARTICLE}`,
    );
    await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /لافروف/);
  });

  test('the root offers a way in', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'قراءة: أحدث المقالات' }).click();
    await expect(page).toHaveURL('/ar/');
    await expect(page.locator('main article')).toHaveCount(8);
  });

  test('an unknown link says the page is not there, in both languages, with the status 404', async ({
    page,
  }) => {
    for (const path of ['/ar/articles/0123456789abcdef', '/en/nothing/here', '/ar/page/99']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'الصفحة غير موجودة' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expect(page).toHaveTitle(/Page not found/u);
    }
    await page.getByRole('link', { name: 'العودة إلى المقالات' }).click();
    await expect(page).toHaveURL('/ar/');
    await expect(page.locator('main article')).toHaveCount(8);
  });

  test('the prerendered list and quotes view have their content', async ({ page }) => {
    await page.goto('/ar/');
    await expect(page.locator('main article')).toHaveCount(8);
    await page.goto('/ar/quotes');
    await expect(page.locator('main h2').nth(2)).toHaveText('سيرغي لافروف');
  });
});

for (const path of [
  '/ar/articles/0123456789abcdef',
  '/ar/articles/not-an-id',
  '/ar/quotes/000000000000',
  '/ar/quotes/000000000000/page/2',
  '/ar/nothing/here',
  '/ar/page/99',
]) {
  test(`not found in Arabic: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
    await expect(page).toHaveTitle('الصفحة غير موجودة · قراءة');
    await page.getByRole('link', { name: 'العودة إلى المقالات' }).click();
    await expect(page).toHaveURL('/ar/');
  });
}

test('not found in English, and a path without a language', async ({ page }) => {
  await page.goto('/en/articles/0123456789abcdef');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.goto('/nowhere');
  await expect(page).toHaveURL('/ar/nowhere');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
});

test('an archive page of the list, counted from the oldest, opens cold and links to the front page', async ({
  page,
}) => {
  await page.goto('/ar/page/1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أرشيف المقالات: الصفحة 1');
  await expect(page).toHaveTitle('أرشيف المقالات: الصفحة 1 · قراءة');
  // Every article of the fixture site fits on it, as on the front page.
  const archive = await page.locator('main a.card-link').count();
  await page.goto('/ar/');
  await expect(page.locator('main a.card-link')).toHaveCount(archive);
  await page.goto('/en/page/1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article archive: page 1');
});
