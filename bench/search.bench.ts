/**
 * `npm run bench:search [-- --site DIR]`: search in a real Chromium on a built site (by
 * default bench/out/site-10000, which `npm run bench:site` builds). For each query: the
 * bytes it moved (gzip, as a static host serves them; code and index, the first query of a
 * visit and the ones after), the engine's time (ranking, and the whole search with its
 * fetches, from the app's performance measures), and the time from Enter to the results on
 * the screen, twice: as the harness sees it (from before Playwright presses Enter to after it
 * has seen the results, its own round trips included), and by the page's own clock (from the
 * Enter key's event to the frame after the results are in the document: see `WATCH`). Prints
 * medians and 95th percentiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openSite, searchShown } from './harness/site-browser';

const args = process.argv.slice(2);
const SITE = args.includes('--site') ? args[args.indexOf('--site') + 1] : 'bench/out/site-10000';
const PORT = 4179;
const QUERIES = [
  'لافروف',
  'سيرغي لافروف',
  'الحكومه',
  'الاقتصاد',
  'وزير الخارجية',
  'المنتخب الوطني',
  'كرة القدم',
  'الانتخابات',
  'الأمم المتحدة',
  'المستشفى',
  'روسیا',
  'للحكومة',
  'بغزة',
  'التعليم عن بعد',
  'الفصول الدراسية',
  'اسعار النفط',
  'الذكاء الاصطناعي',
  'عبدالله',
  '٢٠٢٤',
  'حجر الأساس في أي إصلاح',
];

/**
 * Run in the page before Enter: records the Enter key's time, and the time of the first
 * frame painted after the results (the query's heading and the count) are in the document.
 * A string, evaluated as it is: no helpers of the bundler inside.
 */
const WATCH = (query: string) => `(() => {
  const query = ${JSON.stringify(query)};
  window.__shown = new Promise((resolve) => {
    let enter = 0;
    addEventListener('keydown', (event) => {
      if (event.key === 'Enter') enter = performance.now();
    }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('h1')?.textContent?.includes(query)) return;
      if (!document.querySelector('[data-testid="search-count"]')) return;
      observer.disconnect();
      // After the next frame: a message posted in requestAnimationFrame runs once it is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - enter);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
})()`;

const gzipBytes = new Map<string, number>();
function gzipSizeOf(path: string): number {
  let size = gzipBytes.get(path);
  if (size === undefined) {
    const file = join(SITE, decodeURIComponent(path));
    size = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
    gzipBytes.set(path, size);
  }
  return size;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

if (!existsSync(join(SITE, 'data', 'search', 'meta.json'))) {
  console.error(`no built site with a search index in ${SITE}: run npm run bench:site first`);
  process.exit(1);
}
const documents = JSON.parse(readFileSync(join(SITE, 'data', 'search', 'meta.json'), 'utf8'))
  .documents as number;
const { browser, close } = await openSite(SITE, PORT);
try {
  const page = await browser.newPage();
  let moved: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/data/') || url.pathname.startsWith('/assets/'))
      moved.push(url.pathname);
  });
  await page.goto(`http://127.0.0.1:${PORT}/ar/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  moved = [];
  const rows: {
    query: string;
    kB: number;
    rank: number;
    engine: number;
    screen: number;
    painted: number;
  }[] = [];
  const parts: { index: number; snippets: number; code: number }[] = [];
  for (const query of QUERIES) {
    moved = [];
    await page.evaluate(() => performance.clearMeasures());
    const box = page.getByRole('searchbox');
    await box.fill(query);
    await page.evaluate(WATCH(query));
    const started = await page.evaluate(() => performance.now());
    await box.press('Enter');
    await searchShown(page, query);
    const shownAt = await page.evaluate(() => performance.now());
    const painted = (await page.evaluate('window.__shown')) as number;
    const measures = await page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('measure').map((entry) => [entry.name, entry.duration]),
      ),
    );
    const paths = [...new Set(moved)];
    const kB = paths.reduce((sum, path) => sum + gzipSizeOf(path), 0) / 1000;
    // What the bytes were: the index's shards and table, the articles read for snippets,
    // and code.
    const part = (test: (path: string) => boolean) =>
      Number(
        (paths.filter(test).reduce((sum, path) => sum + gzipSizeOf(path), 0) / 1000).toFixed(1),
      );
    parts.push({
      index: part((path) => path.startsWith('/data/search/')),
      snippets: part((path) => path.startsWith('/data/articles/')),
      code: part((path) => path.startsWith('/assets/')),
    });
    rows.push({
      query,
      kB: Number(kB.toFixed(1)),
      rank: Number((measures['qiraa:search-rank'] ?? 0).toFixed(2)),
      engine: Number((measures['qiraa:search-engine'] ?? 0).toFixed(1)),
      screen: Number((shownAt - started).toFixed(1)),
      painted: Number(painted.toFixed(1)),
    });
  }
  console.log(`search on ${SITE} (${documents} documents), Chromium, loopback, gzip bytes`);
  console.log(
    ' query                          kB moved (index snippets code)  rank ms  engine ms  Enter→screen ms (harness, page)',
  );
  rows.forEach((row, index) => {
    const { index: ofIndex, snippets, code } = parts[index];
    console.log(
      ` ${row.query.padEnd(30)} ${String(row.kB).padStart(8)} (${ofIndex} ${snippets} ${code}) ${String(row.rank).padStart(8)} ${String(row.engine).padStart(10)} ${String(row.screen).padStart(16)} ${String(row.painted).padStart(6)}`,
    );
  });
  const later = rows.slice(1);
  const summary = {
    firstQueryKB: rows[0].kB,
    laterQueryKBMedian: quantile(
      later.map((row) => row.kB),
      0.5,
    ),
    laterQueryKBMax: Math.max(...later.map((row) => row.kB)),
    rankMsMedian: quantile(
      rows.map((row) => row.rank),
      0.5,
    ),
    rankMsP95: quantile(
      rows.map((row) => row.rank),
      0.95,
    ),
    engineMsMedian: quantile(
      rows.map((row) => row.engine),
      0.5,
    ),
    engineMsP95: quantile(
      rows.map((row) => row.engine),
      0.95,
    ),
    screenMsMedian: quantile(
      rows.map((row) => row.screen),
      0.5,
    ),
    paintedMsMedian: quantile(
      rows.map((row) => row.painted),
      0.5,
    ),
  };
  console.log(JSON.stringify(summary));
} finally {
  await close();
}
