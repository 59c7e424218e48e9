/**
 * Sitemaps for crawlers: an index (`sitemap.xml`) naming sitemaps of at most 50,000 URLs
 * each, every page listed in both languages with its `hreflang` alternates and, where known,
 * the date it last changed. Pure: the prerender writes what this returns.
 */
import type { Language } from '../src/i18n/languages';

export const URLS_PER_SITEMAP = 50_000;

/** A page in every language: its path in each, and the date it last changed. */
export interface SitemapEntry {
  paths: Record<Language, string>;
  lastmod: string | null;
}

export interface SitemapFile {
  /** Path under the site's root. */
  file: string;
  xml: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The site's address for absolute URLs: an absolute http(s) URL, without a trailing slash.
 * Anything else is refused with a message that says what is expected.
 */
export function siteUrlOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute http(s) URL such as https://news.example, not "${value}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SITE_URL must use http or https, not "${url.protocol}" ("${value}")`);
  if (url.search || url.hash)
    throw new Error(`SITE_URL must not carry a query or a fragment ("${value}")`);
  return url.href.replace(/\/$/, '');
}

function urlEntry(site: string, language: Language, entry: SitemapEntry): string {
  const alternates = (Object.entries(entry.paths) as [Language, string][])
    .map(
      ([lang, path]) =>
        `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(site + path)}"/>`,
    )
    .join('');
  const lastmod = entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : '';
  return `<url><loc>${escapeXml(site + entry.paths[language])}</loc>${lastmod}${alternates}</url>`;
}

/** The sitemap index and its sitemaps, for every entry in every language, in order. */
export function sitemapFiles(
  site: string,
  languages: readonly Language[],
  entries: readonly SitemapEntry[],
  perFile = URLS_PER_SITEMAP,
): SitemapFile[] {
  const urls = languages.flatMap((language) =>
    entries.map((entry) => urlEntry(site, language, entry)),
  );
  const files: SitemapFile[] = [];
  for (let start = 0; start < urls.length || start === 0; start += perFile) {
    const chunk = urls.slice(start, start + perFile);
    files.push({
      file: `sitemaps/${files.length + 1}.xml`,
      xml:
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
        chunk.map((url) => `${url}\n`).join('') +
        '</urlset>\n',
    });
    if (urls.length === 0) break;
  }
  const index =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    files
      .map(({ file }) => `<sitemap><loc>${escapeXml(`${site}/${file}`)}</loc></sitemap>\n`)
      .join('') +
    '</sitemapindex>\n';
  return [{ file: 'sitemap.xml', xml: index }, ...files];
}

/** robots.txt as the site ships it, naming the sitemap index. */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`;
}
