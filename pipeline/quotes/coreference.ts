import { normalizeArabic } from '../../src/lib/arabic/normalize';
import { BODY_HEADS, nationalityOf } from './lexicon/bodies';
import {
  FATHER_JOINERS,
  isDefiniteAdjective,
  isNisba,
  JOINERS,
  NAME_CONTINUATIONS,
} from './lexicon/common';
import { withoutArticle } from './lexicon/fold';
import { genderOfGivenName } from './lexicon/names';
import { CHILD_WITH_PRONOUN, KIN_ALONE, roleHeadOf } from './lexicon/roles';
import { cueOf, type Gender } from './lexicon/verbs';

export type EntityKind = 'person' | 'body' | 'anonymous';

/** Someone or something that speaks in one story. */
export interface Entity {
  kind: EntityKind;
  /** Display name as first written in full (a person, a body); null for anonymous. */
  name: string | null;
  /** The role or description from the first mention that gave one. */
  role: string | null;
  /** Folded name (or description), the key that links mentions. */
  key: string;
  gender: Gender | null;
  /** Folded words of the name, to find a surname (العمري) or a two-word family name. */
  parts: string[];
  /** Head nouns of the roles met (وزير، متحدث), masculine, without the article. */
  roleHeads: Set<string>;
  /** Folded words of every role met, to tell وزير المالية from وزير الصحة. */
  roleWords: Set<string>;
  /** The body's head noun (وزاره), for وأضافت الوزارة. */
  bodyHead: string | null;
  /** Order of the last mention, for "the most recent". */
  seen: number;
  /** Nationalities said before the name (المدرب التونسي فلان), folded, without the article. */
  described?: Set<string>;
  /** Other names the story gives the person (سعاد الخطيب، أو «أم أحمد»), folded. */
  aliases?: Set<string>;
  /** Order of the last time it was the subject of a verb of saying, if ever. */
  subject?: number;
  /** Order of the last time it was found to have spoken, if ever. */
  said?: number;
  /** Named as someone's child (ابنه عمر …): a family name alone means the parent first. */
  child?: boolean;
}

/** Deputies, whose affairs (لشؤون …) are theirs, not the body's: نائب، وكيل، مساعد، معاون. */
const DEPUTIES = new Set(
  ['نايب', 'نايبه', 'وكيل', 'وكيله', 'مساعد', 'مساعده', 'معاون', 'معاونه'].map((word) =>
    normalizeArabic(word),
  ),
);
const AFFAIRS_OF = normalizeArabic('لشؤون');
const words = (folded: string) => folded.split(' ').filter(Boolean);
/**
 * Role heads that name the same office: الناخب الوطني is the national team's coach, الناطق
 * the spokesperson (المتحدث).
 */
const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['ناخب', ['مدرب', 'تقني']],
      // (التقني: the coach, in Maghreb sports pages.)
      // (And the coach is الناخب الوطني later.)
      ['مدرب', ['تقني', 'ناخب']],
      ['تقني', ['مدرب', 'ناخب']],
      ['ناطق', ['متحدث']],
      ['متحدث', ['ناطق']],
      // (A novelist or a short-story writer is الكاتب later, الأديب too.)
      ['روائي', ['كاتب', 'اديب']],
      ['قاص', ['كاتب', 'اديب']],
    ] as const
  ).map(([head, same]) => [normalizeArabic(head), same.map((word) => normalizeArabic(word))]),
);
/** The chambers whose member (عضو مجلس النواب) is النائب، البرلماني later. */
const CHAMBERS = /^(?:مجلس (?:نواب|شعب|امه|شوري|شيوخ)|برلمان)(?: |$)/u;

/** A nisba or an adjective (السوداني، الأممية): describes, does not identify. */
// (Not لدى، على، إلى, which fold to the same ending.)
const isAdjectiveLike = (word: string) =>
  /(?:ي|يه)$/u.test(word) && !/^(?:لدي|علي|الي|في)$/u.test(word);
/** Words that describe someone already met, not which office (الأستاذ الجامعي). */
const PRAISE = new Set(
  [
    'جامعي',
    'اكاديمي',
    'مخضرم',
    'بارز',
    'معروف',
    'شهير',
    // (Nor an age: الطالبة الشابة، الصياد العجوز.)
    'شاب',
    'عجوز',
    'مسن',
    'كهل',
    'صغير',
  ].map((word) => normalizeArabic(word)),
);
/** Whether the words of `part` stand in `whole` in the same order (others between). */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const word of whole) if (word === part[at]) at++;
  return at === part.length;
}

/** Where a body's name inside a role ends: a place or a party after it (في السودان). */
const ROLE_TAIL_BREAKS = new Set(
  ['في', 'لدى', 'إلى', 'من', 'عن', 'على', 'مع', 'و'].map((word) => normalizeArabic(word)),
);
/** Heads that describe any official (المسؤول الأممي) rather than one office. */
const GENERIC_HEADS = new Set([normalizeArabic('مسؤول')]);
/** Offices of diplomats: someone holding one is الدبلوماسي later. */
const DIPLOMATS = new Set(['مندوب', 'سفير', 'قنصل', 'مبعوث'].map((word) => normalizeArabic(word)));
/** Words for who presents a programme. */
const HOSTS = new Set(['مذيع', 'مقدم', 'اعلامي'].map((word) => normalizeArabic(word)));

/**
 * Occupations a story calls its one subject by after naming them (الكاتبة، المخرج،
 * الباحثة): never a source the story meets unnamed.
 */
const PROFILE_HEADS = new Set(
  `كاتب روائي شاعر فنان مخرج ملحن موسيقار مطرب مغني رسام نحات مؤلف باحث أكاديمي عالم
  طبيب لاعب عداء سباح بطل نجم مصمم`
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => normalizeArabic(word)),
);

/** Kinds of place a body is later named by (شرطة الولاية، مجلس المدينة), with the article. */
const GENERIC_PLACES = new Set(
  'الولايه المحافظه المدينه الاقليم المنطقه البلده القريه العاصمه الجهه المقاطعه القضاء'.split(' '),
);

/**
 * The people and bodies of one story, in the order met: resolves a surname, a role alone,
 * a body's short name and a pronoun (by gender) to who was named in full earlier. When a
 * reference fits more than one, it takes the one mentioned last; when it fits none, it
 * says so and the caller decides (null beats a wrong name).
 */
/**
 * أبو علي after أبو علي شعيتو: a kunya met with one family name after it (not a word that
 * opens with و, a verb read on: أم سعيد وتنادي; nor a noun of three letters, the verb's
 * object: تختصر أم عبدالله حال).
 */
const KUNYA_AND_FAMILY = (entity: Entity): boolean =>
  entity.parts.length === 3 && !entity.parts[2].startsWith('و') && entity.parts[2].length >= 4;

export class StoryEntities {
  private readonly entities: Entity[] = [];
  private clock = 0;
  /** People by the courtesy title said before their name (سمو، معالي), in the order met. */
  private readonly titles = new Map<string, Entity[]>();
  /** Who spoke last, and the last speaker of each gender. */
  private lastSpeaker: Entity | null = null;
  private readonly lastOf: Record<Gender, Entity | null> = { m: null, f: null };

  all(): readonly Entity[] {
    return this.entities;
  }

  private touch(entity: Entity): Entity {
    entity.seen = ++this.clock;
    return entity;
  }

  /** The person or body mentioned last, of a gender: من جانبها، نبّهت … */
  lastMentioned(gender: Gender | null, kind?: EntityKind): Entity | null {
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.kind === 'anonymous' || (kind && entity.kind !== kind)) continue;
      if (gender && entity.gender && entity.gender !== gender) continue;
      if (!best || entity.seen > best.seen) best = entity;
    }
    return best;
  }

  /**
   * The person met last of a gender, named or not: whom الرجل، ابنة المدينة point back to.
   * Null when that is someone unnamed, or when no one of that gender was met.
   */
  lastNamedPerson(gender: Gender): Entity | null {
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.kind === 'body' || entity.gender !== gender) continue;
      if (!best || entity.seen > best.seen) best = entity;
    }
    return best?.kind === 'person' ? best : null;
  }

  /**
   * The one الرجل، المرأة، ابنة المدينة point back to: the last who spoke of that gender,
   * when that is also the last of it met and was named; else null.
   */
  metAndSpoke(gender: Gender): Entity | null {
    const met = this.lastNamedPerson(gender);
    return met && met === this.carry(gender) ? met : null;
  }

  private addRole(entity: Entity, role: string | null, head: string | null): void {
    if (role === null) return;
    entity.role ??= role;
    if (head) {
      entity.roleHeads.add(head);
      // الناخب الوطني is the national coach (المدرب) in the Maghreb.
      for (const same of ROLE_SYNONYMS.get(head) ?? []) entity.roleHeads.add(same);
    }
    const written = words(normalizeArabic(role));
    const roleWords = written.map(withoutArticle);
    for (const word of roleWords) entity.roleWords.add(word);
    // القيادية في الحزب والمرشحة عن الدائرة: a second office joined by و is hers too
    // (ووصفت المرشحة later).
    written.forEach((word, at) => {
      const second = at > 0 && word.startsWith('وال') ? roleHeadOf(roleWords[at]) : null;
      if (second) entity.roleHeads.add(second);
    });
    // (نائب المندوب الدائم is الدبلوماسي later.)
    if (roleWords.some((word) => DIPLOMATS.has(word.replace(/ه$/u, ''))))
      entity.roleHeads.add(normalizeArabic('دبلوماسي'));
    // عضو مجلس النواب is an MP: وطالبت النائبة، وقال البرلماني.
    if (head === 'عضو' && CHAMBERS.test(roleWords.slice(1).join(' ')))
      for (const member of ['نائب', 'برلماني']) entity.roleHeads.add(normalizeArabic(member));
    // المدير الفني للفريق is its coach (وأضاف المدرب).
    if (head === 'مدير' && roleWords[1] === 'فني')
      for (const coach of ['مدرب', 'تقني']) entity.roleHeads.add(coach);
    // كبيرة محللي أسواق الطاقة is an analyst too (وأضافت المحللة): the plural in construct
    // after كبير names the office.
    if (roleWords.length > 1 && /^كبير/u.test(roleWords[0])) {
      const office = roleHeadOf(roleWords[1].replace(/ي$/u, ''));
      if (office) entity.roleHeads.add(office);
    }
  }

  /**
   * انتخاب فلان محافظاً جديداً، تعيين فلانة وزيرةً للمالية: the office someone is elected or
   * appointed to, said after the name; later المحافظ الجديد means them.
   */
  appoint(entity: Entity, office: string, head: string): void {
    if (entity.kind !== 'person') return;
    this.addRole(entity, office, head);
  }

  /** Words a person is also described by (a nationality said before the name). */
  describe(entity: Entity, folded: readonly string[]): void {
    for (const word of folded) {
      const bare = withoutArticle(normalizeArabic(word));
      entity.roleWords.add(bare);
      (entity.described ??= new Set()).add(bare);
    }
  }

  /**
   * The last person met whose nationality was said before the name (وقالت الكينية, after
   * الكينية فلانة).
   */
  findDescribed(folded: string, gender: Gender | null): Entity | null {
    const word = withoutArticle(folded);
    let best: Entity | null = null;
    for (const entity of this.entities) {
      // (The nationality said before the name, or the whole role: الكينية فلانة.)
      const role = entity.role === null ? null : withoutArticle(normalizeArabic(entity.role));
      if (entity.kind !== 'person' || (role !== word && !entity.described?.has(word))) continue;
      if (gender && entity.gender && gender !== entity.gender) continue;
      if (!best || entity.seen > best.seen) best = entity;
    }
    return best && this.touch(best);
  }

  /** A rank or a title said before a person's name (العميد، المهندس): a later role of that word. */
  ranked(entity: Entity, rank: string): void {
    const head = normalizeArabic(rank);
    entity.roleHeads.add(head);
    entity.roleWords.add(head);
  }

  /** A person named in full or in part, with the role given at this mention. */
  person(written: string, role: string | null, head: string | null, gender: Gender | null): Entity {
    // عبد الله الشهري ولمى الدوسري: "and" on a given name that is one without it.
    const first = words(normalizeArabic(written))[0] ?? '';
    const and =
      /^و/u.test(first) &&
      written.startsWith('و') &&
      genderOfGivenName(first) === null &&
      genderOfGivenName(first.slice(1)) !== null &&
      // (Not a word with "his" on it: ورفيق دربه، وسميّه.)
      !written.split(/\s+/u).some((part) => /ه[\u064B-\u0652]*$/u.test(part));
    const name = and ? written.slice(1) : written;
    const key = normalizeArabic(name);
    const parts = words(key);
    // ابنه عمر نور الدين الكرخي: named by the role as someone's child, never the parent met
    // before, whose name ends theirs.
    const roleFirst = words(normalizeArabic(role ?? ''))[0] ?? '';
    const kinOf = CHILD_WITH_PRONOUN.exec(roleFirst);
    const ofParent = kinOf !== null;
    const known =
      this.findByName(parts, gender, ofParent) ??
      this.surnameBeforeComplement(parts, gender) ??
      this.givenBeforeOwnedNoun(parts, name, gender) ??
      this.metBeforeObject(parts, gender) ??
      // (منة الله، عبد الرحمن، نور الدين: a given name in two words, of the one person met
      // whose name opens with it.)
      // (أبو علي after أبو علي شعيتو: a kunya alone, of the one met with it and a family
      // name.)
      (parts.length === 2 && (COMPOUND_ENDS.has(parts[1]) || parts[0] === 'عبد')
        ? this.findOpening(parts, gender)
        : null) ??
      // (Not with a role that makes them someone else: وقال جاره أبو علي.)
      (parts.length === 2 && role === null && /^(?:ابو|ام)$/u.test(parts[0])
        ? this.findOpening(parts, null, KUNYA_AND_FAMILY)
        : null);
    // الحفيد عمر، الشقيق الأكبر منصف after عمر أحمد الشريف، منصف الورغمي: a role and the
    // given name alone, of the one person met in full with it. (حفيد الحاج إدريس names
    // إدريس too, but a kin in construct is someone else's: his grandson; the one named
    // takes neither the role nor the place of the last one met.)
    const apposed = !KIN_IN_CONSTRUCT.test(roleFirst);
    const given =
      !known && parts.length === 1 && role !== null && !ofParent && genderOfGivenName(parts[0])
        ? this.findGiven(parts[0], gender, apposed)
        : null;
    // (Not العم سالم after the governor سالم بن عوفيت: one met in an office is met again in
    // that office.)
    if (given && (!head || given.roleHeads.size === 0 || given.roleHeads.has(head))) {
      if (apposed) this.addRole(given, role, head);
      given.gender ??= gender;
      return given;
    }
    if (known) {
      if (parts.length > known.parts.length && endsWith(parts, known.parts)) {
        // A full name arriving after its surname alone: the person becomes the full name.
        known.name = name;
        known.key = key;
        known.parts = parts;
      }
      this.addRole(known, role, head);
      known.gender ??= gender;
      return this.touch(known);
    }
    // وتساءل أمين الفتوى after فلان، أمين الفتوى بدار الإفتاء: an office whose head is a
    // given name too (أمين), read as a name, of the one person met in that office.
    // (Not a nisba as written, a family name: أمين الناصري after أمين عام الحزب الناصري.)
    const second = name.split(/\s+/u)[1] ?? '';
    if (
      !known &&
      role === null &&
      parts.length === 2 &&
      parts[1].startsWith('ال') &&
      !/ي[\u064B-\u0652]*$/u.test(second)
    ) {
      const holders = this.entities.filter(
        (entity) =>
          entity.kind === 'person' &&
          entity.roleHeads.has(parts[0]) &&
          entity.roleWords.has(withoutArticle(parts[1])),
      );
      if (holders.length === 1) return this.touch(holders[0]);
    }
    // وأضاف المركزي after البنك المركزي العراقي: no one by that name, but one of the
    // adjectives of the one body the story named with it, its short name.
    if (parts.length === 1 && role === null && parts[0].startsWith('ال')) {
      const bearers = this.entities.filter(
        (entity) => entity.kind === 'body' && entity.parts.slice(1).includes(parts[0]),
      );
      if (bearers.length === 1) return this.touch(bearers[0]);
    }
    // ابنه جهاد، حفيدتها نورة: the child of whom "his" or "her" points to, the last person
    // of that gender met; that one is a parent (الأب، الأم) or a grandparent (الجد، الجدة).
    const elder =
      kinOf && kinOf[2] !== 'هما' ? this.lastNamedPerson(kinOf[2] === 'ها' ? 'f' : 'm') : null;
    if (elder && kinOf) elder.roleHeads.add(/^حفيد/u.test(kinOf[1]) ? 'جد' : 'والد');
    const entity = this.add({ kind: 'person', name, key, gender, parts });
    if (ofParent) entity.child = true;
    // أبو حيدر، أم إبراهيم: a kunya names a parent (وقال الأب، فردّت الأم later).
    if (parts.length >= 2 && /^(?:ابو|ام)$/u.test(parts[0])) entity.roleHeads.add('والد');
    this.addRole(entity, role, head);
    return entity;
  }

  /**
   * تفرش زينب بوزيان قطعة نايلون …، then وتضيف بوزيان: the name of a person read in full ran
   * on into the verb's object when its last one or two words are no name's (no given name,
   * joiner, nisba or second word of a given name) and have an Arabic noun's shape, and a verb
   * of saying later has the word before them alone as its subject: a family name without the
   * article that no list knows as a given name or an office. The name ends there.
   */
  endAtFamilyNames(story: readonly (readonly { raw: string; folded: string }[])[]): void {
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || entity.parts.length < 3) continue;
      const written = entity.name?.split(/\s+/u) ?? [];
      if (written.length !== entity.parts.length) continue;
      for (const tail of [1, 2]) {
        const at = entity.parts.length - 1 - tail;
        const family = entity.parts[at];
        const rest = entity.parts.slice(at + 1);
        if (at < 1 || rest.some(nameLike) || !COMMON_NOUN.test(rest[0])) continue;
        // (Not a word with the article, a title or an office's: السيد، الأمين، الشيخ are
        // someone else's after قال.)
        if (genderOfGivenName(family) !== null || JOINERS.has(entity.parts[at - 1])) continue;
        if (family.startsWith('ال') || roleHeadOf(withoutArticle(family)) !== null) continue;
        if (!/^\p{L}{3,}$/u.test(family) || JOINERS.has(family)) continue;
        const spoke = story.some((words) =>
          words.some(
            (word, k) =>
              word.folded === family &&
              k > 0 &&
              words[k + 1]?.folded !== rest[0] &&
              cueOf(words[k - 1].raw, words[k - 1].folded)?.kind === 'verb',
          ),
        );
        if (!spoke) continue;
        entity.name = written.slice(0, at + 1).join(' ');
        entity.parts = entity.parts.slice(0, at + 1);
        entity.key = entity.parts.join(' ');
        break;
      }
    }
  }

  /** A new entity, met now. */
  private add(fields: Pick<Entity, 'kind' | 'name' | 'key' | 'gender'> & Partial<Entity>): Entity {
    const entity: Entity = {
      role: null,
      parts: [],
      roleHeads: new Set(),
      roleWords: new Set(),
      bodyHead: null,
      seen: 0,
      ...fields,
    };
    this.entities.push(entity);
    return this.touch(entity);
  }

  /**
   * A surname met before, then a word that opens with a preposition: the words after it are
   * the verb's complement, not the name (وأشاد يوفانوفيتش بأداء مهاجمه).
   */
  private surnameBeforeComplement(parts: string[], gender: Gender | null): Entity | null {
    if (parts.length < 2 || !/^[بلك]\p{L}{3,}$/u.test(parts[1])) return null;
    const surname = withoutArticle(parts[0]);
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || entity.parts.length < 2) continue;
      if (gender && entity.gender && gender !== entity.gender) continue;
      if (withoutArticle(entity.parts[entity.parts.length - 1]) !== surname) continue;
      if (!best || entity.seen > best.seen) best = entity;
    }
    return best;
  }

  /**
   * تشرب سلمى كوب شاي، يفتح عبد الإله بوزيان أبواب مقهاه، يطفئ أبو أحمد الماكينة: the name
   * of someone met, then words that no name has (no given name, joiner, nisba or second word
   * of a given name): the verb's object, read on into the name. The person met is the one
   * given the opening words as another name or named by them as a kunya (أم فيصل), or, with
   * two words or more after them, the one named in full by them, or the one person met whose
   * name opens with a given name alone.
   */
  private metBeforeObject(parts: string[], gender: Gender | null): Entity | null {
    for (let end = parts.length - 1; end >= 1; end--) {
      if (nameLike(parts[end])) return null;
      // (Not after a joiner: عبد الإله is one name.)
      if (JOINERS.has(parts[end - 1])) continue;
      const opening = parts.slice(0, end);
      const key = opening.join(' ');
      const rest = parts.slice(end);
      const fits = (entity: Entity) =>
        entity.kind === 'person' &&
        (!gender || !entity.gender || entity.gender === gender) &&
        !rest.some((part) => entity.parts.includes(part));
      // (Two words after a name in full: one may be the end of a longer name, ريما نقولا
      // كرم after ريما نقولا.)
      const named =
        rest.length >= 2 || /^(?:ابو|ام)$/u.test(opening[0])
          ? this.entities.find(
              (entity) => fits(entity) && entity.parts.length >= 2 && entity.key === key,
            )
          : undefined;
      if (named) return this.touch(named);
      const aliased = this.findAlias(key);
      if (aliased && fits(aliased)) return aliased;
      if (end === 1 && rest.length >= 2 && genderOfGivenName(opening[0]) !== null) {
        const given = this.findGiven(opening[0], gender);
        if (given && fits(given)) return given;
      }
    }
    return null;
  }

  /**
   * ويبدأ إبراهيم رحلاته، يشعل يحيى قطعه، يطوي أبو خالد دوره: a given name (or a kunya) of
   * someone met, then a noun with a possessive pronoun, which is what the verb does, not a
   * family name: the one person met whose name opens so, when exactly one does.
   */
  private givenBeforeOwnedNoun(
    parts: string[],
    written: string,
    gender: Gender | null,
  ): Entity | null {
    const last = parts[parts.length - 1] ?? '';
    // (The possessive as written, ه: a family name with ة folds the same, علي حمادة.)
    const lastWritten =
      written
        .replace(/[\u064B-\u0652\u0640]/gu, '')
        .split(/\s+/u)
        .pop() ?? '';
    if (!/(?:ه|ها|هم)$/u.test(lastWritten)) return null;
    const kunya = parts.length === 3 && /^(?:ابو|ام)$/u.test(parts[0]);
    if (parts.length !== 2 && !kunya) return null;
    if (!/^\p{L}{3,}(?:ه|ها|هم)$/u.test(last) || /(?:يه|الله|عبده)$/u.test(last)) return null;
    const opening = parts.slice(0, -1);
    const byAlias = kunya ? this.findAlias(opening.join(' ')) : null;
    if (byAlias) return byAlias;
    const opened = this.findOpening(opening, gender);
    if (opened) return opened;
    // (Or a surname: بهذه العبارة يلخّص حمدان تجربته, نزار حمدان.)
    const bySurname = this.entities.filter(
      (entity) =>
        entity.kind === 'person' &&
        opening.length === 1 &&
        entity.parts.length > 1 &&
        entity.parts[entity.parts.length - 1] === opening[0] &&
        (!gender || !entity.gender || entity.gender === gender),
    );
    return bySurname.length === 1 ? bySurname[0] : null;
  }

  /** The person a lone word names, if one met before has it as a name part. */
  findSurname(folded: string, gender: Gender | null): Entity | null {
    return this.findByName([folded], gender);
  }

  /** سعاد الخطيب، أو «أم أحمد»: another name the story gives a person met. */
  alias(entity: Entity, name: string): void {
    (entity.aliases ??= new Set()).add(kunyaKey(name));
  }

  /** The person the story gave this other name (أم أحمد), if any. */
  findAlias(name: string): Entity | null {
    const key = kunyaKey(name);
    const found = this.entities.find((entity) => entity.aliases?.has(key));
    return found ? this.touch(found) : null;
  }

  /**
   * وتقول خديجة: the one person met whose name opens with this given name, when exactly one
   * does (two of that name are no answer).
   */
  findGiven(folded: string, gender: Gender | null, touch = true): Entity | null {
    const matches = this.entities.filter(
      (entity) =>
        entity.kind === 'person' &&
        entity.parts.length > 1 &&
        entity.parts[0] === folded &&
        (!gender || !entity.gender || entity.gender === gender),
    );
    if (matches.length !== 1) return null;
    return touch ? this.touch(matches[0]) : matches[0];
  }

  /**
   * با عبد السلام، خالتي نجاة: the one person met whose name opens with these given names
   * and goes on after them.
   */
  findOpening(
    parts: readonly string[],
    gender: Gender | null,
    accept: (entity: Entity) => boolean = () => true,
  ): Entity | null {
    const matches = this.entities.filter(
      (entity) =>
        entity.kind === 'person' &&
        entity.parts.length > parts.length &&
        parts.every((part, k) => entity.parts[k] === part) &&
        (!gender || !entity.gender || entity.gender === gender) &&
        accept(entity),
    );
    return matches.length === 1 ? this.touch(matches[0]) : null;
  }

  /** The person named in full (two words at least) mentioned last, of a gender. */
  lastNamedInFull(gender: Gender | null): Entity | null {
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || entity.parts.length < 2) continue;
      if (gender && entity.gender && entity.gender !== gender) continue;
      if (!best || entity.seen > best.seen) best = entity;
    }
    return best ? this.touch(best) : null;
  }

  /** بو راشد: the one person met whose father's name this is (سالم بن راشد الكعبي). */
  findSonOf(father: string, gender: Gender | null): Entity | null {
    const matches = this.entities.filter(
      (entity) =>
        entity.kind === 'person' &&
        (!gender || !entity.gender || entity.gender === gender) &&
        entity.parts.some((part, k) => FATHER_JOINERS.has(part) && entity.parts[k + 1] === father),
    );
    return matches.length === 1 ? this.touch(matches[0]) : null;
  }

  /** The person met whose name is these words or ends with them. */
  /**
   * آل غانم، أبو زيد: the one person met whose name, longer, ends with this family name of
   * two words; none where two of a family were met.
   */
  findSoleFamily(parts: readonly string[], gender: Gender | null): Entity | null {
    const matches = this.entities.filter(
      (entity) =>
        entity.kind === 'person' &&
        entity.parts.length > parts.length &&
        endsWith(entity.parts, parts) &&
        (!gender || !entity.gender || entity.gender === gender),
    );
    if (matches.length === 1) return this.touch(matches[0]);
    if (matches.length > 1 || parts[0] !== 'ابو' || parts.length !== 2) return null;
    // وكتب أبو العلا after محمود أبو العلا السيد: a father's name of two words (أبو …) that
    // people go by, inside the name, between its given name and its last word.
    const inside = this.entities.filter(
      (entity) =>
        entity.kind === 'person' &&
        entity.parts.length === 4 &&
        entity.parts[1] === parts[0] &&
        entity.parts[2] === parts[1] &&
        // (A family name with the article last: not يحيى أبو عبود بسحب, a verb's object
        // read into the name.)
        /^ال[\u0621-\u064A]{2,}$/u.test(entity.parts[3]) &&
        (!gender || !entity.gender || entity.gender === gender),
    );
    return inside.length === 1 ? this.touch(inside[0]) : null;
  }

  findName(parts: string[], gender: Gender | null): Entity | null {
    return this.findByName(parts, gender);
  }

  private findByName(parts: string[], gender: Gender | null, child = false): Entity | null {
    const key = parts.join(' ');
    // الدباغ and دباغ, الساعدي and ساعدي: a later mention may drop or add the article.
    const bare = parts.map(withoutArticle);
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.kind !== 'person') continue;
      if (gender && entity.gender && gender !== entity.gender) continue;
      const own = entity.parts.map(withoutArticle);
      const same =
        entity.key === key ||
        (endsWith(own, bare) && !fatherIn(own, bare.length)) ||
        (endsWith(bare, own) && !fatherIn(bare, own.length) && !child) ||
        (parts.length === 1 && own.slice(1).includes(bare[0]) && !fatherNamed(own, parts[0])) ||
        // (عمرو منصور after عمرو صلاح الدين منصور: the given name and the family name, and
        // any of the names between, in their order.)
        (parts.length >= 2 &&
          own.length > parts.length &&
          own[0] === bare[0] &&
          own[own.length - 1] === bare[bare.length - 1] &&
          inOrder(bare, own) &&
          !child);
      // (A family name alone: the parent before a child named after them, whoever was
      // mentioned last.)
      const before =
        !!best && parts.length === 1 && !!best.child !== !!entity.child && own.length >= 2;
      if (same && (!best || (before ? !entity.child : entity.seen > best.seen))) best = entity;
    }
    return best;
  }

  /**
   * The one whose death the story reports (رحيل الفنان فلان، توفي فلان): later الراحل,
   * الفقيد (and their feminine) mean this person.
   */
  deceased(entity: Entity): void {
    if (entity.kind !== 'person') return;
    for (const word of ['راحل', 'فقيد']) {
      entity.roleHeads.add(word);
      entity.roleWords.add(word);
    }
  }

  /** A courtesy title (سمو، معالي) said before a person's name. */
  honour(entity: Entity, title: string): void {
    (this.titles.get(title) ?? this.titles.set(title, []).get(title)!).push(entity);
    this.touch(entity);
  }

  /** The person of that courtesy title met last, of the gender asked (سموه، معاليها). */
  honoured(title: string, gender: Gender): Entity | null {
    const list = this.titles.get(title) ?? [];
    for (let index = list.length - 1; index >= 0; index--) {
      const entity = list[index];
      if (!entity.gender || entity.gender === gender) return this.touch(entity);
    }
    return null;
  }

  /** A role without a name (الوزير، وزير المالية): the person met with that role. */
  findRole(headWord: string, role: string, gender: Gender | null): Entity | null {
    const head = normalizeArabic(headWord);
    const wanted = words(normalizeArabic(role))
      .map(withoutArticle)
      .filter((word) => word !== head && word !== `${head}ه`)
      // (الأم is the office والدة: its word is no other word of a role to share.)
      .filter((word) => KIN_ALONE.get(`ال${word}`)?.head !== head)
      // (التقني البالغ من العمر 58 عاماً: an age tells no office.)
      .filter((word) => word !== 'بالغ' && word !== 'بالغه')
      // (الأستاذ الجامعي، المحامي المخضرم: praise or a setting tells no office either.)
      .filter((word) => !PRAISE.has(word.replace(/ه$/u, '')));
    // رئيس بلدية إحدى البلدات: "one of" makes the role someone new and unnamed.
    if (wanted.some((word) => word === 'احد' || word === 'احدي')) return null;
    // The person with that head noun who shares most of the other words (وزير المالية
    // is not وزير الصحة), the last met on a tie; with no shared word only when the
    // mention has none to share (الوزير).
    let best: Entity | null = null;
    let bestShared = -1;
    // الوزير المصري، وزير الخارجية الأردني: the nationality the mention names.
    const nation = wanted.map(nationalityOf).find((found) => found !== null) ?? null;
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || !entity.roleHeads.has(head)) continue;
      if (gender && entity.gender && gender !== entity.gender) continue;
      // (Not someone whose role names another: وزير الخارجية وشؤون المصريين بالخارج is no
      // وزير الخارجية الأردني.)
      const theirs = [...entity.roleWords].map(nationalityOf).filter((found) => found !== null);
      if (nation && theirs.length > 0 && !theirs.includes(nation)) continue;
      // (الأممية is the role's للأمم المتحدة: المقررة الأممية after المقررة الخاصة للأمم
      // المتحدة; المصري is the role's المصريين.)
      const shared = wanted.filter(
        (word) =>
          entity.roleWords.has(word) ||
          (/^اممي(?:ه)?$/u.test(word) && [...entity.roleWords].some((own) => /امم$/u.test(own))) ||
          // (الناخب الوطني after مدرب المنتخب المغربي: "national", of whatever nation.)
          (word === 'وطني' && [...entity.roleWords].some((own) => nationalityOf(own) !== null)) ||
          (nation !== null && nationalityOf(word) === nation && theirs.includes(nation)),
      ).length;
      if (wanted.length > 0 && shared === 0 && wanted.every((word) => !isAdjectiveLike(word)))
        continue;
      // المندوبة الأميركية is not the delegate met as مندوبة فرنسا الدائمة or الفرنسية.
      // (Where the mention's adjective is a nationality, only another nationality tells them
      // apart: الوزير المغربي is the minister of الشؤون الخارجية والتعاون الإفريقي.)
      if (
        shared === 0 &&
        wanted.some(isAdjectiveLike) &&
        [...entity.roleWords].some(
          (word) =>
            isAdjectiveLike(word) &&
            word !== head &&
            word !== `${head}ه` &&
            (nation === null || nationalityOf(word) !== null),
        )
      )
        continue;
      if (shared > bestShared || (shared === bestShared && best && entity.seen > best.seen)) {
        best = entity;
        bestShared = shared;
      }
    }
    // (Definite only: مسؤول مصرفي is someone new.)
    if (
      !best &&
      GENERIC_HEADS.has(head) &&
      wanted.every(isAdjectiveLike) &&
      /^ال/u.test(normalizeArabic(role))
    ) {
      // المسؤولة الأممية، المسؤول الحزبي: an official met before, the last of that gender.
      for (const entity of this.entities) {
        if (entity.kind !== 'person' || entity.role === null) continue;
        if (gender && entity.gender !== gender) continue;
        if (!best || entity.seen > best.seen) best = entity;
      }
    }
    // وقال المذيع، وتابعت المقدمة: who presents a programme, whichever word introduced them
    // (مقدم البرنامج، الإعلامي، المذيع).
    if (!best && HOSTS.has(head)) {
      for (const entity of this.entities) {
        if (entity.kind !== 'person' || ![...HOSTS].some((host) => entity.roleHeads.has(host)))
          continue;
        if (gender && entity.gender && gender !== entity.gender) continue;
        if (!best || entity.seen > best.seen) best = entity;
      }
    }
    if (!best) best = this.byNationality(wanted, gender);
    // (A definite role only: طبيبة مقيمة is someone new.)
    if (!best && gender && PROFILE_HEADS.has(head) && /^ال/u.test(normalizeArabic(role)))
      best = this.onlyPerson(gender);
    return best ? this.touch(best) : null;
  }

  /**
   * وأشارت الأكاديمية، وتابعت النائبة: a role the story never gave anyone, when the story
   * has named exactly one person of that gender so far, is that person; with two, no one.
   */
  private onlyPerson(gender: Gender): Entity | null {
    const people = this.entities.filter(
      (entity) => entity.kind === 'person' && entity.gender === gender && entity.parts.length >= 2,
    );
    return people.length === 1 ? people[0] : null;
  }

  /**
   * الأكاديمي البريطاني، المدرب البرتغالي: a role met under another head, known by the
   * nationality (or other nisba) its holder was introduced with, when exactly one person of
   * the story has it; two who share it are no answer.
   */
  private byNationality(wanted: readonly string[], gender: Gender | null): Entity | null {
    // The role is its head and one nisba (not وزير الخارجية الفرنسي, not a body's adjective).
    if (wanted.length !== 1 || !isAdjectiveLike(wanted[0])) return null;
    const nisbas = [wanted[0].replace(/ه$/u, '')];
    const matches = this.entities.filter(
      (entity) =>
        entity.kind === 'person' &&
        (!gender || !entity.gender || entity.gender === gender) &&
        nisbas.every((nisba) =>
          [...entity.roleWords].some((word) => word.replace(/ه$/u, '') === nisba),
        ),
    );
    return matches.length === 1 ? matches[0] : null;
  }

  /** A body named (وزارة الزراعة والري) or referred to by its head noun (الوزارة). */
  body(name: string, head: string, gender: Gender, short: boolean, named = true): Entity {
    const key = normalizeArabic(name);
    const bare = withoutArticle(head);
    const known = this.entities.find((entity) => entity.kind === 'body' && entity.key === key);
    if (known) return this.touch(known);
    const parts = words(key);
    // الصفحة الرسمية للنادي، حساب الوزارة الرسمي: a body's own page speaks for the one body
    // met with that head (نادي مولودية وهران).
    // (للجنة: ل on a noun whose own first letter is ل.)
    const owner =
      parts.length === 3 && /^(?:ال)?(?:صفحه|حساب|موقع)$/u.test(parts[0])
        ? OFFICIAL.test(parts[1]) && parts[2].startsWith('لل')
          ? [parts[2].slice(2), parts[2].slice(1)].find((word) => BODY_HEADS.has(word))
          : OFFICIAL.test(parts[2]) && parts[1].startsWith('ال')
            ? withoutArticle(parts[1])
            : undefined
        : undefined;
    if (owner && BODY_HEADS.has(owner)) {
      const owners = this.entities.filter(
        (entity) => entity.kind === 'body' && entity.bodyHead === owner,
      );
      if (owners.length === 1) return this.touch(owners[0]);
    }
    // شرطة الولاية after شرطة ولاية نهر النيل: the head and the kind of place the story
    // named it with, the body met with that head.
    if (!short && parts.length > 1 && parts.slice(1).every((part) => GENERIC_PLACES.has(part))) {
      const place = parts.slice(1).map(withoutArticle);
      for (let index = this.entities.length - 1; index >= 0; index--) {
        const entity = this.entities[index];
        if (
          entity.kind === 'body' &&
          entity.bodyHead === bare &&
          entity.parts.length > parts.length &&
          place.every((word) => entity.parts.slice(1).includes(word))
        )
          return this.touch(entity);
      }
    }
    // إدارة المهرجان after إدارة أيام قرطاج السينمائية، إدارة النادي after إدارة نادي
    // مولودية الساحل: the head and the kind of body it runs, with the article, is the one
    // body met with that head whose genitive is a name (not إدارة الجمارك).
    if (
      !short &&
      parts.length === 2 &&
      parts[0] === bare &&
      parts[1].startsWith('ال') &&
      BODY_HEADS.has(withoutArticle(parts[1])) &&
      // (Not an adjective of a nisba's shape: الحكومة الفيدرالية.)
      !parts[1].endsWith('يه')
    ) {
      const named = this.entities.filter(
        (entity) =>
          entity.kind === 'body' &&
          entity.bodyHead === bare &&
          entity.parts.length > 2 &&
          !entity.parts[1].startsWith('ال'),
      );
      if (named.length === 1) return this.touch(named[0]);
    }
    // وقالت وزارة الداخلية after حددتها وزارة الداخلية الكويتية: the body the story named
    // with its adjectives; the name as it was first written. (`named` false: the sentence
    // places the speaker elsewhere, وفي موسكو، قالت وزارة الدفاع.)
    if (!short && named) {
      // (The last met of them: a story may name two countries' ministries.)
      const longer = this.entities.findLast(
        (entity) =>
          entity.kind === 'body' &&
          entity.bodyHead === bare &&
          entity.parts.length > parts.length &&
          parts.every((part, index) => entity.parts[index] === part) &&
          entity.parts
            .slice(parts.length)
            .every(
              (part) =>
                isDefiniteAdjective(part) &&
                !part.startsWith('و') &&
                !/^ال(?:عام|سابق|سابقه|حالي|حاليه|جديد|جديده|اسبق|مقبل|مقبله|منتهيه)$/u.test(
                  part,
                ) &&
                roleHeadOf(withoutArticle(part)) === null,
            ),
      );
      if (longer) return this.touch(longer);
      // قالت الوزارة الاتحادية after وزارة المالية الاتحادية: the head with the article and
      // adjectives that the body met with that head had after its genitive.
      const adjectives = parts.slice(1);
      const described =
        parts[0] === `ال${bare}` &&
        adjectives.length > 0 &&
        adjectives.every((part) => isDefiniteAdjective(part) && !part.startsWith('و'))
          ? this.entities.findLast(
              (entity) =>
                entity.kind === 'body' &&
                entity.bodyHead === bare &&
                entity.parts[0] === bare &&
                entity.parts.length > parts.length &&
                adjectives.every((part) => entity.parts.slice(2).includes(part)),
            )
          : undefined;
      if (described) return this.touch(described);
      // وشدد المجلس الوزاري after المجلس الوزاري لمجلس التعاون لدول الخليج العربية، الهيئة
      // العامة after الهيئة العامة للتأمين الصحي الشامل: the head with the article and its
      // adjectives, the opening words of the one body met that goes on with a ل genitive.
      if (
        parts[0] === `ال${bare}` &&
        adjectives.length > 0 &&
        adjectives.every((part) => isDefiniteAdjective(part) && !part.startsWith('و'))
      ) {
        const opened = this.entities.filter(
          (entity) =>
            entity.kind === 'body' &&
            entity.bodyHead === bare &&
            entity.parts.length > parts.length + 1 &&
            parts.every((part, index) => entity.parts[index] === part) &&
            /^ل[\u0621-\u064A]{3,}$/u.test(entity.parts[parts.length]) &&
            // (Not a time read into the name: الجيش الإسرائيلي لليوم الخامس.)
            !/^لل(?:يوم|مره|اسبوع|عام|شهر|سنه|ليله)$/u.test(entity.parts[parts.length]),
        );
        if (opened.length === 1) return this.touch(opened[0]);
      }
    }
    if (short) {
      // The last that was the subject of a verb of saying (أعلن نادي الرجاء انتقال مدافعه
      // إلى نادي الوكرة. وقال النادي), else the last met.
      let best: Entity | null = null;
      const rank = (entity: Entity) => [entity.subject ?? 0, entity.seen];
      for (const entity of this.entities) {
        if (entity.kind !== 'body' || entity.bodyHead !== bare) continue;
        const [subject, seen] = rank(entity);
        const [bestSubject, bestSeen] = best ? rank(best) : [-1, -1];
        if (subject > bestSubject || (subject === bestSubject && seen > bestSeen)) best = entity;
      }
      if (best) return this.touch(best);
      // وأعلن المجلس after رئيس مجلس المنافسة: the body a role was of, named in full there.
      const inRole = this.bodyInRoles(bare);
      if (inRole) {
        const full = normalizeArabic(inRole);
        return this.add({
          kind: 'body',
          name: inRole,
          key: full,
          gender,
          parts: words(full),
          bodyHead: bare,
        });
      }
    }
    return this.add({ kind: 'body', name, key, gender, parts: words(key), bodyHead: bare });
  }

  /**
   * The body a person's role named after its head noun (رئيس مجلس المنافسة، ممثلة منظمة
   * الصحة العالمية في السودان: مجلس المنافسة، منظمة الصحة العالمية), the last met first.
   */
  private bodyInRoles(bare: string): string | null {
    const head = new RegExp(`^(?:[لب]|لل|بال|ال)?${bare}$`, 'u');
    for (let index = this.entities.length - 1; index >= 0; index--) {
      const entity = this.entities[index];
      if (entity.kind === 'body' || !entity.role) continue;
      const written = entity.role.split(/\s+/u);
      const folded = written.map((word) => normalizeArabic(word));
      // (Or with ل or ب: الكاتب العام للنقابة الوطنية للممرضين، رئيس لنقابة الصحفيين، مصدر
      // مسؤول بوزارة التموين; or with the article: رئيس الجامعة الملكية المغربية.)
      const at = folded.findIndex((word, k) => k >= 1 && head.test(word));
      if (at < 1) continue;
      let end = at + 1;
      // (نائب رئيس الهيئة العامة للطيران المدني لشؤون التخطيط، وكيل وزارة الصحة لشؤون
      // الرعاية: the affairs a deputy has are the deputy's, not a part of the body's name.)
      const deputy =
        DEPUTIES.has(folded[0]) || DEPUTIES.has(folded[0].replace(/^[وف](?=\p{L}{3})/u, ''));
      while (
        end < folded.length &&
        !ROLE_TAIL_BREAKS.has(folded[end]) &&
        !(deputy && folded[end] === AFFAIRS_OF)
      )
        end++;
      if (end - at < 2) continue;
      const glued = folded[at].length - bare.length;
      const first = folded[at].startsWith(`لل${bare}`)
        ? `ال${written[at].slice(2)}`
        : folded[at].startsWith(`ال${bare}`) || glued === 0
          ? written[at]
          : written[at].slice(1);
      return [first, ...written.slice(at + 1, end)].join(' ');
    }
    return null;
  }

  /** The subject of a verb of saying: the body its short name means first. */
  subjectOf(entity: Entity): void {
    entity.subject = ++this.clock;
  }

  /** Whether a body with this head noun (وزاره) was met. */
  hasBody(head: string): boolean {
    const bare = withoutArticle(head);
    return this.entities.some((entity) => entity.kind === 'body' && entity.bodyHead === bare);
  }

  /** The body that spoke last: البيان, in وأوضح البيان. */
  lastBody(): Entity | null {
    return this.lastSpeakingBody;
  }
  private lastSpeakingBody: Entity | null = null;

  /** An anonymous source, by its description. */
  anonymous(description: string, gender: Gender | null): Entity {
    const key = normalizeArabic(description);
    const known = this.entities.find((entity) => entity.kind === 'anonymous' && entity.key === key);
    if (known) return this.touch(known);
    return this.add({ kind: 'anonymous', name: null, role: description, key, gender });
  }

  /**
   * Whom المصدر ذاته means: the unnamed source (مصدر، مصادر) that spoke last, if one did;
   * else the last speaker when a body (a ministry's statement is "the source" too); else
   * null.
   */
  sameSource(): Entity | null {
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.kind !== 'anonymous' || entity.said === undefined) continue;
      if (!/^(?:مصدر|مصادر)/u.test(entity.key)) continue;
      if (!best || entity.said > (best.said ?? 0)) best = entity;
    }
    if (best) return this.touch(best);
    return this.lastSpeaker?.kind === 'body' ? this.lastSpeaker : null;
  }

  /** Records who spoke, for the verbs and participles without a subject that follow. */
  spoke(entity: Entity, gender: Gender | null): void {
    this.lastSpeaker = entity;
    entity.said = ++this.clock;
    if (entity.kind === 'body') this.lastSpeakingBody = entity;
    const as = entity.gender ?? gender;
    if (as) {
      entity.gender ??= as;
      this.lastOf[as] = entity;
    }
  }

  /**
   * Who a verb without a subject (وأضاف، وأضافت، مشيراً) means: the last speaker when the
   * gender agrees, else the last speaker of that gender.
   */
  carry(gender: Gender | null): Entity | null {
    const last = this.lastSpeaker;
    if (!last) return null;
    if (!gender || !last.gender || last.gender === gender) return last;
    return this.lastOf[gender];
  }

  /** The person of a gender who spoke last, leaving out those `except` names. */
  lastToSpeak(gender: Gender, except: (entity: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || entity.gender !== gender || entity.said === undefined)
        continue;
      if (except(entity)) continue;
      if (!best || entity.said > (best.said ?? 0)) best = entity;
    }
    return best;
  }

  current(): Entity | null {
    return this.lastSpeaker;
  }
}

/** The second words of given names in two words: عبد الرحمن، منة الله، نور الدين. */
/** A kin noun without the article, in construct with someone else (حفيد الحاج، ابنة الشيخ). */
const KIN_IN_CONSTRUCT =
  /^[وف]?(?:ابن|ابنه|بنت|نجل|حفيد|حفيده|شقيق|شقيقه|اخ|اخت|زوج|زوجه|والد|والده|جد|جده|ارمل|ارمله)$/u;
/** A body's page or account said official (الرسمية، رسمي). */
const OFFICIAL = /^(?:ال)?رسميه?$/u;

const COMPOUND_ENDS = new Set(
  'الله الرحمن الرحيم الكريم العزيز الدين الاسلام'.split(' ').map((word) => normalizeArabic(word)),
);

/**
 * A word that shows an Arabic noun's shape, not a foreign family name's (روبيو، أسفاو): the
 * article (الشاي), ة or ات at the end (قطعة، محادثات; folded, so a final ه too), a plural of
 * the shapes أفعال and تفاعيل (أبواب، تقارير).
 */
const COMMON_NOUN =
  /^(?:ال\p{L}{2,}|\p{L}{2,}(?:ه|ات)|ا\p{L}{2}ا[^\P{L}و]|ت\p{L}{2}ا\p{L}ي\p{L})$/u;

/** A word that a name may end with or hold: a given name, a joiner, a nisba. */
function nameLike(word: string): boolean {
  return (
    genderOfGivenName(word) !== null ||
    JOINERS.has(word) ||
    FATHER_JOINERS.has(word) ||
    NAME_CONTINUATIONS.has(word) ||
    COMPOUND_ENDS.has(word) ||
    isNisba(word)
  );
}

/** A name as compared for aliases: a kunya in any case (بأبي خالد، أبا خالد) as أبو. */
function kunyaKey(name: string): string {
  return normalizeArabic(name).replace(/^(?:ابي|ابا) /u, 'ابو ');
}

/**
 * عثمان in الطيب عثمان محمد نور is his father's name: a given name alone names the one who
 * bears it first or last, not one whose name has it in the middle.
 */
function fatherNamed(own: readonly string[], word: string): boolean {
  return own[own.length - 1] !== word && genderOfGivenName(word) !== null;
}

/**
 * محمد الأمين بن يوسف بلقاسمي ends with يوسف بلقاسمي, his father's name: when بن، ولد، بنت
 * or منت stands right before the last `count` words of two or more, they name the father.
 */
function fatherIn(whole: readonly string[], count: number): boolean {
  return count >= 2 && FATHER_JOINERS.has(whole[whole.length - count - 1] ?? '');
}

function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  if (tail.length === 0 || tail.length > whole.length) return false;
  const offset = whole.length - tail.length;
  return tail.every((word, index) => whole[offset + index] === word);
}
