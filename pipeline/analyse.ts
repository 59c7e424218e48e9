import { createHash } from 'node:crypto';
import { normalizeArabic } from '../src/lib/arabic/normalize';
import { excerptOf, readingMinutes } from './excerpt';
import { idFromFileName } from './ids';
import { decodeDocument } from './parse/decode';
import { parseDocument, type ParsedStory } from './parse/document';
import { extractQuotes, type ExtractedQuote } from './quotes/extract';
import { TermDictionary } from './related/similar';
import { termOf } from './related/terms';
import type { Problem } from './schema';
import { wordsOf } from './text/words';
import { storyKeys } from '../src/lib/search/analyze';

/**
 * A copy of a string that no longer points into the document it was cut from: V8 keeps a
 * substring as a view of its parent, and an analysis kept for the whole run would otherwise
 * keep every document's full text alive.
 */
function detach<T extends string | null>(text: T): T {
  return (text === null ? null : (' ' + text).slice(1)) as T;
}

/** What the dataset needs of a story, without its paragraphs (re-read when it is written). */
export interface StoryAnalysis {
  title: string;
  /** The folded headline: one key for the same story however it is spelled. */
  key: string;
  publishedAt: string | null;
  dateline: string | null;
  source: string | null;
  excerpt: string;
  readingMinutes: number;
  quotes: ExtractedQuote[];
  /** Distinct similarity terms (ids in the analyser's dictionary) and how often each occurs. */
  termIds: Int32Array;
  termCounts: Int32Array;
  /** Search keys (ids in the same dictionary), their weighted frequency and first position. */
  search: StorySearch;
}

export interface StorySearch {
  ids: Int32Array;
  tf: Float32Array;
  first: Int32Array;
  /** The story's length in words. */
  length: number;
}

export interface EmbeddedRef {
  key: string;
  title: string;
  /** Null when this analyser has read the same story already, under an earlier page. */
  story: StoryAnalysis | null;
}

export interface DocumentAnalysis {
  file: string;
  id: string;
  status: 'ok' | 'rejected';
  problems: Problem[];
  page: StoryAnalysis | null;
  embedded: EmbeddedRef[];
}

/**
 * What one document's analysis was, kept between builds: the analysis with every embedded
 * story analysed (whether or not an earlier page embedded it too), its term ids numbered in
 * the cache's own term table. Keyed by a hash of the file's name and bytes.
 */
export interface AnalysisMemo {
  /** The term table the memo's term ids point into; the analyser numbers new terms after it. */
  terms: string[];
  /** Analyses from the previous build, by key. */
  previous: ReadonlyMap<string, DocumentAnalysis>;
  /** Filled by the analyser: the analyses of this build, by key. */
  next: Map<string, DocumentAnalysis>;
  /** Each file's stamp (size and times) and key in the previous build. */
  stamps: ReadonlyMap<string, FileStamp>;
  /** Filled by the analyser: the stamps of this build. */
  nextStamps: Map<string, FileStamp>;
  /** Filled by the analyser: how many documents it analysed rather than took from the memo. */
  analysed: number;
}

/**
 * A file as the file system last saw it (size, modification and change times, inode) and
 * the key its bytes had then: a file whose stamp is unchanged is not read again. The change
 * time cannot be set back by a program, so a rewrite that keeps the size and the
 * modification time still shows.
 */
export interface FileStamp {
  stamp: string;
  key: string;
}

/** The key of a document in the memo: its name and its bytes. */
export function memoKey(file: string, bytes: Uint8Array): string {
  return createHash('sha1').update(file).update('\0').update(bytes).digest('base64');
}

/**
 * Reads documents one at a time into what the dataset needs of them. Pure but for its
 * memory of the embedded stories and terms it has seen, so a story embedded under many
 * pages is analysed once. Given a memo, a document whose name and bytes are unchanged since
 * the last build is taken from it rather than analysed again.
 */
export class Analyser {
  private readonly seen = new Set<string>();
  // Speakers, roles and mentions repeat across thousands of quotes: one copy of each.
  private readonly strings = new Map<string, string>();
  // Stories embedded under many pages, analysed once a build whatever page they come with.
  private readonly stories = new Map<string, StoryAnalysis>();
  readonly dictionary: TermDictionary;

  private intern<T extends string | null>(text: T): T {
    if (text === null) return text;
    let kept = this.strings.get(text);
    if (kept === undefined) {
      kept = detach(text);
      this.strings.set(kept, kept);
    }
    return kept as T;
  }

  constructor(private readonly memo: AnalysisMemo | null = null) {
    this.dictionary = new TermDictionary();
    // The memo's term ids stay valid: its table is numbered first, in order.
    if (memo) this.dictionary.idsOf(memo.terms);
  }

  /** Each document's key (a hash of its name and bytes) in this build, with a memo. */
  readonly keys = new Map<string, string>();

  /**
   * The analysis of a document. With a memo, `stamp` (the file's stamp now, see
   * `FileStamp`) lets an unchanged file be taken from it without reading it.
   */
  analyse(file: string, read: () => Uint8Array, stamp?: string): DocumentAnalysis {
    if (!this.memo) return this.fresh(file, read(), false);
    const known = stamp === undefined ? undefined : this.memo.stamps.get(file);
    let key = known?.stamp === stamp ? known?.key : undefined;
    let analysis = key === undefined ? undefined : this.memo.previous.get(key);
    if (analysis === undefined || key === undefined) {
      const bytes = read();
      key = memoKey(file, bytes);
      analysis = this.memo.previous.get(key);
      if (!analysis) {
        analysis = this.fresh(file, bytes, true);
        this.memo.analysed++;
      }
    }
    this.memo.next.set(key, analysis);
    this.keys.set(file, key);
    if (stamp !== undefined) this.memo.nextStamps.set(file, { stamp, key });
    // A story embedded under an earlier page is that page's, as in a build without a memo.
    return {
      ...analysis,
      embedded: analysis.embedded.map((ref) => {
        const first = !this.seen.has(ref.key);
        this.seen.add(ref.key);
        return { ...ref, story: first && ref.story ? { ...ref.story } : null };
      }),
      page: analysis.page && { ...analysis.page },
    };
  }

  /** Analyses a document; `everyStory` analyses embedded stories already seen too. */
  private fresh(file: string, bytes: Uint8Array, everyStory: boolean): DocumentAnalysis {
    const { id, wellFormed } = idFromFileName(file);
    const result: DocumentAnalysis = {
      file,
      id: detach(id),
      status: 'ok',
      problems: [],
      page: null,
      embedded: [],
    };
    const reject = (line: number, message: string) => {
      result.status = 'rejected';
      result.problems.push({ line, message });
      return result;
    };
    if (!file.toLowerCase().endsWith('.txt')) return reject(0, 'not a .txt document');
    if (!wellFormed) {
      result.problems.push({
        line: 0,
        message: `file name is not <number>_<16 hex digits>.txt; id ${id} derived from the name`,
      });
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) return reject(0, decoded.reason);
    if (decoded.encoding !== 'utf-8') {
      result.problems.push({ line: 0, message: `decoded as ${decoded.encoding}` });
    }
    if (decoded.droppedSequences > 0) {
      result.problems.push({
        line: 0,
        message: `dropped ${decoded.droppedSequences} invalid UTF-8 byte sequence(s)`,
      });
    }
    const parsed = parseDocument(decoded.text);
    result.problems.push(...(parsed.ok ? parsed.data.problems : parsed.problems));
    if (!parsed.ok) return reject(parsed.line, parsed.reason);
    result.page = this.story(parsed.data.page);
    result.embedded = parsed.data.embedded.map((story) => {
      const key = normalizeArabic(story.title);
      const first = !this.seen.has(key);
      if (!everyStory) this.seen.add(key);
      return {
        key: detach(key),
        title: detach(story.title),
        story: everyStory ? this.sameStory(story) : first ? this.story(story) : null,
      };
    });
    return result;
  }

  /** The analysis of a story analysed before in this build with the same text, or a new one. */
  private sameStory(story: ParsedStory): StoryAnalysis {
    const text = [
      story.title,
      story.publishedAt,
      story.dateline,
      story.source,
      ...story.paragraphs.map((paragraph) => paragraph.text),
    ].join('\0');
    let analysis = this.stories.get(text);
    if (!analysis) {
      analysis = this.story(story);
      this.stories.set(text, analysis);
    }
    return analysis;
  }

  private story(story: ParsedStory): StoryAnalysis {
    const texts = story.paragraphs.map((paragraph) => paragraph.text);
    // Each story's words are read once, for its quotes and for its similarity terms (the
    // headline's count twice).
    const words = texts.map(wordsOf);
    const counts = new Map<number, number>();
    const count = (folded: string, times: number) => {
      const term = termOf(folded);
      if (term === null) return;
      const id = this.dictionary.idOf(term);
      counts.set(id, (counts.get(id) ?? 0) + times);
    };
    const titleWords = wordsOf(story.title);
    for (const word of titleWords) count(word.folded, 2);
    for (const paragraph of words) for (const word of paragraph) count(word.folded, 1);
    const quotes = extractQuotes(texts, story.title, words);
    const keyed = storyKeys({ title: titleWords, paragraphs: words, quotes });
    const search: StorySearch = {
      ids: Int32Array.from(keyed.keys.keys(), (key) => this.dictionary.idOf(key)),
      tf: Float32Array.from(keyed.keys.values(), (stats) => stats.tf),
      first: Int32Array.from(keyed.keys.values(), (stats) => stats.first),
      length: keyed.length,
    };
    return {
      title: detach(story.title),
      key: detach(normalizeArabic(story.title)),
      publishedAt: story.publishedAt,
      dateline: detach(story.dateline),
      source: detach(story.source),
      excerpt: detach(excerptOf(texts[0])),
      readingMinutes: readingMinutes([story.title, ...texts]),
      // Object literals, not spreads: V8 gives a spread copy a far larger shape, and a
      // corpus holds hundreds of thousands of quotes.
      quotes: quotes.map((quote) => ({
        text: detach(quote.text),
        paragraph: quote.paragraph,
        start: quote.start,
        end: quote.end,
        speaker: this.intern(quote.speaker),
        speakerKey: this.intern(quote.speakerKey),
        kind: quote.kind,
        role: this.intern(quote.role),
        mention: this.intern(quote.mention),
      })),
      termIds: Int32Array.from(counts.keys()),
      termCounts: Int32Array.from(counts.values()),
      search,
    };
  }
}
