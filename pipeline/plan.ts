import type { DocumentAnalysis, StoryAnalysis } from './analyse';
import { idFromHeadline, speakerIdFromKey } from './ids';
import { groupSpeakers } from './quotes/corpus-speakers';
import type { ExtractedQuote } from './quotes/extract';
import { findSimilar } from './related/similar';
import { buildSearchIndex, type SearchIndex } from './search/build-index';
import {
  SCHEMA_VERSION,
  type Article,
  type ArticleSummary,
  type DatasetIndex,
  type DatasetMeta,
  type ListPage,
  type Problem,
  type Quote,
  type QuotesPage,
  type RelatedLink,
  type Report,
  type Speaker,
  type SpeakerPage,
  type SpeakerQuote,
  type UnattributedPage,
  type UnattributedQuote,
} from './schema';

export const LIST_PAGE_SIZE = 20;
export const SPEAKERS_PAGE_SIZE = 20;
export const QUOTES_PREVIEW = 3;
export const UNATTRIBUTED_PAGE_SIZE = 20;
/** A speaker's quotes a page: a much-quoted speaker's page stays as small as any other. */
export const SPEAKER_QUOTES_PAGE_SIZE = 30;
const SIMILAR_COUNT = 5;
const HOST_LINKS = 10;
const NO_TERMS = new Int32Array(0);
/** Below this cosine, a "similar" story is filler that would cost readers' trust. */
const MIN_SIMILARITY = 0.06;

/** Where a story's text is: the page of a file, or its n-th embedded story. */
export interface StoryLocation {
  file: string;
  story: 'page' | number;
}

/** An article with everything but its paragraphs, and where to read them. */
export interface ArticlePlan {
  article: Omit<Article, 'paragraphs'>;
  from: StoryLocation;
}

export interface Plan {
  meta: DatasetMeta;
  index: DatasetIndex;
  /** The front page (page 0), then the archive pages from the oldest (1 to n). */
  listPages: ListPage[];
  articles: ArticlePlan[];
  search: SearchIndex;
  quotesPages: QuotesPage[];
  unattributedPages: UnattributedPage[];
  speakers: Speaker[];
  /** Each speaker's quotes, a page at a time (speakers in the order of `speakers`). */
  speakerPages: SpeakerPage[];
  report: Report;
}

interface Draft {
  id: string;
  story: StoryAnalysis;
  from: StoryLocation;
  embeds: string[];
  embeddedIn: Set<string>;
}

type NumberedQuote = ExtractedQuote & { id: string };
type ReportEntry = Report['documents'][number];

/** Later dates first, undated last. */
function byDateDescending(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

function newestFirst<T extends { id: string; publishedAt: string | null }>(a: T, b: T): number {
  return byDateDescending(a.publishedAt, b.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function newestQuoteFirst(a: SpeakerQuote, b: SpeakerQuote): number {
  const byDate = byDateDescending(a.publishedAt, b.publishedAt);
  if (byDate !== 0) return byDate;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return Number(a.quoteId.slice(1)) - Number(b.quoteId.slice(1));
}

/** Pages of `size` items (one empty page when there are none), each made by `page`. */
/**
 * The list's pages: archive pages of `size` articles counted from the oldest, so that an
 * article arriving changes only the newest archive page and the front page (a page's data
 * file and its HTML are then made again only when its own articles change); and the front
 * page (page 0): the newest archive page, with the one before it while the newest is not
 * full. Each page is newest first and names the pages just older and newer.
 */
export function listPagesOf(
  newestFirst: readonly ArticleSummary[],
  size: number,
): { front: ListPage; archive: ListPage[] } {
  const oldestFirst = [...newestFirst].reverse();
  const blocks: ArticleSummary[][] = [];
  for (let start = 0; start < oldestFirst.length; start += size)
    blocks.push(oldestFirst.slice(start, start + size));
  const count = blocks.length;
  const archive = blocks.map((block, index): ListPage => ({
    schemaVersion: SCHEMA_VERSION,
    page: index + 1,
    older: index > 0 ? index : null,
    newer: index + 1 < count ? index + 2 : 0,
    articles: [...block].reverse(),
  }));
  const shown = count === 0 ? 0 : blocks[count - 1].length === size || count === 1 ? 1 : 2;
  const front: ListPage = {
    schemaVersion: SCHEMA_VERSION,
    page: 0,
    older: count - shown > 0 ? count - shown : null,
    newer: null,
    articles: blocks
      .slice(count - shown)
      .flat()
      .reverse(),
  };
  return { front, archive };
}

function paged<T, P>(
  items: readonly T[],
  size: number,
  page: (chunk: T[], number: number, count: number) => P,
): P[] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  if (chunks.length === 0) chunks.push([]);
  return chunks.map((chunk, index) => page(chunk, index + 1, chunks.length));
}

/**
 * One article per story: pages by file id, embedded stories by headline, merged with a page
 * of the same headline. A second file with an id already taken is rejected, but a story it
 * embeds still counts.
 */
function collectStories(analyses: readonly DocumentAnalysis[]) {
  const report: ReportEntry[] = [];
  const drafts = new Map<string, Draft>();
  const pageByKey = new Map<string, string>();
  const embeddedContent = new Map<string, { story: StoryAnalysis; from: StoryLocation }>();
  const hosts: { entry: ReportEntry; id: string; analysis: DocumentAnalysis }[] = [];
  for (const analysis of analyses) {
    const entry: ReportEntry = {
      file: analysis.file,
      status: analysis.status,
      articles: [],
      problems: [...analysis.problems],
    };
    report.push(entry);
    analysis.embedded.forEach(({ key, story }, index) => {
      if (story && !embeddedContent.has(key)) {
        embeddedContent.set(key, { story, from: { file: analysis.file, story: index } });
      }
    });
    if (analysis.status !== 'ok' || !analysis.page) continue;
    const earlier = drafts.get(analysis.id);
    if (earlier) {
      entry.status = 'rejected';
      entry.problems.push({
        line: 0,
        message: `same id ${analysis.id} as ${earlier.from.file}; that one was kept`,
      });
      continue;
    }
    drafts.set(analysis.id, {
      id: analysis.id,
      story: analysis.page,
      from: { file: analysis.file, story: 'page' },
      embeds: [],
      embeddedIn: new Set(),
    });
    if (!pageByKey.has(analysis.page.key)) pageByKey.set(analysis.page.key, analysis.id);
    entry.articles.push(analysis.id);
    hosts.push({ entry, id: analysis.id, analysis });
  }
  for (const { entry, id: hostId, analysis } of hosts) {
    const host = drafts.get(hostId)!;
    for (const { key, title } of analysis.embedded) {
      const id = pageByKey.get(key) ?? idFromHeadline(title);
      if (id === hostId) continue;
      if (!drafts.has(id)) {
        const content = embeddedContent.get(key)!;
        drafts.set(id, {
          id,
          story: content.story,
          from: content.from,
          embeds: [],
          embeddedIn: new Set(),
        });
      }
      if (!host.embeds.includes(id)) host.embeds.push(id);
      drafts.get(id)!.embeddedIn.add(hostId);
      if (!entry.articles.includes(id)) entry.articles.push(id);
    }
  }
  return { report, drafts };
}

/**
 * Everything the dataset holds but the articles' paragraphs, from the analyses of all
 * documents in file order, their term ids pointing into `terms`. Deterministic. It takes the
 * analyses over: their term counts are let go once similarity is known (at 100,000
 * articles they are over 100 MB).
 */
export function planDataset(analyses: readonly DocumentAnalysis[], terms: readonly string[]): Plan {
  const { report, drafts } = collectStories(analyses);
  const ordered = [...drafts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

  const quotesByArticle = new Map<Draft, NumberedQuote[]>();
  for (const draft of ordered) {
    const quotes = draft.story.quotes.map((quote, index) => ({
      text: quote.text,
      paragraph: quote.paragraph,
      start: quote.start,
      end: quote.end,
      speaker: quote.speaker,
      speakerKey: quote.speakerKey,
      kind: quote.kind,
      role: quote.role,
      mention: quote.mention,
      id: `q${index + 1}`,
    }));
    quotesByArticle.set(draft, quotes);
  }
  const speakers = groupSpeakers(quotesByArticle);

  const similar = findSimilar(
    ordered.map(({ id, story }) => ({ id, termIds: story.termIds, termCounts: story.termCounts })),
    // Read-also links come first and are not repeated as similar: ask for a few more.
    { k: SIMILAR_COUNT + 3 },
  );
  for (const { story } of ordered) {
    story.termIds = NO_TERMS;
    story.termCounts = NO_TERMS;
  }

  // Links are object literals of one shape each (a spread copy costs V8 four times the memory).
  const readAlsoLink = (id: string, direction: 'embeds' | 'embedded-in'): RelatedLink => {
    const { story } = drafts.get(id)!;
    return { id, title: story.title, publishedAt: story.publishedAt, kind: 'read-also', direction };
  };
  // No score in the link: it moves with every document added to the corpus (the weights of
  // all terms do), which would make every article's file, and page, change on every build.
  const similarLink = (id: string): RelatedLink => {
    const { story } = drafts.get(id)!;
    return { id, title: story.title, publishedAt: story.publishedAt, kind: 'similar' };
  };
  const articles: ArticlePlan[] = ordered.map((draft, index) => {
    const hosts = [...draft.embeddedIn]
      .map((id) => ({ id, publishedAt: drafts.get(id)!.story.publishedAt }))
      .sort(newestFirst)
      .slice(0, HOST_LINKS)
      .map((host) => readAlsoLink(host.id, 'embedded-in'));
    const readAlso = [...draft.embeds.map((id) => readAlsoLink(id, 'embeds')), ...hosts];
    const listed = new Set(readAlso.map((link) => link.id));
    const similarLinks = similar[index]
      .filter((match) => !listed.has(match.id) && match.score >= MIN_SIMILARITY)
      .slice(0, SIMILAR_COUNT)
      .map((match) => similarLink(match.id));
    const { story } = draft;
    // No date of its own: the earliest dated page that embeds it (never a guess at its own).
    const hostDates = [...draft.embeddedIn]
      .map((id) => drafts.get(id)!.story.publishedAt)
      .filter((date): date is string => date !== null)
      .sort();
    const firstSeenAt = story.publishedAt === null ? (hostDates[0] ?? null) : null;
    const quotes: Quote[] = quotesByArticle.get(draft)!.map((quote) => ({
      id: quote.id,
      text: quote.text,
      speaker: quote.speaker,
      speakerId: quote.speakerKey === null ? null : speakerIdFromKey(quote.speakerKey),
      kind: quote.kind,
      role: quote.role,
      mention: quote.mention,
      paragraph: quote.paragraph,
      start: quote.start,
      end: quote.end,
    }));
    return {
      from: draft.from,
      article: {
        id: draft.id,
        title: story.title,
        publishedAt: story.publishedAt,
        firstSeenAt,
        source: story.source,
        dateline: story.dateline,
        quotes,
        related: [...readAlso, ...similarLinks],
        embeddedIn: [...draft.embeddedIn].sort(),
        readingMinutes: story.readingMinutes,
        file: draft.from.file,
      },
    };
  });

  const summaries: ArticleSummary[] = articles
    .map(({ article }) => ({
      id: article.id,
      title: article.title,
      publishedAt: article.publishedAt,
      firstSeenAt: article.firstSeenAt,
      source: article.source,
      excerpt: drafts.get(article.id)!.story.excerpt,
      quoteCount: article.quotes.length,
      speakers: [
        ...new Set(article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []))),
      ],
    }))
    // A story without a date of its own takes its place by the date it was first seen.
    .sort(
      (a, b) =>
        byDateDescending(a.publishedAt ?? a.firstSeenAt, b.publishedAt ?? b.firstSeenAt) ||
        // On the same day, the pages before the stories they embed.
        Number(a.publishedAt === null) - Number(b.publishedAt === null) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );

  // Search numbers articles as the list orders them: newest first.
  const search = buildSearchIndex(
    summaries.map((summary) => ({
      id: summary.id,
      title: summary.title,
      publishedAt: summary.publishedAt,
      firstSeenAt: summary.firstSeenAt,
      source: summary.source,
      search: drafts.get(summary.id)!.story.search,
    })),
    terms,
  );

  const listPages = listPagesOf(summaries, LIST_PAGE_SIZE);

  const speakerList: Speaker[] = [...speakers.values()]
    .map((speaker) => ({
      id: speakerIdFromKey(speaker.key),
      name: speaker.name,
      kind: speaker.kind,
      role: speaker.roles[0] ?? null,
      roles: speaker.roles,
      quoteCount: speaker.quotes.length,
      quotes: speaker.quotes
        .map(({ quote, article }) => ({
          quoteId: quote.id,
          text: quote.text,
          articleId: article.id,
          articleTitle: article.story.title,
          publishedAt: article.story.publishedAt,
        }))
        .sort(newestQuoteFirst),
    }))
    .sort(
      (a, b) =>
        b.quoteCount - a.quoteCount ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        (a.id < b.id ? -1 : 1),
    );

  const attributedQuotes = speakerList.reduce((sum, speaker) => sum + speaker.quoteCount, 0);
  const unattributed = unattributedQuotes(articles);
  const totalQuotes = attributedQuotes + unattributed.length;
  const unattributedPages: UnattributedPage[] = paged(
    unattributed,
    UNATTRIBUTED_PAGE_SIZE,
    (chunk, page, pageCount) => ({
      schemaVersion: SCHEMA_VERSION,
      page,
      pageCount,
      total: unattributed.length,
      quotes: chunk,
    }),
  );
  const quotesPages: QuotesPage[] = paged(
    speakerList,
    SPEAKERS_PAGE_SIZE,
    (chunk, page, pageCount) => ({
      schemaVersion: SCHEMA_VERSION,
      page,
      pageCount,
      totalSpeakers: speakerList.length,
      totalQuotes,
      unattributedQuotes: unattributed.length,
      unattributedPreview: page === 1 ? unattributed.slice(0, QUOTES_PREVIEW) : [],
      speakers: chunk.map((speaker) => ({
        ...speaker,
        quotes: speaker.quotes.slice(0, QUOTES_PREVIEW),
      })),
    }),
  );

  return {
    meta: {
      schemaVersion: SCHEMA_VERSION,
      articles: articles.length,
      listPages: listPages.archive.length,
      speakers: speakerList.length,
      quotes: totalQuotes,
      quotesPages: quotesPages.length,
      unattributedQuotes: unattributed.length,
      unattributedPages: unattributedPages.length,
    },
    index: { schemaVersion: SCHEMA_VERSION, articles: summaries },
    listPages: [listPages.front, ...listPages.archive],
    articles,
    search,
    quotesPages,
    unattributedPages,
    speakers: speakerList,
    speakerPages: speakerList.flatMap((speaker) =>
      paged(speaker.quotes, SPEAKER_QUOTES_PAGE_SIZE, (quotes, page, pageCount) => ({
        ...speaker,
        page,
        pageCount,
        quotes,
      })),
    ),
    report: { documents: report },
  };
}

/**
 * Quotes with no speaker to list them under (anonymous sources and unknown ones), newest
 * first: the quotes view shows them under their own heading, so that its count of quotes
 * is the count of all quotes.
 */
function unattributedQuotes(articles: readonly ArticlePlan[]): UnattributedQuote[] {
  const list: UnattributedQuote[] = [];
  for (const { article } of articles) {
    for (const quote of article.quotes) {
      if (quote.speakerId !== null) continue;
      list.push({
        quoteId: quote.id,
        text: quote.text,
        kind: quote.kind === 'anonymous' ? 'anonymous' : 'unknown',
        description: quote.kind === 'anonymous' ? quote.role : null,
        articleId: article.id,
        articleTitle: article.title,
        publishedAt: article.publishedAt,
      });
    }
  }
  return list.sort(newestQuoteFirst);
}

/** All 256 shards of two hex digits, each with the sorted ids that start with it. */
export function shardIds(ids: readonly string[]): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (let prefix = 0; prefix < 256; prefix++) {
    shards.set(prefix.toString(16).padStart(2, '0'), []);
  }
  for (const id of [...ids].sort()) shards.get(id.slice(0, 2))?.push(id);
  return shards;
}

/**
 * Problems as `file:line: error: …` (the document was rejected) or `file:line: warning: …`
 * (it was built, with something to look at, such as damaged bytes it decoded around).
 */
export function problemLines(report: Report): string[] {
  return report.documents.flatMap((document) =>
    document.problems.map(
      (problem: Problem) =>
        `${document.file}:${problem.line}: ${document.status === 'rejected' ? 'error' : 'warning'}: ${problem.message}`,
    ),
  );
}
