import { ARTICLE, EMBEDDED, expect, LAVROV, MINISTER, PESKOV, test, waitForApp } from './fixtures';

test('the list, newest first, opens an article with every quote marked and attributed', async ({
  page,
}) => {
  await page.goto('/ar/');
  await expect(page).toHaveTitle('أحدث المقالات · قراءة');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const items = page.locator('main article');
  await expect(items).toHaveCount(8);
  const dates = await items
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort().reverse());
  await expect(items.first()).toContainText('3 مارس 2025');

  await waitForApp(page);
  await page.getByRole('link', { name: /لافروف: روسيا مستعدّة/ }).click();
  await expect(page).toHaveURL(`/ar/articles/${ARTICLE}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('لافروف: روسيا مستعدّة للحوار مع الولايات المتحدة دون إملاءات');
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(/^لافروف: روسيا مستعدّة.* · قراءة$/);

  const marks = page.locator('.article-text mark');
  await expect(marks).toHaveCount(5);
  await expect(page.locator('.article-text .speaker-chip')).toHaveText(Array(5).fill(LAVROV));
  await expect(page.locator('#q2')).toContainText('سنرى ما إذا كانت هناك مقترحات للحوار');
  // The sentence's full stop stays with the quote; the speaker's label comes after it.
  expect(await page.locator('#q1').evaluate((mark) => mark.nextSibling?.textContent)).toBe('.');
  await expect(page.getByText('الموافق 5 جمادى الأولى 1446 هـ')).toBeVisible();
  await expect(page.getByText('دقيقتا قراءة')).toBeVisible();

  const panel = page.getByRole('region', { name: 'الاقتباسات في هذا المقال' });
  await expect(panel.locator('blockquote')).toHaveCount(5);
  await expect(panel.locator('cite').first()).toHaveText(LAVROV);
});

test('related reads: the embedded story and back to the page that embeds it', async ({ page }) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  const related = page.getByRole('complementary', { name: 'قراءات ذات صلة' });
  const readAlso = related.getByRole('region', { name: 'اقرأ أيضًا' });
  await readAlso.getByRole('link', { name: /الكرملين: بوتين منفتح/ }).click();
  await expect(page).toHaveURL(`/ar/articles/${EMBEDDED}`);
  await expect(page.locator('.article-text .speaker-chip')).toHaveText(Array(4).fill(PESKOV));
  await expect(page.locator('.article-text')).toContainText('"فوكس نيوز"');
  await expect(page.locator('.article-text mark', { hasText: 'فوكس نيوز' })).toHaveCount(0);

  const embeddedIn = page.getByRole('region', { name: 'ورد هذا الخبر في' });
  await embeddedIn.getByRole('link', { name: /لافروف: روسيا مستعدّة/ }).click();
  await expect(page).toHaveURL(`/ar/articles/${ARTICLE}`);
  await expect(
    page.getByRole('region', { name: 'مقالات مشابهة' }).getByRole('link').first(),
  ).toBeVisible();
});

test('quotes by speaker, most quoted first, a speaker page, and back to the quote in its article', async ({
  page,
}) => {
  await page.goto('/ar/quotes');
  await expect(page).toHaveTitle('الاقتباسات حسب المتحدث · قراءة');
  const speakers = page.locator('main h2');
  // The minister of a long press conference first; then five quotes each: ties go by name.
  await expect(speakers.first()).toHaveText(MINISTER);
  await expect(speakers.nth(1)).toHaveText(PESKOV);
  await expect(speakers.nth(2)).toHaveText(LAVROV);
  await expect(page.getByText('51 اقتباسًا من 7 متحدثين')).toBeVisible();

  await waitForApp(page);
  await speakers.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PESKOV);
  await expect(page.getByText('المتحدث باسم الكرملين').first()).toBeVisible();
  await expect(page.locator('main blockquote')).toHaveCount(5);

  const quoteLink = page.getByRole('link', { name: /من مقال «الكرملين: بوتين منفتح/ }).first();
  const href = await quoteLink.getAttribute('href');
  expect(href).toMatch(new RegExp(`^/ar/articles/${EMBEDDED}#q\\d+$`));
  await quoteLink.click();
  const quoteId = href!.split('#')[1];
  const mark = page.locator(`mark#${quoteId}`);
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveAttribute('data-active', 'true');
  await expect(mark).toBeFocused();
});

test('switching to English and back keeps the reader on the same article', async ({ page }) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(`/en/articles/${ARTICLE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('link', { name: 'Quotes', exact: true })).toBeVisible();
  await expect(page.getByText('7 November 2024')).toBeVisible();
  await expect(page.getByText('2 minute read')).toBeVisible();

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAttribute('lang', 'ar');
  await expect(heading).toHaveAttribute('dir', 'rtl');
  await expect(heading).toHaveCSS('direction', 'rtl');
  const body = page.locator('.article-text');
  await expect(body).toHaveAttribute('dir', 'rtl');
  await expect(body.locator('p').first()).toHaveCSS('text-align', 'start');
  expect(await page.evaluate(() => localStorage.getItem('qiraa.language'))).toBe('en');

  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(`/ar/articles/${ARTICLE}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => localStorage.getItem('qiraa.language'))).toBe('ar');
});

test('switching language mid-article keeps the reader at the paragraph they were reading', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 700 });
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  const paragraph = page.locator('.article-text p').nth(3);
  await paragraph.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const text = await paragraph.textContent();
  const top = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // Activated where the reader is, as a screen reader or a sticky toolbar activates it
  // (Playwright's click would first scroll the header into view, moving the reader itself).
  await page.getByTestId('language-switch').dispatchEvent('click', { button: 0 });
  await expect(page).toHaveURL(`/en/articles/${ARTICLE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(paragraph).toHaveText(text ?? '');
  // The same paragraph sits where it sat, give or take a pixel's rounding.
  await expect
    .poll(() => paragraph.evaluate((element) => element.getBoundingClientRect().top))
    .toBeCloseTo(top, -1);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('the root goes to the stored language, else the browser language', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/ar/');
  await page.evaluate(() => localStorage.setItem('qiraa.language', 'en'));
  await page.goto('/');
  await expect(page).toHaveURL('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
});

test('copying a quote gives «quote» — speaker and a link that opens the article at it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en/articles/${ARTICLE}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Copy link to quote' }).nth(2).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [text, url] = copied.split('\n');
  // The mark holds the quotation marks too; the shared text holds the words between them.
  const quote = (await page.locator('mark#q3').textContent())!
    .trim()
    .replace(/^[“"«]|[”"»]$/gu, '');
  expect(text).toBe(`«${quote}» — ${LAVROV}`);
  // The anchor for every browser, and the quote's own words for those with text fragments.
  expect(url).toMatch(new RegExp(`^http://127.0.0.1:4173/en/articles/${ARTICLE}#q3:~:text=\\S+$`));
  expect(decodeURIComponent(url.split(':~:text=')[1])).toContain(quote.split(/\s+/)[0]);

  // Opened cold, the link lands on that quote: focused and highlighted.
  const fresh = await context.newPage();
  await fresh.goto(url);
  await waitForApp(fresh);
  await expect(fresh.locator('mark#q3')).toBeFocused();
  await expect(fresh.locator('mark#q3')).toHaveAttribute('data-active', 'true');
  await fresh.close();
});

test('quotes with no named speaker have their own heading, whose count the full list agrees with', async ({
  page,
}) => {
  await page.goto('/ar/quotes');
  const section = page.getByRole('region', { name: 'اقتباسات بلا قائل مسمّى' });
  await expect(section).toBeVisible();
  // An anonymous source is shown by its description, an unknown one says so.
  await expect(section.getByText('مصدر طبي في مستشفى المدينة')).toBeVisible();
  await expect(section.locator('p').first()).toContainText('4 اقتباسات');
  // The page shows a preview; the full list has every one of them.
  await expect(section.locator('blockquote')).toHaveCount(3);

  await waitForApp(page);
  await section.getByRole('link', { name: 'كل الاقتباسات بلا قائل مسمّى' }).click();
  await expect(page).toHaveURL('/ar/quotes/unattributed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اقتباسات بلا قائل مسمّى');
  await expect(page.getByText(/^4 اقتباسات/)).toBeVisible();
  await expect(page.locator('main blockquote')).toHaveCount(4);
  await expect(page.getByText('شاهد عيان')).toBeVisible();
  await expect(page.locator('main cite', { hasText: 'متحدث غير معروف' })).toHaveCount(1);
});

test('an anonymous source is described in the article, not linked; a body and a person are linked', async ({
  page,
}) => {
  await page.goto('/ar/articles/5e1f00a1b2c3d4e5');
  const chips = page.locator('.article-text .speaker-chip');
  await expect(chips.filter({ hasText: 'مصدر طبي في مستشفى المدينة' })).toHaveCount(1);
  await expect(page.locator('.article-text a.speaker-chip', { hasText: 'مصدر طبي' })).toHaveCount(
    0,
  );
  await expect(
    page.locator('.article-text a.speaker-chip', { hasText: 'وزارة الصحة' }),
  ).toHaveCount(2);
  await expect(
    page.locator('.article-text a.speaker-chip', { hasText: 'سناء الخطيب' }),
  ).toHaveCount(1);
});

test("a much-quoted speaker's page shows a page of quotes at a time, each page its own link", async ({
  page,
}) => {
  await page.goto('/ar/quotes');
  await waitForApp(page);
  await page.getByRole('link', { name: MINISTER, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINISTER);
  await expect(page.getByText('32 اقتباسًا')).toBeVisible();
  const quotes = page.locator('main blockquote');
  await expect(quotes).toHaveCount(30);
  await expect(quotes.first()).toHaveText('الموسم الحالي هو الأشح منذ ثلاثين عاماً');
  const pager = page.getByRole('navigation', { name: 'الصفحات' });
  await expect(pager).toContainText('صفحة 1 من 2');
  await pager.getByRole('link', { name: 'الصفحة التالية' }).click();
  await expect(page).toHaveURL(/\/ar\/quotes\/[0-9a-f]{12}\/page\/2$/);
  await expect(quotes).toHaveCount(2);
  await expect(quotes.last()).toHaveText('الماء أمانة، ومن يهدره يهدر مستقبل أبنائه');
  await expect(page).toHaveTitle('اقتباسات ماجد العبيدي، صفحة 2 من 2 · قراءة');

  // The second page opened cold is the same page, prerendered; a third is not there.
  const second = page.url();
  const cold = await page.context().newPage();
  await cold.goto(second);
  await expect(cold.locator('main blockquote')).toHaveCount(2);
  await expect(cold.getByRole('heading', { level: 1 })).toHaveText(MINISTER);
  await cold.goto(second.replace(/2$/, '3'));
  await expect(cold.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
});

test('a speaker page lists every role the person was introduced with', async ({ page }) => {
  await page.goto('/ar/quotes');
  await page.getByRole('link', { name: 'سناء الخطيب', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سناء الخطيب');
  const roles = page.getByTestId('speaker-roles').getByRole('listitem');
  await expect(roles).toHaveText([
    'مديرة برنامج التحصين في الوزارة',
    'الناطقة باسم الحملة الوطنية للتطعيم',
  ]);
});

test('a statement quoted in the headline is marked in the heading, named in the panel, and its link opens it', async ({
  page,
}) => {
  await page.goto('/ar/articles/5e1f00a1b2c3d4e6');
  const heading = page.getByRole('heading', { level: 1 });
  // The headline repeats a body statement's words: it is that statement's speaker's.
  const mark = heading.locator('mark');
  await expect(mark).toHaveText('"لن يبقى طفل واحد دون لقاح"');
  const id = await mark.getAttribute('id');
  expect(id).toMatch(/^q\d+$/);
  const panel = page.getByRole('region', { name: 'الاقتباسات في هذا المقال' });
  const item = panel
    .locator('li')
    .filter({ has: page.locator('blockquote', { hasText: /^لن يبقى طفل واحد دون لقاح$/ }) });
  await expect(item.locator('cite')).toHaveText('سناء الخطيب');

  // Its own link, opened cold, highlights the words in the heading.
  await page.goto(`/ar/articles/5e1f00a1b2c3d4e6#${id}`);
  await expect(page.locator(`h1 mark#${id}`)).toHaveAttribute('data-active', 'true');
});
