import { expect, test } from 'vitest';
import type { ArticleSummary, Speaker } from '../pipeline/schema';
import {
  FEED_ENTRIES,
  feedLinksOf,
  feedPaths,
  latestFeed,
  sourceFeeds,
  sourceKey,
  speakerFeed,
} from './feeds';

const SITE = 'https://news.example';

function summary(id: string, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: id.padStart(16, '0'),
    title: `عنوان ${id}`,
    publishedAt: '2025-01-02',
    firstSeenAt: null,
    source: 'الجزيرة',
    excerpt: 'مقتطف',
    quoteCount: 0,
    speakers: [],
    ...overrides,
  };
}

const entries = (xml: string) => xml.match(/<entry>/g)?.length ?? 0;

test('the site feed is Atom in Arabic, dated by its newest entry, not by the clock', () => {
  const { file, xml } = latestFeed(SITE, [
    summary('a', { publishedAt: '2025-03-04' }),
    summary('b', { publishedAt: '2025-01-01' }),
  ]);
  expect(file).toBe('feeds/latest.xml');
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
  expect(xml).toMatch(/<\/author>\s*<link rel="alternate" href="https:\/\/news.example\/ar\/"\/>/);
  expect(xml).toContain('<link rel="self" href="https://news.example/feeds/latest.xml"/>');
  expect(xml.match(/<updated>[^<]+<\/updated>/)?.[0]).toBe(
    '<updated>2025-03-04T00:00:00.000Z</updated>',
  );
  expect(xml).toContain('<id>https://news.example/ar/articles/000000000000000a</id>');
  expect(latestFeed(SITE, [summary('a'), summary('b')]).xml).toBe(
    latestFeed(SITE, [summary('a'), summary('b')]).xml,
  );
});

test('a headline or excerpt that looks like markup stays text in the feed', () => {
  const { xml } = latestFeed(SITE, [
    summary('a', { title: '<script>alert(1)</script>', excerpt: '<img src=x onerror="x()">]]>' }),
  ]);
  expect(xml).not.toContain('<script>');
  expect(xml).not.toContain('<img');
  expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(xml.match(/]]>/g)).toHaveLength(2); // only the CDATA ends of title and summary
});

test('the newest entries only, and a story with no date takes the date of its page', () => {
  const many = Array.from({ length: FEED_ENTRIES + 10 }, (_, i) => summary(i.toString(16)));
  expect(entries(latestFeed(SITE, many).xml)).toBe(FEED_ENTRIES);
  const embedded = summary('e', { publishedAt: null, firstSeenAt: '2025-02-02' });
  const undated = summary('f', { publishedAt: null });
  const { xml } = latestFeed(SITE, [embedded, undated]);
  expect(entries(xml)).toBe(1);
  expect(xml).toContain('<published>2025-02-02T00:00:00.000Z</published>');
});

test('one feed a source, whatever the spelling of its name', () => {
  const feeds = sourceFeeds(SITE, [
    summary('a', { source: 'الأهرام' }),
    summary('b', { source: 'الاهرام' }),
    summary('c', { source: 'رويترز' }),
    summary('d', { source: null }),
  ]);
  expect(feeds).toHaveLength(2);
  expect(sourceKey('الأهرام')).toBe(sourceKey('الاهرام'));
  const ahram = feeds.find(({ file }) => file === feedPaths.source('الأهرام').slice(1))!;
  expect(entries(ahram.xml)).toBe(2);
});

test("a speaker's feed: their quotes, each linking to the quote in its article", () => {
  const speaker: Speaker = {
    id: 'abcdefabcdef',
    name: 'سلمى الحسيني',
    kind: 'person',
    role: null,
    roles: [],
    quoteCount: 2,
    quotes: [
      {
        quoteId: 'q3',
        text: 'لن نتراجع',
        articleId: '0123456789abcdef',
        articleTitle: 'عنوان',
        publishedAt: '2025-05-05',
      },
      {
        quoteId: 'q1',
        text: 'بلا تاريخ',
        articleId: '0123456789abcdef',
        articleTitle: 'عنوان',
        publishedAt: null,
      },
    ],
  };
  const { file, xml } = speakerFeed(SITE, speaker);
  expect(file).toBe('feeds/speakers/abcdefabcdef.xml');
  expect(entries(xml)).toBe(1);
  expect(xml).toContain('<link href="https://news.example/ar/articles/0123456789abcdef#q3"/>');
  expect(xml).toContain('<name>سلمى الحسيني</name>');
});

test('pages name the site feed, and their speaker or source feed where they have one', () => {
  expect(feedLinksOf({}, SITE).map(({ href }) => href)).toEqual([
    'https://news.example/feeds/latest.xml',
  ]);
  expect(feedLinksOf({ speaker: { id: 'abcdefabcdef', name: 'س' } }, SITE)).toHaveLength(2);
  expect(feedLinksOf({ source: 'رويترز' }, SITE)[1].href).toBe(
    `https://news.example/feeds/sources/${sourceKey('رويترز')}.xml`,
  );
});
