import { ARTICLE, EMBEDDED, expect, test, waitForApp } from './fixtures';

// These journeys need the service worker that every other test blocks.
test.use({ serviceWorkers: 'allow' });

test('each page names the manifest of its language, with a maskable icon made from the favicon', async ({
  page,
  request,
}) => {
  for (const [lang, name, dir] of [
    ['ar', 'قراءة', 'rtl'],
    ['en', 'Qiraa', 'ltr'],
  ] as const) {
    await page.goto(`/${lang}/articles/${ARTICLE}`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/manifest.${lang}.webmanifest`);
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({
      name,
      lang,
      dir,
      start_url: `/${lang}/`,
      display: 'standalone',
    });
    const maskable = manifest.icons.find(
      (icon: { purpose: string }) => icon.purpose === 'maskable',
    );
    const svg = await (await request.get(maskable.src)).text();
    expect(svg).toContain('scale(0.8)');
  }
});

test('an article kept for offline opens with no network, from the saved list, in both languages', async ({
  page,
  context,
  pageErrors,
}) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  // The worker is registered after load; once it is active it controls the next page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForApp(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  const keep = page.getByRole('button', { name: 'احفظ للقراءة دون اتصال' });
  await keep.click();
  await expect(page.getByRole('button', { name: 'محفوظ للقراءة دون اتصال' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await context.setOffline(true);
  await page.goto('/ar/saved');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المقالات المحفوظة');
  await page.getByRole('link', { name: title! }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.locator('.article-text mark').first()).toBeVisible();

  // Opened cold with no network, in English too.
  await page.goto(`/en/articles/${ARTICLE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);

  // A page that was not kept says so, in the page's language, with the way to the saved list.
  await page.goto(`/ar/articles/${EMBEDDED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('لا اتصال بالإنترنت');
  await expect(page.getByRole('link', { name: 'المقالات المحفوظة' }).last()).toBeVisible();
  await page.goto(`/en/articles/${EMBEDDED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  // The data of the two pages that were not kept could not be fetched: those failures, and
  // only those, are expected.
  const failed = pageErrors.filter((error) => error.includes('net::ERR_FAILED'));
  expect(failed).toHaveLength(2);
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !failed.includes(error)));

  // Back online, letting it go removes it from the list.
  await context.setOffline(false);
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'محفوظ للقراءة دون اتصال' }).click();
  await expect(page.getByRole('button', { name: 'احفظ للقراءة دون اتصال' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.goto('/ar/saved');
  await waitForApp(page);
  await expect(page.getByText('لم تحفظ أي مقال بعد', { exact: false })).toBeVisible();
});
