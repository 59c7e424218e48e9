import { normalizeArabic } from '../../src/lib/arabic/normalize';

export interface Person {
  /** Display name as first written in full, or the role when no name was given. */
  name: string;
  role: string | null;
  /** Folded name, the key for linking mentions. */
  key: string;
}

export interface Mention {
  raw: string;
  words: { raw: string; folded: string }[];
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
    'الكاتب',
    'الكاتبة',
  ].map(normalizeArabic),
);
function isRoleWord(folded: string): boolean {
  return ROLE_WORDS.has(folded) || (folded.startsWith('ال') && ROLE_WORDS.has(folded.slice(2)));
}

/**
 * Splits `وزير الخارجية الروسي سيرغي لافروف` into role and name: the name starts at the
 * first word that is neither a role word nor carries the article (surnames that do, like
 * الخطيب, follow a first name). A short mention with no role word is all name.
 */
export function splitMention(mention: Mention): { name: string | null; role: string | null } {
  const { words } = mention;
  let first = words.findIndex((word) => !isRoleWord(word.folded) && !word.folded.startsWith('ال'));
  if (first === -1 && words.length <= 2 && !words.some((word) => isRoleWord(word.folded))) {
    first = 0;
  }
  const join = (slice: Mention['words']) => slice.map((word) => word.raw).join(' ');
  if (first === -1) return { name: null, role: join(words) };
  return { name: join(words.slice(first)), role: first > 0 ? join(words.slice(0, first)) : null };
}

/**
 * The people named in one story: links a surname (لافروف) to the full name given at
 * first mention (سيرغي لافروف) and keeps the role from that mention.
 */
export class PeopleRegistry {
  private readonly byKey = new Map<string, Person>();
  private readonly byWord = new Map<string, Person>();

  resolve(mention: Mention): Person {
    const { name, role } = splitMention(mention);
    if (name === null)
      return this.remember(normalizeArabic(role ?? mention.raw), role ?? mention.raw, role);
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
