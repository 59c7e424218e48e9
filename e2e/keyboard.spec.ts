import { ARTICLE, expect, expectNoAxeViolations, test, waitForApp } from './fixtures';

test('j and k move through the list, Enter opens the article', async ({ page }) => {
  await page.goto('/ar/');
  await waitForApp(page);
  const links = page.locator('main a.card-link');
  await page.keyboard.press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.nth(0)).toBeFocused();
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
});

test('n and p move through the quotes of an article', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await waitForApp(page);
  await page.keyboard.press('n');
  await expect(page.locator('mark#q1')).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.locator('mark#q2')).toBeFocused();
  await expect(page.locator('mark#q2')).toBeInViewport();
  await page.keyboard.press('p');
  await expect(page.locator('mark#q1')).toBeFocused();
});

test('shortcuts never fire while typing or with a modifier', async ({ page }) => {
  await page.goto('/ar/');
  await waitForApp(page);
  const box = page.getByRole('searchbox');
  await box.focus();
  await page.keyboard.type('jn');
  await expect(box).toHaveValue('jn');
  await expect(box).toBeFocused();
  await box.blur();
  await page.keyboard.press('Control+j');
  await expect(page.locator('main a.card-link').first()).not.toBeFocused();
});

for (const [lang, title, toggle] of [
  ['ar', 'اختصارات لوحة المفاتيح', 'تفعيل الاختصارات'],
  ['en', 'Keyboard shortcuts', 'Use keyboard shortcuts'],
] as const) {
  test(`? lists the shortcuts in ${lang}, Escape closes the list, and they can be turned off`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/`);
    await waitForApp(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('kbd')).toContainText(['j', 'k', 'n', 'p', '/', '?']);
    // Key caps read left to right in the Arabic list too, so `[` is not drawn as `]`.
    const directions = await dialog
      .locator('kbd')
      .evaluateAll((keys) => keys.map((key) => getComputedStyle(key).direction));
    expect(directions).not.toContain('rtl');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Turned off, j does nothing, on this page and the next; the footer button still opens the list.
    await page.keyboard.press('?');
    await dialog.getByRole('checkbox', { name: toggle }).uncheck();
    await page.keyboard.press('Escape');
    await page.reload();
    await waitForApp(page);
    await page.keyboard.press('j');
    await expect(page.locator('main a.card-link').first()).not.toBeFocused();
    await page.keyboard.press('?');
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: title }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: toggle }).check();
  });
}
