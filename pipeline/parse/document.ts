import type { Problem } from '../schema';
import { parseDateLine } from './date';
import { splitLines, type SourceLine } from './lines';
import { matchDateline, matchReadAlso, matchSource } from './markers';

export interface ParsedParagraph {
  text: string;
  line: number;
}

export interface ParsedStory {
  title: string;
  titleLine: number;
  publishedAt: string | null;
  dateline: string | null;
  source: string | null;
  paragraphs: ParsedParagraph[];
}

export interface ParsedDocument {
  /** The page's own story. */
  page: ParsedStory;
  /** Stories embedded after read-also markers, in document order. */
  embedded: ParsedStory[];
  problems: Problem[];
}

export type DocumentResult =
  | { ok: true; data: ParsedDocument }
  | { ok: false; reason: string; line: number; problems: Problem[] };

// C0 controls other than tab and line ends, and the replacement character of a bad decode.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

interface Section {
  markerLine: number | null;
  lines: SourceLine[];
}

function splitSections(lines: SourceLine[]): Section[] {
  const sections: Section[] = [{ markerLine: null, lines: [] }];
  for (const line of lines) {
    const marker = matchReadAlso(line.text);
    if (marker) {
      const headline = marker.rest ? [{ line: line.line, text: marker.rest }] : [];
      sections.push({ markerLine: line.line, lines: headline });
    } else {
      sections[sections.length - 1].lines.push(line);
    }
  }
  return sections;
}

function parseStory(lines: SourceLine[], problems: Problem[]): ParsedStory {
  const [headline, ...rest] = lines;
  const story: ParsedStory = {
    title: headline.text,
    titleLine: headline.line,
    publishedAt: null,
    dateline: null,
    source: null,
    paragraphs: [],
  };
  let index = 0;
  const date = rest[0] ? parseDateLine(rest[0].text) : { kind: 'none' as const };
  if (date.kind !== 'none') {
    if (date.kind === 'date') story.publishedAt = date.date;
    else problems.push({ line: rest[0].line, message: date.reason });
    index++;
  }
  const dateline = rest[index] ? matchDateline(rest[index].text) : null;
  if (dateline !== null) {
    story.dateline = dateline;
    index++;
  }
  for (const line of rest.slice(index)) {
    const source = matchSource(line.text);
    if (source !== null) story.source = source;
    else story.paragraphs.push({ text: line.text, line: line.line });
  }
  return story;
}

/**
 * Reads one document's text into its page story and embedded stories. Never throws:
 * a document that holds no readable story is a rejection with a reason and a line.
 */
export function parseDocument(text: string): DocumentResult {
  const problems: Problem[] = [];
  const junk = text.match(JUNK);
  if (junk) {
    problems.push({
      line: 0,
      message: `removed ${junk.length} control or replacement character(s)`,
    });
  }
  const lines = splitLines(text.replace(JUNK, ''));
  if (lines.length === 0) {
    return { ok: false, reason: 'no text: the file is blank', line: 0, problems };
  }
  const [pageSection, ...embeddedSections] = splitSections(lines);
  if (pageSection.lines.length === 0) {
    const line = embeddedSections[0]?.markerLine ?? 1;
    return { ok: false, reason: 'no headline before the read-also marker', line, problems };
  }
  const page = parseStory(pageSection.lines, problems);
  if (page.paragraphs.length === 0) {
    return {
      ok: false,
      reason: 'a headline with no body: the page has no paragraphs',
      line: page.titleLine,
      problems,
    };
  }
  const embedded: ParsedStory[] = [];
  for (const section of embeddedSections) {
    const markerLine = section.markerLine ?? 0;
    if (section.lines.length === 0) {
      problems.push({ line: markerLine, message: 'read-also marker with no story after it' });
      continue;
    }
    const story = parseStory(section.lines, problems);
    if (story.paragraphs.length === 0) {
      problems.push({
        line: story.titleLine,
        message: 'read-also story has a headline and no body; skipped',
      });
      continue;
    }
    embedded.push(story);
  }
  return { ok: true, data: { page, embedded, problems } };
}
