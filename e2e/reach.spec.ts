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
  await expect(page.locator('main header time').first()).toHaveText(/^نُشر ضمن مقال بتاريخ /);
  await expect(page.locator('main header time').first()).toHaveAttribute('datetime', '2024-11-07');
  await page.goto(`/en/articles/${EMBEDDED}`);
  await expect(page.locator('main header time').first()).toHaveText(/^Published in a story dated /);
});

test('Atom feeds: every feed a page names is valid Atom in Arabic, with ids, dates and links', async ({
  page,
  request,
}) => {
  const feedsOf = () =>
    page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await page.goto('/ar/');
  const fromHome = await feedsOf();
  await page.goto(`/ar/articles/${ARTICLE}`);
  const fromArticle = await feedsOf();
  await page.getByRole('link', { name: LAVROV }).first().click();
  await page.waitForURL(/\/ar\/quotes\/[0-9a-f]{12}$/);
  await page.reload();
  const fromSpeaker = await feedsOf();
  expect(fromHome).toEqual(['http://127.0.0.1:4173/feeds/latest.xml']);
  expect(fromArticle).toHaveLength(2); // the site's and the article's source
  expect(fromSpeaker).toHaveLength(2); // the site's and the speaker's
  expect(fromSpeaker[1]).toMatch(/\/feeds\/speakers\/[0-9a-f]{12}\.xml$/);

  for (const href of new Set([...fromHome, ...fromArticle, ...fromSpeaker])) {
    const response = await request.get(new URL(href).pathname);
    expect(response.status()).toBe(200);
    const feed = await page.evaluate(
      (text) => {
        const ATOM = 'http://www.w3.org/2005/Atom';
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const root = doc.documentElement;
        const child = (parent: Element, name: string) =>
          Array.from(parent.children).filter(
            (element) => element.namespaceURI === ATOM && element.localName === name,
          );
        const entries = child(root, 'entry');
        return {
          wellFormed: doc.getElementsByTagName('parsererror').length === 0,
          root: `${root.namespaceURI} ${root.localName}`,
          lang: root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
          ids: child(root, 'id').length,
          titles: child(root, 'title').length,
          updated: child(root, 'updated').map((element) => element.textContent),
          self: child(root, 'link').filter((link) => link.getAttribute('rel') === 'self').length,
          author: child(root, 'author').length,
          entries: entries.map((entry) => ({
            id: child(entry, 'id').map((element) => element.textContent ?? ''),
            title: child(entry, 'title').map((element) => element.textContent ?? ''),
            updated: child(entry, 'updated').map((element) => element.textContent ?? ''),
            link: child(entry, 'link').map((element) => element.getAttribute('href') ?? ''),
          })),
        };
      },
      await response.text(),
    );
    expect(feed.wellFormed).toBe(true);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.lang).toBe('ar');
    expect([feed.ids, feed.titles, feed.self, feed.author]).toEqual([1, 1, 1, 1]);
    expect(feed.updated).toHaveLength(1);
    expect(feed.entries.length).toBeGreaterThan(0);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    expect(feed.updated[0]).toMatch(rfc3339);
    for (const entry of feed.entries) {
      expect(entry.id).toHaveLength(1);
      expect(() => new URL(entry.id[0])).not.toThrow();
      expect(entry.title).toHaveLength(1);
      expect(entry.updated[0]).toMatch(rfc3339);
      expect(entry.updated[0] <= feed.updated[0]!).toBe(true);
      expect(entry.link).toHaveLength(1);
      // Each entry opens on this site: the article, or the quote in it.
      const link = new URL(entry.link[0]);
      expect(link.pathname).toMatch(/^\/ar\/articles\/[0-9a-f]{16}$/);
      expect((await request.get(link.pathname)).status()).toBe(200);
    }
    expect(new Set(feed.entries.map((entry) => entry.id[0])).size).toBe(feed.entries.length);
  }
});
