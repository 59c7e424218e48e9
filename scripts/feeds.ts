/**
 * Atom feeds for feed readers: the site's newest articles, each speaker's newest quotes (each
 * entry links to the quote), and each source's newest articles. Built with the `feed` package
 * (ADR 003); pure: the prerender writes what this returns.
 *
 * Text from documents is data: the package writes titles and summaries as `type="html"`, so
 * they are escaped here first and a feed reader shows them as text, never as markup.
 */
import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import type { ArticleSummary, Speaker } from '../pipeline/schema';
import { normalizeArabic } from '../src/lib/arabic/normalize';
import { paths } from '../src/lib/paths';
import { escapeHtml } from './head';

/** Entries a feed holds: the newest ones. */
export const FEED_ENTRIES = 50;

const SITE_NAME = 'قراءة · Qiraa';
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

export interface FeedFile {
  /** Path under the site's root, such as `feeds/latest.xml`. */
  file: string;
  xml: string;
}

/** A feed's link in a page's head. */
export interface FeedLink {
  href: string;
  title: string;
}

export const feedPaths = {
  latest: () => '/feeds/latest.xml',
  speaker: (speakerId: string) => `/feeds/speakers/${speakerId}.xml`,
  source: (source: string) => `/feeds/sources/${sourceKey(source)}.xml`,
};

/** A source's file name: the same for every spelling of its name that reads the same. */
export function sourceKey(source: string): string {
  return createHash('sha1').update(normalizeArabic(source).trim()).digest('hex').slice(0, 12);
}

/** An article's date for a feed: its own, or that of the earliest page that embeds it. */
const dateOf = (article: ArticleSummary) => article.publishedAt ?? article.firstSeenAt;

const toDate = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

interface FeedSpec {
  site: string;
  path: string;
  title: string;
  /** The page the feed stands for. */
  page: string;
  entries: {
    id: string;
    title: string;
    link: string;
    date: string;
    summary: string;
    author: string | null;
  }[];
}

/**
 * One Atom document. Its `updated` is its newest entry's date, so two builds of the same
 * documents give the same bytes (a feed with no dated entry says 1970, the epoch).
 */
function atom(spec: FeedSpec): FeedFile {
  const updated = spec.entries.reduce(
    (newest, entry) => (entry.date > newest ? entry.date : newest),
    '1970-01-01',
  );
  const feed = new Feed({
    id: spec.site + spec.path,
    title: spec.title,
    link: spec.site + spec.page,
    feed: spec.site + spec.path,
    language: 'ar',
    updated: toDate(updated),
    author: { name: SITE_NAME, link: `${spec.site}/` },
    generator: false,
  });
  for (const entry of spec.entries) {
    feed.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.link,
      date: toDate(entry.date),
      published: toDate(entry.date),
      description: escapeHtml(entry.summary),
      ...(entry.author ? { author: [{ name: entry.author }] } : {}),
    });
  }
  const xml = feed.atom1();
  if (!xml.includes(ATOM_ROOT)) throw new Error('the feed package wrote an unexpected root');
  // Arabic text, said once for the whole document (the package has no option for it).
  return {
    file: spec.path.slice(1),
    xml: xml.replace(ATOM_ROOT, '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">'),
  };
}

/** The site's feed: its newest dated articles (the list's order is newest first). */
export function latestFeed(site: string, articles: readonly ArticleSummary[]): FeedFile {
  return atom({
    site,
    path: feedPaths.latest(),
    title: 'قراءة: أحدث المقالات',
    page: paths.home('ar'),
    entries: articleEntries(site, articles),
  });
}

function articleEntries(site: string, articles: readonly ArticleSummary[]): FeedSpec['entries'] {
  return articles
    .filter((article) => dateOf(article) !== null)
    .slice(0, FEED_ENTRIES)
    .map((article) => ({
      id: site + paths.article('ar', article.id),
      title: article.title,
      link: site + paths.article('ar', article.id),
      date: dateOf(article)!,
      summary: article.excerpt,
      author: article.source,
    }));
}

/** One feed per source, of its newest dated articles; keyed by file, in a stable order. */
export function sourceFeeds(site: string, articles: readonly ArticleSummary[]): FeedFile[] {
  const bySource = new Map<string, { name: string; articles: ArticleSummary[] }>();
  for (const article of articles) {
    if (!article.source) continue;
    const key = sourceKey(article.source);
    const group = bySource.get(key) ?? { name: article.source, articles: [] };
    group.articles.push(article);
    bySource.set(key, group);
  }
  return [...bySource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, { name, articles: own }]) =>
      atom({
        site,
        path: feedPaths.source(name),
        title: `قراءة: ${name}`,
        page: paths.home('ar'),
        entries: articleEntries(site, own),
      }),
    );
}

/** A speaker's newest quotes, each linking to the quote in its article. */
export function speakerFeed(site: string, speaker: Speaker): FeedFile {
  return atom({
    site,
    path: feedPaths.speaker(speaker.id),
    title: `قراءة: ${speaker.name}`,
    page: paths.speaker('ar', speaker.id),
    entries: speaker.quotes
      .filter((quote) => quote.publishedAt !== null)
      .slice(0, FEED_ENTRIES)
      .map((quote) => {
        const link = site + paths.quote('ar', quote.articleId, quote.quoteId);
        return {
          id: link,
          title: `«${quote.text}»`,
          link,
          date: quote.publishedAt!,
          summary: `«${quote.text}» (${speaker.name}، ${quote.articleTitle})`,
          author: speaker.name,
        };
      }),
  });
}

/**
 * The feeds a page names in its head: every page the site's, a speaker's page its speaker's,
 * an article its source's.
 */
export function feedLinksOf(
  page: { speaker?: Pick<Speaker, 'id' | 'name'>; source?: string | null },
  site: string,
): FeedLink[] {
  const links: FeedLink[] = [{ href: site + feedPaths.latest(), title: 'قراءة: أحدث المقالات' }];
  if (page.speaker)
    links.push({
      href: site + feedPaths.speaker(page.speaker.id),
      title: `قراءة: ${page.speaker.name}`,
    });
  if (page.source)
    links.push({ href: site + feedPaths.source(page.source), title: `قراءة: ${page.source}` });
  return links;
}
