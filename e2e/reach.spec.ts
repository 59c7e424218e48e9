import { ARTICLE, expect, test } from './fixtures';

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
