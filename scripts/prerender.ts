/**
 * After `vite build` and `vite build --ssr`: writes every article (both languages), every
 * list and quotes page and every speaker page as static HTML that already holds the text,
 * so shared links show the article before (or without) any script.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, DatasetIndex, DatasetMeta, SpeakerPage } from '../pipeline/schema';
import { speakerFile } from '../src/lib/data-files';
import type { DataSource } from '../src/app/data-source';
import { HYDRATION_ELEMENT_ID, serializeHydration } from '../src/app/hydration';
import { LAZY_ROUTE_MODULES } from '../src/app/route-chunks';
import type { createPageRenderer as CreatePageRenderer, RenderedPage } from '../src/entry-server';
import { createProgress } from '../pipeline/progress';
import { directionOf, LANGUAGES, type Language } from '../src/i18n/languages';
import arStrings from '../src/i18n/locales/ar.json';
import enStrings from '../src/i18n/locales/en.json';
import { paths } from '../src/lib/paths';
import { escapeHtml, headTags } from './head';
import { CSP_META } from './security';
import { staticChunks, type Manifest } from './vite-manifest';
import { robotsTxt, siteUrlOf, sitemapFiles, type SitemapEntry } from './sitemap';
import { feedLinksOf, latestFeed, sourceFeeds, speakerFeed, type FeedFile } from './feeds';

// The site folder and the server bundle's folder (scripts/build-site.mjs sets both).
const DIST = process.env.QIRAA_SITE_DIR ?? 'dist';
const SSR = process.env.QIRAA_SSR_DIR ?? 'dist-ssr';
const SITE_URL = (() => {
  try {
    return siteUrlOf(process.env.SITE_URL ?? 'http://127.0.0.1:4173');
  } catch (error) {
    console.error(`prerender: ${(error as Error).message}`);
    process.exit(1);
  }
})();

const PROGRESS_EVERY = 64;

// The small files every page asks for (meta.json, id shards) are read once a thread.
const shared = new Map<string, unknown>();
const fileSource: DataSource = {
  async json<T>(path: string): Promise<T> {
    const many = path === 'meta.json' || path.startsWith('ids/');
    if (many && shared.has(path)) return shared.get(path) as T;
    const data = JSON.parse(readFileSync(join(DIST, 'data', path), 'utf8')) as T;
    if (many) shared.set(path, data);
    return data;
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

// What an unknown path shows a reader without scripts (404.html, which static hosts serve
// with the status 404): that the page is not there, in both languages, and a way in. The
// words are the app's own not-found view's.
const NOT_FOUND_WITHOUT_SCRIPT = (['ar', 'en'] as const)
  .map((lang) => {
    const words = (lang === 'ar' ? arStrings : enStrings).notFound;
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    return [
      `<section lang="${lang}" dir="${dir}" class="mb-8">`,
      `<h1 class="text-2xl font-bold">${escapeHtml(words.title)}</h1>`,
      `<p class="mt-2">${escapeHtml(words.body)}</p>`,
      `<p class="mt-2"><a href="/${lang}/">${escapeHtml(words.back)}</a></p>`,
      '</section>',
    ].join('');
  })
  .join('');

/** `/ar/` → ar/index.html, `/ar/articles/x` → ar/articles/x.html: what static hosts serve. */
function fileFor(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
}

let manifest: Manifest | undefined;
function viteManifest(): Manifest {
  manifest ??= JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
  return manifest!;
}

/**
 * The interface's strings of a language that is not in the app's first chunk (English), asked
 * for with the page: the app waits for them before it hydrates.
 */
function stringsPreload(lang: Language): string {
  const chunk = viteManifest()[`src/i18n/locales/${lang}.json`];
  return chunk ? `\n    <link rel="modulepreload" href="/${chunk.file}" />` : '';
}

/**
 * The chunk of a page's route when it is not in the first one (LAZY_ROUTE_MODULES), with the
 * chunks it imports that the first one does not: asked for with the page, so the app does
 * not wait for them one after the other before it hydrates.
 */
function routePreloads(page: RenderedPage): string {
  const files = new Set<string>();
  for (const id of Object.keys(page.hydration.loaderData)) {
    const module = LAZY_ROUTE_MODULES[id];
    if (module)
      for (const chunk of staticChunks(viteManifest(), module, true)) files.add(chunk.file);
  }
  return [...files].map((file) => `\n    <link rel="modulepreload" href="/${file}" />`).join('');
}

function jsonLd(data: unknown): string {
  return `<script type="application/ld+json">${serializeHydration(data as never)}</script>`;
}

/**
 * Schema.org data for crawlers: an article is a NewsArticle and its quotes Quotations spoken
 * by their speakers (part of the article); a speaker's page is a Person (or Organization).
 */
function structuredData(page: RenderedPage, url: string): object[] {
  const context = 'https://schema.org';
  const publisher = { '@type': 'Organization', name: 'قراءة · Qiraa', url: `${SITE_URL}/` };
  const article = page.hydration.loaderData.article as Article | undefined;
  if (page.meta.type === 'article' && article) {
    const dates = article.publishedAt
      ? { datePublished: article.publishedAt, dateModified: article.publishedAt }
      : {};
    const speakerOf = (quote: Article['quotes'][number]) =>
      quote.speaker === null
        ? {}
        : {
            spokenByCharacter: {
              '@type': quote.kind === 'body' ? 'Organization' : 'Person',
              name: quote.speaker,
            },
          };
    return [
      {
        '@context': context,
        '@type': 'NewsArticle',
        headline: page.meta.title,
        description: page.meta.description,
        inLanguage: 'ar',
        url,
        ...dates,
        publisher,
        isAccessibleForFree: true,
      },
      ...(article.quotes.length > 0
        ? [
            {
              '@context': context,
              '@graph': article.quotes.map((quote) => ({
                '@type': 'Quotation',
                text: quote.text,
                inLanguage: 'ar',
                url: `${url}#${quote.id}`,
                ...speakerOf(quote),
                isPartOf: { '@type': 'NewsArticle', url, headline: article.title },
              })),
            },
          ]
        : []),
    ];
  }
  const speaker = speakerOf(page);
  if (speaker) {
    return [
      {
        '@context': context,
        '@type': speaker.kind === 'body' ? 'Organization' : 'Person',
        name: speaker.name,
        ...(speaker.role ? { jobTitle: speaker.role } : {}),
        url,
      },
    ];
  }
  return [];
}

/** The speaker a page is about: on their first page and on the later ones. */
function speakerOf(page: RenderedPage): SpeakerPage | undefined {
  const data = page.hydration.loaderData;
  return (data.speaker ?? data['speaker-page']) as SpeakerPage | undefined;
}

/** The HTML file of one rendered page: the template with its head, body and data. */
function pageHtml(template: string, path: string, page: RenderedPage): string {
  let head = headTags(page, path, SITE_URL, page.lang === 'ar' ? 'قراءة' : 'Qiraa');
  head += stringsPreload(page.lang);
  head += routePreloads(page);
  for (const data of structuredData(page, new URL(path, SITE_URL).href)) {
    head += `\n    ${jsonLd(data)}`;
  }
  const feeds = feedLinksOf(
    {
      speaker: speakerOf(page),
      source: (page.hydration.loaderData.article as Article | undefined)?.source,
    },
    SITE_URL,
  );
  for (const feed of feeds) {
    head += `\n    <link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.href)}" />`;
  }
  return template
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
}

/**
 * Vite's index.html with its placeholders. The prerender replaces dist/index.html with the
 * shell, so it keeps the template aside first: running it again reads the same template.
 */
function appTemplate(): string {
  const built = join(DIST, 'index.html');
  const kept = join(SSR, 'index.template.html');
  const html = readFileSync(built, 'utf8');
  if (html.includes('<!--app-html-->')) {
    writeFileSync(kept, html);
    return html;
  }
  return readFileSync(kept, 'utf8');
}

async function loadRenderer(): Promise<(path: string) => Promise<RenderedPage>> {
  // React's production build: the development one checks every element and costs a page
  // several times as much. Set before React is first loaded, in this thread.
  process.env.NODE_ENV = 'production';
  const { createPageRenderer } = (await import(
    pathToFileURL(resolve(SSR, 'entry-server.js')).href
  )) as { createPageRenderer: typeof CreatePageRenderer };
  return createPageRenderer(fileSource);
}

/**
 * Renders and writes pages, reporting them done a batch at a time. Writes are synchronous:
 * on the 2-core machine, small files written one by one took a fifth of the time they took
 * through the thread pool (which the other render thread competes for).
 */
async function renderPages(
  pages: readonly string[],
  template: string,
  onDone: (count: number) => void,
): Promise<void> {
  const render = await loadRenderer();
  const folders = new Set<string>();
  let pending = 0;
  for (const path of pages) {
    const html = pageHtml(template, path, await render(path));
    const file = fileFor(path);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(file, html);
    if (++pending === PROGRESS_EVERY) {
      onDone(pending);
      pending = 0;
    }
  }
  onDone(pending);
}

/** The dataset file a page is made from (its loader's data). */
function dataFileOf(path: string): string {
  const [, , kind, second, third] = path.split('/');
  if (!kind) return 'pages/0.json';
  if (kind === 'page') return `pages/${second}.json`;
  if (kind === 'search' || kind === 'saved') return 'meta.json';
  if (kind === 'articles') return `articles/${second}.json`;
  if (kind === 'quotes') {
    if (!second) return 'quotes/pages/1.json';
    if (second === 'page') return `quotes/pages/${third}.json`;
    if (second === 'unattributed')
      return `quotes/unattributed/${third === 'page' ? path.split('/')[5] : '1'}.json`;
    return speakerFile(second, third === 'page' ? Number(path.split('/')[5]) : 1);
  }
  throw new Error(`no data file for ${path}`);
}

/** The HTML pages the site holds now, listed once (asking for each file costs more). */
function existingPages(): Set<string> {
  const files = new Set<string>();
  for (const lang of LANGUAGES) {
    const folder = join(DIST, lang);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.html'))
        files.add(join(entry.parentPath, entry.name));
    }
  }
  return files;
}

/** Pages left from an earlier build whose article, speaker or page number is gone. */
function removeStalePages(existing: ReadonlySet<string>, current: ReadonlySet<string>): number {
  let removed = 0;
  for (const file of existing) {
    if (!current.has(file)) {
      rmSync(file);
      removed++;
    }
  }
  return removed;
}

/** Each speaker's first page, read once for the pages, the sitemaps and the feeds. */
function speakersOf(): SpeakerPage[] {
  return idsOf('speakers').map(
    (id) => JSON.parse(readFileSync(join(DIST, 'data', speakerFile(id)), 'utf8')) as SpeakerPage,
  );
}

/** Every article and speaker page (and the two lists) in both languages, for crawlers. */
function writeSitemaps(index: DatasetIndex, speakers: readonly SpeakerPage[]): void {
  const both = (pathOf: (lang: Language) => string) =>
    Object.fromEntries(LANGUAGES.map((lang) => [lang, pathOf(lang)])) as Record<Language, string>;
  const newest = index.articles.find((article) => article.publishedAt)?.publishedAt ?? null;
  const entries: SitemapEntry[] = [
    { paths: both((lang) => paths.home(lang)), lastmod: newest },
    { paths: both((lang) => paths.quotes(lang)), lastmod: newest },
    ...[...index.articles]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((article) => ({
        paths: both((lang) => paths.article(lang, article.id)),
        lastmod: article.publishedAt ?? article.firstSeenAt,
      })),
    ...speakers.map((speaker) => ({
      paths: both((lang) => paths.speaker(lang, speaker.id)),
      lastmod: speaker.quotes.find((quote) => quote.publishedAt)?.publishedAt ?? null,
    })),
  ];
  rmSync(join(DIST, 'sitemaps'), { recursive: true, force: true });
  mkdirSync(join(DIST, 'sitemaps'), { recursive: true });
  for (const { file, xml } of sitemapFiles(SITE_URL, LANGUAGES, entries)) {
    writeFileSync(join(DIST, file), xml);
  }
  writeFileSync(join(DIST, 'robots.txt'), robotsTxt(SITE_URL));
}

/**
 * The Atom feeds: the site's, one a source and one a speaker. A feed is written only when its
 * bytes changed, and feeds of a speaker or source no longer in the dataset are removed.
 */
function writeFeeds(index: DatasetIndex, speakers: readonly SpeakerPage[]): number {
  const files: FeedFile[] = [
    latestFeed(SITE_URL, index.articles),
    ...sourceFeeds(SITE_URL, index.articles),
    ...speakers.map((speaker) => speakerFeed(SITE_URL, speaker)),
  ];
  const wanted = new Set(files.map(({ file }) => join(DIST, file)));
  const folder = join(DIST, 'feeds');
  if (existsSync(folder)) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath, entry.name);
      if (entry.isFile() && !wanted.has(file)) rmSync(file);
    }
  }
  let written = 0;
  for (const { file, xml } of files) {
    const target = join(DIST, file);
    if (existsSync(target) && readFileSync(target, 'utf8') === xml) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, xml);
    written++;
  }
  return written;
}

function pagesOf(meta: DatasetMeta, speakers: readonly SpeakerPage[]): string[] {
  const articleIds = idsOf('articles');
  const pages: string[] = [];
  for (const lang of LANGUAGES) {
    for (let page = 0; page <= meta.listPages; page++) pages.push(paths.listPage(lang, page));
    pages.push(paths.search(lang));
    pages.push(paths.saved(lang));
    for (let page = 1; page <= meta.quotesPages; page++) pages.push(paths.quotes(lang, page));
    for (let page = 1; page <= meta.unattributedPages; page++)
      pages.push(paths.unattributed(lang, page));
    for (const id of articleIds) pages.push(paths.article(lang, id));
    for (const { id, pageCount } of speakers) {
      for (let page = 1; page <= pageCount; page++) pages.push(paths.speaker(lang, id, page));
    }
  }
  return pages;
}

/**
 * What the last prerender knew: each page's key, and each data file's hash with the size and
 * times it had then. A data file whose size and times are unchanged is not read again (the
 * pipeline leaves a file alone when its bytes are the same).
 */
interface PageCache {
  pages: Record<string, string>;
  data: Record<string, [size: number, mtimeMs: number, ctimeMs: number, hash: string]>;
}

function readPageCache(path: string): PageCache {
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as Partial<PageCache>;
    if (cache && typeof cache.pages === 'object' && typeof cache.data === 'object')
      return { pages: cache.pages ?? {}, data: cache.data ?? {} };
  } catch {
    // No cache, or one in an older shape: every page is rendered.
  }
  return { pages: {}, data: {} };
}

function dataHashes(known: PageCache['data']) {
  const seen: PageCache['data'] = {};
  return {
    seen,
    of(file: string): string {
      const done = seen[file];
      if (done) return done[3];
      const path = join(DIST, 'data', file);
      const { size, mtimeMs, ctimeMs } = statSync(path);
      const before = known[file];
      const hash =
        before && before[0] === size && before[1] === mtimeMs && before[2] === ctimeMs
          ? before[3]
          : createHash('sha256').update(readFileSync(path)).digest('hex');
      seen[file] = [size, mtimeMs, ctimeMs, hash];
      return hash;
    },
  };
}

/** How many threads render: one per core, at most four, and one for a small site. */
function threadCount(pages: number): number {
  const fromEnv = Number(process.env.QIRAA_RENDER_THREADS);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  return pages < 400 ? 1 : Math.max(1, Math.min(4, availableParallelism()));
}

async function main() {
  const started = performance.now();
  // The policy goes in at build time only: the dev server needs inline scripts of its own.
  const template = appTemplate().replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    ${CSP_META}`,
  );
  const meta = await fileSource.json<DatasetMeta>('meta.json');
  const speakers = speakersOf();
  const pages = pagesOf(meta, speakers);
  // A page is rendered again only when what it is made from changed: its data file, the
  // server bundle, this script, the template and the site's address (keys kept outside the
  // site).
  const codeKey = createHash('sha256')
    .update(readFileSync(join(SSR, 'entry-server.js')))
    // This script's own code too: it writes each page's head (its structured data).
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(template)
    .update(SITE_URL)
    .digest('hex');
  const cacheFile = join(
    '.cache',
    'pages',
    `${createHash('sha256').update(resolve(DIST)).digest('hex').slice(0, 16)}.json`,
  );
  const previous = readPageCache(cacheFile);
  const keys: Record<string, string> = {};
  const hashes = dataHashes(previous.data);
  const existing = existingPages();
  const todo = pages.filter((path) => {
    const key = createHash('sha256')
      .update(codeKey)
      .update(path)
      .update(hashes.of(dataFileOf(path)))
      .digest('hex');
    keys[path] = key;
    return previous.pages[path] !== key || !existing.has(fileFor(path));
  });
  const threads = threadCount(todo.length);
  const progress = createProgress('prerender', todo.length, 'pages');

  // Pages are dealt out in turn, so that each thread gets its share of every kind.
  const slices = Array.from({ length: threads }, (_, thread) =>
    todo.filter((_, index) => index % threads === thread),
  );
  const workers = slices.slice(1).map(
    (slice) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), {
          workerData: { pages: slice, template },
        });
        worker.on('message', (count: number) => progress.advance(count));
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`render thread exited with ${code}`)),
        );
      }),
  );
  await Promise.all([
    renderPages(slices[0], template, (count) => progress.advance(count)),
    ...workers,
  ]);

  // The shell for every other path (unknown ids, `/`): the client renders or redirects there.
  const shell = template
    .replace('<!--app-head-->', `<title>${escapeHtml('قراءة · Qiraa')}</title>`)
    .replace('<!--app-html-->', SHELL_WITHOUT_SCRIPT)
    .replace('<!--app-data-->', '');
  writeFileSync(join(DIST, 'index.html'), shell);
  const notFound = template
    .replace(
      '<!--app-head-->',
      `<title>${escapeHtml(`${arStrings.notFound.title} · ${enStrings.notFound.title} · قراءة`)}</title>`,
    )
    .replace(
      '<!--app-html-->',
      `<noscript><main class="p-8">${NOT_FOUND_WITHOUT_SCRIPT}</main></noscript>`,
    )
    .replace('<!--app-data-->', '');
  writeFileSync(join(DIST, '404.html'), notFound);
  const index = JSON.parse(readFileSync(join(DIST, 'data', 'index.json'), 'utf8')) as DatasetIndex;
  writeSitemaps(index, speakers);
  const feedsWritten = writeFeeds(index, speakers);
  const removed = removeStalePages(existing, new Set(pages.map(fileFor)));
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ pages: keys, data: hashes.seen } satisfies PageCache));
  const seconds = (performance.now() - started) / 1000;
  progress.done(
    `prerendered ${todo.length} of ${pages.length} pages (the others unchanged)${removed > 0 ? `, removed ${removed} no longer in the dataset` : ''}, wrote ${feedsWritten} feed${feedsWritten === 1 ? '' : 's'}, in ${seconds.toFixed(1)} s (${todo.length > 0 ? ((seconds * 1000) / todo.length).toFixed(2) : '0'} ms a page, ${threads} thread${threads === 1 ? '' : 's'})`,
  );
}

if (isMainThread) {
  await main();
} else {
  const { pages, template } = workerData as { pages: string[]; template: string };
  await renderPages(pages, template, (count) => parentPort!.postMessage(count));
}
