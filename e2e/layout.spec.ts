import {
  ARTICLE,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  HOSTILE,
  test,
  waitForApp,
} from './fixtures';

const VIEWS = [
  '/',
  `/articles/${ARTICLE}`,
  '/quotes',
  '/quotes/4393c068f21c',
  '/articles/0123456789abcdef',
];

for (const lang of ['ar', 'en']) {
  for (const view of VIEWS) {
    const path = view === '/' ? `/${lang}/` : `/${lang}${view}`;
    test(`no accessibility violations: ${path}`, async ({ page }) => {
      await page.goto(path);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`no horizontal scroll at 360 px: ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await waitForApp(page);
      await expectNoHorizontalScroll(page);
    });
  }
}

test('on a phone the related reads come after the text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/ar/articles/${ARTICLE}`);
  const text = await page.locator('.article-text').boundingBox();
  const related = await page.getByRole('complementary').boundingBox();
  expect(related!.y).toBeGreaterThan(text!.y + text!.height);
});

test('on a wide screen the related reads sit beside the text, on its inline end', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/ar/articles/${ARTICLE}`);
  const text = await page.locator('.article-text').boundingBox();
  const related = await page.getByRole('complementary').boundingBox();
  expect(related!.x + related!.width).toBeLessThan(text!.x);
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/ar/');
  await waitForApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'تخطَّ إلى المحتوى' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('hostile document text is shown as text and runs nothing', async ({ page }) => {
  await page.goto(`/ar/articles/${HOSTILE}`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '<script>window.__pwned = 1</script>',
  );
  const body = page.locator('.article-text');
  await expect(body).toContainText('<img src=x onerror="window.__pwned=2">');
  await expect(body).toContainText('<a href="javascript:window.__pwned=4">');
  await expect(page.locator('main img, main script')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('arriving at / (redirected to /ar/) moves no focus; an in-app navigation moves it to the heading', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page).toHaveURL('/ar/');
  // No outline unasked for: nothing on the page has focus.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await page.locator(':focus-visible').count()).toBe(0);

  await page.locator('main a.card-link').first().click();
  await expect(page).toHaveURL(/\/ar\/articles\//u);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('links inside the app navigate without reloading the page; a modified click opens a new tab', async ({
  page,
  context,
}) => {
  await page.goto('/ar/');
  await waitForApp(page);
  // A mark on the window survives an in-app navigation and is lost with a reload.
  await page.evaluate(() => {
    (window as unknown as { qiraaMark: string }).qiraaMark = 'same page';
  });
  const card = page.locator('main a.card-link').first();
  const href = await card.getAttribute('href');
  await card.click();
  await expect(page).toHaveURL(href!);
  await expect(page.locator('article h1')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { qiraaMark?: string }).qiraaMark)).toBe(
    'same page',
  );
  // A speaker's chip in the text, then back: still the same page.
  await page.locator('a.speaker-chip').first().click();
  await expect(page).toHaveURL(/\/ar\/quotes\/[0-9a-f]+$/u);
  await page.goBack();
  await expect(page).toHaveURL(href!);
  expect(await page.evaluate(() => (window as unknown as { qiraaMark?: string }).qiraaMark)).toBe(
    'same page',
  );

  // Ctrl+click is the browser's: a new tab opens at the link, this page stays where it is.
  const opened = context.waitForEvent('page');
  await page
    .getByRole('navigation')
    .getByRole('link')
    .nth(1)
    .click({ modifiers: ['ControlOrMeta'] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/ar/quotes');
  await expect(page).toHaveURL(href!);
});

test('in the Arabic interface, Western digits are drawn in the interface face, not a serif fallback', async ({
  page,
}) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  await waitForApp(page);
  // The date's digits (7 … 2024), and the same digits set in the interface's face, laid out
  // and painted before the fonts are asked for (a node not yet painted has no fonts).
  await page.evaluate(async () => {
    const probe = document.createElement('span');
    probe.id = 'ui-face-probe';
    probe.style.fontFamily = 'var(--font-ui)';
    probe.textContent = '2024';
    document.body.append(probe);
    probe.getBoundingClientRect();
    await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const fontsOf = async (selector: string) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, selector).toBeGreaterThan(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  };
  const digits = await fontsOf('main time[data-num]');
  const face = await fontsOf('#ui-face-probe');
  expect(face.length).toBeGreaterThan(0);
  expect(digits).toContain(face[0]);
});

test('in the English interface, Arabic names are drawn as tall as the Latin text around them', async ({
  page,
}) => {
  // A returning reader, whose pages use the web face the sizes are matched to: a first visit
  // paints in the system's face and fetches the web one for the pages after it (next test).
  await page.goto('/en/');
  await waitForApp(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('qiraa.font'))).toBe('web');
  for (const path of [`/en/articles/${ARTICLE}`, '/en/quotes']) {
    await page.goto(path);
    await waitForApp(page);
    const ratios = await page.evaluate(async () => {
      await document.fonts.load('16px "Noto Naskh Arabic Variable"', 'ا');
      const context = document.createElement('canvas').getContext('2d')!;
      const fontOf = (element: Element) => {
        const style = getComputedStyle(element);
        return `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      };
      const inkHeight = (element: Element, text: string) => {
        context.font = fontOf(element);
        const box = context.measureText(text);
        return box.actualBoundingBoxAscent + box.actualBoundingBoxDescent;
      };
      // Arabic inline in an English sentence: its alef against the capital H of the sentence.
      const inline = Array.from(
        document.querySelectorAll('main :not([lang="ar"]) > :is(span, bdi)[lang="ar"]'),
      ).filter((element) => getComputedStyle(element).display === 'inline');
      // Every face measured is loaded first: a canvas measures with a fallback face until
      // the web font has arrived.
      await Promise.all(
        inline.flatMap((element) => [
          document.fonts.load(fontOf(element), 'ا'),
          document.fonts.load(fontOf(element.parentElement!), 'H'),
        ]),
      );
      return inline.map(
        (element) => inkHeight(element, 'ا') / inkHeight(element.parentElement!, 'H'),
      );
    });
    expect(ratios.length, path).toBeGreaterThan(0);
    for (const ratio of ratios) {
      expect(ratio, path).toBeGreaterThanOrEqual(0.98);
      expect(ratio, path).toBeLessThanOrEqual(1.15);
    }
  }
});

test('a first visit paints in the system face and asks for no font; the next pages use the web face', async ({
  page,
}) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  const platformFontsOfText = async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-doc] p',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await cdp.detach();
    return fonts.map((font) => font.familyName);
  };

  // First visit: no preload, no web face in the text's fonts, no data-font before the app.
  await page.goto(`/ar/articles/${ARTICLE}`);
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-font', /./);
  await waitForApp(page);
  // Once the page has loaded and is idle, the face is fetched and remembered, not used.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('qiraa.font'))).toBe('web');
  expect(fontRequests).toHaveLength(1);
  expect(fontRequests[0]).toMatch(/noto-naskh-arabic-arabic-.*\.woff2$/);
  await expect(page.locator('html')).not.toHaveAttribute('data-font', /./);
  expect(await platformFontsOfText()).not.toContain('Noto Naskh Arabic');

  // An in-app navigation takes the face up for the page it opens.
  await page.getByRole('link', { name: 'المقالات', exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 'web');

  // The next cold page has it from the head script on, and draws its text with it.
  await page.goto(`/ar/articles/${ARTICLE}`);
  await expect(page.locator('html')).toHaveAttribute('data-font', 'web');
  await waitForApp(page);
  await expect.poll(platformFontsOfText).toContain('Noto Naskh Arabic');
});

test('a prerendered page hydrates with the dates it was written with, making no date formatter', async ({
  page,
}) => {
  // The first date formatter a browser makes costs tens of milliseconds in the middle of
  // hydration: every prerendered page brings its dates instead.
  await page.addInitScript(() => {
    const Original = Intl.DateTimeFormat;
    const counted = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      (window as unknown as { formatters: number }).formatters += 1;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    (window as unknown as { formatters: number }).formatters = 0;
    Intl.DateTimeFormat = counted;
  });
  const formatters = () =>
    page.evaluate(() => (window as unknown as { formatters: number }).formatters);
  for (const path of [`/ar/articles/${ARTICLE}`, '/ar/', '/en/', '/ar/quotes']) {
    await page.goto(path);
    await waitForApp(page);
    await expect(page.locator('main time').first()).toBeVisible();
    expect(await formatters(), path).toBe(0);
  }
  // A page reached in the app (not prerendered for this load) writes its own dates.
  await page.locator('main a[href*="/articles/"]').first().click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.locator('main time').first()).toBeVisible();
  expect(await formatters()).toBeGreaterThan(0);
});

test('reaching the end of a page does not make it shorter under the reader', async ({ page }) => {
  // A part drawn only once in view, shorter than the room kept for it, shortened the page as
  // the reader reached its end: the page jumped, and a click on the last link (the next page
  // of a list) landed on nothing.
  for (const path of ['/ar/', '/ar/quotes', '/ar/quotes/16a975d2ecc6', `/ar/articles/${ARTICLE}`]) {
    await page.goto(path);
    await waitForApp(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await page.evaluate(() => document.documentElement.scrollHeight);
    // Two frames: what came into view is drawn, the page laid out again.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const after = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(after, path).toBe(before);
  }
});

test('the app starts after the prerendered page has been painted, and then hydrates it', async ({
  page,
}) => {
  // The order of three moments: the page parsed to its last element (the script that starts
  // the app), the next frame (the page as prerendered), and the app's module script added.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.addedNodes)) {
          if (!(node instanceof HTMLScriptElement)) continue;
          if (node.type === 'module') seen.push('app');
          else if (node.text.includes('data-app-start')) {
            seen.push('parsed');
            requestAnimationFrame(() => seen.push('frame'));
          }
        }
    }).observe(document, { childList: true, subtree: true });
  });
  const response = await page.goto(`/ar/articles/${ARTICLE}`);
  const html = await response!.text();
  expect(html).not.toContain('<script type="module"');
  expect(html).toMatch(
    /<link rel="modulepreload" crossorigin href="\/assets\/[^"]+\.js" data-app-start>/,
  );
  await waitForApp(page);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toEqual(['parsed', 'frame', 'app']);
});
