/**
 * After `vite build` and `vite build --ssr`: writes every article (both languages), every
 * list and quotes page and every speaker page as static HTML that already holds the text,
 * so shared links show the article before (or without) any script.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DatasetMeta } from '../pipeline/schema';
import type { DataSource } from '../src/app/data-source';
import { HYDRATION_ELEMENT_ID, serializeHydration } from '../src/app/hydration';
import type { renderPage as RenderPage } from '../src/entry-server';
import { directionOf, LANGUAGES } from '../src/i18n/languages';
import { paths } from '../src/lib/paths';
import { escapeHtml, headTags } from './head';
import { CSP_META } from './security';

const DIST = 'dist';
const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1:4173';

const fileSource: DataSource = {
  async json<T>(path: string): Promise<T> {
    return JSON.parse(readFileSync(join(DIST, 'data', path), 'utf8')) as T;
  },
};

function idsOf(kind: 'articles' | 'speakers'): string[] {
  const folder = join(DIST, 'data', 'ids', kind);
  return readdirSync(folder)
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as string[]);
}

// What the shell shows a reader without scripts (the root, an unknown link): a way in.
const SHELL_WITHOUT_SCRIPT = [
  '<noscript><main class="p-8 text-center text-lg">',
  '<p lang="ar" dir="rtl"><a href="/ar/">قراءة: أحدث المقالات</a></p>',
  '<p lang="en" dir="ltr"><a href="/en/">Qiraa: latest articles</a></p>',
  '</main></noscript>',
].join('');

/** `/ar/` → ar/index.html, `/ar/articles/x` → ar/articles/x.html: what static hosts serve. */
function fileFor(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
}

/**
 * The Arabic face, asked for with the page rather than after the style sheet: text then
 * paints once in its own face, instead of shifting when the face arrives.
 */
function fontPreload(): string {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const font = Object.values(manifest).find((chunk) =>
    /noto-naskh-arabic-arabic-wght-normal.*\.woff2$/.test(chunk.file),
  );
  if (!font) throw new Error('the Arabic font is missing from the build');
  return `<link rel="preload" href="/${font.file}" as="font" type="font/woff2" crossorigin />`;
}

function jsonLd(data: unknown): string {
  return `<script type="application/ld+json">${serializeHydration(data as never)}</script>`;
}

async function main() {
  const { renderPage } = (await import(
    pathToFileURL(join('dist-ssr', 'entry-server.js')).href
  )) as {
    renderPage: typeof RenderPage;
  };
  // The policy goes in at build time only: the dev server needs inline scripts of its own.
  const template = readFileSync(join(DIST, 'index.html'), 'utf8').replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    ${CSP_META}\n    ${fontPreload()}`,
  );
  const meta = await fileSource.json<DatasetMeta>('meta.json');
  const articleIds = idsOf('articles');
  const speakerIds = idsOf('speakers');

  const pages: string[] = [];
  for (const lang of LANGUAGES) {
    for (let page = 1; page <= meta.listPages; page++) pages.push(paths.listPage(lang, page));
    for (let page = 1; page <= meta.quotesPages; page++) pages.push(paths.quotes(lang, page));
    for (let page = 1; page <= meta.unattributedPages; page++)
      pages.push(paths.unattributed(lang, page));
    for (const id of articleIds) pages.push(paths.article(lang, id));
    for (const id of speakerIds) pages.push(paths.speaker(lang, id));
  }

  for (const path of pages) {
    const page = await renderPage(path, fileSource);
    let head = headTags(page, path, SITE_URL, page.lang === 'ar' ? 'قراءة' : 'Qiraa');
    if (page.meta.type === 'article') {
      head += `\n    ${jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: page.meta.title,
        description: page.meta.description,
        inLanguage: 'ar',
        url: new URL(path, SITE_URL).href,
        ...(page.meta.publishedAt ? { datePublished: page.meta.publishedAt } : {}),
      })}`;
    }
    const html = template
      .replace(
        '<html lang="ar" dir="rtl">',
        `<html lang="${page.lang}" dir="${directionOf(page.lang)}">`,
      )
      .replace('<!--app-head-->', head)
      .replace('<!--app-html-->', page.html)
      .replace(
        '<!--app-data-->',
        `<script type="application/json" id="${HYDRATION_ELEMENT_ID}">${serializeHydration(page.hydration)}</script>`,
      );
    const file = fileFor(path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }

  // The shell for every other path (unknown ids, `/`): the client renders or redirects there.
  const shell = template
    .replace('<!--app-head-->', `<title>${escapeHtml('قراءة · Qiraa')}</title>`)
    .replace('<!--app-html-->', SHELL_WITHOUT_SCRIPT)
    .replace('<!--app-data-->', '');
  writeFileSync(join(DIST, 'index.html'), shell);
  writeFileSync(join(DIST, '404.html'), shell);
  console.log(`prerendered ${pages.length} pages`);
}

await main();
