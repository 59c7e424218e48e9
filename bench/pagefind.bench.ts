/**
 * `npm run bench:pagefind`: Qiraa's search against Pagefind 1.6 (the anchor of issue 9) on
 * the same built pages and the same queries. The site is built from the search gold
 * (`pipeline/search/gold/docs`, news written for it) and the e2e fixtures, through the real
 * pipeline; Pagefind indexes its built HTML; both answer every gold query
 * (`pipeline/search/gold/queries.json`, one right article each) in a real Chromium, and the
 * bench prints, for each engine, how many queries have the right article first and in the
 * first three, the time to build its index, and each query it gets wrong.
 *
 * Pagefind's results are every page it indexed (lists, quote pages, both languages): it is
 * counted right when its first *article page* (either language) is the right one, which is
 * kinder to it than a reader's first result would be.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { idFromFileName } from '../pipeline/ids';
import { openSite } from './harness/site-browser';

const OUT = join('bench', 'out', 'pagefind');
const CONTENT = join(OUT, 'content');
const SITE = join(OUT, 'site');
const PORT = 4181;
const GOLD = join('pipeline', 'search', 'gold');

interface GoldQuery {
  query: string;
  expect: string;
  why: string;
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(CONTENT, { recursive: true });
for (const folder of [join(GOLD, 'docs'), join('e2e', 'fixtures', 'content')])
  for (const file of readdirSync(folder)) cpSync(join(folder, file), join(CONTENT, file));

const siteSeconds = seconds(() =>
  run('node', ['scripts/build-site.mjs', '--content', CONTENT, '--out', SITE, '--quiet']),
);
const pagefindSeconds = seconds(() =>
  run(join('node_modules', '.bin', 'pagefind'), ['--site', SITE, '--output-subdir', 'pagefind']),
);

const queries = JSON.parse(readFileSync(join(GOLD, 'queries.json'), 'utf8')) as GoldQuery[];
const { browser, origin, close } = await openSite(SITE, PORT);
try {
  const page = await browser.newPage();
  const articleOf = (url: string) => /\/articles\/([0-9a-f]{16})/u.exec(url)?.[1] ?? null;

  // Qiraa: the search route as a reader opens it, its result links in order.
  const ours: string[][] = [];
  for (const { query } of queries) {
    await page.goto(`${origin}/ar/search?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-testid="search-count"]');
    // The results are a chunk of their own, shown after the count (none when nothing is found).
    await page.waitForSelector('main a[data-result]', { timeout: 5000 }).catch(() => undefined);
    const links = await page
      .locator('main a[data-result]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    ours.push(links.map(articleOf).filter((id): id is string => id !== null));
  }

  // Pagefind: its own script, loaded from a page that carries no policy of ours.
  await page.goto(`${origin}/pagefind/pagefind.js`);
  const theirs: string[][] = [];
  for (const { query } of queries) {
    const urls = await page.evaluate(async (text) => {
      const script = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ script);
      const search = await pagefind.search(text);
      const data = await Promise.all(
        search.results
          .slice(0, 20)
          .map((result: { data: () => Promise<{ url: string }> }) => result.data()),
      );
      return data.map((item: { url: string }) => item.url);
    }, query);
    theirs.push(urls.map(articleOf).filter((id): id is string => id !== null));
  }

  const score = (name: string, found: string[][]) => {
    let first = 0;
    let top3 = 0;
    const wrong: string[] = [];
    queries.forEach(({ query, expect, why }, index) => {
      const { id } = idFromFileName(expect);
      const ranked = [...new Set(found[index])];
      if (ranked[0] === id) first++;
      else wrong.push(`  «${query}» (${why}): ${ranked.indexOf(id) + 1 || 'not found'}`);
      if (ranked.slice(0, 3).includes(id)) top3++;
    });
    console.log(
      `${name}: first right ${first} of ${queries.length}, in the first three ${top3} of ${queries.length}`,
    );
    for (const line of wrong) console.log(line);
  };
  console.log(
    `site built in ${siteSeconds.toFixed(1)} s (Qiraa's index is built with the dataset); Pagefind indexed it in ${pagefindSeconds.toFixed(1)} s`,
  );
  score('Qiraa', ours);
  score('Pagefind 1.6', theirs);
} finally {
  await close();
}
