import type { RenderedPage } from '../src/entry-server';
import { LANGUAGES, type Language } from '../src/i18n/languages';
import { switchLanguagePath } from '../src/lib/paths';
import { manifestPath } from '../src/features/offline/manifest';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const OG_LOCALE: Record<Language, string> = { ar: 'ar_AR', en: 'en_GB' };

/** The <head> tags of a prerendered page: title, description, canonical, hreflang, Open Graph, Twitter. */
export function headTags(
  page: RenderedPage,
  path: string,
  siteUrl: string,
  siteName: string,
): string {
  const url = new URL(path, siteUrl).href;
  const { meta } = page;
  const tags = [
    `<title>${escapeHtml(page.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<link rel="manifest" href="${manifestPath(page.lang)}" />`,
    ...LANGUAGES.map(
      (lang) =>
        `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(new URL(switchLanguagePath(path, lang), siteUrl).href)}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(new URL(switchLanguagePath(path, 'ar'), siteUrl).href)}" />`,
    `<meta property="og:site_name" content="${escapeHtml(siteName)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[page.lang]}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
  ];
  if (meta.type === 'article' && meta.publishedAt) {
    tags.push(`<meta property="article:published_time" content="${meta.publishedAt}" />`);
  }
  return tags.join('\n    ');
}

export { escapeHtml };
