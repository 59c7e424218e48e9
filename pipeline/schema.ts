/**
 * The dataset contract: what the pipeline writes and the app reads. The pipeline validates
 * every file against it before writing; the app imports the derived types only.
 */
import { z } from 'zod';
import { SEARCH_FORMAT_VERSION } from '../src/lib/search/format';

/** The paragraph index of a quote in its article's headline (الشناوي: «…»). */
export const HEADLINE_PARAGRAPH = -1;

export const SCHEMA_VERSION = 3;

const articleId = z.string().regex(/^[0-9a-f]{16}$/, 'a 16 hex digit id');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const quoteSchema = z.object({
  id: z.string().regex(/^q\d+$/),
  text: z.string().min(1),
  speaker: z
    .string()
    .nullable()
    .describe(
      'display full name of the person, or the name of the body, that said it; null for an anonymous or unknown source',
    ),
  speakerId: z.string().nullable().describe('key of the speaker across the dataset'),
  kind: z
    .enum(['person', 'body', 'anonymous', 'unknown'])
    .describe(
      'a named person, a named institution, an unnamed source (role describes it), or no one the text names',
    ),
  role: z
    .string()
    .nullable()
    .describe(
      "the role a person was introduced with (وزير الخارجية الروسي), or an anonymous source's description (مصدر طبي)",
    ),
  mention: z.string().nullable().describe('the words that named the speaker for this quote'),
  paragraph: z
    .number()
    .int()
    .min(HEADLINE_PARAGRAPH)
    .describe(
      'index into paragraphs, or -1 for a quote in the headline (its offsets are in the title)',
    ),
  start: z.number().int().nonnegative().describe('offset of the opening mark in the paragraph'),
  end: z.number().int().positive().describe('offset just after the closing mark'),
});

export const relatedSchema = z.object({
  id: articleId,
  title: z.string(),
  publishedAt: isoDate.nullable(),
  kind: z.enum(['read-also', 'similar']),
  direction: z
    .enum(['embeds', 'embedded-in'])
    .optional()
    .describe('for read-also: this page embeds the story, or the story is embedded in it'),
});

export const articleSchema = z.object({
  id: articleId,
  title: z.string().min(1),
  publishedAt: isoDate.nullable(),
  firstSeenAt: isoDate
    .nullable()
    .describe(
      'a story with no date of its own: the date of the earliest dated page that embeds it',
    ),
  source: z.string().nullable(),
  dateline: z.string().nullable(),
  paragraphs: z.array(z.string().min(1)).min(1),
  quotes: z.array(quoteSchema),
  related: z.array(relatedSchema),
  embeddedIn: z.array(articleId),
  readingMinutes: z.number().int().positive(),
  file: z.string().describe('the document the story was read from'),
});

export const articleSummarySchema = z.object({
  id: articleId,
  title: z.string().min(1),
  publishedAt: isoDate.nullable(),
  firstSeenAt: isoDate
    .nullable()
    .describe(
      'a story with no date of its own: the date of the earliest dated page that embeds it',
    ),
  source: z.string().nullable(),
  excerpt: z.string(),
  quoteCount: z.number().int().nonnegative(),
  speakers: z.array(z.string()),
});

export const indexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSummarySchema),
});

export const listPageSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    page: z
      .number()
      .int()
      .nonnegative()
      .describe(
        '0 for the front page (the newest articles); else an archive page, counted from the oldest, whose articles stay the same as new ones arrive',
      ),
    older: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('the archive page of the articles just older than these, if any'),
    newer: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('the page of the articles just newer: an archive page, or 0 for the front page'),
    articles: z.array(articleSummarySchema),
  })
  .describe('a page of the list, newest first');

export const speakerQuoteSchema = z.object({
  quoteId: z.string(),
  text: z.string(),
  articleId: articleId,
  articleTitle: z.string(),
  publishedAt: isoDate.nullable(),
});

export const speakerSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  name: z.string(),
  kind: z.enum(['person', 'body']),
  role: z.string().nullable().describe('the first role the speaker was introduced with'),
  roles: z
    .array(z.string())
    .describe('every role the speaker was introduced with, in the order met'),
  quoteCount: z.number().int().positive(),
  quotes: z.array(speakerQuoteSchema),
});

/**
 * A speaker's own page: who they are and one page of their quotes, newest first. However
 * often someone is quoted, no file holds more than a page of their quotes.
 */
export const speakerPageSchema = speakerSchema
  .extend({
    page: z.number().int().positive(),
    pageCount: z.number().int().positive(),
  })
  .describe("a speaker and a page of the speaker's quotes, newest first");

export const unattributedQuoteSchema = z.object({
  quoteId: z.string(),
  text: z.string(),
  kind: z.enum(['anonymous', 'unknown']),
  description: z.string().nullable().describe('an anonymous source as the text describes it'),
  articleId: articleId,
  articleTitle: z.string(),
  publishedAt: isoDate.nullable(),
});

export const quotesPageSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  page: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
  totalSpeakers: z.number().int().nonnegative(),
  totalQuotes: z.number().int().nonnegative().describe('all quotes: by speakers and unattributed'),
  unattributedQuotes: z.number().int().nonnegative(),
  unattributedPreview: z.array(unattributedQuoteSchema),
  speakers: z.array(speakerSchema),
});

export const unattributedPageSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  page: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  quotes: z.array(unattributedQuoteSchema),
});

export const metaSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.number().int().nonnegative(),
  listPages: z.number().int().nonnegative().describe('archive pages of the list (1 to n)'),
  speakers: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
  quotesPages: z.number().int().positive(),
  unattributedQuotes: z.number().int().nonnegative(),
  unattributedPages: z.number().int().positive(),
});

/** The search index's table of contents (src/lib/search/format.ts describes its files). */
export const searchMetaSchema = z.object({
  version: z.literal(SEARCH_FORMAT_VERSION),
  documents: z.number().int().nonnegative(),
  shards: z
    .number()
    .int()
    .positive()
    .refine((n) => (n & (n - 1)) === 0, 'a power of two'),
  chunk: z.number().int().positive(),
});

/** Ids sharded by their first two hex digits, so a reader can tell a missing id cheaply. */
export const idShardSchema = z.array(z.string().regex(/^[0-9a-f]+$/));

export const problemSchema = z.object({
  line: z.number().int().nonnegative().describe('1-based line, 0 for the whole file'),
  message: z.string(),
});

export const reportSchema = z.object({
  documents: z.array(
    z.object({
      file: z.string(),
      status: z.enum(['ok', 'rejected']),
      articles: z.array(articleId),
      problems: z.array(problemSchema),
    }),
  ),
});

export type Quote = z.infer<typeof quoteSchema>;
export type RelatedLink = z.infer<typeof relatedSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type DatasetIndex = z.infer<typeof indexSchema>;
export type ListPage = z.infer<typeof listPageSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type SpeakerPage = z.infer<typeof speakerPageSchema>;
export type SpeakerQuote = z.infer<typeof speakerQuoteSchema>;
export type QuotesPage = z.infer<typeof quotesPageSchema>;
export type UnattributedQuote = z.infer<typeof unattributedQuoteSchema>;
export type UnattributedPage = z.infer<typeof unattributedPageSchema>;
export type DatasetMeta = z.infer<typeof metaSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type Report = z.infer<typeof reportSchema>;
