/**
 * The search's bytes at archive scale, in a real Chromium (issue 9): builds a site of
 * 10,000 generated documents and the seed (in a folder of its own, not the user's site),
 * serves it on 127.0.0.1, and searches from the list page as a reader does. Fails when the
 * first query of the visit moves more than 300 kB gzip (code and index, everything under
 * /assets/ and /data/ it asks for) or a later query more than 50 kB. Bytes, not time: the
 * same code and documents give the same figures on any machine. Run by `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from '../bench/corpus/write-corpus';
import { openSite, searchShown } from '../bench/harness/site-browser';

const DOCUMENTS = 10_000;
const FIRST_KB = 300;
const LATER_KB = 50;
const PORT = 4185;
// A name, a word with ة typed as ه, a phrase, Persian letters, a clitic, a quote's words.
const QUERIES = [
  'سيرغي لافروف',
  'الحكومه',
  'وزير الخارجية',
  'روسیا',
  'للحكومة',
  'اسعار النفط',
  'الأمم المتحدة',
  'حجر الأساس في أي إصلاح',
];

// A fixed folder of the build cache's, apart from dist/ and .test-site/: a second run builds
// incrementally, and leaves no second set of caches behind.
const root = join('.cache', 'search-bytes');
const content = join(root, 'content');
const site = join(root, 'site');
rmSync(content, { recursive: true, force: true });
let failed = false;
writeCorpus(DOCUMENTS, content, 1);
copyFileSync('content/000_e8dd7afff7bd6bee.txt', join(content, '000_e8dd7afff7bd6bee.txt'));
const build = spawnSync(
  process.execPath,
  ['scripts/build-site.mjs', '--content', content, '--out', site, '--quiet'],
  { encoding: 'utf8' },
);
if (build.status !== 0) throw new Error(`build exited ${build.status}:\n${build.stderr}`);

const gzipSizeOf = (path: string): number => {
  const file = join(site, decodeURIComponent(path));
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
};
const { browser, origin, close } = await openSite(site, PORT);
try {
  const page = await browser.newPage();
  let moved: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/') || pathname.startsWith('/assets/')) moved.push(pathname);
  });
  await page.goto(`${origin}/ar/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  for (const [index, query] of QUERIES.entries()) {
    moved = [];
    const box = page.getByRole('searchbox');
    await box.fill(query);
    await box.press('Enter');
    await searchShown(page, query);
    // The results and their snippets come after the count: wait for the network to settle.
    await page.waitForLoadState('networkidle');
    const kB = [...new Set(moved)].reduce((sum, path) => sum + gzipSizeOf(path), 0) / 1000;
    const limit = index === 0 ? FIRST_KB : LATER_KB;
    const over = kB > limit;
    failed ||= over;
    console.log(
      `${over ? 'OVER' : 'ok  '} ${index === 0 ? 'first' : 'later'} query «${query}»: ${kB.toFixed(1)} kB of ${limit} kB`,
    );
  }
} finally {
  await close();
}
if (failed) {
  console.error('search bytes over budget at 10,000 documents');
  process.exit(1);
}
console.log(`search bytes within budget at ${DOCUMENTS.toLocaleString('en')} documents`);
