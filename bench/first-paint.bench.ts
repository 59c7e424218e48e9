/**
 * `npm run bench:first-paint [-- --site DIR --article ID --runs 7]`: the cold first paint of
 * an article's deep link against a bare static page with the same text (issue 10), side by
 * side in one run. Both are served by the same small HTTP server from this process (the
 * site's files as a static host serves them; the bare page from memory: the headline and the
 * paragraphs in <h1> and <p>, `lang="ar" dir="rtl"`, no style, no font, no script). Each run
 * is a fresh browser context (nothing cached) at 412 px with the CPU slowed 4× (CDP), and the
 * two pages alternate. Prints the median first contentful paint and largest contentful paint
 * of each, and the ratios.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../e2e/find-browser';
import type { Article } from '../pipeline/schema';
import { pageFiles } from '../src/lib/paths';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback;
const SITE = option('site', '.test-site');
const ARTICLE = option('article', 'e8dd7afff7bd6bee');
const RUNS = Number(option('runs', '7'));
const PORT = 4180;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function barePage(article: Article): string {
  return [
    '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(article.title)}</title></head><body>`,
    `<h1>${escape(article.title)}</h1>`,
    ...article.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`),
    '</body></html>',
  ].join('');
}

function serve(bare: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/__bare') {
      response.writeHead(200, { 'Content-Type': TYPES['.html'] });
      response.end(bare);
      return;
    }
    // As a static host serves the site: /x from x.html, / from index.html.
    const candidates = pageFiles(path).map((candidate) => join(SITE, normalize(candidate)));
    const file = candidates.find(
      (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
    );
    if (!file) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

/** First contentful paint and largest contentful paint of one cold load, in ms. */
async function measure(browser: Browser, url: string): Promise<{ fcp: number; lcp: number }> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const result = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        const fcp =
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({ fcp, lcp: entries[entries.length - 1].startTime });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await context.close();
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main() {
  const article = JSON.parse(
    readFileSync(join(SITE, 'data', 'articles', `${ARTICLE}.json`), 'utf8'),
  ) as Article;
  const server = await serve(barePage(article));
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  const app: { fcp: number; lcp: number }[] = [];
  const bare: { fcp: number; lcp: number }[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // Alternating, so that drift in the machine's speed falls on both alike.
      app.push(await measure(browser, `http://127.0.0.1:${PORT}/ar/articles/${ARTICLE}`));
      bare.push(await measure(browser, `http://127.0.0.1:${PORT}/__bare`));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const row = (label: string, runs: { fcp: number; lcp: number }[]) => ({
    page: label,
    fcpMs: Math.round(median(runs.map((run) => run.fcp))),
    lcpMs: Math.round(median(runs.map((run) => run.lcp))),
  });
  const rows = [row(`app /ar/articles/${ARTICLE}`, app), row('bare static page', bare)];
  console.table(rows);
  console.log(
    `ratio (median of ${RUNS} alternating runs, 4× CPU, 412 px): FCP ${(rows[0].fcpMs / rows[1].fcpMs).toFixed(2)}×, LCP ${(rows[0].lcpMs / rows[1].lcpMs).toFixed(2)}× (target ≤ 1.2×)`,
  );
}

await main();
