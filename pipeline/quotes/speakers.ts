import { normalizeArabic } from '../../src/lib/arabic/normalize';

export interface Person {
  /** Display name as first written in full, or the role when no name was given. */
  name: string;
  role: string | null;
  /** Folded name, the key for linking mentions. */
  key: string;
}

// Words that open or make up a role rather than a name.
const ROLE_WORDS = new Set(
  [
    'وزير',
    'وزيرة',
    'رئيس',
    'رئيسة',
    'نائب',
    'نائبة',
    'مدير',
    'مديرة',
    'سفير',
    'سفيرة',
    'قائد',
    'زعيم',
    'أمين',
    'مستشار',
    'مستشارة',
    'عضو',
    'مندوب',
    'مندوبة',
    'متحدث',
    'متحدثة',
    'ناطق',
    'ناطقة',
    'باسم',
    'عام',
    'عامة',
    'مساعد',
    'مساعدة',
    'محافظ',
    'ملك',
    'أمير',
    'شيخ',
    'دكتور',
    'د',
    'السيد',
    'السيدة',
    'مبعوث',
    'خبير',
    'خبيرة',
    'محلل',
    'محللة',
    'كاتب',
    'كاتبة',
    'كبير',
    'كبيرة',
    'مسؤول',
    'مسؤولة',
    'أستاذ',
    'أستاذة',
    'باحث',
    'باحثة',
    'ناشط',
    'ناشطة',
    'مدرب',
    'مدربة',
    'لاعب',
    'لاعبة',
    'قاضي',
    'قاضية',
    'طبيب',
    'طبيبة',
    'محامي',
    'محامية',
    'مراسل',
    'مراسلة',
    'صحفي',
    'صحفية',
    'روائي',
    'روائية',
    'فنان',
    'فنانة',
    'شاعر',
    'شاعرة',
    'نقيب',
    'عميد',
    'مفوض',
    'منسق',
    'منسقة',
  ].map(normalizeArabic),
);
function isRoleWord(folded: string): boolean {
  return ROLE_WORDS.has(folded) || (folded.startsWith('ال') && ROLE_WORDS.has(folded.slice(2)));
}

// Name parts that may take the article after them: عبد الله، أبو الغيط، بن السلمان.
const JOINERS = new Set(['عبد', 'ابو', 'ابي', 'بن', 'ابن', 'بنت', 'ام', 'ال'].map(normalizeArabic));
// Words that open a prepositional phrase inside a mention: الباحثة في علم الأوبئة هيلغا برانت.
const PREPOSITIONS = new Set(
  ['في', 'لدى', 'مع', 'عن', 'عبر', 'من', 'داخل', 'بين', 'ضد', 'نحو', 'حتى', 'منذ', 'تجاه'].map(
    normalizeArabic,
  ),
);
// `باسم` is followed by the body spoken for, never by the speaker's name.
const ON_BEHALF = normalizeArabic('باسم');
const HAMZA_B = /^ب(?:\u0640|[\u064B-\u0652])*[أإ]/;

export interface MentionWord {
  raw: string;
  folded: string;
}

export interface ParsedMention {
  name: string | null;
  role: string | null;
  /** How many of the offered words the mention took. */
  length: number;
}

function isPreposition(word: MentionWord): boolean {
  const { folded } = word;
  return (
    PREPOSITIONS.has(folded) ||
    folded.startsWith('لل') ||
    folded.startsWith('بال') ||
    HAMZA_B.test(word.raw)
  );
}

// With the article, or with و before it (وزير التربية والتعليم).
const isDefinite = (word: MentionWord) =>
  word.folded.startsWith('ال') || word.folded.startsWith('وال');
const isNameWord = (word: MentionWord) =>
  !isRoleWord(word.folded) && !isDefinite(word) && !isPreposition(word);

/**
 * Reads who a reporting verb names from the words after it (up to the first hard stop):
 * a role and a name (`وزير الخارجية الروسي سيرغي لافروف`), a name alone (`لافروف`), a role
 * that runs on through a prepositional phrase before the name (`الباحثة في علم الأوبئة هيلغا
 * برانت`, `المدير الفني للنادي الأهلي بيير لوران`), or a body with no name (`الحكومة`, from
 * `أكدت الحكومة ضرورة…`). A name is the trailing run of words without the article; a
 * surname with it (`عمر الخطيب`) may close the run.
 */
export function parseMention(words: readonly MentionWord[]): ParsedMention {
  if (words.length === 0 || isPreposition(words[0])) return { name: null, role: null, length: 0 };
  const chunks: [number, number][] = [];
  let from = 0;
  for (let at = 1; at <= words.length; at++) {
    if (at === words.length || isPreposition(words[at])) {
      chunks.push([from, at]);
      from = at;
    }
  }
  const join = (start: number, end: number) =>
    words
      .slice(start, end)
      .map((word) => word.raw)
      .join(' ');

  // The first index of the name unit that ends at `at`, or -1.
  const unitStart = (at: number, floor: number): number => {
    if (at < floor) return -1;
    const word = words[at];
    if (isNameWord(word) || JOINERS.has(word.folded)) {
      return at > floor && JOINERS.has(words[at - 1].folded) ? at - 1 : at;
    }
    if (isDefinite(word) && at > floor && JOINERS.has(words[at - 1].folded)) return at - 1;
    return -1;
  };
  const nameStart = (floor: number, end: number): number => {
    let start = end;
    const last = words[end - 1];
    if (isDefinite(last) && !isRoleWord(last.folded) && unitStart(end - 2, floor) >= 0) start--;
    for (let unit = unitStart(start - 1, floor); unit >= 0; unit = unitStart(start - 1, floor)) {
      start = unit;
    }
    return start;
  };

  // After باسم comes the body spoken for: one word, two when the first is a construct head.
  const afterBehalf = (floor: number, end: number): number => {
    const behalf = words.findIndex(
      (word, at) => at >= floor && at < end && word.folded === ON_BEHALF,
    );
    if (behalf < 0 || behalf + 1 >= end) return floor;
    return isDefinite(words[behalf + 1]) ? behalf + 2 : Math.min(behalf + 3, end);
  };
  const [, firstEnd] = chunks[0];
  if (firstEnd === 1 && !isRoleWord(words[0].folded) && !isDefinite(words[0])) {
    return { name: words[0].raw, role: null, length: 1 };
  }
  const start = nameStart(afterBehalf(0, firstEnd), firstEnd);
  if (start < firstEnd) {
    return {
      name: join(start, firstEnd),
      role: start > 0 ? join(0, start) : null,
      length: firstEnd,
    };
  }
  // A person's role with no name yet (not a body's name, like منظمة الصحة العالمية): the
  // name may follow a prepositional phrase, after a definite word.
  const personRole = words.slice(0, firstEnd).some((word) => isRoleWord(word.folded));
  for (const [chunkStart, chunkEnd] of personRole ? chunks.slice(1, 3) : []) {
    const runStart = nameStart(chunkStart + 1, chunkEnd);
    const definiteBefore = words
      .slice(chunkStart, runStart)
      .some((word) => isDefinite(word) || word.folded.startsWith('لل'));
    if (chunkEnd - runStart >= 2 && definiteBefore) {
      return { name: join(runStart, chunkEnd), role: join(0, runStart), length: chunkEnd };
    }
  }
  // No name: the body named first, up to where a new noun phrase starts (الحكومة | ضرورة…).
  let end = 0;
  let seenDefinite = false;
  for (let at = 0; at < firstEnd; at++) {
    const word = words[at];
    if (seenDefinite && !isDefinite(word) && !isRoleWord(word.folded)) break;
    if (isDefinite(word)) seenDefinite = true;
    end = at + 1;
  }
  // A lone word that is no role is a name, article or not: الخطيب.
  if (end === 1 && !isRoleWord(words[0].folded))
    return { name: words[0].raw, role: null, length: 1 };
  return { name: null, role: join(0, end), length: end };
}

/**
 * The people named in one story: links a surname (لافروف) to the full name given at
 * first mention (سيرغي لافروف) and keeps the role from that mention.
 */
export class PeopleRegistry {
  private readonly byKey = new Map<string, Person>();
  private readonly byWord = new Map<string, Person>();

  resolve({ name, role }: { name: string | null; role: string | null }): Person | null {
    if (name === null)
      return role === null ? null : this.remember(normalizeArabic(role), role, role);
    const key = normalizeArabic(name);
    const parts = key.split(' ');
    const known = this.byKey.get(key) ?? (parts.length === 1 ? this.byWord.get(key) : undefined);
    if (known) {
      if (role !== null && known.role === null) known.role = role;
      return known;
    }
    // A full name arriving after its surname alone: the person becomes the full name.
    const lastWord = parts[parts.length - 1];
    const shortForm = parts.length > 1 ? this.byKey.get(lastWord) : undefined;
    if (shortForm) {
      shortForm.name = name;
      shortForm.key = key;
      shortForm.role = shortForm.role ?? role;
      this.index(shortForm, parts);
      return shortForm;
    }
    const person = this.remember(key, name, role);
    this.index(person, parts);
    return person;
  }

  private remember(key: string, name: string, role: string | null): Person {
    const known = this.byKey.get(key);
    if (known) return known;
    const person: Person = { name, role, key };
    this.byKey.set(key, person);
    return person;
  }

  private index(person: Person, parts: string[]): void {
    this.byKey.set(person.key, person);
    if (parts.length > 1) {
      const last = parts[parts.length - 1];
      if (!this.byWord.has(last)) this.byWord.set(last, person);
    }
  }
}
