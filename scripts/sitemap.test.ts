import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { robotsTxt, siteUrlOf, sitemapFiles } from './sitemap';

const entry = (id: string, lastmod: string | null = '2024-11-07') => ({
  paths: { ar: `/ar/articles/${id}`, en: `/en/articles/${id}` },
  lastmod,
});

test('every page in both languages, with its alternates and date, under one index', () => {
  const [index, sitemap] = sitemapFiles('https://news.example', ['ar', 'en'], [entry('aa')]);
  expect(index.file).toBe('sitemap.xml');
  expect(index.xml).toContain('<loc>https://news.example/sitemaps/1.xml</loc>');
  expect(sitemap.xml.match(/<url>/g)).toHaveLength(2);
  expect(sitemap.xml).toContain(
    '<url><loc>https://news.example/ar/articles/aa</loc><lastmod>2024-11-07</lastmod>' +
      '<xhtml:link rel="alternate" hreflang="ar" href="https://news.example/ar/articles/aa"/>' +
      '<xhtml:link rel="alternate" hreflang="en" href="https://news.example/en/articles/aa"/></url>',
  );
});

test('no more URLs a sitemap than the limit; the index names them all', () => {
  const entries = Array.from({ length: 7 }, (_, index) => entry(String(index), null));
  const files = sitemapFiles('https://news.example', ['ar', 'en'], entries, 5);
  expect(files.map((file) => file.file)).toEqual([
    'sitemap.xml',
    'sitemaps/1.xml',
    'sitemaps/2.xml',
    'sitemaps/3.xml',
  ]);
  expect(files.slice(1).map((file) => file.xml.match(/<url>/g)?.length)).toEqual([5, 5, 4]);
  expect(files[1].xml).not.toContain('<lastmod>');
});

test('an empty site still has a valid index and one empty sitemap', () => {
  const files = sitemapFiles('https://news.example', ['ar', 'en'], []);
  expect(files).toHaveLength(2);
  expect(files[1].xml).toContain('<urlset');
});

test('addresses are escaped in XML', () => {
  const [, sitemap] = sitemapFiles('https://news.example/a&b', ['ar'], [entry('aa')]);
  expect(sitemap.xml).toContain('https://news.example/a&amp;b/ar/articles/aa');
});

test.each([
  ['https://news.example', 'https://news.example'],
  ['https://news.example/', 'https://news.example'],
  ['http://127.0.0.1:4173', 'http://127.0.0.1:4173'],
  ['https://example.org/qiraa/', 'https://example.org/qiraa'],
])('SITE_URL %s is used as %s', (value, site) => {
  expect(siteUrlOf(value)).toBe(site);
});

test.each([['news.example'], ['/relative'], ['ftp://news.example'], ['https://x.example/?a=1']])(
  'SITE_URL %s is refused with a message',
  (value) => {
    expect(() => siteUrlOf(value)).toThrow(/SITE_URL/);
  },
);

test('robots.txt names the sitemap index', () => {
  expect(robotsTxt('https://news.example')).toContain('Sitemap: https://news.example/sitemap.xml');
});

test('the build refuses a SITE_URL that is not an absolute http(s) URL, before any work', () => {
  const out = mkdtempSync(join(tmpdir(), 'qiraa-site-url-'));
  const run = spawnSync(
    process.execPath,
    ['scripts/build-site.mjs', '--content', 'e2e/fixtures/content', '--out', out],
    { encoding: 'utf8', env: { ...process.env, SITE_URL: 'news.example' } },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('SITE_URL must be an absolute http(s) URL');
  expect(readdirSync(out)).toEqual([]);
});
