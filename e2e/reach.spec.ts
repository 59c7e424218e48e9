import { ARTICLE, EMBEDDED, expect, LAVROV, test } from './fixtures';

test('robots.txt names a sitemap index whose sitemaps list every article in both languages', async ({
  page,
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const index = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(index).toBe('http://127.0.0.1:4173/sitemap.xml');

  await page.goto('/ar/');
  const parse = (xml: string) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        wellFormed: doc.getElementsByTagName('parsererror').length === 0,
        locs: Array.from(doc.getElementsByTagName('loc'), (loc) => loc.textContent ?? ''),
        alternates: doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link').length,
        lastmods: doc.getElementsByTagName('lastmod').length,
      };
    }, xml);
  const sitemapIndex = await parse(await (await request.get('/sitemap.xml')).text());
  expect(sitemapIndex.wellFormed).toBe(true);
  expect(sitemapIndex.locs.length).toBeGreaterThan(0);
  const locs: string[] = [];
  let alternates = 0;
  for (const loc of sitemapIndex.locs) {
    const sitemap = await parse(await (await request.get(new URL(loc).pathname)).text());
    expect(sitemap.wellFormed).toBe(true);
    expect(sitemap.lastmods).toBeGreaterThan(0);
    locs.push(...sitemap.locs);
    alternates += sitemap.alternates;
  }
  for (const lang of ['ar', 'en']) {
    expect(locs).toContain(`http://127.0.0.1:4173/${lang}/articles/${ARTICLE}`);
  }
  // Every URL names both languages' versions.
  expect(alternates).toBe(locs.length * 2);
  expect(new Set(locs).size).toBe(locs.length);
});

test('structured data: the article, its quotes and their speakers, and a speaker page', async ({
  page,
}) => {
  const ldOf = () =>
    page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '')));
  await page.goto(`/ar/articles/${ARTICLE}`);
  const [article, quotes] = await ldOf();
  const url = `http://127.0.0.1:4173/ar/articles/${ARTICLE}`;
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    inLanguage: 'ar',
    url,
    datePublished: '2024-11-07',
    dateModified: '2024-11-07',
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization' },
  });
  expect(article.headline).toContain('لافروف');
  const graph = quotes['@graph'] as Record<string, unknown>[];
  expect(graph.length).toBe(await page.locator('main mark.quote-mark').count());
  expect(graph[0]).toMatchObject({
    '@type': 'Quotation',
    url: `${url}#q1`,
    spokenByCharacter: { '@type': 'Person', name: LAVROV },
    isPartOf: { '@type': 'NewsArticle', url },
  });

  await page.goto('/ar/quotes');
  await page.getByRole('link', { name: LAVROV }).first().click();
  await expect(page).toHaveURL(/\/ar\/quotes\/[0-9a-f]{12}$/);
  await page.reload();
  const [person] = await ldOf();
  expect(person).toMatchObject({ '@type': 'Person', name: LAVROV, url: page.url() });
});

test('an embedded story with no date shows when it was published with its page', async ({
  page,
}) => {
  await page.goto(`/ar/articles/${EMBEDDED}`);
  await expect(page.locator('main header time').first()).toHaveText(/^نُشر مع: /);
  await expect(page.locator('main header time').first()).toHaveAttribute('datetime', '2024-11-07');
  await page.goto(`/en/articles/${EMBEDDED}`);
  await expect(page.locator('main header time').first()).toHaveText(/^Published with: /);
});
