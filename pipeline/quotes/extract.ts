import { normalizeArabic } from '../../src/lib/arabic/normalize';
import { WORD, wordsOf, type Word } from '../text/words';
import { cueKind, type CueKind } from './cues';
import { findQuoteSpans, type QuoteSpan } from './spans';
import { parseMention, PeopleRegistry, type Person } from './speakers';

export interface ExtractedQuote {
  text: string;
  paragraph: number;
  start: number;
  end: number;
  speaker: string | null;
  speakerKey: string | null;
  role: string | null;
  mention: string | null;
}

const MAX_MENTION_WORDS = 12;
const MIN_STATEMENT_WORDS = 3;

// Words that end a speaker's name: prepositions, conjunctions, time words.
const NAME_STOPS = new Set(
  (
    'خلال على إلى الى أن إن أنه إنه أنها إنها أنهم بأن بأنه بأنها لأن حول بعد قبل عند ' +
    'أمس اليوم الليلة مساء صباح يوم أيضا كذلك حين حيث بينما فيما إذ ثم الذي التي مطلع منتصف ' +
    'نهاية بداية الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد و ' +
    'لوكالة لصحيفة لقناة لموقع لشبكة لتلفزيون لإذاعة لمجلة لوسائل'
  )
    .split(' ')
    .map(normalizeArabic),
);
const TIME_WORDS = new Set(
  'أمس اليوم الليلة مساء صباح يوم الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد'
    .split(' ')
    .map(normalizeArabic),
);
// A short quoted run after one of these is a name: قناة "فوكس نيوز".
const NAME_NOUNS = new Set(
  'قناة صحيفة وكالة موقع شبكة مجلة حركة حزب منظمة جماعة مؤسسة برنامج كتاب فيلم مبادرة عملية'
    .split(' ')
    .map(normalizeArabic),
);
const SENTENCE_END = /[.!?؟\n]/;

const ARABIC_WORD = /[\u0621-\u064A]{2,}/g;

/**
 * A statement has at least three words, two of them Arabic (a Latin-only run in quotation
 * marks is a title or a piece of code), and is not a short name after قناة/صحيفة/وكالة.
 */
function isStatement(span: QuoteSpan, text: string, before: Word | undefined): boolean {
  const count = span.inner.match(WORD)?.length ?? 0;
  if (count < MIN_STATEMENT_WORDS) return false;
  if ((span.inner.match(ARABIC_WORD)?.length ?? 0) < 2) return false;
  const attached = before && /^\s*$/.test(text.slice(before.end, span.start));
  return !(attached && NAME_NOUNS.has(before.folded) && count <= 4);
}

/** Whether only white space (or a quoted name's marks) separates two offsets. */
function joined(text: string, from: number, to: number, nameMarks: Set<number>): boolean {
  for (let index = from; index < to; index++) {
    const char = text[index];
    if (!/\s/.test(char) && char !== '\u0640' && !nameMarks.has(index)) return false;
  }
  return true;
}

interface Cue {
  kind: CueKind;
  at: number;
  person: Person | null;
  mention: string | null;
}

interface Found {
  quote: Omit<ExtractedQuote, 'speaker' | 'speakerKey' | 'role'>;
  person: Person | null;
}

/** Marks each word inside a statement span; words and spans are both in text order. */
function outsideStatements(words: Word[], spans: QuoteSpan[]): Word[] {
  const outside: Word[] = [];
  let s = 0;
  for (const word of words) {
    while (s < spans.length && spans[s].end <= word.start) s++;
    const inside = s < spans.length && word.start >= spans[s].start && word.end <= spans[s].end;
    if (!inside) outside.push(word);
  }
  return outside;
}

function statementsOf(text: string, spans: QuoteSpan[], words: Word[]): QuoteSpan[] {
  const statements: QuoteSpan[] = [];
  let w = -1;
  for (const span of spans) {
    while (w + 1 < words.length && words[w + 1].end <= span.start) w++;
    if (isStatement(span, text, w >= 0 ? words[w] : undefined)) statements.push(span);
  }
  return statements;
}

/**
 * Finds the quoted statements of a story and who said each. The speaker comes from the
 * reporting construction nearest before the quote in its sentence (قال فلان: «…»،
 * وأشارت فلانة إلى أن "…"، وبحسب فلان ... "…"), else from one right after it ("…"، قالت
 * فلانة); a verb or participle without a name (وأضاف:، مشيراً) carries the current
 * speaker on, across paragraphs. Linear in the length of the text.
 */
export function extractQuotes(
  paragraphs: readonly string[],
  headline = '',
  /** The paragraphs' words, when the caller has them already. */
  paragraphWords: readonly Word[][] = paragraphs.map(wordsOf),
): ExtractedQuote[] {
  const people = new PeopleRegistry();
  const found: Found[] = [];
  let current: Person | null = headlineSpeaker(headline, people);

  paragraphs.forEach((text, paragraph) => {
    const spans = findQuoteSpans(text);
    const words = paragraphWords[paragraph];
    const statements = statementsOf(text, spans, words);
    const nameMarks = new Set<number>();
    let st = 0;
    for (const span of spans) {
      if (statements[st] === span) st++;
      else nameMarks.add(span.start).add(span.end - 1);
    }
    const outside = outsideStatements(words, statements);

    const mentionAfter = (index: number): { person: Person; raw: string } | null => {
      let next = index + 1;
      while (next - index <= 2 && outside[next] && TIME_WORDS.has(outside[next].folded)) {
        if (!joined(text, outside[next - 1].end, outside[next].start, nameMarks)) return null;
        next++;
      }
      const window: Word[] = [];
      for (let at = next; at < outside.length && window.length < MAX_MENTION_WORDS; at++) {
        const word = outside[at];
        if (!joined(text, outside[at - 1].end, word.start, nameMarks)) break;
        if (NAME_STOPS.has(word.folded) || cueKind(word.raw, word.folded)) break;
        window.push(word);
      }
      const parsed = parseMention(window);
      const person = parsed.length > 0 ? people.resolve(parsed) : null;
      if (!person) return null;
      return { person, raw: text.slice(window[0].start, window[parsed.length - 1].end) };
    };

    // Walk words and statements together, so that each statement sees the cues before it.
    let w = 0;
    let lastCue: Cue | null = null;
    let previousEnd = 0;
    for (const span of statements) {
      for (; w < outside.length && outside[w].start < span.start; w++) {
        const word = outside[w];
        const kind = cueKind(word.raw, word.folded);
        if (!kind) continue;
        const mention = kind === 'participle' ? null : mentionAfter(w);
        if (mention) current = mention.person;
        lastCue = { kind, at: word.start, person: current, mention: mention?.raw ?? null };
      }
      const sentenceStart = lastSentenceEnd(text, previousEnd, span.start);
      let person: Person | null = null;
      let mention: string | null = null;
      if (lastCue && lastCue.at >= sentenceStart) {
        ({ person, mention } = lastCue);
      } else {
        const after = cueAfter(span, w);
        if (after) {
          ({ person, mention } = after);
          current = person;
        } else if (/^[\s\p{P}]*$/u.test(text.slice(sentenceStart, span.start))) {
          // A quote that opens its sentence with no attribution continues the speaker.
          person = current;
        }
      }
      const quote = {
        text: span.inner.trim(),
        paragraph,
        start: span.start,
        end: span.end,
        mention,
      };
      found.push({ quote, person });
      previousEnd = span.end;
    }
    // Cues after the last quote still set the speaker for the next paragraph.
    for (; w < outside.length; w++) {
      const word = outside[w];
      const kind = cueKind(word.raw, word.folded);
      if (kind && kind !== 'participle') {
        const mention = mentionAfter(w);
        if (mention) current = mention.person;
      }
    }

    function cueAfter(span: QuoteSpan, index: number): { person: Person; mention: string } | null {
      const word = outside[index];
      if (!word || !/^[\s,،.\u0640]*$/.test(text.slice(span.end, word.start))) return null;
      const kind = cueKind(word.raw, word.folded);
      if (kind !== 'verb' && kind !== 'according') return null;
      const mention = mentionAfter(index);
      return mention ? { person: mention.person, mention: mention.raw } : null;
    }
  });

  // People are final only once the whole story is read (a surname may come first).
  return found.map(({ quote, person }) => ({
    text: quote.text,
    paragraph: quote.paragraph,
    start: quote.start,
    end: quote.end,
    speaker: person?.name ?? null,
    speakerKey: person?.key ?? null,
    role: person?.role ?? null,
    mention: quote.mention,
  }));
}

function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let index = to - 1; index >= from; index--) {
    if (SENTENCE_END.test(text[index]) && text[index + 1] !== '.') return index + 1;
  }
  return from;
}

/** `لافروف: روسيا مستعدة…` names its speaker before the colon. */
function headlineSpeaker(headline: string, people: PeopleRegistry): Person | null {
  const colon = headline.indexOf(':');
  if (colon <= 0) return null;
  const words = wordsOf(headline.slice(0, colon));
  if (words.length === 0 || words.length > 4) return null;
  if (words.some((word) => cueKind(word.raw, word.folded))) return null;
  return people.resolve(parseMention(words));
}
