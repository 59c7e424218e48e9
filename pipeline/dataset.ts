import { normalizeArabic } from '../src/lib/arabic/normalize';
import { excerptOf, readingMinutes } from './excerpt';
import { idFromFileName, idFromHeadline, speakerIdFromKey } from './ids';
import { decodeDocument } from './parse/decode';
import { parseDocument, type ParsedStory } from './parse/document';
import { extractQuotes, type ExtractedQuote } from './quotes/extract';
import { findSimilar, TermDictionary } from './related/similar';
import { termsOfWords } from './related/terms';
import { wordsOf } from './text/words';
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
} from './schema';

export interface InputDocument {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  /** Read when its turn comes, so that the corpus is never held in memory as bytes. */
  read: () => Uint8Array;
}

export interface Dataset {
  meta: DatasetMeta;
  index: DatasetIndex;
  listPages: ListPage[];
  articles: Article[];
  quotesPages: QuotesPage[];
  speakers: Speaker[];
  report: Report;
}

export const LIST_PAGE_SIZE = 20;
export const SPEAKERS_PAGE_SIZE = 20;
export const QUOTES_PREVIEW = 3;
const SIMILAR_COUNT = 5;
const HOST_LINKS = 10;

interface Draft {
  id: string;
  file: string;
  story: ParsedStory;
  embeds: string[];
  embeddedIn: Set<string>;
}

type ReportEntry = Report['documents'][number];

function readDocuments(inputs: readonly InputDocument[]) {
  const report: ReportEntry[] = [];
  const pages: { entry: ReportEntry; id: string; page: ParsedStory; embedded: ParsedStory[] }[] =
    [];
  const seenIds = new Map<string, string>();
  for (const { file, read } of [...inputs].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const entry: ReportEntry = { file, status: 'ok', articles: [], problems: [] };
    report.push(entry);
    const reject = (line: number, message: string) => {
      entry.status = 'rejected';
      entry.problems.push({ line, message });
    };
    if (!file.toLowerCase().endsWith('.txt')) {
      reject(0, 'not a .txt document');
      continue;
    }
    const { id, wellFormed } = idFromFileName(file);
    if (!wellFormed) {
      entry.problems.push({
        line: 0,
        message: `file name is not <number>_<16 hex digits>.txt; id ${id} derived from the name`,
      });
    }
    const earlier = seenIds.get(id);
    if (earlier) {
      reject(0, `same id ${id} as ${earlier}; that one was kept`);
      continue;
    }
    const decoded = decodeDocument(read());
    if (!decoded.ok) {
      reject(0, decoded.reason);
      continue;
    }
    if (decoded.encoding !== 'utf-8') {
      entry.problems.push({ line: 0, message: `decoded as ${decoded.encoding}` });
    }
    const parsed = parseDocument(decoded.text);
    entry.problems.push(...(parsed.ok ? parsed.data.problems : parsed.problems));
    if (!parsed.ok) {
      reject(parsed.line, parsed.reason);
      continue;
    }
    seenIds.set(id, file);
    pages.push({ entry, id, page: parsed.data.page, embedded: parsed.data.embedded });
  }
  return { report, pages };
}

/** One article per story: pages by file id, embedded stories by headline, merged. */
function collectStories(pages: ReturnType<typeof readDocuments>['pages']): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  const pageByTitle = new Map<string, string>();
  for (const { id, page, entry } of pages) {
    drafts.set(id, { id, file: entry.file, story: page, embeds: [], embeddedIn: new Set() });
    const title = normalizeArabic(page.title);
    if (!pageByTitle.has(title)) pageByTitle.set(title, id);
    entry.articles.push(id);
  }
  for (const { id: hostId, embedded, entry } of pages) {
    const host = drafts.get(hostId)!;
    for (const story of embedded) {
      const id = pageByTitle.get(normalizeArabic(story.title)) ?? idFromHeadline(story.title);
      if (id === hostId) continue;
      if (!drafts.has(id)) {
        drafts.set(id, { id, file: entry.file, story, embeds: [], embeddedIn: new Set() });
      }
      if (!host.embeds.includes(id)) host.embeds.push(id);
      drafts.get(id)!.embeddedIn.add(hostId);
      if (!entry.articles.includes(id)) entry.articles.push(id);
    }
  }
  return drafts;
}

function newestFirst<T extends { id: string; publishedAt: string | null }>(a: T, b: T): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

interface SpeakerDraft {
  key: string;
  name: string;
  role: string | null;
  quotes: { quote: ExtractedQuote & { id: string }; article: Draft }[];
}

/**
 * Groups attributed quotes by speaker across the corpus. A surname alone (لافروف) joins
 * the one full name in the corpus that ends with it; when several do, it stays apart.
 */
function groupSpeakers(
  quotesByArticle: Map<string, (ExtractedQuote & { id: string })[]>,
  drafts: Map<string, Draft>,
): Map<string, SpeakerDraft> {
  const byKey = new Map<string, SpeakerDraft>();
  for (const [articleId, quotes] of quotesByArticle) {
    for (const quote of quotes) {
      if (quote.speakerKey === null || quote.speaker === null) continue;
      let speaker = byKey.get(quote.speakerKey);
      if (!speaker) {
        speaker = { key: quote.speakerKey, name: quote.speaker, role: quote.role, quotes: [] };
        byKey.set(quote.speakerKey, speaker);
      }
      speaker.role ??= quote.role;
      speaker.quotes.push({ quote, article: drafts.get(articleId)! });
    }
  }
  const fullNamesByLastWord = new Map<string, SpeakerDraft[]>();
  for (const speaker of byKey.values()) {
    const words = speaker.key.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    fullNamesByLastWord.set(last, [...(fullNamesByLastWord.get(last) ?? []), speaker]);
  }
  const aliases = new Map<string, string>();
  for (const speaker of [...byKey.values()]) {
    const candidates = fullNamesByLastWord.get(speaker.key);
    if (speaker.key.includes(' ') || candidates?.length !== 1) continue;
    const [full] = candidates;
    full.quotes.push(...speaker.quotes);
    full.role ??= speaker.role;
    byKey.delete(speaker.key);
    aliases.set(speaker.key, full.key);
  }
  for (const quotes of quotesByArticle.values()) {
    for (const quote of quotes) {
      const alias = quote.speakerKey && aliases.get(quote.speakerKey);
      if (alias) {
        const full = byKey.get(alias)!;
        quote.speakerKey = full.key;
        quote.speaker = full.name;
        quote.role ??= full.role;
      }
    }
  }
  return byKey;
}

/**
 * The whole dataset from the input documents: pure, so the same input always gives the
 * same output, in the same order, to the byte.
 */
export function buildDataset(inputs: readonly InputDocument[]): Dataset {
  const { report, pages } = readDocuments(inputs);
  const drafts = collectStories(pages);
  const ordered = [...drafts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

  // Each story's words are read once, for its quotes and for its similarity terms; terms
  // become ids story by story, so the corpus's words are never all held as strings.
  const quotesByArticle = new Map<string, (ExtractedQuote & { id: string })[]>();
  const dictionary = new TermDictionary();
  const termIds: Int32Array[] = [];
  for (const draft of ordered) {
    const texts = draft.story.paragraphs.map((paragraph) => paragraph.text);
    const words = texts.map(wordsOf);
    const quotes = extractQuotes(texts, draft.story.title, words).map((quote, index) => ({
      ...quote,
      id: `q${index + 1}`,
    }));
    quotesByArticle.set(draft.id, quotes);
    const title = termsOfWords(wordsOf(draft.story.title));
    termIds.push(dictionary.idsOf([...title, ...title, ...words.flatMap(termsOfWords)]));
  }
  const speakers = groupSpeakers(quotesByArticle, drafts);

  const similar = findSimilar(
    ordered.map((draft, index) => ({ id: draft.id, terms: termIds[index] })),
    { k: SIMILAR_COUNT + HOST_LINKS },
  );

  const linkTo = (id: string, kind: RelatedLink['kind']): RelatedLink => {
    const target = drafts.get(id)!;
    return { id, title: target.story.title, publishedAt: target.story.publishedAt, kind };
  };
  const articles: Article[] = ordered.map((draft, index) => {
    const hosts = [...draft.embeddedIn]
      .map((id) => linkTo(id, 'read-also'))
      .sort(newestFirst)
      .slice(0, HOST_LINKS)
      .map((link) => ({ ...link, direction: 'embedded-in' as const }));
    const readAlso = [
      ...draft.embeds.map((id) => ({ ...linkTo(id, 'read-also'), direction: 'embeds' as const })),
      ...hosts,
    ];
    const listed = new Set(readAlso.map((link) => link.id));
    const similarLinks = similar[index]
      .filter((match) => !listed.has(match.id))
      .slice(0, SIMILAR_COUNT)
      .map((match) => ({ ...linkTo(match.id, 'similar'), score: match.score }));
    const { story } = draft;
    const paragraphs = story.paragraphs.map((paragraph) => paragraph.text);
    const quotes: Quote[] = quotesByArticle.get(draft.id)!.map((quote) => ({
      id: quote.id,
      text: quote.text,
      speaker: quote.speaker,
      speakerId: quote.speakerKey === null ? null : speakerIdFromKey(quote.speakerKey),
      role: quote.role,
      mention: quote.mention,
      paragraph: quote.paragraph,
      start: quote.start,
      end: quote.end,
    }));
    return {
      id: draft.id,
      title: story.title,
      publishedAt: story.publishedAt,
      source: story.source,
      dateline: story.dateline,
      paragraphs,
      quotes,
      related: [...readAlso, ...similarLinks],
      embeddedIn: [...draft.embeddedIn].sort(),
      readingMinutes: readingMinutes([story.title, ...paragraphs]),
      file: draft.file,
    };
  });

  const summaries: ArticleSummary[] = articles
    .map((article) => ({
      id: article.id,
      title: article.title,
      publishedAt: article.publishedAt,
      source: article.source,
      excerpt: excerptOf(article.paragraphs[0]),
      quoteCount: article.quotes.length,
      speakers: [
        ...new Set(article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []))),
      ],
    }))
    .sort(newestFirst);

  const listChunks = paginate(summaries, LIST_PAGE_SIZE);
  const listPages: ListPage[] = listChunks.map((chunk, index) => ({
    schemaVersion: SCHEMA_VERSION,
    page: index + 1,
    pageCount: listChunks.length,
    total: summaries.length,
    articles: chunk,
  }));

  const speakerList: Speaker[] = [...speakers.values()]
    .map((speaker) => ({
      id: speakerIdFromKey(speaker.key),
      name: speaker.name,
      role: speaker.role,
      quoteCount: speaker.quotes.length,
      quotes: speaker.quotes
        .map(({ quote, article }) => ({
          quoteId: quote.id,
          text: quote.text,
          articleId: article.id,
          articleTitle: article.story.title,
          publishedAt: article.story.publishedAt,
        }))
        .sort(
          (a, b) =>
            newestFirst(
              { id: a.articleId, publishedAt: a.publishedAt },
              { id: b.articleId, publishedAt: b.publishedAt },
            ) || Number(a.quoteId.slice(1)) - Number(b.quoteId.slice(1)),
        ),
    }))
    .sort(
      (a, b) =>
        b.quoteCount - a.quoteCount ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        (a.id < b.id ? -1 : 1),
    );

  const totalQuotes = speakerList.reduce((sum, speaker) => sum + speaker.quoteCount, 0);
  const speakerChunks = paginate(speakerList, SPEAKERS_PAGE_SIZE);
  const quotesPages: QuotesPage[] = speakerChunks.map((chunk, index) => ({
    schemaVersion: SCHEMA_VERSION,
    page: index + 1,
    pageCount: speakerChunks.length,
    totalSpeakers: speakerList.length,
    totalQuotes,
    speakers: chunk.map((speaker) => ({
      ...speaker,
      quotes: speaker.quotes.slice(0, QUOTES_PREVIEW),
    })),
  }));

  return {
    meta: {
      schemaVersion: SCHEMA_VERSION,
      articles: articles.length,
      listPages: listPages.length,
      speakers: speakerList.length,
      quotes: totalQuotes,
      quotesPages: quotesPages.length,
    },
    index: { schemaVersion: SCHEMA_VERSION, articles: summaries },
    listPages,
    articles,
    quotesPages,
    speakers: speakerList,
    report: { documents: report },
  };
}

/** All 256 shards of two hex digits, each with the sorted ids that start with it. */
export function shardIds(ids: readonly string[]): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (let prefix = 0; prefix < 256; prefix++) shards.set(prefix.toString(16).padStart(2, '0'), []);
  for (const id of [...ids].sort()) shards.get(id.slice(0, 2))?.push(id);
  return shards;
}

export function problemLines(report: Report): string[] {
  return report.documents.flatMap((document) =>
    document.problems.map(
      (problem: Problem) => `${document.file}:${problem.line}: ${problem.message}`,
    ),
  );
}
