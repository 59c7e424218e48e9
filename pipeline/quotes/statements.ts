import { WORD, type Word } from '../text/words';
import { NAMING_WORDS, TITLE_NOUNS } from './lexicon/common';
import type { QuoteSpan } from './spans';

const MIN_STATEMENT_WORDS = 3;
const ARABIC_WORD = /[\u0621-\u064A]{2,}/g;
// Letters a noun may carry before it (لصحيفة، بمشروع، وحملة، كرواية) and the possessive
// pronouns after it (روايته، كتابها، شعارهم).
const PREFIX = /^(?:[وف]?(?:ب|ل|ك)?)(?:ال)?/u;
const SUFFIX = /(?:ه|ها|هم|هما|نا)$/u;

/** How many matches of a global pattern a text has, counting no further than `limit`. */
function countUpTo(pattern: RegExp, text: string, limit: number): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < limit && pattern.exec(text) !== null) count++;
  pattern.lastIndex = 0;
  return count;
}

/** The bare noun of a word, for the title lists: لصحيفه → صحيفه، روايته → روايه. */
function titleStem(folded: string): string[] {
  const stripped = folded.replace(PREFIX, '');
  const forms = [folded, stripped];
  const unsuffixed = stripped.replace(SUFFIX, '');
  // A feminine noun with a suffix writes its ة as ت: روايته → روايت → روايه.
  if (unsuffixed !== stripped) forms.push(unsuffixed, unsuffixed.replace(/ت$/u, 'ه'));
  return forms;
}

const isTitleWord = (folded: string) =>
  titleStem(folded).some((form) => TITLE_NOUNS.has(form) || NAMING_WORDS.has(form));

/** A word that can stand between a title noun and its quoted name: حملة وطنية "…". */
const isAdjective = (folded: string) =>
  /(?:ي|يه)$/u.test(folded) && folded.length > 3 && !/^[وفبلك]?ان/u.test(folded);

/**
 * Whether a quoted span is a statement: at least three words, two of them Arabic (a
 * Latin-only run in quotation marks is a title or a piece of code), and not the name of a
 * work, campaign, outlet or programme (رواية "…"، تحت شعار "…"، لصحيفة "…"), whatever
 * its length. `before` are the paragraph's words before the span, nearest last.
 */
export function isStatement(span: QuoteSpan, text: string, before: readonly Word[]): boolean {
  const count = countUpTo(WORD, span.inner, 7);
  if (count < MIN_STATEMENT_WORDS) return false;
  if (countUpTo(ARABIC_WORD, span.inner, 2) < 2) return false;
  const last = before[before.length - 1];
  if (!last || !/^[\s\u0640]*$/.test(text.slice(last.end, span.start))) return true;
  // A definite noun before a long quote is the subject of a partial quote (أن المشروع
  // "أُنجز بكوادر وطنية…"), not the name of a project.
  // So is a noun with a possessive before a long quote (إن فرقه "رصدت …").
  const longClause =
    count > 6 &&
    (/^(?:[وفبلك]?)ال/u.test(last.folded) || /[^ت](?:ه|ها|هم)$/u.test(last.folded)) &&
    !NAMING_WORDS.has(last.folded);
  if (isTitleWord(last.folded) && !longClause) return false;
  // One adjective between the noun and its name: حملة وطنية "…"، الفيلم الوثائقي "…".
  const previous = before[before.length - 2];
  return !(
    previous &&
    isAdjective(last.folded) &&
    /^\s+$/.test(text.slice(previous.end, last.start)) &&
    isTitleWord(previous.folded)
  );
}
