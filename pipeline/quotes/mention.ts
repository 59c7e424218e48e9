import {
  ANONYMOUS_HEADS,
  BODY_HEADS,
  CONSTRUCT_NOUNS,
  BARE_CAPITALS,
  CAPITALS,
  COUNTRIES,
  FEMININE_NATIONALITIES,
  isFeminineNationality,
  MEDIA_HEADS,
  NAMED_WITH_HEAD,
  STATEMENT_NOUNS,
  STREET_SOURCES,
  nationalityOf,
} from './lexicon/bodies';
import {
  FUNCTION_WORDS,
  isDefiniteAdjective,
  isListedAdjective,
  isNisba,
  FATHER_JOINERS,
  JOINERS,
  NAME_CONTINUATIONS,
  PLACES_CAME_IN,
  OBJECT_NOUNS,
  SPEECH_OBJECTS,
  MANNER_NOUNS,
  RECORD_OBJECTS,
  TIME_WORDS,
  MONTHS,
  TITLE_FAMILIES,
  TITLE_NOUNS,
} from './lexicon/common';
import { foldedSet, isDefinite, withoutArticle, withoutConjunction } from './lexicon/fold';
import {
  EPITHET_NAMES,
  FAITH_PHRASES,
  genderOfGivenName,
  isWrittenGivenName,
} from './lexicon/names';
import {
  ELDER_TITLES,
  HONORIFICS,
  isOwnedKin,
  KIN_ALONE,
  MY_KIN,
  roleHeadOf,
} from './lexicon/roles';
import { AUXILIARIES, CALLED_BY, cueOf, GOVERNS_BI, type Gender } from './lexicon/verbs';
import { ends, type Token } from './tokens';

/** A run of tokens [from, to) and its character offsets in the paragraph. */
export interface Span {
  from: number;
  to: number;
  start: number;
  end: number;
  /** The span starts at the second ل of للـ: its display takes the swallowed alef back. */
  alef?: boolean;
}

/**
 * Who a noun phrase names, read from the words after a reporting verb (or before it):
 * a person with a role and a name, a name alone, a role alone, a body, or an anonymous
 * source. `end` is the index of the first token after the phrase.
 */
export type Mention =
  | {
      kind: 'person';
      name: Span;
      role: Span | null;
      gender: Gender | null;
      end: number;
      /** The first word of the name, as read (after a preposition taken off). */
      lead: Token;
    }
  | { kind: 'role'; role: Span; head: string; gender: Gender | null; end: number }
  | { kind: 'body'; name: Span; head: string; gender: Gender; short: boolean; end: number }
  | { kind: 'anonymous'; role: Span; gender: Gender | null; end: number };

const MAX_NAME_UNITS = 5;
const MAX_TAILS = 4;
const MAX_APPOSITION_WORDS = 14;
/** Nouns of a place, whose name follows them: ولاية تيزي وزو، دائرة الزاوية، محافظة إربد. */
const PLACE_NOUNS = foldedSet(
  'ولاية دائرة محافظة مدينة منطقة إقليم قضاء بلدة قرية حي مخيم عمالة جهة بلدية حارة ناحية دوار نجع عزبة دشرة',
);
/** محافظة، ولاية، مدينة …: a noun of a place, whose name follows it, ب or ل on it or not. */
export const isPlaceNoun = (folded: string): boolean =>
  PLACE_NOUNS.has(folded) || PLACE_NOUNS.has(folded.replace(/^[بل](?=\p{L}{3})/u, ''));

/** النقابة الوطنية، الاتحاد الدولي right before `at`: a union's noun and its adjectives. */
function ownUnionBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (
    k > at - 3 &&
    k >= 0 &&
    definite(tokens[k]) &&
    (isNisba(tokens[k].folded) || /^ال(?:عام|عامه|مستقل|مستقله|اعلي|عليا)$/u.test(tokens[k].folded))
  )
    k--;
  return k >= 0 && MEMBERS_BODIES.has(bareOf(tokens[k]));
}

/** First words of the given names in الدين (بهاء الدين، عز الدين) that no list knows alone. */
const LAQABS = foldedSet('عز بهاء شمس تاج زين شرف فخر خير نجم قطب ركن نظام صفي سراج نصير ولي');
/** First words of the names in الله (ضيف الله، جار الله، عطا الله) that mean other things alone. */
const GOD_NAMES = foldedSet('ضيف عطا جاد فتح نصر خير حب رزق جار عوض منة نعمة ذكر حمد فضل هبة');
/**
 * آدم هارون بحر الدين، محمد قسم الله أحمد: inside a name, after a given name, any short
 * word no list knows before الدين or الله is one name in two words (as نور الدين، فضل الله
 * are). Not a verb's object pronoun (رحمه الله), a preposition's word (بسم الله) or a
 * phrase of the faith (رجل الدين، شاء الله).
 */
function compoundNameAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  const faith = tokens[at + 1];
  return (
    !!word &&
    !!faith &&
    faith.brk === 'none' &&
    /^(?:الدين|الله)$/u.test(faith.folded) &&
    !ends(word.brk) &&
    isArabicWord(word) &&
    !definite(word) &&
    /^[\u0621-\u064A]{2,5}$/u.test(word.folded) &&
    !/^[وبلفك]/u.test(word.folded.length > 3 ? word.folded : '') &&
    !/(?:ه|ها|هم)$/u.test(word.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
    !FUNCTION_WORDS.has(word.folded) &&
    !cueOf(word.raw, word.folded) &&
    !FAITH_PHRASES.has(word.folded)
  );
}
/** أمة الرحمن، أمة الله: a woman's given name, "servant of" and a name of God. */
const DIVINE_NAMES = foldedSet('الله الرحمن الرحيم الكريم العزيز الملك الوهاب الرزاق الغفور');
const laqabAt = (tokens: readonly Token[], at: number) =>
  ((LAQABS.has(tokens[at]?.folded ?? '') && tokens[at + 1]?.folded === 'الدين') ||
    (GOD_NAMES.has(tokens[at]?.folded ?? '') &&
      // (منة with its taa marbuta: منه الله is "from him, God".)
      !/ه$/u.test(tokens[at].raw) &&
      tokens[at + 1]?.folded === 'الله') ||
    (tokens[at]?.folded === 'امه' &&
      /^[أا]مة$/u.test(tokens[at].raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
      DIVINE_NAMES.has(tokens[at + 1]?.folded ?? ''))) &&
  tokens[at + 1].brk === 'none';
/** محدثنا، محدثتي، ضيفتنا: the one the reporter spoke with (its gender in the group). */
const INTERLOCUTOR = /^[وف]?(محدث|محدثت|ضيف|ضيفت)(?:نا|ي)$/u;
/** The head a role of the one interviewed (محدثنا) carries, for the extractor to resolve. */
export const INTERLOCUTOR_HEAD = 'محدثنا';
/** Accounts behind which no one is named: حساب مجهول، حساب وهمي. */
const UNKNOWN_ACCOUNT = foldedSet('مجهول مجهولة وهمي وهمية مزيف مزيفة مستعار مجهولا مغمور');
/** Bodies of members: a union, a league, a syndicate of journalists is named by them. */
const MEMBERS_BODIES = foldedSet(
  'نقابة اتحاد جمعية رابطة هيئة منظمة مرصد شبكة تجمع لجنة مركز ائتلاف تنسيقية حركة مؤسسة',
);
/** Fields a body works in, after في (مركز البحث في علم الفلك، المعهد العالي في شؤون الهجرة). */
const FIELDS = foldedSet('علم علوم دراسات تاريخ طب فنون');
const RELATIVES = foldedSet('الذي التي الذين اللذان اللتان وهو وهي وهم والذي والتي');
// Prepositions that may carry a role on (الباحثة في علم الأوبئة، المتحدث باسم الكرملين،
// عضو مجلس النواب عن دائرة …، منسقة العمليات على متن السفينة).
const ROLE_PREPOSITIONS = foldedSet('في لدى باسم عن من على إلى قرب');
// Outlets and audiences that a speaker talks to (قال لوكالة …، للصحفيين): never a tail.
const AUDIENCE = foldedSet(`وكالة صحيفة قناة موقع إذاعة تلفزيون مجلة شبكة صحفيين صحافيين
  إعلاميين مراسل مراسلين وسائل صحفي صحافي حضور مشاركين جريدة منصة صحف قنوات وكالات
  رويترز فرانس أسوشيتد سبوتنيك شينخوا بلومبرغ بلومبيرغ يورونيوز نوفوستي تاس إيفي كيودو
  يونهاب أكسيوس إرنا واس وام بترا سانا كونا قنا هسبريس الميادين السومرية بي سي سكاي
  دويتشه جمهور جماهير`);
// Adjectives of affiliation that end a body's name (برنامج الأغذية العالمي التابع للأمم
// المتحدة): what follows says whose the body is, not what it is called.
const AFFILIATED = foldedSet(
  'التابع التابعة التابعين التابعتين المرتبط المرتبطة الموالي الموالية المدعوم المدعومة',
);
const ADJECTIVES = foldedSet(`رفيع رفيعة كبير كبيرة بارز بارزة سابق سابقة مطلع مطلعة مطلعون
  مطلعين مقرب مقربة مقربون مسؤول مسؤولة رسمي رسمية عيان آخر أخرى آخرون محلي محلية صغيرة
  جديدة قديمة طويلة قصيرة واسعة ضخمة جديد قديم خاص خاصة حكومي حكومية أهلي أهلية خيري خيرية
  مستقل مستقلة`);
/**
 * Adjectives after a noun (نسخة قديمة، بيت صغير): the noun before one is an object, not a
 * name. (Not in ADJECTIVES: قصير، طويل، صغير are family names too.)
 */
const NOUN_ADJECTIVES = new Set([...ADJECTIVES, ...foldedSet('صغير طويل قصير واسع ضخم')]);
// Verbal nouns (تغيير، استخدام، انتقال): objects of a verb, never names.
const MASDAR =
  /^(?:ا[\u0621-\u064A]{2}ا[\u0621-\u064A]|ت[\u0621-\u064A]{2}ي[\u0621-\u064A]|ت[\u0621-\u064A]ا[\u0621-\u064A]{2}|است[\u0621-\u064A]{2}ا[\u0621-\u064A]|ا[\u0621-\u064A]ت[\u0621-\u064A]ا[\u0621-\u064A]|ان[\u0621-\u064A]{2}ا[\u0621-\u064A])$/u;

/** إعادة، إقامة، إفادة: the verbal noun of a hollow verb, with ة (folded to ه). */
const ABSTRACT_MASDAR = /^ا[\u0621-\u064A]ا[\u0621-\u064A]ه$/u;

/** Whether a word (folded, without the article) has a verbal noun's shape: توزيع، إطلاق. */
export const isVerbalNoun = (folded: string): boolean =>
  MASDAR.test(folded) || ABSTRACT_MASDAR.test(folded);

/**
 * A verbal noun's shape (إعلان، اجتماع، تغيير). Inside a name, after a given name, a word
 * written with أ is a family name of that shape (حميد أزناك): the masdars that open with
 * an alef write it as إ or a bare ا; a plural of the shape أفعال (أرقام) opens no name.
 */
const isMasdar = (token: Token, inName: boolean) =>
  MASDAR.test(token.folded) &&
  !(inName && /^[وف]?أ/u.test(token.raw)) &&
  // تياغو، باولو: no verbal noun of these shapes ends in و.
  !token.folded.endsWith('و') &&
  // (Inside a name, a foreign family name in يه: هانا تيتيه; not the verbal nouns of roots
  // in ه, which a verb takes after its subject: طلب تبون توجيه دعوة.)
  !(
    inName &&
    /يه$/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
    !MASDARS_IN_YEH.has(token.folded)
  );
/** Verbal nouns of roots that end in ه: توجيه، تنبيه، تشويه. */
const MASDARS_IN_YEH = new Set(
  'توجيه تنبيه تشبيه تنويه تنزيه تشويه تمويه ترفيه تسفيه تأليه تفقيه'.split(' '),
);

const bareOf = (token: Token) => withoutArticle(token.folded);
/** A noun without ب or ل glued on it and without its article: بالمركز → مركز. */
const headOfGlued = (token: Token) =>
  withoutArticle(token.folded.replace(/^[بل](?=ال|\p{L}{3})/u, ''));
/**
 * The shape of a present-tense verb (يعمل، تجلس، تقول، يتابع), not of a name (تركي، تامر،
 * يسرى، نورة): a prefix ي/ت, no long vowel after it, no ي/ه at the end.
 */
const PRESENT_VERB =
  /^(?:[يت][^اوي][^ا][^اوي](?:ن|ون|وا)|[يت][^اوي]ت[^ا]ي|[يت][^اوي][^ا][^يه]|[يت]ت[\u0621-\u064A]{2}[^يه]|[يت][^اوي]ت[^ا][^يه]|[يت]ست[^ا]{2}[^يه])$/u;
/**
 * يجادل، يشاهد: a long a after the root's first letter (form III). With ت it is as often a
 * verbal noun (تحالف، تعاون), so only ي.
 */
// (And a و for the root's second letter: يساوم، يقاوم، يحاول.)
const PRESENT_VERB_WITH_A = /^ي[^اوي]ا[^ايه][^اويه]$/u;
const isPresentVerb = (token: Token) =>
  // (And the derived forms يفتعل، يستفعل: تنتظر، يستخدم، يكتفي; and the plurals يفعلن،
  // يفعلون: اللواتي يرسلن أبناءهن; and the future, سيحذفون، ستعلن.)
  (PRESENT_VERB.test(token.folded) ||
    PRESENT_VERB_WITH_A.test(token.folded) ||
    // (Not ستيفنسون، سيمبسون: English names in -son.)
    (/^س[يت][^اوي][\u0621-\u064A]{1,4}ون$/u.test(token.folded) && !token.folded.endsWith('سون')) ||
    (/^س[يتن]/u.test(token.folded) &&
      /[^اويه]$/u.test(token.folded) &&
      !token.folded.endsWith('ين') &&
      PRESENT_VERB.test(token.folded.slice(1).replace(/^ن/u, 'ي')))) &&
  !isWrittenGivenName(token.raw) &&
  !genderOfGivenName(token.folded);
/** تقف، يصل، تجد، يمرّ: a present verb of three letters, a weak first one fallen or a
 * doubled one joined; not a given name of that shape (يزن، يسر). */
const isShortPresentVerb = (token: Token) =>
  /^[يت][^اويى][^اويهةى]$/u.test(token.folded) &&
  !isWrittenGivenName(token.raw) &&
  !genderOfGivenName(token.folded);
/**
 * The cue of the word right before `at`, when it is one: قال لمصراوي، وكتبت أخرى، ودعا
 * المواطنين. (Not رأي، رد, nouns that fold like the verbs رأى، ردّ: رأي آخر، وفي رد آخر.)
 */
function cueBefore(tokens: readonly Token[], at: number): ReturnType<typeof cueOf> {
  const before = tokens[at - 1];
  if (!before || /^[وف]?(?:راي|رد)$/u.test(before.folded)) return null;
  return cueOf(before.raw, before.folded);
}

/** بحزن، بنبرة حادة، بلهجته القاهرية: ب and a noun of the manner of saying, its own or not. */
function isMannerPhrase(token: Token): boolean {
  if (token.folded[0] !== 'ب') return false;
  const noun = token.folded.slice(1);
  if (MANNER_NOUNS.has(noun)) return true;
  const owned = /^(.{2,}?)(?:ه|ها|هم)$/u.exec(noun);
  return !!owned && MANNER_NOUNS.has(owned[1].replace(/ت$/u, 'ه'));
}

/** Nouns of a present verb's shape that head a body's name (رئيس تجمع أصحاب المولدات). */
const VERB_SHAPED_NOUNS = foldedSet('تجمع تكتل تحرك');
/** The article ال as written (إليزابيث، إلياس fold to ال… but carry no article). */
const definite = (token: Token) =>
  isDefinite(token.folded) &&
  !/^[وف]?[إأآ]/u.test(token.raw) &&
  // فالنتينا، فاليريا: a name that opens like ف and the article.
  !(token.folded.startsWith('فال') && isWrittenGivenName(token.raw));
/** The shape of an active participle used as a noun (متداول، مستثمر، متابع). */
const isParticipleNoun = (token: Token) =>
  (/^(?:مت|مست)[\u0621-\u064A]{3,}$/u.test(token.folded) ||
    // بحّار، سوّاق، نجّار: a trade on the pattern فعّال.
    /^[\u0621-\u064A][\u064E]?[\u0621-\u064A]\u0651[\u064E]?ا[\u0621-\u064A]$/u.test(token.raw)) &&
  !isWrittenGivenName(token.raw);
/**
 * ونظيرته، وزوجها، ونائبه: a kin or a role with و and a possessive pronoun, joining a second
 * person to the first (ورسمه, a Somali name, is no such word).
 */
function isJoinedCounterpart(token: Token): boolean {
  if (!/^و[\u0621-\u064A]{3,}$/u.test(token.folded)) return false;
  const folded = token.folded.slice(1);
  const raw = token.raw.replace(/^\u0648/u, '');
  if (isOwnedKin(folded, raw)) return true;
  const stem = /^(.+?)(?:ته|تها|تهم|ه|ها|هم)$/u.exec(folded)?.[1];
  return !!stem && (COUNTERPARTS.has(stem) || roleHeadOf(stem) === stem);
}
const COUNTERPARTS = foldedSet(
  'نظير رفيق مساعد نائب زميل زملاؤ أسر عائل رفاق أصدقاؤ صديق أبناؤ أولاد جيران',
);
/** Verbs of returning, staying and becoming, which stand before a name (عاد الطيب). */
const NOT_NAMES_VERBS = foldedSet('عاد عادت ظل ظلت بقي بقيت صار صارت راح راحت وقف وقفت جلس جلست');

/** مجلسي، وزارتي، هيئتي: a body's noun in the dual's construct (two councils of). */
function isBodyDual(folded: string): boolean {
  if (!/^[\u0621-\u064A]{3,}ي$/u.test(folded)) return false;
  const stem = folded.slice(0, -1);
  return BODY_HEADS.has(stem) || (stem.endsWith('ت') && BODY_HEADS.has(`${stem.slice(0, -1)}ه`));
}

/** A given name the lists know, as written or folded (سوسن، نجلاء، مراد). */
const isKnownGivenName = (token: Token) =>
  genderOfGivenName(token.folded) !== null || isWrittenGivenName(token.raw);
const isArabicWord = (token: Token) => /^[\u0621-\u064A]{2,}$/u.test(token.folded);

export function isLexical(folded: string, conjunction = true): boolean {
  const bare = conjunction ? withoutConjunction(folded) : folded;
  for (const form of folded === bare ? [folded] : [folded, bare]) {
    if (
      FUNCTION_WORDS.has(form) ||
      TIME_WORDS.has(form) ||
      ROLE_PREPOSITIONS.has(form) ||
      roleHeadOf(form) !== null ||
      BODY_HEADS.has(form) ||
      CONSTRUCT_NOUNS.has(form) ||
      ANONYMOUS_HEADS.has(form) ||
      HONORIFICS.has(form)
    )
      return true;
  }
  return false;
}

/** ب and a noun that make an adverb, never a place: بعنوان، بحضور، بمناسبة، بسبب. */
const NOT_PLACES_AFTER_BA =
  /^ب(?:عنوان|حضور|مشارك|مناسب|سبب|شان|خصوص|رعاي|تمويل|دعم|هدف|اسم|القول|قوله|قولها|بيان|رساله|تصريح|بلاغ|كلمه|تغريده|منشور|مذكره|خطاب)/u;

/** Nouns that open with ل of their own, not the preposition (لافتة is no ل + افتة). */
const OWN_LAM = foldedSet('لافتة لافتات لائحة لوائح لوحة لقاء لقاءات لغة لحظة ليلة لقب لهجة لعبة');

/** عدد، كثير، العديد، معظم before من and a group: some of it, unnamed. */
const QUANTITY_OF = /^(?:عدد|كثير|الكثير|العديد|جمله|قله|معظم|اغلب|غالبيه)$/u;
/** معظم، أغلب، غالبية before a group with the article: most of it, unnamed. */
const MOST_OF = /^(?:معظم|اغلب|غالبيه)$/u;

/** وثلاثة، وخمسة، واثنان، وبعض، وعدد: و and a count, never a word of a name. */
const NUMBER_AFTER_AND =
  /^و(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر|اثن|بعض|عدد|كل|جميع)[\u0621-\u064A]*$/u;

/** A word with a preposition glued on (لوكالة، للصحفيين، بالقاهرة): never a name. */
function isPrepositional(token: Token, inName = false): boolean {
  const { folded } = token;
  if (folded.startsWith('لل')) return true;
  // بالحاج، بالشيخ، بالقاسم after a name's first words: a Maghrebi family name, ب ("son
  // of") and a title or a man's given name with the article.
  if (folded.startsWith('بال'))
    return !(
      inName &&
      (HONORIFICS.has(folded.slice(3)) || genderOfGivenName(folded.slice(3)) === 'm') &&
      // (Not a place: استثماري بالرياض.)
      !CAPITALS.has(folded.slice(1))
    );
  // كالعادة is "as usual"; after a given name, كالاهان is Callahan.
  if (folded.startsWith('كال')) return !inName;
  // بحي مولاي رشيد: in a neighbourhood (a noun of two letters, too short for the test below).
  if (/^[لب]حي$/u.test(folded)) return true;
  // (لبي بي سي، لسي إن إن: an outlet's letters, short as they are.)
  if (
    (folded[0] === 'ل' || folded[0] === 'ب') &&
    (folded.length > 3 || (folded[0] === 'ل' && AUDIENCE.has(folded.slice(1))))
  ) {
    const rest = folded.slice(1);
    // Never ب + و + a word: a preposition comes after the conjunction, so بوطالب، بوعلام are
    // names (بوزارة is ب + وزارة, a word as it stands).
    return isLexical(rest, false) || AUDIENCE.has(rest);
  }
  return false;
}

/** A word that can be part of a name where it stands: not the article, not a known word. */
/**
 * لمتابعيه، لعائلته، لجمهوره، لزملائه، لمؤيديها: ل on a noun with a possessive as its
 * endings show it (لطيفه، لولوه، لاله، لبابه are names: a ه after another letter ends them; so are
 * ليزيلوته and its kin, opening with لي).
 */
const gluedOwnedPlural = (token: Token): boolean =>
  /^ل[^ي][\u0621-\u064A]+(?:يه|يها|يهم|ته|تها|تهم|ئه|ئها|ره|ده|[^اوي](?:ها|هم))$/u.test(
    token.folded,
  ) &&
  /(?:ه|ها|هم)[\u064B-\u0652]*$/u.test(token.raw) &&
  !isWrittenGivenName(token.raw);

/** A preposition glued on a noun of at most `longest` letters with its possessive. */
function gluedOwned(token: Token, preposition: 'ب' | 'ل', longest: number): boolean {
  const shape = new RegExp(
    `^${preposition}[^ي][\\u0621-\\u064A]{1,${longest - 1}}(?:ه|ها|هم)$`,
    'u',
  );
  return (
    shape.test(token.folded) &&
    /(?:ه|ها|هم)[\u064B-\u0652]*$/u.test(token.raw) &&
    !isWrittenGivenName(token.raw)
  );
}

export { isFeminineNationality };

export function isNameWord(token: Token, inName = false): boolean {
  // شمالي مالي، شرق البلاد: a direction is where, not who; تحته، معها: a preposition's pronoun.
  if (DIRECTIONS.has(token.folded) || PLACE_PRONOUNS.has(token.folded)) return false;
  // Inside a name ف does not join a noun with the article: فالنتي is Valenti.
  const joined = definite(token) && !(inName && token.folded.startsWith('فال'));
  if (!isArabicWord(token) || joined || PLACE_JOINERS.has(token.folded)) return false;
  // A word with tanween (ضاحكاً، مؤكداً) is an adverb or an object, never a name.
  if (/\u064B/u.test(token.raw)) return false;
  // قال لنا: to whom the words were said (not لي, the Chinese and Korean family name);
  // بينهن زهرة، منهم سالم: among whom.
  if (/^(?:لنا|له|لها|لهم|لهن|لكم|لك|بينهم|بينهن|بينهما|منهم|منهن)$/u.test(token.folded))
    return false;
  // باسم is a name (Bassem) and "on behalf of": the word after it tells (nameEnd).
  if (isWrittenGivenName(token.raw) && token.folded !== 'باسم') return true;
  // گل محمد، تارڑ: a word written with a Persian or Urdu letter is a foreign name, whatever
  // Arabic word it folds to (گل is no كل).
  if (/[\u06AF\u067E\u0686\u0698\u06A4\u0691\u0679\u0688]/u.test(token.raw)) return true;
  if (cueOf(token.raw, token.folded)) return false;
  // مراسلنا، مندوبنا، لمراسلنا: a role or a source with "our" on it (and a preposition).
  if (token.folded.endsWith('نا')) {
    const owner = token.folded.slice(0, -2);
    const bare = owner.replace(/^[لبو](?=[\u0621-\u064A]{3})/u, '');
    if ([owner, bare].some((word) => ANONYMOUS_HEADS.has(word) || roleHeadOf(word) !== null))
      return false;
  }
  // كان، كانت: a verb of being between a subject and its verb.
  if (AUXILIARIES.has(token.folded)) return false;
  // احتفل خافيير ميلي بمرور عام: ب on a verbal noun of a derived verb, never a name's word.
  if (
    /^ب(?:م|ت)[\u0621-\u064A]{3,}$/u.test(token.folded) &&
    isVerbalNoun(token.folded.slice(1)) &&
    !isWrittenGivenName(token.raw)
  )
    return false;
  // وصفه لمتابعيه: ل on a noun with its possessive, whom the words were for; يشير بعصاه: ب
  // on a short one, a thing in hand (بيليه، بيبه are names: a foreign name opens with بي).
  if (!inName && (gluedOwnedPlural(token) || gluedOwned(token, 'ب', 4))) return false;
  // (Inside a name too, ل on a participle's plural with a possessive: إيلون ماسك لمتابعيه.)
  if (/^لم[\u0621-\u064A]{3,}ي(?:ه|ها|هم)$/u.test(token.folded) && !isWrittenGivenName(token.raw))
    return false;
  // (Or of the shape فاعلي: يشرح الحاج فلان لزائريه; not لافاليه, a French name.)
  if (
    /^ل[^ا]ا[\u0621-\u064A]{2}ي(?:ه|ها|هم)$/u.test(token.folded) &&
    /(?:ه|ها|هم)$/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
    !isWrittenGivenName(token.raw)
  )
    return false;
  // وعاد العتيبي ليضيف، ثم عادت الوزيرة لتؤكد: "returned to", a verb, never a name's first word.
  if (!inName && /^[وف]?(?:عاد|عادت)$/u.test(token.folded)) return false;
  // لارا حداد ووزير الطاقة: "and" and a role's noun begin someone else.
  if (
    inName &&
    /^و[\u0621-\u064A]{3,}$/u.test(token.folded) &&
    !isWrittenGivenName(token.raw) &&
    roleHeadOf(token.folded.slice(1)) !== null
  )
    return false;
  // Inside a name, و is a letter (ولدي، وهبة), not "and"; شيخ may be a name (حليمة شيخ عمر).
  if (inName && HONORIFICS.has(token.folded) && !definite(token)) return true;
  // أمي كانت تقول، زوجي يعمل: kin with "my" opens no name (أبي opens أبي بكر; آمي is Amy).
  if (
    !inName &&
    // (Not أبي، which opens أبي بكر; nor عمي، خالي … and صديقي, said of someone by name as
    // a title of affection: عمي الطاهر.)
    ((MY_KIN.test(token.folded) &&
      !/^[وف]?(?:امي|ابي|عمي|عمتي|خالي|خالتي|حفيدتي|حفيدي|صديقي|صديقتي)$/u.test(token.folded)) ||
      /^[وف]?أمي$/u.test(token.raw.replace(/[\u064B-\u0652]/gu, '')))
  )
    return false;
  // لويس إيناسيو لولا دا سيلفا: inside a name before a particle, لولا is a name.
  if (inName && token.folded === 'لولا') return true;
  // فان دير بيرغ: the Dutch particle, not فإن.
  if (inName && token.raw === 'فان') return true;
  // أحمد خلف الجبوري: inside a name, خلف is a father's name (Khalaf), not "behind".
  // (So is نجم, a father's name as often as "star": سهى نجم الربيعي.)
  if (inName && (token.folded === 'خلف' || token.folded === 'نجم')) return true;
  if (
    isLexical(token.folded, !inName) ||
    isPrepositional(token, inName) ||
    ADJECTIVES.has(token.folded)
  )
    return false;
  // فقاطعته زوجته ضاحكة: the manner of saying is no name (the wife is unnamed).
  if (MANNER.has(token.folded)) return false;
  // أم سعودية مقيمة في دبي: a mother of a nationality, no kunya (nor a name's word).
  if (FEMININE_NATIONALITIES.has(token.folded)) return false;
  // يستقبل، تستعيد: a present verb of the derived form استفعل, never a name's word.
  if (/^[يت]ست[\u0621-\u064A]{3}$/u.test(token.folded)) return false;
  // عاد الطيب قبل ثلاثة أسابيع: a verb of returning or staying before a name.
  if (NOT_NAMES_VERBS.has(token.folded)) return false;
  // يمرر الحاج سالم يده: a part of the body with a possessive is what a verb moves.
  if (/^(?:يد|يدي|ايدي|اصابع|راس|عين|عيني|عيون|وجه|كتف|قلب)(?:ه|ها|هم|هما)$/u.test(token.folded))
    return false;
  // A noun with a possessive (مؤتمره، حسابه، كلمتها) or a present verb after و (ويعمل).
  const stem = token.folded.replace(/(?:ه|ها)$/u, '').replace(/ت$/u, 'ه');
  if (stem !== token.folded && stem.length > 2 && isLexical(stem)) return false;
  // ويسمّي علي مشروعه: a work or a body with a possessive as written (not a ة).
  if (
    /ه$/u.test(token.raw) &&
    stem !== token.folded &&
    (TITLE_NOUNS.has(stem) || BODY_HEADS.has(stem))
  )
    return false;
  // فاطمة وثلاثة من أحفاده: "and" a number or a quantifier begins what follows the name.
  if (inName && NUMBER_AFTER_AND.test(token.folded)) return false;
  // (Not فيكرام، ويليام: a long a after two letters and no ت of a derived verb is no
  // present verb's shape.)
  // (Nor فيديريكو، فيرونيكا: a long word with a foreign name's final vowel.)
  if (
    !inName &&
    /^[وف][يت][\u0621-\u064A]{2,}$/u.test(token.folded) &&
    !/^[وف]ي[^تن][^تدطا]ا[^اوي]$/u.test(token.folded) &&
    !/^[وف]ي(?:[\u0621-\u064A]{3,}و|[\u0621-\u064A]{4,}ا)$/u.test(token.folded) &&
    // (Nor فييرا، فييرو: ف and a doubled ي, no verb's prefix, before a foreign final vowel.)
    !/^فيي[\u0621-\u064A]{1,}[او]$/u.test(token.folded) &&
    // (Nor فيدوتوف، فيليبوف، فيسوتسكي: a Slavic family name's ending on a long word.)
    !/^[\u0621-\u064A]{4,}(?:وف|يف|وفا|يفا|سكي|تش|ينكو)$/u.test(token.folded)
  )
    return false;
  // بصوت متهدج، بنبرة حادة: the manner of saying opens no name.
  if (!inName && isMannerPhrase(token)) return false;
  // بكلمات مقتضبة، لحكايات: a preposition on a plural of things opens no name.
  if (
    !inName &&
    /^[بلك][\u0621-\u064A]{3,}ات$/u.test(token.folded) &&
    !isWrittenGivenName(token.raw)
  )
    return false;
  // يدعى، تُكنّى: "is called", before a name, never in it.
  if (/^[وف]?(?:يدعي|تدعي|يكني|تكني)$/u.test(token.folded)) return false;
  // وعادت، فقالت، وكتبت: a past verb of a woman after و or ف opens no name.
  // (With ف only a hollow verb: فقالت، فعادت; فنسنت is Vincent.)
  if (!inName && /^(?:[وف][^اوي]ا[^اوي]|و[^اوي]{3})ت$/u.test(token.folded)) return false;
  // تجلس، يقطع، تقول: a present verb opens no name; nor one of three letters whose weak
  // first letter fell (تقف، يصل، تجد) or whose doubled one joined (يمرّ، تعدّ).
  if (!inName && isPresentVerb(token)) return false;
  if (!inName && isShortPresentVerb(token)) return false;
  // لتحسم الأمر: ل and a present verb, "so as to", opens no name (with ت only: ليبيا،
  // ليفيك are names).
  if (
    /^لت/u.test(token.folded) &&
    isPresentVerb({ ...token, folded: token.folded.slice(1), raw: token.raw.slice(1) })
  )
    return false;
  // مشروطة، مطلوبة: a feminine passive participle (مفعولة) opens no name (مبروكة is one).
  if (
    !inName &&
    /^م[\u0621-\u064A]{2}و[\u0621-\u064A]ه$/u.test(token.folded) &&
    /ة[\u064B-\u0652]*$/u.test(token.raw) &&
    !genderOfGivenName(token.folded) &&
    !isWrittenGivenName(token.raw)
  )
    return false;
  // تقديرات، تحقيقات، معلومات: the plural of a verbal noun opens no name.
  if (
    !inName &&
    /^[تم][\u0621-\u064A]{3,}ات$/u.test(token.folded) &&
    !isWrittenGivenName(token.raw)
  )
    return false;
  // متداول، مستثمر، مواطن: participles and nouns of people, not names.
  if (!inName && isParticipleNoun(token)) return false;
  if (genderOfGivenName(token.folded)) return true;
  // A possessive suffix (جارها)، a verbal noun's shape (تغيير) or a sound plural
  // (رافعين، المشاركون) is no name.
  return (
    !/(?:ها|هم|هما|كم)$/u.test(token.folded) &&
    !isMasdar(token, inName) &&
    (inName || !/^(?:[^ا]ا[\u0621-\u064A]{2}|م[\u0621-\u064A]{3,})(?:ين|ون)$/u.test(token.folded))
  );
}

/** Whether a verb of describing (وصف، يصف) comes before `at` in its sentence. */
function describedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 12 && tokens[k].sentence === tokens[at].sentence; k--)
    if (/^[وف]?(?:وصف|وصفت|يصف|تصف|اعتبر|اعتبرت|نعت|صنف|صنفت)$/u.test(tokens[k].folded))
      return true;
  return false;
}

/** Where a name visibly ends at `at`: إن (after a comma too)، قد، في تصريح، للصحفيين، a cue. */
function visiblyClosed(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  // (، إن: a comma, then what opens the saying.)
  if (token.brk === 'clause') return SAYING_OPENERS.has(token.folded);
  if (token.brk !== 'none') return false;
  return (
    SAYING_OPENERS.has(token.folded) ||
    token.folded === 'قد' ||
    /^(?:خلال|عبر)$/u.test(token.folded) ||
    (SAYING_PLACES.has(token.folded) && SAYING_VENUES.test(bareOf(tokens[at + 1] ?? token))) ||
    toldAudience(token) ||
    !!cueOf(token.raw, token.folded)
  );
}

/** A definite word that can close a name as its family part (العمري، الحسيني، الخطيب). */
/** Participles that tell where a place lies or what it belongs to (التابع لجماعة …). */
const PLACE_RELATIONS = foldedSet(
  'التابع التابعة الواقع الواقعة المجاور المجاورة المحاذي المحاذية المتاخم المتاخمة',
);

function isFamilyWord(token: Token, givenParts: number, next?: Token, afterNext?: Token): boolean {
  if (!definite(token) || !isArabicWord(token) || RELATIVES.has(token.folded)) return false;
  // بدوار تيكخت التابع لجماعة إغيل، قرية X الواقعة على: where a place lies, no family name.
  if (PLACE_RELATIONS.has(token.folded)) return false;
  // مهرجانات بيبلوس الدولية: an adjective of bodies and events, no one's family name.
  if (isBodyNisba(token)) return false;
  // Where the name visibly ends: what opens the saying, a cue, and whom the words were told
  // (…لـ«رؤيا» إن، …لصحيفة الغد).
  const told =
    !!next &&
    (next.folded === 'ل' ||
      toldAudience(next) ||
      (next.folded[0] === 'ل' && afterNext?.folded === 'نيوز'));
  // (Or where it was said: سعاد التهامي في تصريح، عبير التلاوي على صفحتها؛ not على رأس
  // لائحة after an object: منى الأسعد الانتخابات على رأس لائحة.)
  const where =
    (!!next && /^(?:في|عبر|خلال|امام)$/u.test(next.folded)) ||
    (!!next &&
      next.folded === 'علي' &&
      next.raw.replace(/[\u064B-\u0652]/gu, '') === 'على' &&
      /^(?:ال)?(?:قناه|منصه|صفح|حساب|موقع|شاشه|هواء|اذاعه|اثير)/u.test(afterNext?.folded ?? '')) ||
    // (Or where they come from: سالم الشرفات من منطقة الصفاوي.)
    (next?.folded === 'من' && PLACE_NOUNS.has(afterNext?.folded ?? ''));
  // (Or an object with a possessive after it: افتتحت المطربة هادية محمد الأمين حفلها.)
  const owned = !!next && isOwnedNoun(next);
  const closing =
    !next ||
    ends(next.brk) ||
    SAYING_OPENERS.has(next.folded) ||
    !!cueOf(next.raw, next.folded) ||
    // (Or قد after it: وكانت النائبة هبة الشرفات قد انتقدت.)
    next.folded === 'قد' ||
    // (Or an indefinite accusative, what someone works as or is: يعمل والدها عبد الحميد
    // السيد سائقاً.)
    (TANWEEN_FATH.test(next.raw) && !definite(next)) ||
    told ||
    where ||
    owned;
  // مندوزا الإقرار: a verbal noun with the article is the verb's object; a nisba of that
  // shape where the name visibly ends is a family name (سعاد التهامي:).
  if (MASDAR.test(bareOf(token)) && !(isNisba(token.folded) && givenParts >= 1 && closing))
    return false;
  // (Not the article after و or ف, but a foreign family name that opens so, after a given
  // name and where the name visibly ends: جنيفر والتون:، كريستوف والتز إن.)
  const foreign =
    token.folded.startsWith('وال') &&
    givenParts >= 1 &&
    (!next || ends(next.brk) || SAYING_OPENERS.has(next.folded)) &&
    !isLexical(token.folded.slice(1)) &&
    !isLexical(bareOf(token)) &&
    !isNisba(token.folded.slice(1)) &&
    roleHeadOf(bareOf(token)) === null;
  if ((token.folded.startsWith('وال') && !foreign) || token.folded.startsWith('فال')) return false;
  if (TIME_WORDS.has(token.folded)) return false;
  // نوال إبراهيم الخلف: after given names, الخلف is a family (not "the back").
  if (token.folded === 'الخلف' && givenParts >= 1) return true;
  // سعاد الصديق إن، وفاء الطيب:: a given name with the article after a given name, where
  // the name visibly ends, is the family name (not "the friend", "the good").
  if (givenParts >= 1 && closing && DEFINITE_GIVEN_NAMES.has(token.folded)) return true;
  if (
    isLexical(bareOf(token)) &&
    !(isNisba(token.folded) && givenParts >= 1 && !ADJECTIVES.has(bareOf(token)))
  ) {
    // مصطفى كامل الجندي: a nisba after a given name is a family name even when it is also
    // a noun. محمد الأمين بوعلام، محمد الأمين ولد الشيخ: a word like a role inside a name, when
    // the name goes on after it.
    const goesOn =
      !!next &&
      !ends(next.brk) &&
      (isJoiner(next) || isNameWord(next, true) || isNisba(next.folded));
    // الصادق محمد الأمين: such a word may also close a name of two given names.
    const atEnd =
      closing || FUNCTION_WORDS.has(next?.folded ?? '') || NUMBERS.has(next?.folded ?? '');
    // كمال الحاج إن، سعاد السيد،: a family name like a title, where the name plainly ends.
    // (حامد الأمين، وهو تاجر: الأمين, الأمير and their kin too, after one given name.)
    const closes =
      (givenParts >= 2 && atEnd) ||
      (givenParts >= 1 &&
        atEnd &&
        (TITLE_FAMILIES.has(token.folded) || ROLE_LIKE_NAMES.has(token.folded)));
    // يوسف الشاعر، سامي القاضي: a trade that is a family name, after a known given name and
    // where the name ends.
    const trade = givenParts >= 1 && atEnd && TRADE_NAMES.has(token.folded);
    // محمد الصغير بلعربي، أحمد الكبير بوزيد: young and old, inside a name that goes on
    // after them, tell a man from his namesake; a family name follows.
    const epithet = givenParts >= 1 && goesOn && EPITHET_NAMES.has(token.folded);
    // رياض عبد الكريم المقدم،: a rank or a title after two given names, where the name
    // closes, is the family name (a rank stands before the name it is of, never after).
    const rank = givenParts >= 2 && closing && HONORIFICS.has(bareOf(token));
    if (!trade && !epithet && !rank && (!(goesOn || closes) || !ROLE_LIKE_NAMES.has(token.folded)))
      return false;
  }
  // A definite plural is an object (دعا فلان الطرفين إلى …), not a family name; where the
  // name visibly ends, it is one (عبلة المحادين إن، نضال العبداللات،).
  const plural =
    /(?:ات|ون)$/u.test(token.folded) || (token.folded.endsWith('ين') && token.folded.length >= 7);
  // Never a dual (الدولتين، الجهتين) nor a word of a quoted name.
  const dual = token.folded.endsWith('تين');
  if (plural && !(givenParts >= 1 && closing && !dual && !token.quoted)) return false;
  // محمد عبد الله أحمد الحاج على منصة: a family word after a chain of given names, where the
  // name ends.
  return isNisba(token.folded) || givenParts <= 2 || closing;
}
/** What someone founds and runs, after مؤسِّسة (founder) in construct: شركة، منصة، مبادرة. */
const FOUNDED = foldedSet('شركة منصة مبادرة جمعية مجموعة علامة مشروع متجر مصنع تطبيق استوديو');
/** Adjectives of bodies and events (الدولية، الوطنية، الأممية): never a family name. */
const BODY_NISBAS = foldedSet('دولي أممي حكومي رسمي إقليمي وطني عالمي قومي اتحادي خيري حقوقي');
const isBodyNisba = (token: Token) =>
  definite(token) && BODY_NISBAS.has(bareOf(token).replace(/ه$/u, ''));
/** طلب، فضّلت، رفض: asked (not to be named), before عدم ذكر اسمه and its kin. */
export const ASKED_NOT_TO = foldedSet('طلب طلبت فضل فضلت رفض رفضت اشترط اشترطت');
const NOT_NAMED = foldedSet('عدم الكشف ذكر');
const NAME_PARTICLES = foldedSet('فان دير دي دا دو لا دن فون ابن');
/** Words that end a Persian or Kurdish family name: كاظمي نيا، حسن زاده. */
const NAME_ENDINGS = foldedSet('نيا زاده بور وند فر فرد');
/** Cities of the world a role's place may end on, in one word (برلين). */
const WORLD_CITIES = foldedSet(
  [
    'برلين باريس لندن روما مدريد موسكو واشنطن بكين طوكيو أنقرة طهران جنيف نيويورك بروكسل',
    'فيينا إسطنبول اسطنبول أثينا ستوكهولم أوسلو كوبنهاغن وارسو لشبونة دكار نيروبي لاغوس',
    'كراتشي مومباي دلهي جاكرتا سيول هامبورغ ميونخ ميلانو برشلونة مرسيليا ليون تورونتو',
    'مونتريال شيكاغو لاهاي ستراسبورغ',
  ].join(' '),
);
const DIRECTIONS = foldedSet('شمالي جنوبي شرقي غربي شمال جنوب شرق غرب وسط');
const PLACE_PRONOUNS = foldedSet('تحته تحتها فوقه فوقها عنده عندها معه معها لديه لديها');
const ROLE_LIKE_NAMES = foldedSet('الأمين الأمير المهندس الشيخ الحاج السيد الملك');
const TRADE_NAMES = foldedSet(
  'الشاعر القاضي الكاتب النقيب الإمام الخطيب التاجر الصياد الصانع الراعي المعلم الحارس الطبيب الناظر المفتي',
);

const isJoiner = (token: Token | undefined) => !!token && JOINERS.has(token.folded);

/** The end of a name that starts at `from`, or `from` when there is none. */
/** عمها، خالته، أخيه، جدتهم: an uncle, an aunt, a brother… with a possessive. */
const OWNED_RELATIVE = /^(?:عم|خال|اخ|اخي|جد|عمت|خالت|اخت|جدت)(?:ه|ها|هم|هما)$/u;

/** الأسبوع، الخميس، صباح: a time, which a name may be followed by (not an object). */
const isTime = (token: Token | undefined): boolean =>
  !!token &&
  (TIME_WORDS.has(token.folded) ||
    /^ال(?:اسبوع|شهر|عام|سنه|يوم|ليله|صباح|مساء)$/u.test(token.folded));

/**
 * A noun no list knows as a name, right before a definite noun that is no nisba (طرفي النزاع،
 * عراجين التمر): the verb's object in construct, where a name has already been read.
 */
const objectInConstruct = (token: Token, next: Token | undefined): boolean =>
  !definite(token) &&
  genderOfGivenName(token.folded) === null &&
  !isWrittenGivenName(token.raw) &&
  !!next &&
  next.brk === 'none' &&
  definite(next) &&
  !isNisba(next.folded);

/**
 * The subject at `from` follows a verb whose object takes ب, in the same clause (no break
 * and no other verb of saying between: ورحبت الجزائر بالقرار وقال وزير خارجيتها …).
 */
function biVerbBefore(tokens: readonly Token[], from: number): boolean {
  for (let at = from - 1; at >= 0 && from - at <= 10; at--) {
    if (ends(tokens[at + 1].brk) && at + 1 < from) return false;
    // (طالب bare is a student: وقال طالب الدكتوراه.)
    if (GOVERNS_BI.test(tokens[at].folded) && tokens[at].folded !== 'طالب') return true;
    if (cueOf(tokens[at].raw, tokens[at].folded)?.kind === 'verb') return false;
  }
  return false;
}

/**
 * بنجاح الاقتراع، بجهود الحكومة، بالقرار: ب on a noun in construct with a definite one, or
 * with the article; not a family name with ب (بلحاج، بوعزة، بنعبد الله، بيريز بقرار).
 */
function biObjectAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token.folded.startsWith('بال')) return true;
  if (/^بنعبد/u.test(token.folded) || isWrittenGivenName(token.raw)) return false;
  return !!next && next.brk === 'none' && definite(next);
}

export function nameEnd(tokens: readonly Token[], from: number): number {
  // جدد المجلس دعوته الجمهورية الإيرانية إلى: a noun with ة and a possessive (دعوته،
  // كلمتها) is what the verb renews or gives, never the first word of a name.
  const ownedFirst = tokens[from];
  if (
    ownedFirst &&
    /^[\u0621-\u064A]{2,}ت(?:ه|ها|هم|هما)$/u.test(
      ownedFirst.raw.replace(/[\u064B-\u0652\u0640]/gu, ''),
    ) &&
    isOwnedNoun(ownedFirst) &&
    // (Not a foreign name's ة-less ending: ميته لارسن، تقول بريجيته، وهي; but a family's
    // word always: وقالت أسرته، في بيان.)
    ((!!tokens[from + 1] && !ends(tokens[from + 1].brk) && definite(tokens[from + 1])) ||
      /^(?:اسرت|عايلت|زوجت|ابنت|والدت|شقيقت|جدت|عمت|خالت|اخت)(?:ه|ها|هم)$/u.test(ownedFirst.folded))
  )
    return from;
  // رفيق دربه، رفيقة دربها: a companion of the road, not the given name رفيق.
  if (
    /^[وف]?رفيق(?:ه)?$/u.test(tokens[from]?.folded ?? '') &&
    /^درب(?:ه|ها|هم)$/u.test(tokens[from + 1]?.folded ?? '')
  )
    return from;
  // معلم طلب عدم ذكر اسمه، موظف فضّل عدم الكشف عن هويته: a verb asking not to be named.
  if (ASKED_NOT_TO.has(tokens[from]?.folded ?? '') && NOT_NAMED.has(tokens[from + 1]?.folded ?? ''))
    return from;
  // أم لثلاثة أطفال، أب لطفلين: a mother or father of so many children, no kunya.
  if (
    /^(?:ام|اب|ابو)$/u.test(tokens[from]?.folded ?? '') &&
    OF_CHILDREN.test(tokens[from + 1]?.folded ?? '')
  )
    return from;
  // بحسب شهادات جمعتها، حكايات الجدة: a plural of things after "according to", or in
  // construct with a definite noun, opens no name (عبيدات، بركات، رئيس اللجنة are names).
  const plural = tokens[from];
  if (
    plural &&
    /^[\u0621-\u064A]{4,}ات$/u.test(plural.folded) &&
    !isWrittenGivenName(plural.raw) &&
    (/^[وف]?(?:بحسب|حسب|وفق|وفقا|بموجب)$/u.test(tokens[from - 1]?.folded ?? '') ||
      (!!tokens[from + 1] &&
        !ends(tokens[from + 1].brk) &&
        // (Or before يدعى: صاحب محل حلويات يدعى فلان.)
        (definite(tokens[from + 1]) ||
          /^[وف]?(?:يدعي|تدعي|يكني|تكني)$/u.test(tokens[from + 1].folded))))
  )
    return from;
  // قالت موجهة حديثها إلى الوزير: a participle and what it governs, with its possessive,
  // say how, and name no one.
  const owned = tokens[from + 1];
  if (
    // (A feminine participle as written, with ة: not مورينو قوله, a name and قوله.)
    /^م[\u0621-\u064A]{3,}$/u.test(tokens[from]?.folded ?? '') &&
    /ة[\u064B-\u0652]*$/u.test(tokens[from].raw) &&
    !!owned &&
    !ends(owned.brk) &&
    // (Or a preposition: وتابعت معلقة على كلامه.)
    // (As written: علي is a name, على the preposition.)
    (isOwnedNoun(owned) ||
      /^(?:على|عن|في|إلى|الى)$/u.test(owned.raw.replace(/[\u064B-\u0652]/gu, ''))) &&
    genderOfGivenName(tokens[from].folded) === null &&
    !isWrittenGivenName(tokens[from].raw)
  )
    return from;
  // أمين منطقة عسير، أمين عام الحزب، أمين العاصمة: the office, not the given name أمين
  // (أمين الجميل is a name).
  if (
    /^امين(?:ه)?$/u.test(tokens[from]?.folded ?? '') &&
    !!tokens[from + 1] &&
    !ends(tokens[from + 1].brk) &&
    (/^(?:منطقه|مدينه|محافظه|العاصمه|عام|سر|عمان|بغداد)$/u.test(tokens[from + 1].folded) ||
      BODY_HEADS.has(tokens[from + 1].folded))
  )
    return from;
  // نفى الوزير صدور أي قرار: a noun before أي (any) is in construct with it, no name.
  if (
    /^(?:اي|ايه)$/u.test(tokens[from + 1]?.folded ?? '') &&
    !ends(tokens[from + 1].brk) &&
    genderOfGivenName(tokens[from]?.folded ?? '') === null
  )
    return from;
  // نشرت اللاعبة صورة من المباراة: a frequent object opens no name (unless it is a given
  // name too: رؤية).
  const first = tokens[from];
  if (
    first &&
    OBJECT_NOUNS.has(first.folded) &&
    !PEOPLE_OBJECTS.has(first.folded) &&
    genderOfGivenName(first.folded) === null &&
    !isWrittenGivenName(first.raw)
  )
    return from;
  // صاحب محل لبيع التوابل: ل or ب on a noun in construct with a definite one opens no name.
  const opening = tokens[from];
  const after = tokens[from + 1];
  if (
    opening &&
    /^[لب][\u0621-\u064A]{3,}$/u.test(opening.folded) &&
    !/^(?:بو|بن|بل)/u.test(opening.folded) &&
    genderOfGivenName(opening.folded) === null &&
    !isWrittenGivenName(opening.raw) &&
    after &&
    !ends(after.brk) &&
    definite(after) &&
    !isNisba(after.folded) &&
    // (بهاء الدين: a name, not ب on a noun.)
    !laqabAt(tokens, from)
  )
    return from;
  let at = from;
  let units = 0;
  let given = 0;
  let family = 0;
  let plain = 0;
  // الزهراء منت محمد فال، الحسن بن علي: a given name with the article.
  if (startsDefiniteName(tokens, from)) {
    at++;
    units++;
    given++;
  }
  while (at < tokens.length && units < MAX_NAME_UNITS) {
    const token = tokens[at];
    if (at > from && ends(token.brk)) break;
    if (SPEECH_OBJECTS.has(token.folded)) break;
    // ودعا الوزير أحمد علي سعاد الخطيب إلى: a man's name of two words, then a woman's given
    // name and a word after it, is someone else, the verb's object.
    if (
      units >= 2 &&
      genderOfGivenName(tokens[from].folded) === 'm' &&
      genderOfGivenName(tokens[at - 1].folded) === 'm' &&
      genderOfGivenName(token.folded) === 'f' &&
      !definite(token) &&
      !!tokens[at + 1] &&
      tokens[at + 1].brk === 'none' &&
      // (An Arabic family name with the article or her father's given name after it: not
      // دا سيلفا، يرلي كايا, foreign names the lists take for a woman's.)
      ((definite(tokens[at + 1]) &&
        !FUNCTION_WORDS.has(tokens[at + 1].folded) &&
        !isNisba(tokens[at + 1].folded)) ||
        genderOfGivenName(tokens[at + 1].folded) === 'm')
    )
      break;
    // يواصل فلان محمد الحسن تألقه: after a family word with the article, a noun with a
    // possessive is the verb's object, never a word of the name.
    // (A common noun or a verbal noun under the pronoun: not زنكنه, a family name.)
    const ownedStem = token.folded.replace(/(?:ه|ها|هم)$/u, '');
    if (
      at > from + 1 &&
      definite(tokens[at - 1]) &&
      isOwnedNoun(token) &&
      !isJoiner(token) &&
      (isLexical(ownedStem) ||
        isVerbalNoun(ownedStem) ||
        /^ت[\u0621-\u064A]{3,4}$/u.test(ownedStem))
    )
      break;
    // لم يُخفِ ياسين بلعربي امتعاضه: so after any family word, a derived verbal noun of five
    // letters or more (امتعاض، استياء، انزعاج) under a possessive.
    if (
      at > from + 1 &&
      isOwnedNoun(token) &&
      !isJoiner(token) &&
      ownedStem.length >= 5 &&
      MASDAR.test(ownedStem)
    )
      break;
    // لانا حداد-شولتس حلقات بودكاست: a family name of two joined by a hyphen, after the
    // given name, ends the name.
    // (Not where the second is a particle that the family name goes on after: صبرينة
    // لوكاس-بن عيسى، نادية الإدريسي-فان دام.)
    if (
      at > from + 2 &&
      tokens[at - 1].brk === 'hyphen' &&
      token.brk === 'none' &&
      tokens[at - 2].brk === 'none' &&
      isKnownGivenName(tokens[at - 3]) &&
      !isKnownGivenName(tokens[at - 2]) &&
      !isJoiner(tokens[at - 1]) &&
      !isJoiner(token)
    )
      break;
    // أحمد سالم للعربية.نت: an outlet's domain, whom the words were told, ends the name.
    if (
      at > from &&
      tokens[at + 1]?.brk === 'hyphen' &&
      /^(?:نت|كوم)$/u.test(tokens[at + 1].folded)
    )
      break;
    // تصريحاً للعميد فلان جاء فيه: the text's verb, after the name.
    if (at > from && token.folded === 'جاء' && /^فيه(?:ا)?$/u.test(tokens[at + 1]?.folded ?? ''))
      break;
    // سائحة تدعى كيارا بيانكوني جاءت من ميلانو: a verb of coming, then where from or to.
    if (
      at > from + 1 &&
      /^(?:جاء|جاءت|جات|قدم|قدمت|وصل|وصلت|عاد|عادت)$/u.test(token.folded) &&
      /^(?:من|الي|مع)$/u.test(tokens[at + 1]?.folded ?? '')
    )
      break;
    // أما فاطمة الزهراء فلا تبدو قلقة: ف and a particle answering أما end the name (not فان,
    // the van of Dutch names, which فإن folds to; nor فكي، a name).
    if (at > from && /^ف(?:لا|لم|لن|قد|هو|هي|ما|انه|انها)$/u.test(token.folded)) break;
    // أما الجدة أم حمد فتتولى: ف and a present verb answer أما too.
    if (
      at > from &&
      /^ف[يتن][\u0621-\u064A]{3,}$/u.test(token.folded) &&
      !isKnownGivenName(token) &&
      // (A present verb as its shapes say, not فيرنانديز، فيريرا, names after أما.)
      (isPresentVerb({ ...token, folded: token.folded.slice(1), raw: token.raw.slice(1) }) ||
        /^ف[يتن]ت[\u0621-\u064A]{2,3}$/u.test(token.folded)) &&
      // (Not a name before the answer's own ف: لوران فينغر فيرى.)
      !/^ف/u.test(tokens[at + 1]?.folded ?? '') &&
      afterAmma(tokens, from)
    )
      break;
    // بائعة خضار طلبت عدم نشر اسمها: asking not to be named ends the words before it.
    if (ASKED_NOT_TO.has(token.folded) && NOT_NAMED.has(tokens[at + 1]?.folded ?? '')) break;
    // مريم أبو بكر ضاحكة: the manner of saying ends the name.
    if (at > from && MANNER.has(token.folded)) break;
    // ويستقبل عبد السلام ثلاثة من المتدربين: a number is no name, nor opens one (أعلنت
    // الحداد ثلاثة أيام; ست البنات is a name).
    if ((at > from || token.folded !== 'ست') && NUMBERS.has(token.folded)) break;
    // دعا أنطونيو غوتيريش الهند وباكستان: after a name of two words, a country is the verb's
    // object.
    if (units >= 2 && COUNTRIES.has(token.folded)) break;
    // وصف نائب الوزير علي أصغر نوروزي المحادثات بأنها: a definite plural of things or a
    // verbal noun right before بأن is what was described.
    const as = tokens[at + 1];
    // (After a name of three words: محمد خالد العبيدات بأنه ends with the family name.)
    // (Or of two, a verbal noun of the shape مفاعلات: أوزغور بيلغيتش المحادثات بأنها.)
    if (
      (units >= 3 ||
        (units >= 2 &&
          /^ال(?:م|ت)[\u0621-\u064A]{3,}ات$/u.test(token.folded) &&
          /^بان(?:ها|هم)$/u.test(tokens[at + 1]?.folded ?? '') &&
          describedBefore(tokens, from))) &&
      definite(token) &&
      !!as &&
      !ends(as.brk) &&
      /^بان(?:ه|ها|هم|هما)?$/u.test(as.folded) &&
      (/ات$/u.test(token.folded) || isVerbalNoun(withoutArticle(token.folded)))
    )
      break;
    // وصفت زعيمة الحزب إليزابيث غرابر النتيجة بأنها: after a name of two words and a verb
    // of describing, a definite noun right before بأن is what was described.
    if (
      units >= 2 &&
      definite(token) &&
      !isNisba(token.folded) &&
      !ends(tokens[at + 1]?.brk ?? 'sentence') &&
      /^بان(?:ه|ها|هم|هما)?$/u.test(tokens[at + 1].folded) &&
      describedBefore(tokens, from) &&
      // (Not after given names alone, whose family name it is: ووصف العقيد محمد خالد
      // العبيدات بأنه.)
      !tokens.slice(from, at).every((word) => isKnownGivenName(word))
    )
      break;
    // تقول أم ياسر لشفق نيوز: an outlet the words were told to (… نيوز) is no name.
    if (at > from && /^ل/u.test(token.folded) && tokens[at + 1]?.folded === 'نيوز') break;
    // أقامت السفيرة كريستينا فالكوني حفل استقبال: after a name of two words, what the verb
    // does or gives.
    // (After a kunya too: زوجته أم رامي تفرش الأقمشة.)
    // (Not a family name of a present verb's shape that a comma closes: محمد علي يلدز، الذي.)
    // (A Turkish name's ي and a strong last letter: not تبكي، يداوي، يمشي.)
    const closedFamily =
      isPresentVerb(token) &&
      /^ي[\u0621-\u064A]+[^اوي]$/u.test(token.folded) &&
      !AFTER_NAME.has(token.folded) &&
      !cueOf(token.raw, token.folded) &&
      !!tokens[at + 1] &&
      tokens[at + 1].brk === 'clause' &&
      !/^[وف]/u.test(token.folded);
    // (Or after a given name of two words with عبد: كان الحاج عبد الفتاح يغلق دفتر
    // الحسابات; not a known given name of that shape, عبد الفتاح يوسف.)
    const compoundGiven =
      units === 1 &&
      at === from + 2 &&
      /^عبد$/u.test(tokens[from].folded) &&
      // (His verb: ي, not ت, which opens family names as well, عبد المجيد تبون.)
      /^ي/u.test(token.folded) &&
      isPresentVerb(token) &&
      genderOfGivenName(token.folded) === null &&
      !isWrittenGivenName(token.raw) &&
      !!tokens[at + 1] &&
      !ends(tokens[at + 1].brk);
    // (Not a word of that list right before إن or قوله, which no verb of doing and no
    // object takes there: فادي سليم كرم إن, كرم the family name, not "honoured".)
    const nameBeforeSaying =
      AFTER_NAME.has(token.folded) &&
      !definite(token) &&
      !cueOf(token.raw, token.folded) &&
      !!tokens[at + 1] &&
      tokens[at + 1].brk === 'none' &&
      (SAYING_OPENERS.has(tokens[at + 1].folded) || SPEECH_OBJECTS.has(tokens[at + 1].folded));
    if (
      (units >= 2 || (units >= 1 && kunyaGender(tokens[from]) !== null) || compoundGiven) &&
      followsName(token) &&
      !closedFamily &&
      !nameBeforeSaying
    )
      break;
    // يلخّص خليل الحايكي الحكاية: after a family name of the nisba's shape, a definite noun
    // written with ة is what the verb does, not a second family name.
    if (
      units >= 2 &&
      definite(token) &&
      /ة[\u064B-\u0652]*$/u.test(token.raw) &&
      definite(tokens[at - 1]) &&
      isNisba(tokens[at - 1].folded) &&
      /ي[\u064B-\u0652]*$/u.test(tokens[at - 1].raw) &&
      genderOfGivenName(tokens[from].folded) !== null
    )
      break;
    // تجلس أم علي خلف طاولة: after a kunya and its child's name, a preposition of place
    // (خلف is a family name after a given name, not after a kunya).
    if (
      at === from + 2 &&
      kunyaGender(tokens[from]) !== null &&
      /^(?:خلف|امام|قرب|وسط|داخل|بجانب|عند|فوق|تحت|جانب)$/u.test(token.folded)
    )
      break;
    // لا يستبعد هوزان تكرار المحاولة: a verbal noun in construct with a definite noun after a
    // given name is the verb's object.
    const genitive = tokens[at + 1];
    if (
      at > from &&
      given >= 1 &&
      (isMasdar(token, true) || TAFAAL.has(token.folded)) &&
      !definite(token) &&
      !!genitive &&
      genitive.brk === 'none' &&
      definite(genitive) &&
      !isNisba(genitive.folded) &&
      genderOfGivenName(token.folded) === null &&
      !isWrittenGivenName(token.raw)
    )
      break;
    // شقيقها مارك حبات التين، إيمان دمية طينية: a plural in construct with a definite noun,
    // or a noun with an indefinite adjective of its own, is the verb's object.
    const adjective = tokens[at + 1];
    if (
      at > from &&
      !definite(token) &&
      !!adjective &&
      adjective.brk === 'none' &&
      genderOfGivenName(token.folded) === null &&
      !isWrittenGivenName(token.raw) &&
      // (Not a family name in ات before a role: محمد بركات المتحدث باسم الوزارة.)
      ((/^[\u0621-\u064A]{2,}ات$/u.test(token.folded) &&
        definite(adjective) &&
        !isNisba(adjective.folded) &&
        // (Nor one where the name visibly ends after the definite word: عاطف بركات الحديد
        // في تصريح، إن.)
        !(units === 1 && visiblyClosed(tokens, at + 2)) &&
        roleHeadOf(bareOf(adjective)) === null &&
        !BODY_HEADS.has(bareOf(adjective))) ||
        // (A feminine noun and its feminine adjective: not أبو هنية، آل عطية.)
        (!definite(adjective) &&
          !isJoiner(token) &&
          /ة[\u064B-\u0652]*$/u.test(token.raw) &&
          /ية[\u064B-\u0652]*$/u.test(adjective.raw) &&
          isNisba(`ال${adjective.folded}`)))
    )
      break;
    // يتفقد محمد الهادي بن صالح عراجين التمر: after a name of two words, a broken plural of
    // the shape فعاليل (عراجين، صناديق، دكاكين) in construct with a definite noun is the
    // verb's object.
    const ofPlural = tokens[at + 1];
    if (
      units >= 2 &&
      // (Or فواعل: قوائم، جوائز.)
      /^(?:[\u0621-\u064A]{2}ا[\u0621-\u064A]ي[\u0621-\u064A]|[\u0621-\u064A]وا[\u0621-\u064A]{2})$/u.test(
        token.folded,
      ) &&
      objectInConstruct(token, ofPlural) &&
      // (Not before a time: المحامي سامي يوسف دراويش الخميس; nor before a role or a title
      // that follows a family name: خالد محمود نوافل المتحدث باسم البلدية.)
      !isTime(ofPlural) &&
      roleHeadOf(bareOf(ofPlural)) === null &&
      !HONORIFICS.has(bareOf(ofPlural)) &&
      !isTitle(ofPlural)
    )
      break;
    // دعا موسى كامارا طرفي النزاع: after a name of two words, a dual or plural in construct
    // (طرفي، مسؤولي) before a definite noun that is no family name is the verb's object.
    const dualOf = tokens[at + 1];
    if (
      units >= 2 &&
      /^[\u0621-\u064A]{3,}ي$/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
      (token.folded === 'طرفي' || /^م[\u0621-\u064A]{3,}ي$/u.test(token.folded)) &&
      objectInConstruct(token, dualOf) &&
      !isLexical(bareOf(dualOf!)) &&
      !TITLE_FAMILIES.has(dualOf.folded) &&
      !ROLE_LIKE_NAMES.has(dualOf.folded)
    )
      break;
    // يصلح العم سالم شباكه الممزقة: a noun with a possessive pronoun, then its adjective
    // (not a family name in ته before the verb's object: دعا مارك روته الدول الأعضاء).
    if (
      at > from &&
      isOwnedNoun(token) &&
      !!tokens[at + 1] &&
      tokens[at + 1].brk === 'none' &&
      definite(tokens[at + 1]) &&
      !isNisba(tokens[at + 1].folded) &&
      (isDefiniteAdjective(tokens[at + 1].folded) ||
        /^ال(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر|اثن|قديم|جديد)/u.test(tokens[at + 1].folded) ||
        isLexical(token.folded.replace(/ه$/u, '')))
    )
      break;
    // وصف الناقد شريف النجار الرواية: a work or text with the article is the verb's object.
    if (
      at > from &&
      definite(token) &&
      (TITLE_NOUNS.has(bareOf(token)) || PRIZES.has(bareOf(token)))
    )
      break;
    // بدت الطالبة مريم عادل متوترة: after a name of two words, a participle of the form
    // متفعّلة, متفاعلة says how they look.
    if (
      units >= 2 &&
      /^مت[\u0621-\u064A]{3,}$/u.test(token.folded) &&
      /[ةا][\u064B-\u0652]*$/u.test(token.raw) &&
      genderOfGivenName(token.folded) === null &&
      !isWrittenGivenName(token.raw)
    )
      break;
    // ويعزو الخبير فلان عبد الرحيم الطاهر موجة الغلاء إلى: after a name of three words, a
    // noun in construct with a definite word (no nisba) is the verb's object.
    const genitiveAfter = tokens[at + 1];
    if (
      units >= 3 &&
      !definite(token) &&
      // (A feminine noun as written, with ة: not the last word of توماس فان دير بيرغ; or a
      // short noun no list knows as a name: تفتح فاطمة عبد الرحيم قناوي باب الوحدة.)
      (/ة[\u064B-\u0652]*$/u.test(token.raw) ||
        (/^[\u0621-\u064A]{3}$/u.test(token.folded) &&
          !NAME_PARTICLES.has(token.folded) &&
          // (Not a compound family name, دفع الله، فتح الرحمن, nor before a time.)
          !/^(?:الله|الرحمن|الرحيم|الكريم|الدين|السر|النبي|الرسول)$/u.test(
            tokens[at + 1]?.folded ?? '',
          ) &&
          !isTime(tokens[at + 1]))) &&
      !isJoiner(token) &&
      objectInConstruct(token, genitiveAfter)
    )
      break;
    // وصفت السفيرة إليانور هاستينغز الفيتو الروسي بأنه: after a name of two words, a definite
    // noun that is no nisba, with a nisba adjective after it, is the verb's object.
    const described = tokens[at + 1];
    if (
      units >= 2 &&
      definite(token) &&
      !isNisba(token.folded) &&
      !startsDefiniteName(tokens, at) &&
      !!described &&
      described.brk === 'none' &&
      definite(described) &&
      isNisba(described.folded) &&
      !closesAt(tokens, at + 2)
    )
      break;
    // لم يخف مدرب الرجاء عادل بنحمو غضبه من التحكيم: after a name of two words, a noun with
    // its possessive is the verb's object.
    // (A stem of three letters, a verbal noun's: not زنكنه، ورسمه, Kurdish and Somali names.)
    if (
      units >= 2 &&
      isOwnedNoun(token) &&
      /^[\u0621-\u064A]{3}(?:ه|ها|هم)$/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
      !closesAt(tokens, at + 1)
    )
      break;
    // الطاهر عثمان دفع الله حمّل "…" مسؤولية: after a name of two words, a verb of three
    // letters written with its shadda (حمّل، شدّد، حذّر) opens what the person did.
    if (units >= 2 && /^[\u0621-\u064A]{3}$/u.test(token.folded) && token.raw.includes('\u0651'))
      break;
    // يلف عبد الستار نسخة قديمة: a noun and its adjective after a name are its object.
    if (
      at > from &&
      NOUN_ADJECTIVES.has(tokens[at + 1]?.folded ?? '') &&
      !ends(tokens[at + 1].brk) &&
      !definite(token) &&
      genderOfGivenName(token.folded) === null &&
      !isWrittenGivenName(token.raw)
    )
      break;
    // أما عمر فيكتفي بالابتسام: after أما, the word with ف opens what is said of the topic.
    // (A verb or a particle after ف, not a name that opens with ف: ديمتري فولكوف.)
    if (
      at > from &&
      token.folded[0] === 'ف' &&
      (isPresentVerb({ ...token, folded: token.folded.slice(1), raw: token.raw.slice(1) }) ||
        (/^ف(?:قد|لم|لن|ان|انه|انها|هو|هي|ما)$/u.test(token.folded) && token.raw !== 'فان')) &&
      genderOfGivenName(token.folded) === null &&
      !isWrittenGivenName(token.raw) &&
      // (Not a family name that opens with ف, right before the ف that answers: أما السيناتور
      // دوغلاس فيرنر فقال.)
      !answersTopic(tokens[at + 1]) &&
      afterAmma(tokens, from)
    )
      break;
    // وهي تغالب دموعها: a pronoun opens a clause about the person.
    if (at > from && /^(?:وهي|وهو|وهم|وهن)$/u.test(token.folded)) break;
    // دعت المبعوثة فلانة مجلسي النواب والدولة، وزارتي المالية والاقتصاد: after a name of two
    // words, a body's noun in the dual's construct is the verb's object.
    // (With its genitive after it: not ولايتي, the family name of علي أكبر ولايتي.)
    if (
      units >= 2 &&
      isBodyDual(token.folded) &&
      !!tokens[at + 1] &&
      !ends(tokens[at + 1].brk) &&
      definite(tokens[at + 1])
    )
      break;
    // عبد الحق بوزيان ونظيرته الإسبانية: a noun with و and a possessive pronoun joins a
    // second person to the first, never a name's word.
    if (at > from && isJoinedCounterpart(token)) break;
    // حسب الرسول، حسب الله: a family name, not "according to".
    if (
      (at > from || given === 0) &&
      token.folded === 'حسب' &&
      /^(?:الله|الرسول|النبي)$/u.test(tokens[at + 1]?.folded ?? '') &&
      !ends(tokens[at + 1].brk)
    ) {
      at += 2;
      units++;
      family++;
      continue;
    }
    // ذو الفقار، ذو النون: a given name in two words that opens with ذو.
    if (
      token.folded === 'ذو' &&
      family === 0 &&
      /^ال(?:فقار|نون|كفل|يزن)$/u.test(tokens[at + 1]?.folded ?? '') &&
      !ends(tokens[at + 1].brk)
    ) {
      at += 2;
      units++;
      given++;
      continue;
    }
    if (isJoiner(token)) {
      // عبد الله، أبو بكر، بن عبد الله، آل مكتوم: the joiner takes the next word (and a
      // joiner after it its own).
      let next = at + 1;
      while (isJoiner(tokens[next]) && next - at < 3) next++;
      const word = tokens[next];
      // بن علي: علي folds like the preposition على; as written, it is a name.
      const functionWord = FUNCTION_WORDS.has(word?.folded ?? '') && !isWrittenGivenName(word.raw);
      if (!word || ends(word.brk) || functionWord || !isArabicWord(word)) break;
      // ابن عمها، بنت خالته: a kin with a possessive is a relation, not a name.
      if (OWNED_RELATIVE.test(word.folded)) break;
      at = next + 1;
      units++;
      given++;
      // آل مقرن، آل ثاني: the family of the house ends the name (فلان آل مقرن حسم الجدل).
      if (/^آل$/u.test(token.raw.replace(/[\u064B-\u0652]/gu, '')) && next === at - 1) break;
      continue;
    }
    // أورسولا فون دير لاين: after a foreign particle, the word that follows is the name's.
    if (
      at > from &&
      /^(?:فان|دير|فون|دي|دا|دو)$/u.test(tokens[at - 1].folded) &&
      token.brk === 'none' &&
      isArabicWord(token) &&
      !definite(token) &&
      !FUNCTION_WORDS.has(token.folded) &&
      !NAME_PARTICLES.has(token.folded) &&
      // (Not an article of Spanish names, which the rule below takes with its word.)
      !/^(?:لا|لو|لوس|لاس)$/u.test(token.folded) &&
      !cueOf(token.raw, token.folded)
    ) {
      at++;
      units++;
      continue;
    }
    // لويس إيناسيو لولا دا سيلفا: لولا before a particle and its word is a name (not "were
    // it not for").
    if (
      at > from &&
      token.folded === 'لولا' &&
      /^(?:دا|دي)$/u.test(tokens[at + 1]?.folded ?? '') &&
      tokens[at + 1].brk === 'none' &&
      !!tokens[at + 2] &&
      !ends(tokens[at + 2].brk)
    ) {
      at += 3;
      units += 2;
      continue;
    }
    // رامون دي لا كروز، دي لوس سانتوس: an article after a foreign particle, and its word.
    const after = tokens[at + 1];
    if (
      at > from &&
      /^(?:لا|لو|لوس|لاس)$/u.test(token.folded) &&
      /^(?:دي|دو|دا|ديل)$/u.test(tokens[at - 1].folded) &&
      after &&
      !ends(after.brk) &&
      isNameWord(after, true)
    ) {
      at += 2;
      units++;
      continue;
    }
    // عمر صديق الأمين، عبد الله مساعد الشمري: a role's word that is also a given name, then
    // a family name with the article where the name visibly ends.
    const family2 = tokens[at + 1];
    if (
      at > from &&
      given >= 1 &&
      family === 0 &&
      ROLE_GIVEN_NAMES.has(token.folded) &&
      !!family2 &&
      !ends(family2.brk) &&
      // (A family nisba ends in ي as written: not الضحية.)
      ((definite(family2) &&
        ((isNisba(family2.folded) && /ي[\u064B-\u0652]*$/u.test(family2.raw)) ||
          ROLE_LIKE_NAMES.has(family2.folded))) ||
        // (إيمان صديق عمر: or a father's given name, where the name ends.)
        (!definite(family2) && genderOfGivenName(family2.folded) === 'm')) &&
      closesAt(tokens, at + 2)
    ) {
      at += 2;
      units += 2;
      given++;
      family++;
      continue;
    }
    // إلسه ك. دي فريس، جورج دبليو. بوش: a foreign name's initial, between its given name and
    // the rest of the name.
    const afterInitial = tokens[at + 1];
    if (
      at > from &&
      given >= 1 &&
      family === 0 &&
      token.initial &&
      !!afterInitial &&
      !ends(afterInitial.brk) &&
      isArabicWord(afterInitial) &&
      !definite(afterInitial)
    ) {
      at++;
      continue;
    }
    // أندريه سيبيها في أنقرة: right after a known given name, a family name that ends in يها
    // where no word of the lists is under it, and the name ends after it (not أبيها، أخيها،
    // محاميها، موظفيها, nor ضيفيها after a family name).
    if (
      at === from + 1 &&
      isKnownGivenName(tokens[from]) &&
      // (Not ل on a noun with "her": لمتابعيها، لمحاميها، لأبيها.)
      /^[^لبك][\u0621-\u064A]+يها$/u.test(token.folded) &&
      !isLexical(token.folded.slice(0, -2)) &&
      !isLexical(token.folded.slice(0, -3)) &&
      !/^[وف]?(?:اب|اخ|ذو|حمو)يها$/u.test(token.folded) &&
      !/^[وف]?م/u.test(token.folded) &&
      endsName(tokens, at + 1)
    ) {
      at++;
      units++;
      family++;
      break;
    }
    // عبدي ولي محمد أحمد: inside a name, a word of an office (ولي، أمير) without the article,
    // right before a known given name, is a name too.
    const following = tokens[at + 1];
    if (
      at > from &&
      family === 0 &&
      !definite(token) &&
      roleHeadOf(token.folded) === token.folded &&
      !!following &&
      following.brk === 'none' &&
      isKnownGivenName(following) &&
      nameEnd(tokens, at + 1) > at + 2
    ) {
      at++;
      units++;
      continue;
    }
    // ميليسا آن غرانت، ماري آن لوران: آن (Anne) after a given name and before a word of
    // the name, not "time".
    const afterAnne = tokens[at + 1];
    if (
      at > from &&
      given >= 1 &&
      family === 0 &&
      token.raw.replace(/[\u064B-\u0652]/gu, '') === 'آن' &&
      !!afterAnne &&
      afterAnne.brk === 'none' &&
      !definite(afterAnne) &&
      isNameWord(afterAnne, true) &&
      !isLexical(afterAnne.folded)
    ) {
      at++;
      units++;
      given++;
      continue;
    }
    // بهاء الدين، عز الدين، شمس الدين: a title of the faith, one given name in two words,
    // whatever its first word means alone.
    if (family === 0 && (laqabAt(tokens, at) || (given >= 1 && compoundNameAt(tokens, at)))) {
      at += 2;
      units++;
      given++;
      continue;
    }
    const hyphenated = tokens[at + 1]?.brk === 'hyphen' && isArabicWord(token) && !definite(token);
    if (family === 0 && hyphenated && isArabicWord(tokens[at + 1])) {
      // جان-بيير، آن-كلير: one given name in two hyphenated words.
      at += 2;
      units++;
      given++;
      continue;
    }
    if (
      family === 0 &&
      (isNameWord(token, at > from) ||
        (at === from && (masdarShapedName(tokens, at) || bassemAt(tokens, at))))
    ) {
      // Three plain words make a name (سمر بني هاني); a fourth is the verb's object (مقعد)
      // unless a particle of a foreign name comes before it (لوكاس فان دير بيرغ).
      if (
        plain >= 3 &&
        !NAME_PARTICLES.has(tokens[at - 1].folded) &&
        !NAME_ENDINGS.has(token.folded) &&
        !isWrittenGivenName(token.raw) &&
        // سعاد عثمان محمد خير،: a fourth name where the name visibly ends after it.
        !(plain === 3 && endsName(tokens, at + 1) && isArabicWord(token))
      )
        break;
      // كانت زوجته سعاد تقف إلى جانبه، يقف أمام: a present verb of three letters, then a
      // preposition, is what the one named does, no family name.
      const onward = tokens[at + 1];
      if (
        at > from &&
        /^[يت][\u0621-\u064A]{2}$/u.test(token.folded) &&
        !isWrittenGivenName(token.raw) &&
        genderOfGivenName(token.folded) === null &&
        !!onward &&
        onward.brk === 'none' &&
        /^(?:الي|عند|امام|خلف|بجانب|قرب|وسط|داخل)$/u.test(onward.folded)
      )
        break;
      // رسمت الوزيرة ريما حداد صورة قاتمة: after a name of two words, a frequent object.
      if (units >= 2 && OBJECT_NOUNS.has(token.folded) && !closesAt(tokens, at + 1)) break;
      // لخّصت الإدريسي وضع السوق: a frequent object in construct with a definite noun.
      const genitive = tokens[at + 1];
      if (
        at > from &&
        OBJECT_NOUNS.has(token.folded) &&
        !!genitive &&
        !ends(genitive.brk) &&
        definite(genitive)
      )
        break;
      // سلمى بن رمضان بلقب، إيناس عبد الحليم بطلب إحاطة، يوسف أمزيان بسباق: after a name of
      // two words, ب on a record's noun, a frequent object or a verbal noun is what the verb
      // did it with (not بلقاسم، بلحاج: the rest is no such word).
      if (
        units >= 2 &&
        /^ب[\u0621-\u064A]{3,}$/u.test(token.folded) &&
        !isWrittenGivenName(token.raw) &&
        // (باعباد، باوزير: Hadrami family names with a bare alef, not بأداء.)
        !/^با/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
        ([token.folded.slice(1)].some(
          (rest) =>
            RECORD_OBJECTS.has(rest) ||
            OBJECT_NOUNS.has(rest) ||
            // (تفتتحها المغنية فلانة بحفل بعنوان …: ب on an event, what the name does.)
            EVENTS.has(rest) ||
            (isVerbalNoun(rest) && !/^(?:ال|لل)/u.test(rest)),
        ) ||
          // (Or a ب-word with its genitive after the subject of a verb that takes ب: وأشاد
          // وزير الخارجية أحمد عطاف بنجاح الاقتراع.)
          (biVerbBefore(tokens, from) && biObjectAt(tokens, at)))
      )
        break;
      plain++;
      // بعربية، بجائزة: a preposition on a noun ends the name; بوقرة، بنعيسى، بلقاسم are
      // Maghreb family names.
      // بنبرة، بصوت: the manner of saying, even where it looks like بن….
      if (at > from && isMannerPhrase(token)) break;
      // صالح باعباد، أحمد باوزير: Hadrami family names with با, where the name ends.
      // (باستغراب، باهتمام، باختصار: ب on a verbal noun that starts with ا.)
      // (Or written with a bare alef before the verb's object: طالب أبو بكر باعباد
      // السلطات; not باتجاه or باتخاذ, nor باقة الأغاني.)
      const after = tokens[at + 1];
      const hadrami =
        token.folded.startsWith('با') &&
        !/^با(?:ست|ن|[^ا]ت)/u.test(token.folded) &&
        (closesAt(tokens, at + 1) ||
          AUXILIARIES.has(after?.folded ?? '') ||
          (at > from &&
            !token.folded.startsWith('بات') &&
            // (Nor a noun of the lists or one in ة: باقة، باحة، باكورة.)
            !/(?:ه|ات)$/u.test(token.folded) &&
            !isLexical(token.folded) &&
            /^با/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
            !!after &&
            !ends(after.brk) &&
            definite(after)));
      const glued =
        at > from &&
        /^[بلك][\u0621-\u064A]{3,}$/u.test(token.folded) &&
        !/^(?:بو|بن|بل)/u.test(token.folded) &&
        !hadrami &&
        !isWrittenGivenName(token.raw);
      if (glued) {
        const rest = token.folded.slice(1);
        // بإتمام، بتغيير: a preposition on a verbal noun.
        // (لوميرسييه، لافاليه: a French name's ending written with ه, not a feminine noun's
        // ة.)
        const written = token.raw.replace(/[\u064B-\u0652\u0640]/gu, '');
        // (Nor one written with ه between two words of a foreign name that visibly ends: لارس
        // لوكه راسموسن إن.)
        const more = tokens[at + 1];
        // (The name goes on with a bare word no list knows.)
        const nameGoesOn =
          !!more &&
          more.brk === 'none' &&
          !definite(more) &&
          isNameWord(more, true) &&
          !isLexical(more.folded);
        // (Two letters between ل and ه only: لضيفه، لنظيره are a preposition's noun.)
        const inside =
          /^ل[\u0621-\u064A]{2}ه$/u.test(token.folded) &&
          nameGoesOn &&
          !isPresentVerb(more) &&
          endsName(tokens, at + 2);
        const feminine =
          written.endsWith('ة') || (rest.endsWith('ه') && !written.endsWith('يه') && !inside);
        // (كبارة، كرامة: ك on an indefinite feminine noun is rare, such a name is not.)
        // (No و after ل، ب or ك: لوبان is no ل، و and بأن.)
        // (Nor a verbal noun's shape, إفعال، inside a foreign name that goes on to a word
        // where it visibly ends: أوموت بارلاس يلدز، كارلاس.)
        const goesOn =
          /^ا[\u0621-\u064A]{2}ا[\u0621-\u064A]$/u.test(rest) &&
          !isLexical(rest, false) &&
          nameGoesOn &&
          closesAt(tokens, at + 2);
        // (Nor, after two words of a name, a last word in ة that a verb of saying or a comma
        // visibly closes and that is no known word with a preposition: مصطفى عيسى بريمة إن;
        // not بمفرده، with its pronoun.)
        // (Or after a given name the lists know: يقول سمير لعمامرة، 29 سنة.)
        const lastWord =
          (units >= 2 || (units === 1 && isKnownGivenName(tokens[from]))) &&
          written.endsWith('ة') &&
          // (Or a comma and an office in apposition: نزار بركة، وزير التجهيز والماء.)
          (visiblyClosed(tokens, at + 1) ||
            (tokens[at + 1]?.brk === 'clause' && roleHeadOf(bareOf(tokens[at + 1])) !== null)) &&
          !isLexical(rest, false) &&
          !isVerbalNoun(rest) &&
          !OBJECT_NOUNS.has(rest);
        if (
          isLexical(rest, false) ||
          (feminine && token.folded[0] !== 'ك' && !lastWord) ||
          (MASDAR.test(rest) && !goesOn)
        )
          break;
      }
      at++;
      units++;
      given++;
      // حسام الدين، سيف الإسلام: one given name in two words.
      if (tokens[at] && !ends(tokens[at].brk) && NAME_CONTINUATIONS.has(tokens[at].folded)) at++;
      continue;
    }
    // أبو بكر إعجاز، أحمد سرور: a common word right after a known given name, where the name
    // plainly ends after it (a comma, what opens the saying, where it was said), is the
    // family name.
    const closer = tokens[at + 1];
    if (
      at > from &&
      family === 0 &&
      units === 1 &&
      (isKnownGivenName(tokens[from]) || isJoiner(tokens[from])) &&
      // (Not the middle of a longer name: عبدي نور حسن معلم.)
      !(from > 0 && !ends(tokens[from].brk) && isNameWord(tokens[from - 1])) &&
      isPlainWord(token) &&
      token.folded !== 'باسم' &&
      // (A pronoun's ending is not the name's; ة written is: محمد تكالة، إن.)
      (!/(?:ا|ه|ها|هم|هما|كم|ي)$/u.test(token.folded) ||
        /[\u0621-\u064A]{2}ة$/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, ''))) &&
      !OBJECT_NOUNS.has(token.folded) &&
      // (Not before a quotation mark: مع زوجها محمود باسم "إيد الفيوم".)
      ((closesAt(tokens, at + 1) && closer?.brk !== 'mark') ||
        (!!closer &&
          SAYING_PLACES.has(closer.folded) &&
          !!tokens[at + 2] &&
          SAYING_VENUES.test(bareOf(tokens[at + 2]))) ||
        // (Or whom the words were told: دونالد ترامب للصحفيين; or what the name owns: أعلن
        // دونالد ترامب فوزه.)
        (closer?.brk === 'none' && (toldAudience(closer) || isOwnedNoun(closer))))
    ) {
      at++;
      units++;
      family++;
      break;
    }
    if (at > from && given > 0 && TITLE_FAMILIES.has(token.folded)) {
      // عدنان الحاج أحمد، نزار الحاج حسين: a family name in two words.
      const next = tokens[at + 1];
      // (Not an outlet the words were told to: كريم السيد لشفق نيوز.)
      const outlet = /^ل/u.test(next?.folded ?? '') && tokens[at + 2]?.folded === 'نيوز';
      // (Or a family word with the article: عمر الحاج التوم.)
      if (
        next &&
        !ends(next.brk) &&
        (isNameWord(next, true) || isFamilyWord(next, given + 1, tokens[at + 2], tokens[at + 3])) &&
        !outlet
      ) {
        // منى السيد عبد اللطيف: a joiner in the family name takes its word too.
        const joined = isJoiner(next) && !!tokens[at + 2] && !ends(tokens[at + 2].brk);
        at += joined ? 3 : 2;
        units++;
        family++;
        continue;
      }
    }
    if (
      at > from &&
      family === 0 &&
      isFamilyWord(token, given, tokens[at + 1], tokens[at + 2]) &&
      ((ROLE_LIKE_NAMES.has(token.folded) && isLexical(bareOf(token))) ||
        (EPITHET_NAMES.has(token.folded) &&
          !!tokens[at + 1] &&
          !ends(tokens[at + 1].brk) &&
          (isNameWord(tokens[at + 1], true) ||
            // (A family word with the article only where the name visibly ends after it:
            // not تعجن مباركة الصغيّر الطين الأحمر, the clay she kneads.)
            (isFamilyWord(tokens[at + 1], given + 1, tokens[at + 2], tokens[at + 3]) &&
              (isNisba(tokens[at + 1].folded) || closesAt(tokens, at + 2))))))
    ) {
      // محمد الأمين بوعلام، محمد الصغير بلعربي: the word like a title or an epithet is part
      // of the given name.
      at++;
      units++;
      continue;
    }
    if (at > from && family === 0 && startsDefiniteName(tokens, at)) {
      // فاطمة الزهراء أوعلي: a given name with the article, and the name goes on.
      at++;
      units++;
      given++;
      continue;
    }
    if (at > from && family === 1 && genderOfGivenName(token.folded) !== null) {
      // عمر الفاروق حسن سيد أحمد: the father's and grandfather's names after a word with the
      // article, where the whole name visibly ends.
      // (محمد الفاتح عوض الله على حسابه: given names only, where the name ends before where
      // it was said; ضرغام الحسيني محمد الكربولي في مؤتمر names a second person.)
      const rest = nameEnd(tokens, at);
      const last = tokens[rest - 1];
      const givenOnly = !!last && (!definite(last) || last.folded === 'الله');
      if (rest > at && (closesAt(tokens, rest) || (givenOnly && endsName(tokens, rest)))) at = rest;
      break;
    }
    if (at > from && family < 2 && isFamilyWord(token, given, tokens[at + 1], tokens[at + 2])) {
      // (A second family word that is no nisba only after a given name with the article, a
      // father's name, where the name plainly ends: منصور العبد اللطيف، أحمد الخلف العايد.)
      const father = tokens[at - 1];
      if (
        family === 1 &&
        !isNisba(token.folded) &&
        !(
          closesAt(tokens, at + 1) &&
          (DEFINITE_GIVEN_NAMES.has(father.folded) ||
            genderOfGivenName(withoutArticle(father.folded)) !== null ||
            father.folded === 'العبد') &&
          !TIME_WORDS.has(token.folded) &&
          !OBJECT_NOUNS.has(bareOf(token))
        )
      )
        break;
      // ووصف بن ساسي الوضع، دعا هشام بن الطاهر الأئمة: after a father's name, a definite
      // word that is no nisba is the verb's object, unless the name visibly ends there.
      if (
        !isNisba(token.folded) &&
        FATHER_JOINERS.has(tokens[at - 2]?.folded ?? '') &&
        !closesAt(tokens, at + 1) &&
        // (عادل بن أحمد الجبير قد أجرى، … في تصريح: where the name visibly ends; not خلال
        // or عبر, which follow an object as well: هشام بن الطاهر الأئمة خلال ملتقى.)
        !(
          visiblyClosed(tokens, at + 1) &&
          (!/^(?:خلال|عبر)$/u.test(tokens[at + 1]?.folded ?? '') ||
            // (Before خلال only a word no plural of people or common noun: منى بنت عيسى الجودر
            // خلال، يوسف بن أحمد العثيمين خلال; not الأئمة، العلماء، الأمريكيين.)
            (!/(?:اء|يين|ات)[\u064B-\u0652]*$/u.test(token.raw) &&
              !/^الا[\u0621-\u064A]{2,3}ه$/u.test(token.folded) &&
              !isLexical(bareOf(token))))
        )
      )
        break;
      // هدى المصري البلدية: after a family name, a body's noun is the verb's object.
      if (family === 1 && BODY_HEADS.has(bareOf(token))) break;
      // A frequent object after two given names is no family name: قيس سعيد الدول.
      // وافتتح عبد الغفار الحلقة بسؤال: after one, where the name does not visibly end there.
      if (
        !isNisba(token.folded) &&
        ((given >= 2 && OBJECT_NOUNS.has(bareOf(token))) ||
          (given >= 1 && OBJECT_NOUNS.has(bareOf(token)) && !closesAt(tokens, at + 1)) ||
          (given >= 1 && RECORD_OBJECTS.has(bareOf(token))))
      )
        break;
      at++;
      units++;
      family++;
      // محمد نور العبد الله: العبد and الله are one family name.
      if (token.folded === 'العبد' && tokens[at]?.folded === 'الله' && tokens[at].brk === 'none')
        at++;
      // هدى السعدي-باومان، ريما الحلبي-خوري: two family names joined by a hyphen.
      if (tokens[at]?.brk === 'hyphen' && isArabicWord(tokens[at]) && isNameWord(tokens[at], true))
        at++;
      // محمد الأمين ولد الشيخ: a joiner may follow a family word.
      if (isJoiner(tokens[at]) && !ends(tokens[at].brk)) family = 0;
      continue;
    }
    break;
  }
  return at;
}

const SELF = /^(?:نفسه|نفسها|نفسي|نفسهم)$/u;
/** المعروف، الملقبة، المكنى: known by a name (the verbs are `CALLED_BY`). */
const KNOWN_AS_NAME = /^[وف]?(?:المعروف|المعروفه|الملقب|الملقبه|المكني|المكنيه)$/u;
/**
 * عرّفت نفسها باسم زينب، قدّمت نفسها لاحقاً باسم لمى: باسم "by the name" after oneself, an
 * adverb (with tanween, or فقط) between or not.
 */
export function byNameAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.folded !== 'باسم') return false;
  if (SELF.test(tokens[at - 1]?.folded ?? '')) return true;
  // التي يعرفها الجيران باسم أم حيدر، المعروف بين أهله باسم: after a verb of knowing or
  // calling someone, in the same clause.
  // (A verb right before it takes باسم as its subject: ويعرفها باسم يوسف منذ أيام الجامعة.)
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const known = CALLED_BY.test(tokens[k].folded) || KNOWN_AS_NAME.test(tokens[k].folded);
    if (known && (k < at - 1 || /^[وف]?ال/u.test(tokens[k].folded))) return true;
    if (ends(tokens[k].brk)) break;
  }
  const adverb = tokens[at - 1];
  return (
    !!adverb &&
    (/\u064B/u.test(adverb.raw) || adverb.folded === 'فقط') &&
    SELF.test(tokens[at - 2]?.folded ?? '')
  );
}

/**
 * باسم عبد الجبار الخفاجي: Bassem, a given name, where a name word without the article
 * follows (باسم الحكومة is "on behalf of the government").
 */
function bassemAt(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    tokens[at].folded === 'باسم' &&
    isWrittenGivenName(tokens[at].raw) &&
    !byNameAt(tokens, at) &&
    !!next &&
    !ends(next.brk) &&
    !definite(next) &&
    (isJoiner(next) || isKnownGivenName(next))
  );
}

/** A given name with the article, followed by the rest of the name. */
function startsDefiniteName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  // السوق العربي، الشارع الطاهر: right after a definite noun that is no role or title, the
  // word is that noun's adjective (after المحامي or الدكتور it is a name).
  const before = tokens[at - 1];
  const adjective =
    !!before &&
    !!token &&
    !ends(token.brk) &&
    // (للإعلام العربي: the article under a preposition too, before العربي, the one given name
    // that is also an adjective; not للاتحاد المنجي الورغي, a name after a body.)
    (definite(before) ||
      (/^(?:بال|لل)[\u0621-\u064A]{2,}$/u.test(before.folded) && token.folded === 'العربي')) &&
    !isNisba(before.folded) &&
    // …في السوق العربي: the noun is a preposition's object, not a role's last word.
    (/^(?:في|من|علي|عن|الي)$/u.test(tokens[at - 2]?.folded ?? '') ||
      /^(?:بال|لل)/u.test(before.folded)) &&
    roleHeadOf(bareOf(before)) === null &&
    !HONORIFICS.has(bareOf(before)) &&
    !isWrittenGivenName(before.raw);
  // الباحث في علم الاجتماع العائلي الهاشمي بن داود: a given name with the article the lists
  // know, right before a father's joiner, opens a name wherever it stands.
  if (
    !!token &&
    !!next &&
    DEFINITE_GIVEN_NAMES.has(token.folded) &&
    /^(?:بنت|منت|بن|ولد)$/u.test(next.folded) &&
    next.brk === 'none' &&
    !!tokens[at + 2] &&
    !ends(tokens[at + 2].brk)
  )
    return true;
  // قالت الدهماء بنت محمد: a word with the article before a father's joiner, no nisba,
  // no role and no common word, is a given name, right after a verb of saying.
  if (
    token &&
    next &&
    !!before &&
    cueOf(before.raw, before.folded)?.kind === 'verb' &&
    !adjective &&
    definite(token) &&
    /^(?:بنت|منت|بن|ولد)$/u.test(next.folded) &&
    next.brk === 'none' &&
    !isNisba(token.folded) &&
    roleHeadOf(bareOf(token)) === null &&
    !isLexical(bareOf(token)) &&
    tokens[at + 2] &&
    !ends(tokens[at + 2].brk)
  )
    return true;
  return (
    !!token &&
    !adjective &&
    DEFINITE_GIVEN_NAMES.has(token.folded) &&
    // (الصديق المقرب، الصديق المشترك: "the friend", with its adjective.)
    // (محمد الصديق العلوي: after a given name, with a family nisba, the name it is.)
    !(
      token.folded === 'الصديق' &&
      !!next &&
      definite(next) &&
      !(isNisba(next.folded) && at > 0 && isKnownGivenName(tokens[at - 1]))
    ) &&
    !!next &&
    !ends(next.brk) &&
    (isJoiner(next) ||
      isNameWord(next, true) ||
      // رحاب الصادق المبروك، محمد المختار النور: a family name with the article after it.
      (definite(next) &&
        // الأمين الوطني، الأمين التنفيذي: an office, not a given name and its family.
        (!isNisba(next.folded) || !ROLE_LIKE_NAMES.has(token.folded)) &&
        !isLexical(bareOf(next)) &&
        !TIME_WORDS.has(next.folded)))
  );
}
export const DEFINITE_GIVEN_NAMES = foldedSet(
  'الزهراء السعدية العنود الجوهرة الهنوف البندري الزوهرة اليازية الحسن الحسين الصديق العربي المختار الطاهر الهادي المهدي البشير الصادق الطيب المنصف الأسعد الحبيب المنجي الناصر المكي الأمين الشاذلي الحارث العباس الفضل الوليد المعتصم المنذر الزبير المعز النعمان الصالح المبروك السعيد الجيلاني المولدي الزين العيد الشيباني الهواري السالمة الغالية السالك الخليل المصطفى الفاتح التجاني الفاضل المبارك الداه التهامي العروسي الماحي السالكة الميلودي الجيلالي الغالي المعطي العياشي الحافظ العاقب المرتضى المحجوب المأمون',
);

/** Those who speak on behalf of a body (المتحدث باسم …). */
const SPOKESPEOPLE = foldedSet('ناطق متحدث');

/**
 * معالي، سمو، فخامة، سعادة: courtesy titles of office that are never a name, before a name
 * the lists may not know (معالي حمود بن سعيد الوهيبي).
 */
export const COURTESY_TITLES = foldedSet(
  'معالي سمو فخامة سعادة عطوفة فضيلة سماحة نيافة غبطة قداسة',
);

/** أم يوسف، أبو خالد: the gender a kunya tells, or null for any other word. */
export function kunyaGender(token: Token): Gender | null {
  if (token.folded === 'ام') return 'f';
  // (بو راشد: the Gulf's kunya, written without its alef.)
  return token.folded === 'ابو' || token.folded === 'بو' ? 'm' : null;
}

/** فقال، فقد، فإن: a word that opens what is said of a topic after أما, with nothing before it. */
const answersTopic = (token: Token | undefined): boolean =>
  !!token &&
  token.brk === 'none' &&
  token.folded[0] === 'ف' &&
  (/^ف(?:قد|ان|انه|انها)$/u.test(token.folded) ||
    (token.folded.length > 3 && !!cueOf(token.raw.slice(1), token.folded.slice(1))));
/** Whether the words before `from`, in its sentence, open with أما (the topic's frame). */
function afterAmma(tokens: readonly Token[], from: number): boolean {
  for (let at = from - 1; at >= 0 && from - at <= 12; at--) {
    if (/^[وف]?اما$/u.test(tokens[at].folded)) return true;
    if (tokens[at].brk === 'sentence') return false;
  }
  return false;
}

/**
 * What follows a subject's name of two words and is never a word of it: what the verb does
 * or gives (أقام فلان حفل استقبال، جدد فلان التزام بلاده، رفع فلان درجة الاستعداد), a
 * present verb that opens the next clause (جلست سعاد أيت باها تحمل ابنتها), or a feminine
 * noun with a possessive pronoun, its ة written ت (يختم أبو شادي سهرته).
 */
function followsName(token: Token): boolean {
  // تشنغ، يونغ، تانغ: a Chinese or English -ng written نغ ends no Arabic verb.
  if (/نغ$/u.test(token.folded)) return false;
  return (
    AFTER_NAME.has(token.folded) ||
    PLACES_CAME_IN.has(token.folded) ||
    isPresentVerb(token) ||
    // (A present verb of a root that ends weak: تبكي، يمشي، يداوي; not تركي، يسري, names.)
    (/^[يت](?:[^اوي]{2}|[^اوي]ا[^اي])ي$/u.test(token.folded) &&
      genderOfGivenName(token.folded) === null &&
      !isWrittenGivenName(token.raw)) ||
    (!definite(token) &&
      /^[\u0621-\u064A]{3,}ت(?:ه|ها|هم)$/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, '')))
  );
}

/** الستيني، الأربعينية: someone of an age in decades. */
export const OF_DECADES =
  /^ال(?:عشريني|ثلاثيني|اربعيني|خمسيني|ستيني|سبعيني|ثمانيني|تسعيني)(?:ه)?$/u;

/** شباكه، حقيبتها: a noun with a possessive pronoun as written (ه, not the ة of a name). */
export function isOwnedNoun(token: Token): boolean {
  const raw = token.raw.replace(/[\u064B-\u0652\u0640]/gu, '');
  return (
    /^[\u0621-\u064A]{3,}(?:ه|ها|هم)$/u.test(raw) &&
    // (عبده، عبدالله، بلفقيه، لافاليه: names.)
    !/(?:يه|الله|عبده)$/u.test(raw) &&
    !definite(token) &&
    genderOfGivenName(token.folded) === null &&
    !isWrittenGivenName(token.raw)
  );
}

/** Words of a role or kin that are given names too (صديق، مساعد، نجم، قائد). */
const ROLE_GIVEN_NAMES = foldedSet('صديق مساعد نجم قائد مرشد');
/** Objects that are people (a caller, a guest; ضيف الله is a name): they may open a mention. */
const PEOPLE_OBJECTS = foldedSet('متصل متصلة ضيف ضيفة ضيوف راحل فقيد');
/** What an athlete wins (أحرزت فلانة الميدالية الذهبية): the verb's object, no family name. */
// (لقب and مركز are in TITLE_NOUNS already.)
const PRIZES = foldedSet('ميدالية كأس رقم ذهبية فضية برونزية');
/** السنوي، الشهري: how often a report comes out. */
const PERIODIC = foldedSet(
  'السنوي السنوية الشهري الشهرية الأسبوعي الأسبوعية الفصلي الفصلية الدوري الدورية',
);
/** العام الماضي، العام المقبل: "last year", "next year". */
const YEAR_AFTER = foldedSet('الماضي المقبل الحالي الجاري القادم المنصرم');
/** Where a party stands, said after its name (حزب النهضة المعارض): no word of the name. */
const STANDING = foldedSet('المعارض المعارضة الحاكم الموالي الموالية المقرب المقربة');

/** The nouns of what one does or gives and the verbs of what officials do, in news. */
const AFTER_NAME = foldedSet(`حفل حفلا حفلة عقد اجتماع اجتماعا قمة التزام
  أبعد أكثر أقل أبعد أشد أوضح أسرع أعمق
  شكوى شكوي جائزة جوائز كلمة كلمته كلمتها رسالة رسالته رسالتها زيارة زيارته زيارتها
  تحذير تحذيرا تهنئة تهنئته شكر شكره شكرها اعتذار اعتذاره اعتذارها دعوة دعوته دعوتها
  موقف موقفه موقفها تأكيد تأكيده تأكيدها حرص حرصه حرصها ترحيب ترحيبه ترحيبها قلق قلقه
  قلقها استياء استياءه استياءها رفض رفضه رفضها دعم دعمه دعمها خطة مشروع مبادرة مؤتمرا
  مؤتمر ندوة لقاء لقاءات محاضرة تقريرا بيانا بيان تصريحا تصريحات
  رفع قرر أصدر وجه أطلق افتتح تفقد زار استقبل ترأس شارك حضر
  التقى ناقش وقع أجرى تسلم منح كرم دشن أجرت افتتحت تفقدت زارت استقبلت ترأست شاركت حضرت
  التقت ناقشت وقعت كرمت دشنت أطلقت أصدرت وجهت قررت رفعت
  أجواء طموحات تفاصيل ملامح أسباب نتائج مشاعر آمال مخاوف أبعاد كواليس أسرار ظروف
  معاناة رؤيته رؤيتها حصيلة أهمية أهداف خطورة
  مستمعي مشاهدي متابعي محبي جمهور جماهير`);

/** Numbers in words, which end a name (عبد السلام ثلاثة من المتدربين). */
const NUMBERS = foldedSet(`اثنان اثنين اثنتان اثنتين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة
  سبع ثمانية ثماني تسعة تسع عشرة عشر عشرات مئة مائة مئات ألف آلاف`);

/** لثلاثة، لطفلين، ل5: "of three (children)", after أم or أب. */
// (أم لأحد الضحايا، أب لشهيد، أم للأسير: of someone the story counts, not a kunya; أم لجين
// and أبو لؤي are kunyas.)
const OF_CHILDREN =
  /^ل(?:[0-9]|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر|طفل|اطفال|ولد|بنت|احد|ال|ل|شهيد|ضحي|اسير|معتقل|مفقود|جريح|قتيل|جندي|طالب|تلميذ|تلاميذ|ابن|ابناء)/u;

/** Words inside a chain of names (بن الطيب، ولد أحمدو، أبو بكر): what follows is no title. */
const NASAB = foldedSet('بن ابن بنت ولد منت أبو أم عبد آل');

/**
 * A nisba that is a given name opening a name (، الهادي بن رمضان، / ، المكي العلوي): not a
 * nationality to step over before the name.
 */
function opensWithGivenNisba(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    DEFINITE_GIVEN_NAMES.has(tokens[at].folded) &&
    !!next &&
    !ends(next.brk) &&
    !isKnownGivenName(next) &&
    (NASAB.has(next.folded) || isNameWord(next, true))
  );
}

/** Titles before a name (الدكتور، المهندسة): skipped only where a name follows them. */
/**
 * Ranks and titles that are also given names: رائد أبو شقرا is Raed (the rank is
 * الرائد), شيخة المهيري is Shaikha, سيد أحمد and سيدي محمد are compound given names (the
 * title is السيد).
 */
const RANK_NAMES = foldedSet('رائد أمير شيخة أميرة سيد سيدي ملك');

/**
 * Whether an indefinite title (مهندسة، سيدة، دكتور) is one here: only before a known given
 * name or a name joiner. Before anything else it is a noun: مهندسة برمجيات، سيدة كانت تشتري.
 */
function titleBeforeName(token: Token, next: Token | undefined): boolean {
  if (definite(token) || !next || COURTESY_TITLES.has(token.folded)) return true;
  // (د. بيبي، م. زيلان: a title cut short with its full stop, then any name.)
  if (token.initial && /^[دم]$/u.test(token.raw)) return true;
  return (
    isWrittenGivenName(next.raw) ||
    !!genderOfGivenName(next.folded) ||
    isJoiner(next) ||
    HONORIFICS.has(bareOf(next)) ||
    DEFINITE_GIVEN_NAMES.has(next.folded)
  );
}

/** اللواء أركان حرب فلان: the Egyptian staff officer's grade, two words, before a name. */
function staffOfWar(tokens: readonly Token[], at: number): boolean {
  const name = tokens[at + 2];
  return (
    tokens[at]?.folded === 'اركان' &&
    tokens[at + 1]?.folded === 'حرب' &&
    tokens[at + 1].brk === 'none' &&
    !!name &&
    !ends(name.brk) &&
    (isNameWord(name) || isJoiner(name))
  );
}

function skipHonorifics(tokens: readonly Token[], from: number): number {
  let at = from;
  while (
    at < tokens.length &&
    !(RANK_NAMES.has(tokens[at].folded) && !definite(tokens[at])) &&
    titleBeforeName(tokens[at], tokens[at + 1]) &&
    (at === from || !ends(tokens[at].brk)) &&
    (HONORIFICS.has(bareOf(tokens[at])) ||
      // عم سيد بيومي، خالة نجاة: an elder called uncle or aunt before a known given name (not
      // عم الضحية, the victim's uncle).
      (ELDER_TITLES.has(tokens[at].folded) &&
        !!tokens[at + 1] &&
        tokens[at + 1].brk === 'none' &&
        isKnownGivenName(tokens[at + 1]))) &&
    tokens[at + 1] &&
    !ends(tokens[at + 1].brk) &&
    (isNameWord(tokens[at + 1]) ||
      isJoiner(tokens[at + 1]) ||
      HONORIFICS.has(bareOf(tokens[at + 1])) ||
      staffOfWar(tokens, at + 1) ||
      (RANK_GRADES.has(tokens[at + 1].folded) &&
        !!tokens[at + 2] &&
        !ends(tokens[at + 2].brk) &&
        tokens[at + 2].folded !== 'الدين' &&
        (isNameWord(tokens[at + 2]) ||
          isJoiner(tokens[at + 2]) ||
          HONORIFICS.has(bareOf(tokens[at + 2])) ||
          RANK_GRADES.has(tokens[at + 2].folded))) ||
      // اللواء الفاتح عبد الله، مولانا الطيب محمد: a given name with the article.
      startsDefiniteName(tokens, at + 1))
  ) {
    at++;
    // الفريق أول، الملازم الثاني: a rank's grade after it, then the name or more titles.
    // (And ركن, a staff officer's: الفريق أول ركن، اللواء الركن; not ركن الدين, a name.)
    for (;;) {
      const grade = tokens[at];
      const after = tokens[at + 1];
      if (staffOfWar(tokens, at)) {
        at += 2;
        continue;
      }
      if (
        grade &&
        RANK_GRADES.has(grade.folded) &&
        !ends(grade.brk) &&
        after &&
        !ends(after.brk) &&
        after.folded !== 'الدين' &&
        (isNameWord(after) ||
          isJoiner(after) ||
          HONORIFICS.has(bareOf(after)) ||
          RANK_GRADES.has(after.folded))
      )
        at++;
      else break;
    }
  }
  return at;
}

/** Whether a word in a role or body wants a genitive after it (construct state). */
function wantsGenitive(token: Token): boolean {
  const { folded } = token;
  // للاعبي، لمزارعي: ل on a sound plural in construct (its ل is no article's).
  if (/^ل(?:م[\u0621-\u064A]{3,}|[\u0621-\u064A]ا[\u0621-\u064A]{2})ي$/u.test(folded)) return true;
  if (isDefinite(folded) || folded.startsWith('لل') || folded.startsWith('بال')) return false;
  // لحزب، بوزارة: a preposition glued on a construct noun.
  const stripped = folded.slice(1);
  const bare =
    (folded[0] === 'ل' || folded[0] === 'ب') &&
    folded.length > 3 &&
    (CONSTRUCT_NOUNS.has(stripped) || BODY_HEADS.has(stripped) || roleHeadOf(stripped) !== null)
      ? stripped
      : folded;
  const head = roleHeadOf(bare);
  if (head !== null && bare !== head && bare !== `${head}ه`) return false;
  if (bare === folded && isOwnedKin(folded, token.raw)) return false;
  if (
    ANONYMOUS_HEADS.has(bare) &&
    roleHeadOf(bare) === null &&
    !BODY_HEADS.has(bare) &&
    !CONSTRUCT_NOUNS.has(bare)
  )
    return false;
  if (
    CONSTRUCT_NOUNS.has(bare) ||
    roleHeadOf(bare) !== null ||
    BODY_HEADS.has(bare) ||
    ANONYMOUS_HEADS.has(bare)
  )
    return true;
  // A sound plural in construct: مزارعي، موظفي، ممثلي.
  return /^م[\u0621-\u064A]{3,}ي$/u.test(bare);
}

/** Nouns among the function words that may stand in a construct chain: معهد دراسة الحرب. */
const GENITIVE_NOUNS = foldedSet(`دعم دراسة دراسات رعاية حماية تنمية تطوير تعليق تقرير نشرة
  ضرورة أهمية التزام استمرار`);
const isQuoted = (token: Token | undefined) => !!token?.quoted;
const GENERAL = foldedSet('عام عامة');
/** أحد المحتجين، بعض السكان: someone among many, never followed by their name. */
const QUANTIFIERS = foldedSet('أحد إحدى بعض أحدى عشرات مئات آلاف');
const CIRCUMSTANCE = foldedSet('في خلال عبر أثناء عقب بعد قبيل قبل بعيد إثر');
/** ذي قار، ذو الكفل: a place name in two words. */
const PLACE_JOINERS = foldedSet('ذي ذو ذات البو');
/** بني سويف، عين مليلة، سيدي بوزيد: places in two words, in a role's genitive. */
/** Heads that take a place's proper name: جامعة نابولي، مقاطعة خاركيف. */
const CITY_HEADS = foldedSet('جامعة مدينة مقاطعة ولاية محافظة إقليم بلدية جهة منطقة');
/** Verbal nouns of the shape تفعال (the shape of توران، تاتار too, so a list). */
const TAFAAL = foldedSet('تكرار تجوال تذكار تبيان ترداد تطواف تسيار');
/** Bodies another body is part of (لجنة الحكام في الاتحاد …), not buildings or places. */
const INSTITUTIONS = foldedSet(`اتحاد حكومة وزارة مجلس لجنة هيئة بنك مصرف جيش منظمة جمعية
  نقابة رابطة مؤسسة شركة إدارة مديرية دائرة مكتب قيادة برلمان حزب محكمة نيابة`);
/** Places and institutions named after someone with a title (جامعة القاضي عياض). */
export const NAMED_AFTER = foldedSet(
  'جامعة مستشفى مسجد جامع مدرسة مطار مركز معهد كلية مجمع مؤسسة قاعة شارع ميناء ملعب',
);
/** The ordinals kings are numbered by: محمد السادس، عبد الله الثاني. */
const REGNAL = foldedSet('الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر');
/**
 * The end of a king's name at `at` (a known given name, with the article or not, or عبد and
 * its word, then his ordinal), or `at` where there is none.
 */
function regnalNameEnd(tokens: readonly Token[], at: number): number {
  const given = tokens[at];
  if (!given || ends(given.brk)) return at;
  let next = at + 1;
  if (given.folded === 'عبد' && tokens[next] && !ends(tokens[next].brk)) next++;
  else if (!isKnownGivenName(given) && genderOfGivenName(withoutArticle(given.folded)) === null)
    return at;
  const ordinal = tokens[next];
  return ordinal && !ends(ordinal.brk) && REGNAL.has(ordinal.folded) ? next + 1 : at;
}
/** A city head, with its preposition too: بجامعة بنغازي. */
const isCityHead = (token: Token) =>
  CITY_HEADS.has(token.folded) ||
  (/^[بل]/u.test(token.folded) && CITY_HEADS.has(token.folded.slice(1)));
const PLACE_HEADS = foldedSet('بني عين سيدي بئر راس رأس تل دير كفر خان برج سوق جبل ريف وادي');

/** The people a body appeals to or calls on after ب (أهابت الوزارة بأولياء الأمور). */
const ADDRESSED_PEOPLE = foldedSet(`أولياء أهالي مواطنين مواطنات المواطنين سكان أبناء طلاب طلبة
  تلاميذ أسر عائلات مستهلكين مزارعين تجار سائقين جماهير مشجعين`);

/** Nouns whose و is their own first letter, no conjunction: the object after a body's name. */
const WAW_NOUNS = foldedSet(`وسائل وسائط وثائق وظائف ودائع واردات وقود وجهاء وفود وحدات وعود
  ولايات وقائع وجبات وصايا وسطاء وكلاء وكالات`);

/** Skips a quoted name inside a role or body: بنك الاستثمار "النيل كابيتال"، لشركة «سحابة». */
function skipQuotedName(tokens: readonly Token[], at: number): number {
  let next = at;
  while (
    isQuoted(tokens[next]) &&
    (next === at || !ends(tokens[next].brk) || tokens[next].brk === 'mark')
  )
    next++;
  return next;
}

/**
 * The end of a construct chain whose head is at `from`: an indefinite noun takes the next
 * word as its genitive (وزير خارجية فرنسا، غرفة تجارة عمّان، مدير آثار ذي قار), a definite
 * one ends it; then the definite adjectives and و-joined nouns after it (الروسي، والري).
 */
function chainEnd(tokens: readonly Token[], from: number): number {
  return chainEndFrom(tokens, from, tokens[from]);
}

/** Places named with the article, in a region's name: الدار البيضاء-سطات. */
const PLACE_WORDS_WITH_ARTICLE = foldedSet(
  'الدار البيضاء الرباط الحسيمة القنيطرة العيون الداخلة الساقية الحمراء',
);
/** Bodies attached to a court or a state (النيابة لدى المحكمة، السفارة لدى الفلبين). */
const ATTACHED_BODIES = foldedSet('نيابة سفارة بعثة مندوبية ممثلية');
/** المكلفة، المعنية، المختصة: a body's participle that takes what it is charged with. */
const CHARGED_WITH = foldedSet('المكلف المكلفة المعني المعنية المختص المختصة');

/**
 * The end of what a body is charged with, from `at` after its participle: ب on a noun
 * (بالصيد البحري، بحالات الاختفاء القسري) or من and a body (من مجلس النواب), with the
 * nouns in construct and the adjectives after it; `at` itself where none follows.
 */
function chargedWithEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (!first || ends(first.brk)) return at;
  let k = at;
  if (first.folded === 'من') k++;
  else if (!/^ب[\u0621-\u064A]{3,}$/u.test(first.folded)) return at;
  const noun = tokens[k];
  if (!noun || ends(noun.brk) || !isArabicWord(noun) || FUNCTION_WORDS.has(noun.folded)) return at;
  // (After من, a body that charged it: not من جهتها، من جانبها.)
  if (k > at && !BODY_HEADS.has(bareOf(noun)) && !INSTITUTIONS.has(bareOf(noun))) return at;
  k++;
  // (Nouns in construct, adjectives with the article, up to a break or a word of the
  // sentence: a day, a role or a title opens what follows, اللجنة المكلفة بالتحقيق الثلاثاء.)
  while (
    k < tokens.length &&
    k < at + 7 &&
    !ends(tokens[k].brk) &&
    (definite(tokens[k]) || /^(?:بال|وال|لل)/u.test(tokens[k].folded)) &&
    !SAYING_OPENERS.has(tokens[k].folded) &&
    !TIME_WORDS.has(tokens[k].folded) &&
    !TIME_WORDS.has(bareOf(tokens[k])) &&
    roleHeadOf(bareOf(tokens[k])) === null &&
    !HONORIFICS.has(bareOf(tokens[k]))
  )
    k++;
  return k;
}

// Adjectives that say what kind of body it is, not which: الوكالة الأممية، المنظمة الحقوقية
// are the agency and the organisation named before.
const GENERIC_NISBAS = foldedSet(`أممي دولي حكومي رسمي محلي إقليمي خيري إنساني حقوقي أهلي مدني
  عسكري أمني طبي صحي قضائي إغاثي أكاديمي بحثي مركزي`);
function isGenericNisba(token: Token): boolean {
  const bare = bareOf(token);
  return (
    definite(token) && (GENERIC_NISBAS.has(bare) || GENERIC_NISBAS.has(bare.replace(/ه$/u, '')))
  );
}

const SO_CALLED = foldedSet('يسمى تسمى يعرف تعرف يطلق');
/**
 * ما يسمى «…»، ما يُعرف بـ"…": a name quoted after "so-called", standing where a genitive or
 * a preposition's object stands (رئيس ما تسمى "اللجنة الوطنية"، المتحدث باسم ما يعرف
 * بـ"التنسيقية"). Returns the end of the quoted name, or -1.
 */
function soCalledEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.folded !== 'ما' || !SO_CALLED.has(tokens[at + 1]?.folded ?? '')) return -1;
  let quoted = at + 2;
  if (tokens[quoted]?.folded === 'ب' || tokens[quoted]?.folded === 'عليه') quoted++;
  // رئيس ما يسمى لجنة شؤون الأسرى: the so-called name without quotation marks.
  if (!isQuoted(tokens[quoted]))
    return tokens[quoted] &&
      !ends(tokens[quoted].brk) &&
      isArabicWord(tokens[quoted]) &&
      wantsGenitive(tokens[quoted])
      ? chainEnd(tokens, quoted)
      : -1;
  return skipQuotedName(tokens, quoted);
}

/** The end of a royal's name at `at`: one given name (عبد الله as one), and بن … after it. */
function royalNameEnd(tokens: readonly Token[], at: number): number {
  const unit = (k: number) =>
    isJoiner(tokens[k]) && tokens[k + 1] && !ends(tokens[k + 1].brk) ? 2 : 1;
  let end = at + unit(at);
  while (
    tokens[end + 1] &&
    !ends(tokens[end].brk) &&
    !ends(tokens[end + 1].brk) &&
    /^(?:بن|ابن)$/u.test(tokens[end].folded)
  )
    end += 1 + unit(end + 1);
  return Math.min(end, tokens.length);
}

/** Places whose name opens with أم (أم درمان، أم قصر): never a kunya there. */
const UMM_PLACES = foldedSet('درمان قصر الفحم صلال القيوين روابة الرصاص الخير');

/** chainEnd with the head read as `head` (a word with و taken off). */
function chainEndFrom(tokens: readonly Token[], from: number, head: Token): number {
  let at = from + 1;
  // رابطة معتقلي ومفقودي سجن صيدنايا، جهاز تنفيذ وإدارة مشروع النهر الصناعي: a noun joined
  // by و to a noun in construct shares its genitive.
  const sharesGenitive = (noun: Token, after: Token | undefined): boolean => {
    if (
      !/^و[\u0621-\u064A]{3,}$/u.test(noun.folded) ||
      ends(noun.brk) ||
      definite(noun) ||
      isWrittenGivenName(noun.raw) ||
      !after ||
      ends(after.brk)
    )
      return false;
    const joined: Token = { ...noun, folded: noun.folded.slice(1), raw: noun.raw.slice(1) };
    return wantsGenitive(joined) || (isVerbalNoun(joined.folded) && !isKnownGivenName(after));
  };
  // An indefinite noun right before a definite one is in construct with it (اقتصاديات
  // الطاقة), whether or not the lists know it.
  const ownConstruct = (index: number): boolean => {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (index > from && !definite(token) && !!next && sharesGenitive(next, tokens[index + 2]))
      return true;
    // مدربها الحبيب الورتاني، مدربه كريم بوزيد: a role with a possessive takes no genitive;
    // a name after it is its holder's.
    if (isOwnedRole(token)) return false;
    // طالبت نقابة أطباء مصر وسائل الإعلام: a country's or a capital's name is definite, the
    // last of a chain; what follows it is the verb's object.
    if (index > from && (COUNTRIES.has(token.folded) || BARE_CAPITALS.has(token.folded)))
      return false;
    if (wantsGenitive(token)) return true;
    // ولاية ساو باولو، بلدية سان جوزيه: a saint's word opens a place's name of two words.
    if (
      /^(?:سان|سانت|سانتا|سانتو|ساو)$/u.test(token.folded) &&
      index > from &&
      !!next &&
      !ends(next.brk) &&
      !definite(next) &&
      isNameWord(next)
    )
      return true;
    // محكمة جنح مدينة نصر: a noun without the article, then a place's noun and its name.
    const placeName = tokens[index + 2];
    if (
      index > from &&
      !definite(token) &&
      !!next &&
      !ends(next.brk) &&
      !definite(next) &&
      isPlaceNoun(next.folded) &&
      !!placeName &&
      !ends(placeName.brk) &&
      !definite(placeName) &&
      isNameWord(placeName)
    )
      return true;
    // متحدث باسم منظمة الصحة العالمية: "on behalf of" a body, named with or without the
    // article.
    if (
      token.folded === 'باسم' &&
      index > from &&
      !!next &&
      !ends(next.brk) &&
      (BODY_HEADS.has(bareOf(next)) || INSTITUTIONS.has(bareOf(next)))
    )
      return true;
    // مشروع إعادة تأهيل الأسواق: a verbal noun in construct with the next.
    if (
      !definite(token) &&
      isVerbalNoun(token.folded) &&
      genderOfGivenName(token.folded) === null &&
      !!next &&
      !ends(next.brk) &&
      !isKnownGivenName(next)
    )
      return true;
    // في جامعة نابولي جوفاني روسّي، في مقاطعة خاركيف أولينا بوندارينكو: a university or a
    // province takes the one word of its place's name, which no list knows, before a name.
    // (With its preposition too: أستاذة الاقتصاد بجامعة بنغازي سالمة الفيتوري.)
    if (
      isCityHead(token) &&
      !!next &&
      !ends(next.brk) &&
      !definite(next) &&
      !isKnownGivenName(next) &&
      isNameWord(next) &&
      !!tokens[index + 2] &&
      !ends(tokens[index + 2].brk) &&
      isNameWord(tokens[index + 2])
    )
      return true;
    // مهرجانات بيبلوس الدولية، مهرجان قرطاج الدولي: a proper name as the genitive, known by
    // the body's adjective after it.
    const adjective = tokens[index + 2];
    if (
      !definite(token) &&
      next &&
      !ends(next.brk) &&
      !definite(next) &&
      isNameWord(next) &&
      adjective &&
      !ends(adjective.brk) &&
      isBodyNisba(adjective)
    )
      return true;
    return (
      !definite(token) &&
      !token.folded.startsWith('لل') &&
      !!next &&
      !ends(next.brk) &&
      // (A country's name is definite without the article: غرفة تجارة وصناعة عُمان; after a
      // noun of a body's or a role's name only, not after a name: وحذرت وكالة موديز مصر.)
      (definite(next) ||
        // جمعية أسر ضحايا السير، رابطة أهالي معتقلي الرأي: a noun in construct with a noun
        // in construct with a definite one.
        // (In a body's name, near its head only: after a place's name, أمانة محافظة جدة
        // درجة الاستعداد, the noun is a verb's object; not before الله, ذبيح الله, nor an
        // adjective, برو أزول المدافعة.)
        (index <= from + 1 &&
          BODY_HEADS.has(bareOf(head)) &&
          !BARE_CAPITALS.has(token.folded) &&
          !COUNTRIES.has(token.folded) &&
          !definite(next) &&
          !isKnownGivenName(next) &&
          !isWrittenGivenName(next.raw) &&
          !/^(?:[يتن][\u0621-\u064A]{3,}|[\u0621-\u064A]{3,}(?:وا|ت))$/u.test(next.folded) &&
          !!tokens[index + 2] &&
          !ends(tokens[index + 2].brk) &&
          definite(tokens[index + 2]) &&
          !/^ال(?:له|م[\u0621-\u064A]{3,}|[\u0621-\u064A]{3,}(?:ي|يه))$/u.test(
            tokens[index + 2].folded,
          ) &&
          !isKnownGivenName(tokens[index + 2])) ||
        ((COUNTRIES.has(next.folded) || BARE_CAPITALS.has(next.folded)) &&
          (wantsGenitive({ ...token, folded: token.folded.replace(/^و/u, '') }) ||
            /ة[\u064B-\u0652]*$/u.test(token.raw)))) &&
      !isWrittenGivenName(token.raw) &&
      !HONORIFICS.has(bareOf(next))
    );
  };
  // رابطة دوري نجوم قطر، اتحاد كرة قدم الكويت: after a body's noun, nouns without the
  // article up to a country's name right before a break are all its name.
  const toCountry = (index: number): boolean => {
    // (With ل or ب on it in a role's tail: المدير التنفيذي لرابطة دوري نجوم قطر.)
    const own = bareOf(head);
    if (!BODY_HEADS.has(own) && !BODY_HEADS.has(own.replace(/^(?:لل|ل|بال|ب)/u, ''))) return false;
    for (let k = index + 1; k <= index + 3 && tokens[k] && !ends(tokens[k].brk); k++) {
      const word = tokens[k];
      if (COUNTRIES.has(word.folded) || BARE_CAPITALS.has(word.folded))
        return (k > index + 1 || index > from) && (!tokens[k + 1] || ends(tokens[k + 1].brk));
      // (A word that is also a given name too, نجوم: no one's name ends on a country.)
      if (word.quoted || definite(word) || FUNCTION_WORDS.has(word.folded) || !isArabicWord(word))
        return false;
    }
    return false;
  };
  const construct = (index: number): boolean => ownConstruct(index) || toCountry(index);
  let needs = head === tokens[from] ? construct(from) : wantsGenitive(head);
  // في برج حمود، في عين الحلوة: a place head takes the word of its name with it.
  if (
    PLACE_HEADS.has(head.folded) &&
    tokens[at] &&
    !ends(tokens[at].brk) &&
    isNameWord(tokens[at])
  ) {
    at++;
    needs = construct(at - 1);
  }
  while (needs && at < tokens.length && (!ends(tokens[at].brk) || isQuoted(tokens[at]))) {
    if (isQuoted(tokens[at])) {
      at = skipQuotedName(tokens, at);
      break;
    }
    const genitive = tokens[at];
    // لجنة أطباء أم درمان، ميناء أم قصر: a place whose name opens with أم, no kunya.
    if (
      genitive.folded === 'ام' &&
      tokens[at + 1] &&
      !ends(tokens[at + 1].brk) &&
      UMM_PLACES.has(tokens[at + 1].folded)
    ) {
      at += 2;
      needs = false;
      break;
    }
    // (The noun joined to the one before, sharing its genitive: ومفقودي سجن صيدنايا.)
    // (Or the first, glued to ل or ب in a role's tail: لإدارة واستثمار مرفأ بيروت.)
    if (
      (at > from + 1 || /^[لب]/u.test(tokens[from].folded)) &&
      !definite(tokens[at - 1]) &&
      sharesGenitive(genitive, tokens[at + 1])
    ) {
      at++;
      continue;
    }
    // عميد بلدية ودّان الهادي أبو بكر الزوي: after a place's own name (no noun of the
    // lists), a given name with the article starts its holder's name.
    if (
      at > from + 1 &&
      definite(genitive) &&
      !definite(tokens[at - 1]) &&
      !wantsGenitive(tokens[at - 1]) &&
      !isVerbalNoun(tokens[at - 1].folded) &&
      !isLexical(tokens[at - 1].folded) &&
      isCityHead(tokens[at - 2]) &&
      startsDefiniteName(tokens, at)
    )
      break;
    // في بلاغ وصفت فيه، في بيان قال فيه: a verb about the text, not its genitive.
    if (
      /^(?:فيه|فيها)$/u.test(tokens[at + 1]?.folded ?? '') &&
      (cueOf(genitive.raw, genitive.folded) || /^وصف(?:ت)?(?:ه|ها|هم)?$/u.test(genitive.folded))
    )
      break;
    const soCalled = soCalledEnd(tokens, at);
    if (soCalled > 0) {
      at = soCalled;
      break;
    }
    // أطباء بلا حدود، مراسلون بلا حدود: "without" and its noun inside a name.
    if (genitive.folded === 'بلا' && tokens[at + 1] && !ends(tokens[at + 1].brk)) {
      at += 2;
      needs = false;
      break;
    }
    // (صندوق دعم المبادرات، مركز دعم القرار، معهد دراسة الحرب: a noun of the frequent
    // words in construct with a definite noun.)
    const supports =
      GENITIVE_NOUNS.has(genitive.folded) &&
      !!tokens[at + 1] &&
      !ends(tokens[at + 1].brk) &&
      definite(tokens[at + 1]);
    if ((FUNCTION_WORDS.has(genitive.folded) && !supports) || TIME_WORDS.has(genitive.folded))
      break;
    // معلمة كانت تنتظر دورها: a verb of being starts a clause about the role, never its genitive.
    if (AUXILIARIES.has(genitive.folded)) break;
    if (isPresentVerb(genitive) && !VERB_SHAPED_NOUNS.has(genitive.folded)) break;
    // مدير عام دائرة …، أمين عام الحزب: عام stands between the head and its genitive.
    if (GENERAL.has(genitive.folded)) {
      at++;
      continue;
    }
    // An indefinite adjective is no genitive: متحدث عسكري، مسؤول رفيع. (Not one that does
    // not agree with its head: رئيس فيدرالية is the president of a federation.)
    // (Nor a masculine one after a feminine body: رابطة دوري السيدات.)
    const disagrees =
      (roleHeadOf(bareOf(tokens[at - 1])) === bareOf(tokens[at - 1]) &&
        !/[ةه][\u064B-\u0652]*$/u.test(tokens[at - 1].raw) &&
        /ة[\u064B-\u0652]*$/u.test(genitive.raw)) ||
      (BODY_HEADS.get(bareOf(tokens[at - 1])) === 'f' &&
        /ة[\u064B-\u0652]*$/u.test(tokens[at - 1].raw) &&
        /ي$/u.test(genitive.folded) &&
        !definite(tokens[at - 1]) &&
        !!tokens[at + 1] &&
        !ends(tokens[at + 1].brk) &&
        definite(tokens[at + 1])) ||
      // (Nor one of the nouns up to a country that end a body's name: لرابطة دوري نجوم قطر.)
      toCountry(at - 1) ||
      // مرصد حرية الصحافة، مرصد شفافية الانتخابات: a feminine noun after a masculine body's
      // noun, before a definite one, could not describe it: it is in construct.
      (BODY_HEADS.get(bareOf(tokens[at - 1])) === 'm' &&
        !definite(tokens[at - 1]) &&
        !/[ةه][\u064B-\u0652]*$/u.test(tokens[at - 1].raw) &&
        /ة[\u064B-\u0652]*$/u.test(genitive.raw) &&
        !!tokens[at + 1] &&
        !ends(tokens[at + 1].brk) &&
        definite(tokens[at + 1])) ||
      // جامعة بنغازي، ولاية نابولي: a place's name after a feminine city head, shaped like a
      // masculine nisba that could not describe it.
      (isCityHead(tokens[at - 1]) &&
        /ة[\u064B-\u0652]*$/u.test(tokens[at - 1].raw) &&
        /ي$/u.test(genitive.folded) &&
        !definite(genitive));
    if (
      !disagrees &&
      !definite(genitive) &&
      !CONSTRUCT_NOUNS.has(genitive.folded) &&
      !/^م[\u0621-\u064A]{3,}ي$/u.test(genitive.folded) &&
      // اتحاد ناشري الكتب، رابطة صانعي المحتوى: a plural of doers in construct, before
      // what they do.
      !(
        /^[\u0621-\u064A]ا[\u0621-\u064A]{2}ي$/u.test(genitive.folded) &&
        !!tokens[at + 1] &&
        !ends(tokens[at + 1].brk) &&
        definite(tokens[at + 1])
      ) &&
      !/ى$/u.test(genitive.raw) &&
      // شرطة أبوظبي، شرطة دبي: places that end like a nisba.
      !/^(?:ابو|دبي$)/u.test(genitive.folded) &&
      // (Nor a country's name after an office: وزير خارجية مالي، رئيس جيبوتي.)
      !(COUNTRIES.has(genitive.folded) && !/ة[\u064B-\u0652]*$/u.test(genitive.raw)) &&
      (ADJECTIVES.has(genitive.folded) || isNisba(`ال${genitive.folded}`))
    )
      break;
    at++;
    // محامي أسرة المجني عليها: a participle's preposition with its pronoun goes with it.
    if (
      tokens[at] &&
      !ends(tokens[at].brk) &&
      PRONOUN_PREPOSITIONS.has(tokens[at].folded) &&
      /^(?:ال)?م/u.test(genitive.folded) &&
      definite(genitive)
    ) {
      at++;
      break;
    }
    // جامعة الملك عبد الله، مستشفى الأمير سلطان بن عبد العزيز: a royal title and its
    // holder's name inside an institution's name.
    if (
      definite(genitive) &&
      ROYAL.has(bareOf(genitive)) &&
      tokens[at] &&
      !ends(tokens[at].brk) &&
      isNameWord(tokens[at])
    ) {
      at = royalNameEnd(tokens, at);
      break;
    }
    // جامعة الحسين بن طلال مازن الرواشدة، مستشفى الحسن بن علي: a given name with the
    // article and its father's after بن, whom a place is named after; its holder's name
    // follows.
    if (patronAt(tokens, at - 1)) {
      at = royalNameEnd(tokens, at - 1);
      break;
    }
    if (
      (isJoiner(genitive) ||
        PLACE_JOINERS.has(genitive.folded) ||
        PLACE_HEADS.has(genitive.folded)) &&
      tokens[at] &&
      !ends(tokens[at].brk)
    )
      at++;
    needs = construct(at - 1);
  }
  while (at < tokens.length) {
    const token = tokens[at];
    // إن المشروع "طال انتظاره": after a noun with the article alone, quoted words are what
    // is said of it, not its name (a name follows the noun without it: مشروع "طرق آمنة").
    if (isQuoted(token) && at === from + 1 && definite(tokens[from])) break;
    if (isQuoted(token) && (token.brk === 'mark' || !ends(token.brk))) {
      at = skipQuotedName(tokens, at);
      continue;
    }
    // ورئيسة وحدة الأبحاث: a second role joined by و goes on as part of the role.
    if (!ends(token.brk) && token.folded.startsWith('و') && !definite(token)) {
      const joined: Token = { ...token, folded: token.folded.slice(1) };
      if (roleHeadOf(joined.folded) !== null || CONSTRUCT_NOUNS.has(joined.folded)) {
        // (With "his" on it, وقائده، ومؤسسه, it takes no genitive: the holder's name follows.)
        if (/ه[\u064B-\u0652]*$/u.test(token.raw) && token.folded.length > 4) {
          at++;
          break;
        }
        at = chainEndFrom(tokens, at, joined);
        continue;
      }
    }
    // أستاذ الفقه وأصوله بجامعة القرويين: a و-joined noun whose pronoun points back to the
    // genitive before it (its principles) is part of what the role is of, and the role's
    // tail goes on after it. (Not a kin: رئيس الحزب وزوجته, a second person.)
    if (
      !ends(token.brk) &&
      /^و[\u0621-\u064A]{3,}(?:ه|ها)$/u.test(token.folded) &&
      at > from &&
      definite(tokens[at - 1]) &&
      roleHeadOf(token.folded.slice(1)) === null &&
      !isOwnedKin(token.folded.slice(1), token.raw.slice(1)) &&
      // (Not a verb and its object: ووصفته بأنه، ورفضته بشدة.)
      !cueOf(token.raw, token.folded) &&
      !/ت(?:ه|ها)$/u.test(token.folded) &&
      !!tokens[at + 1] &&
      !ends(tokens[at + 1].brk) &&
      /^(?:[بل][\u0621-\u064A]{3,}|في)$/u.test(tokens[at + 1].folded) &&
      !/^بان/u.test(tokens[at + 1].folded)
    ) {
      at++;
      continue;
    }
    // وإصلاح النظام التعليمي: a و-joined noun in construct goes on with its genitive.
    // (Not a noun that opens with و: ودعت الجمعية وزارة الداخلية، وكالة، ولاية; طالبت
    // النقابة وسائل الإعلام.)
    const following = tokens[at + 1];
    if (
      !ends(token.brk) &&
      token.folded.startsWith('و') &&
      !definite(token) &&
      !BODY_HEADS.has(token.folded) &&
      !WAW_NOUNS.has(token.folded) &&
      roleHeadOf(token.folded) === null &&
      following &&
      !ends(following.brk) &&
      // (Or a country: غرفة تجارة وصناعة عُمان.)
      (definite(following) || COUNTRIES.has(following.folded) || following.folded === 'عمان') &&
      !isWrittenGivenName(token.raw) &&
      // (Nor a verb of saying in the feminine past: إلا أن النقابة وصفت الخطة بأنها.)
      !(/ت$/u.test(token.folded) && cueOf(token.raw, token.folded))
    ) {
      at += 2;
      continue;
    }
    if (ends(token.brk) && !(token.brk === 'mark' && isQuoted(tokens[at - 1]))) break;
    // صحفيون بلا قيود، أطباء بلا حدود: "without" and its noun inside a name.
    if (token.folded === 'بلا' && tokens[at + 1] && !ends(tokens[at + 1].brk)) {
      at += 2;
      continue;
    }
    // مؤسسة صوت حواء للتنمية: a given name as the genitive of an indefinite noun in the name,
    // where what the body is for (للتنمية) follows.
    if (
      at > from &&
      !definite(token) &&
      !definite(tokens[at - 1]) &&
      genderOfGivenName(tokens[at - 1].folded) === null &&
      (genderOfGivenName(token.folded) !== null || isWrittenGivenName(token.raw)) &&
      /^لل[\u0621-\u064A]{3,}$/u.test(tokens[at + 1]?.folded ?? '') &&
      tokens[at + 1].brk === 'none'
    ) {
      at += 2;
      continue;
    }
    if (!definite(token)) break;
    // الرئيس المنتهية ولايته، المستشارة المنتهية ولايتها: "outgoing", with its noun.
    if (
      /^ال(?:منتهي|منتهيه)$/u.test(token.folded) &&
      /^(?:ولايته|ولايتها|ولايتهم)$/u.test(tokens[at + 1]?.folded ?? '') &&
      tokens[at + 1].brk === 'none'
    ) {
      at += 2;
      continue;
    }
    // الجنوب أفريقي، الجنوب سودانية: a direction and a nisba without the article, one
    // adjective of nationality (South African, South Sudanese).
    const nisba = tokens[at + 1];
    if (
      /^ال(?:جنوب|شمال)$/u.test(token.folded) &&
      nisba?.brk === 'none' &&
      !definite(nisba) &&
      isNisba(`ال${nisba.folded}`) &&
      /ي[ةه]?$/u.test(nisba.folded)
    ) {
      at += 2;
      continue;
    }
    // رحّب اتحاد المصارف بالقرار: a word with ب and the article is the verb's, not the name's.
    if (/^[بك]ال/u.test(token.folded)) break;
    // حكم محكمة الاستئناف القاضي بحبس مدير: "ruling for", of the ruling, not a judge.
    if (
      /^ال(?:قاضي|قاضيه)$/u.test(token.folded) &&
      /^ب[\u0621-\u064A]{3,}$/u.test(tokens[at + 1]?.folded ?? '') &&
      !ends(tokens[at + 1].brk)
    )
      break;
    // الذي، التي: a relative clause, not an adjective (المحامي الذي رفع الدعوى).
    if (RELATIVES.has(token.folded) || AFFILIATED.has(token.folded)) break;
    // A definite word that is no role, body or title describes the noun before it
    // (الروسي، السريع، والري); a role, body or title starts a new phrase.
    const bare = bareOf(token);
    // وتبنّت حركة الشباب الهجوم، عزت الهيئة العامة الارتفاع: after a body's name and its
    // genitive, a noun that a verb takes as its object, or a verbal noun, is no adjective.
    if (
      at > from + 1 &&
      token.folded.startsWith('ال') &&
      BODY_HEADS.has(bareOf(tokens[from])) &&
      (OBJECT_NOUNS.has(bare) || isVerbalNoun(bare)) &&
      !isNisba(token.folded) &&
      !isListedAdjective(token.folded)
    )
      break;
    const after = tokens[at + 1];
    // (اللجنة المنظمة لبطولة …: a word with ل or ب on it is no name, unless a known one.)
    const glued = !!after && /^[لب]/u.test(after.folded) && !isKnownGivenName(after);
    const beforeName =
      !!after && !ends(after.brk) && !glued && (isNameWord(after) || isJoiner(after));
    const coordinated = token.folded.startsWith('وال');
    // (القوى العاملة ضبط، المسجد الكبير: a listed adjective of the definite noun before it,
    // no role's head, whatever word follows.)
    const adjective =
      at > from &&
      isListedAdjective(token.folded) &&
      (definite(tokens[at - 1]) || /^لل[\u0621-\u064A]{2,}$/u.test(tokens[at - 1].folded)) &&
      roleHeadOf(bareOf(tokens[at - 1])) === null;
    if (
      !coordinated &&
      (HONORIFICS.has(bare) || (roleHeadOf(bare) !== null && beforeName && !adjective))
    )
      break;
    // وزارة الصحة والسكان، الري والموارد المائية: a و-joined word is part of the name.
    // وزير شؤون مجلسي الشورى والنواب ناصر …: a role's genitive too, before its holder's name.
    const headWord = tokens[from].folded.replace(/^ال/u, '');
    if (
      coordinated &&
      (CONSTRUCT_NOUNS.has(headWord) ||
        (roleHeadOf(bareOf(tokens[from])) !== null && at > from + 1 && beforeName)) &&
      !TIME_WORDS.has(token.folded)
    ) {
      at++;
      continue;
    }
    // دعت دار الإفتاء المصرية المسلمين: after a feminine adjective, a masculine plural
    // agrees with nothing before it: the verb's object. (So after any feminine adjective:
    // سلطة منطقة العقبة الاقتصادية الخاصة الغواصين; not a plural noun in ة, الأساتذة.)
    if (
      !coordinated &&
      at > from + 1 &&
      (isNisba(tokens[at - 1].folded) || isListedAdjective(tokens[at - 1].folded)) &&
      /ة[\u064B-\u0652]*$/u.test(tokens[at - 1].raw) &&
      /(?:ين|ون)$/u.test(bare) &&
      // (Not a plural nisba, an adjective of a plural in the name: رواد التقنية الأردنيين.)
      !/ي(?:ين|ون)$/u.test(bare) &&
      !isNisba(token.folded)
    )
      break;
    // دعت المسؤولة الأممية الدول المانحة: the verb's object, not the role's adjective.
    // (الفنان الراحل: the late artist; نعى الاتحاد الراحل: the union mourned him.)
    const late = /^(?:راحل|فقيد)ه?$/u.test(bare) && roleHeadOf(bareOf(tokens[from])) !== null;
    // (الناقدة المسرحية نوف الشمري: a nisba after a role's noun, before a name without the
    // article, is the role's adjective.)
    const next = tokens[at + 1];
    const describesRole =
      isNisba(token.folded) &&
      roleHeadOf(bareOf(tokens[from])) !== null &&
      !!next &&
      !ends(next.brk) &&
      !definite(next) &&
      isNameWord(next) &&
      !FUNCTION_WORDS.has(next.folded);
    // (اتحاد الأدباء والكتاب، نقابة العمال والموظفين: a و-joined word after a genitive of
    // the name goes on with it, whatever it could be as an object.)
    const joinsGenitive = coordinated && at > from + 1 && definite(tokens[at - 1]);
    if (OBJECT_NOUNS.has(bare) && !late && !describesRole && !joinsGenitive) break;
    // وصف المكتب الفيضانات بأنها: a sound feminine plural describes nothing; the verb's object.
    if (!coordinated && at > from + 1 && /ات$/u.test(bare) && bare.length >= 5) break;
    // ودعت الوزارة المنظمات الدولية، المستأجرين: after a body's head noun alone, a plural
    // is the verb's object.
    if (
      !coordinated &&
      at === from + 1 &&
      definite(tokens[from]) &&
      BODY_HEADS.has(bareOf(tokens[from])) &&
      /(?:ات|ين)$/u.test(bare) &&
      bare.length >= 5
    )
      break;
    // ووصفت الجامعة الحملة بأنها: after a body's head noun alone, with the article, a
    // definite noun that is no adjective of it (a nisba, a participle, العليا، الحر) is the
    // verb's object.
    if (
      !coordinated &&
      at === from + 1 &&
      tokens[from].folded.startsWith('ال') &&
      BODY_HEADS.has(bareOf(tokens[from])) &&
      !isDefiniteAdjective(token.folded) &&
      !ADJECTIVES.has(bare) &&
      // (Nor an active participle, الناظمة، nor الأم of الشركة الأم.)
      !/^ال[\u0621-\u064A]ا[\u0621-\u064A]{2}ه?$/u.test(token.folded) &&
      token.folded !== 'الام' &&
      // (Where a preposition the verb takes follows: الحملة بأنها، المواطنين إلى.)
      /^(?:بان|بانه|بانها|بانهم|الي|علي|ضد)$/u.test(tokens[at + 1]?.folded ?? '') &&
      !ends(tokens[at + 1].brk)
    )
      break;
    // وعزت الوزارة التأخير إلى، وأرجع الدليمي الانقطاعات إلى: after one definite word, a
    // verbal noun (التأخير، الانقطاعات) is the verb's object, no adjective.
    if (
      !coordinated &&
      at === from + 1 &&
      // (The article itself: والدة is no و and الدة.)
      tokens[from].folded.startsWith('ال') &&
      // (The subject right after its verb, not a genitive: والدة التلميذ.)
      (from === 0 ||
        ends(tokens[from].brk) ||
        !!cueOf(tokens[from - 1].raw, tokens[from - 1].folded)) &&
      !isDefiniteAdjective(token.folded) &&
      MASDAR.test(bare.replace(/ات$/u, ''))
    )
      break;
    // (الاتحاد العربي السوري: العربي, then a nisba, are the body's adjectives, though
    // العربي is also a given name; not الهادي الزواري, a name after the body.)
    const adjectives = token.folded === 'العربي' && isNisba(tokens[at + 1]?.folded ?? '');
    if (!adjectives && startsDefiniteName(tokens, at)) break;
    if (!isDefiniteAdjective(token.folded) && isLexical(bare)) break;
    if (TIME_WORDS.has(token.folded)) break;
    // أقرته وزارة الأمن العام الماضي: a year, not the body's adjective.
    if (token.folded === 'العام' && YEAR_AFTER.has(tokens[at + 1]?.folded ?? '')) break;
    // وزارة الصحة العامة التحقيق في الشكاوى: after the body's adjective, a verbal noun with
    // the article is what it does.
    if (
      at > from + 1 &&
      MASDAR.test(bare) &&
      !isDefiniteAdjective(token.folded) &&
      isDefiniteAdjective(tokens[at - 1].folded)
    )
      break;
    // بحسب تقرير الديوان السنوي: how often the report comes out, not the body's name.
    if (PERIODIC.has(token.folded)) break;
    // حذّر الوزير المقاولين: a sound plural of a participle right after a person's role
    // alone is the verb's object; an adjective would agree with the one it describes.
    if (
      at === from + 1 &&
      roleHeadOf(bareOf(tokens[from])) !== null &&
      !/(?:ون|ين)$/u.test(tokens[from].folded) &&
      /^الم[\u0621-\u064A]{3,}(?:ين|ون)$/u.test(token.folded) &&
      !isNisba(token.folded)
    )
      break;
    // حزب النهضة المعارض، جبهة الخلاص الوطني المعارضة: where a body stands, not its name.
    // (Only where the phrase ends there: زعيمة حزب "…" المعارض في هولندا فلانة is a role.)
    if (
      at > from + 1 &&
      STANDING.has(token.folded) &&
      !tokens[at - 1].quoted &&
      (!tokens[at + 1] || ends(tokens[at + 1].brk))
    )
      break;
    at++;
    // الحكومة المعترف بها دولياً: a participle's preposition with its pronoun, and an
    // adverb, go on with it.
    if (
      tokens[at] &&
      !ends(tokens[at].brk) &&
      PRONOUN_PREPOSITIONS.has(tokens[at].folded) &&
      /^(?:ال)?م/u.test(token.folded)
    ) {
      at++;
      const adverb = tokens[at];
      if (adverb && !ends(adverb.brk) && /(?:اً|ًا)$/u.test(adverb.raw)) at++;
    }
  }
  return at;
}
const PRONOUN_PREPOSITIONS = foldedSet('بها به بهم لها له لهم عليها عليه منها منه');

/** ل on a noun of time or of times (لمدة، لفترة، لعدة، للمرة): a duration, never a tail
 * (not لأيام: أيام قرطاج السينمائية is a festival). */
const DURATION =
  /^(?:ل|لل)(?:مده|فتره|عده|ساعات|ساعه|يومين|اسابيع|اسبوع|اسبوعين|اشهر|شهور|شهر|شهرين|سنوات|سنه|سنتين|اعوام|عام|عامين|عقود|عقد|مره|مرات|اول)$/u;

/** A prepositional tail of a role (في الأردن، باسم الكرملين، لمنظمة الصحة), or -1. */
function tailEnd(tokens: readonly Token[], from: number, forBody = false): number {
  const token = tokens[from];
  if (!token || (ends(token.brk) && !(token.brk === 'mark' && isQuoted(tokens[from - 1]))))
    return -1;
  // (قائد المنتخب بهاء الدين الرواشدة: a name, not ب and a place.)
  if (laqabAt(tokens, from)) return -1;
  const { folded } = token;
  // لمدة ثلاث جولات، لفترة وجيزة، للمرة الثانية: how long or how often, never where or what
  // of.
  if (DURATION.test(folded)) return -1;
  // استعدادات الشركة لاستقبال الحجاج، خطة الوزارة لمواجهة الأزمة: ل and a verbal noun right
  // after a body's head with the article is what it does it for, no part of a name (a name
  // has its adjective between: الشركة السعودية لاستقبال …).
  const head = tokens[from - 1];
  if (
    forBody &&
    /^ل[\u0621-\u064A]{4,}$/u.test(folded) &&
    !folded.startsWith('لل') &&
    // (Or one of مفاعلة: لمواجهة، لمكافحة.)
    (isVerbalNoun(folded.slice(1)) || /^لم[\u0621-\u064A]ا[\u0621-\u064A]{2}ه$/u.test(folded)) &&
    !!head &&
    /^ال/u.test(head.folded) &&
    !isNisba(head.folded) &&
    BODY_HEADS.has(bareOf(head))
  )
    return -1;
  // البلجيكي من أصل مغربي، من أصول سنغالية، من أصل تشيلي فلسطيني: where someone comes
  // from, a tail of one or two nationalities.
  if (
    !forBody &&
    folded === 'من' &&
    /^(?:اصل|اصول)$/u.test(tokens[from + 1]?.folded ?? '') &&
    !ends(tokens[from + 1].brk)
  ) {
    let at = from + 2;
    while (
      at < from + 5 &&
      tokens[at] &&
      !ends(tokens[at].brk) &&
      !definite(tokens[at]) &&
      isNisba(`ال${tokens[at].folded.replace(/^و(?=\p{L}{4})/u, '')}`) &&
      // (تركي right after أصل is Turkish; a given name after the first is the name: من أصل
      // مصري علي حسن.)
      (at === from + 2 || genderOfGivenName(tokens[at].folded) === null)
    )
      at++;
    // (Right before the name: not ناخبة من أصل جزائري في ضاحية سان دوني، تُدعى …)
    if (at > from + 2 && !/^(?:في|لدي|قرب)$/u.test(tokens[at]?.folded ?? '')) return at;
  }
  // عمدة مدينة تمبكتو شمالي مالي: a direction and its place, with no preposition.
  if (!forBody && DIRECTIONS.has(folded) && tokens[from + 1] && !ends(tokens[from + 1].brk))
    return from + 2;
  // جمعية الهلال الأحمر الليبي فرع طبرق، غرفة تجارة وصناعة عُمان فرع ظفار: a branch and
  // its place.
  const place = tokens[from + 1];
  if (
    folded === 'فرع' &&
    place &&
    !ends(place.brk) &&
    isArabicWord(place) &&
    !FUNCTION_WORDS.has(place.folded)
  ) {
    // (فرع المنطقة الشرقية: a place named by its noun and its adjective.)
    const adjective = tokens[from + 2];
    const described =
      definite(place) &&
      !!adjective &&
      adjective.brk === 'none' &&
      (isNisba(adjective.folded) || DIRECTIONS.has(withoutArticle(adjective.folded)));
    return described ? from + 3 : from + 2;
  }
  // وزير … وتطبيقات العمل عن بعد، التعليم عن بعد: "remote", a part of the office.
  if (
    folded === 'عن' &&
    tokens[from + 1]?.folded === 'بعد' &&
    tokens[from + 1].brk === 'none' &&
    (!tokens[from + 2] || ends(tokens[from + 2].brk))
  )
    return from + 2;
  // والتونسيين بالخارج، الجالية المغربية بالخارج: those abroad, a part of the name.
  if (folded === 'بالخارج' && /(?:ين|يه)$/u.test(tokens[from - 1]?.folded ?? '')) return from + 1;
  // مدير معبر باب السلامة الحدودي مع تركيا، المنافذ الحدودية مع الأردن: the country a border
  // faces, a part of the office's name.
  const faced = tokens[from + 1];
  if (
    folded === 'مع' &&
    /^(?:ال)?حدودي(?:ه)?$/u.test(tokens[from - 1]?.folded ?? '') &&
    !ends(tokens[from - 1].brk) &&
    faced &&
    isArabicWord(faced) &&
    !FUNCTION_WORDS.has(faced.folded)
  )
    return definite(faced) && !ends(faced.brk) ? chainEnd(tokens, from + 1) : from + 2;
  // الوزير المكلف بالعلاقات مع البرلمان: relations with a body, a part of the office.
  // (So what a body is for, with whom: جمعية نور للتضامن مع المرأة القروية.)
  const purpose = tokens[from - 1]?.folded ?? '';
  if (
    folded === 'مع' &&
    (/علاقات$/u.test(purpose) ||
      (/^لل[\u0621-\u064A]{4,}$/u.test(purpose) && isVerbalNoun(purpose.slice(2))) ||
      // (Or the genitive of a body's indefinite noun: جمعية التضامن مع اللاجئين; not a verb's
      // object after a name, أعلن نادي مولودية الجزائر التعاقد مع.)
      (/^ال[\u0621-\u064A]{4,}$/u.test(purpose) &&
        isVerbalNoun(purpose.slice(2)) &&
        !!tokens[from - 2] &&
        !definite(tokens[from - 2]) &&
        !ends(tokens[from - 1].brk))) &&
    tokens[from + 1] &&
    !ends(tokens[from + 1].brk) &&
    definite(tokens[from + 1])
  )
    return chainEnd(tokens, from + 1);
  // الوزير الإسرائيلي المكلّف بملف الاستيطان، المكلفة بالإعلام: a participle of charge and
  // what it is charged with, a part of the office.
  const charged = tokens[from + 1];
  if (
    !forBody &&
    /^(?:ال)?مكلف(?:ه)?$/u.test(tokens[from - 1]?.folded ?? '') &&
    /^ب[\u0621-\u064A]{2,}$/u.test(folded)
  ) {
    if (folded.startsWith('بال')) return chainEnd(tokens, from);
    if (charged && !ends(charged.brk) && definite(charged)) return chainEnd(tokens, from + 1);
  }
  // لـ«حركة الوفاق الوطني»، باسم «ألوية الفتح»: a quoted name after the preposition.
  const quotedNext = tokens[from + 1];
  if ((folded === 'ل' || ROLE_PREPOSITIONS.has(folded)) && isQuoted(quotedNext) && !forBody) {
    return skipQuotedName(tokens, from + 1);
  }
  // المدير العام لمنتجع "شادن"، رئيس لجمعية «الأمل»: ل glued on a place or body's noun and
  // its quoted name (not to whom it was said: لقناة "الحدث").
  if (
    !forBody &&
    /^ل[\u0621-\u064A]{3,}$/u.test(folded) &&
    !folded.startsWith('لل') &&
    isQuoted(quotedNext) &&
    quotedNext?.brk === 'mark' &&
    !AUDIENCE.has(folded.slice(1)) &&
    !BODY_HEADS.has(folded.slice(1)) &&
    !isLexical(folded) &&
    !isWrittenGivenName(token.raw)
  )
    return skipQuotedName(tokens, from + 1);
  if (ROLE_PREPOSITIONS.has(folded)) {
    const soCalled = soCalledEnd(tokens, from + 1);
    if (soCalled > 0) return soCalled;
    const next = tokens[from + 1];
    // في إحدى شركات الوساطة، في أحد مستشفيات العاصمة: one of several, then its genitive.
    const of = tokens[from + 2];
    if (next && !ends(next.brk) && /^(?:احد|احدي)$/u.test(next.folded) && of && !ends(of.brk))
      return chainEnd(tokens, from + 2);
    // مصدر من داخل الوزارة، من خارج الحكومة، من أوساط المعارضة: where someone is from.
    if (
      folded === 'من' &&
      next &&
      !ends(next.brk) &&
      /^(?:داخل|خارج|اوساط|محيط|قلب)$/u.test(next.folded) &&
      of &&
      !ends(of.brk) &&
      definite(of)
    )
      return chainEnd(tokens, from + 2);
    if (
      !next ||
      ends(next.brk) ||
      FUNCTION_WORDS.has(next.folded) ||
      TIME_WORDS.has(next.folded) ||
      MONTHS.has(next.folded)
    )
      return -1;
    // رابطة منتجي النفط في كوردستان: a body's place; في بيان، في نشرية خاصة is not one.
    if (forBody && folded === 'في' && SAYING_VENUES.test(bareOf(next))) return -1;
    // (Not في and a noun with a possessive: المصرف في إفصاحه، المجلس في قراره.)
    if (
      forBody &&
      folded === 'في' &&
      !definite(next) &&
      // (تعز: a city of a short verb's shape.)
      (isNameWord(next) || isShortPresentVerb(next)) &&
      !isPresentVerb(next) &&
      !/(?:ه|ها|هم)[\u064B-\u0652]*$/u.test(next.raw)
    ) {
      // (مركز البحث في علم الفلك: a noun in construct, not a place, then its genitive.)
      const genitive = tokens[from + 2];
      if (FIELDS.has(next.folded) && genitive && !ends(genitive.brk) && definite(genitive))
        return chainEnd(tokens, from + 1);
      return from + 2;
    }
    // للدفاع عن حقوق الإنسان: an indefinite noun in construct with a definite one.
    // (Or, for a body that is part of a government, a place's name no list knows: وزارة
    // الصحة في حكومة صنعاء، وزارة الداخلية في حكومة إقليم كردستان.)
    const construct =
      wantsGenitive(next) &&
      !!tokens[from + 2] &&
      !ends(tokens[from + 2].brk) &&
      (definite(tokens[from + 2]) ||
        (forBody &&
          folded === 'في' &&
          INSTITUTIONS.has(bareOf(next)) &&
          chainEnd(tokens, from + 1) > from + 2));
    if (forBody && !definite(next) && !construct) return -1;
    if (PLACE_JOINERS.has(next.folded) && tokens[from + 2]) return chainEnd(tokens, from + 2);
    return chainEnd(tokens, from + 1);
  }
  let rest: string | null = null;
  // A body takes ل tails (للنزاهة، لشؤون اللاجئين), not ب ones: رحّب المرصد بالحكم.
  // لجنة السياسة النقدية بالبنك المركزي: ب on a named body is the body it belongs to (بالبنك
  // alone is the bank met before).
  const owner = tokens[from + 1];
  const namedOwner =
    BODY_HEADS.has(folded.slice(3)) &&
    // (Not a statement: رحّبت الوزارة بالبيان الختامي.)
    !STATEMENT_NOUNS.has(folded.slice(3)) &&
    !!owner &&
    !ends(owner.brk) &&
    definite(owner);
  if (folded.startsWith('لل') || (folded.startsWith('بال') && (!forBody || namedOwner)))
    rest = folded.slice(folded[0] === 'ل' ? 2 : 3);
  else if (
    (folded[0] === 'ل' ||
      // (Not ب and a plural or a statement: طالبت الوزارة بتعويضات، ردت ببيان.)
      (folded[0] === 'ب' && !NOT_PLACES_AFTER_BA.test(folded) && !/ات$/u.test(folded))) &&
    folded.length > 3 &&
    !OWN_LAM.has(folded)
  ) {
    const bare = folded.slice(1);
    // لتداول الأوراق المالية: ل and a verbal noun in construct, for a role too.
    if (
      // (Not ب and the people a body appeals to: أهابت الوزارة بأولياء الأمور.)
      !(forBody && folded[0] === 'ب' && ADDRESSED_PEOPLE.has(bare)) &&
      (wantsGenitive({ ...token, folded: bare }) ||
        (forBody && folded[0] === 'ل') ||
        (folded[0] === 'ل' && MASDAR.test(bare)))
    )
      rest = bare;
  }
  // بأزيلال، بدبي: a place after ب (not بعنوان، بحضور، بمناسبة: "titled", "attended by").
  // (Nor what a verb welcomes or praises: رحّب المكتب بالإطلاق، بالقرار; a plural of the
  // shape أفعال is no verbal noun: للتبرع بالأعضاء.)
  const welcomed = withoutArticle(folded.slice(1));
  const pluralShape = /^بال?أ/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, ''));
  if (
    rest === null &&
    folded[0] === 'ب' &&
    folded.length > 3 &&
    !NOT_PLACES_AFTER_BA.test(folded) &&
    !/ات$/u.test(folded) &&
    !(forBody && ((MASDAR.test(welcomed) && !pluralShape) || OBJECT_NOUNS.has(welcomed))) &&
    !isLexical(folded.slice(1)) &&
    // بالبنك المركزي is an institution, بالقاهرة a place.
    !isLexical(withoutArticle(folded.slice(1))) &&
    // (Not after a body's country given with في, which ends its name: رحّبت بعثة الأمم
    // المتحدة للدعم في ليبيا بالأحكام; سفارة السودان بالقاهرة keeps its city.)
    !(
      forBody &&
      COUNTRIES.has(tokens[from - 1]?.folded ?? '') &&
      tokens[from - 2]?.folded === 'في'
    ) &&
    // A body's place ends it: الاتحاد المحلي للشغل بمكناس، مديرية الصحة بأسيوط على … (not
    // بشكل رسمي).
    (!forBody ||
      !tokens[from + 1] ||
      ends(tokens[from + 1].brk) ||
      SAYING_PLACES.has(tokens[from + 1].folded) ||
      SAYING_OPENERS.has(tokens[from + 1].folded))
  )
    return from + 1;
  // ل on a word of its own (not a tail already read): what follows tells what it opens.
  const lam = rest === null && folded[0] === 'ل' && folded.length > 3;
  if (
    lam &&
    tokens[from + 1] &&
    !ends(tokens[from + 1].brk) &&
    definite(tokens[from + 1]) &&
    !AUDIENCE.has(folded.slice(1))
  )
    // لحلف شمال الأطلسي: ل and a noun in construct with a definite one.
    return chainEnd(tokens, from + 1);
  // لبطولة كأس الخليج: ل and a noun, in construct with a second one and its definite genitive.
  // (Or a plural of the shape فعائل: لعصائب أهل الحق، لكتائب سيد الشهداء.)
  const second = tokens[from + 1];
  const third = tokens[from + 2];
  if (
    lam &&
    !forBody &&
    (/ة$/u.test(token.raw.replace(/[\u064B-\u0652]/gu, '')) ||
      /^ل[\u0621-\u064A]{2}اي[\u0621-\u064A]$/u.test(folded)) &&
    second &&
    third &&
    !ends(second.brk) &&
    !ends(third.brk) &&
    !definite(second) &&
    definite(third) &&
    isArabicWord(second) &&
    !FUNCTION_WORDS.has(second.folded) &&
    !TIME_WORDS.has(second.folded) &&
    !isKnownGivenName(second) &&
    !isPresentVerb(second)
  )
    return chainEnd(tokens, from + 1);
  // مندوب فلسطين … / المندوب الدائم لفلسطين لدى الأمم المتحدة: a place after ل, then another
  // tail or the name.
  const following = tokens[from + 1];
  if (
    lam &&
    !forBody &&
    !isLexical(folded.slice(1)) &&
    !AUDIENCE.has(folded.slice(1)) &&
    genderOfGivenName(folded) === null &&
    !isWrittenGivenName(token.raw) &&
    following &&
    !ends(following.brk) &&
    (ROLE_PREPOSITIONS.has(following.folded) || genderOfGivenName(following.folded) !== null)
  )
    return from + 1;
  // (Whom the words were told, for a body: …للصحفيين; but a union or a league of them is
  // named so: النقابة الوطنية للصحفيين التونسيين، الاتحاد الدولي للصحفيين.)
  const ofMembers =
    forBody &&
    rest !== null &&
    AUDIENCE.has(rest) &&
    /(?:ين|ون)$/u.test(rest) &&
    // (Its own name right before: the union's noun and its adjectives only; not هيئة
    // الانتخابات للصحفيين، منظمة الصحة العالمية للصحفيين, told to them.)
    ownUnionBefore(tokens, from);
  if (rest === null || (forBody && AUDIENCE.has(rest) && !ofMembers)) return -1;
  if (forBody && !folded.startsWith('لل') && !wantsGenitive({ ...token, folded: rest })) {
    // لاستغلال مناجم الحديد، لتنسيق الشؤون الإنسانية: a verbal noun and its genitives.
    let at = from + 1;
    while (
      at < tokens.length &&
      at - from <= 3 &&
      !ends(tokens[at].brk) &&
      !definite(tokens[at]) &&
      !FUNCTION_WORDS.has(tokens[at].folded) &&
      !isPresentVerb(tokens[at])
    )
      at++;
    if (at < tokens.length && !ends(tokens[at].brk) && definite(tokens[at]))
      return chainEnd(tokens, at);
    // لسكك حديد مصر، في بيان: indefinite genitives up to a break or a function word.
    const stops =
      at >= tokens.length || ends(tokens[at].brk) || FUNCTION_WORDS.has(tokens[at].folded);
    if (at > from + 1 && stops) return at;
  }
  return chainEnd(tokens, from);
}

/** The next comma within a few words, when no verb or particle comes before it; or -1. */
function commaAfter(tokens: readonly Token[], from: number): number {
  for (let at = from; at < tokens.length && at - from < 8; at++) {
    const token = tokens[at];
    if (at > from && token.brk === 'clause') return at;
    if (ends(token.brk) && at > from) return -1;
    if (
      cueOf(token.raw, token.folded) ||
      (FUNCTION_WORDS.has(token.folded) &&
        !ROLE_PREPOSITIONS.has(token.folded) &&
        !/^(?:نفسه|نفسها|ذاته|ذاتها)$/u.test(token.folded))
    )
      return -1;
  }
  return -1;
}

/** The end of a role's tails, given that a name must follow for them to count. */
function tailsEnd(tokens: readonly Token[], from: number): number[] {
  const ends: number[] = [];
  let at = from;
  for (let tails = 0; tails < MAX_TAILS; tails++) {
    const next = tailEnd(tokens, at);
    if (next <= at) break;
    at = next;
    ends.push(at);
  }
  return ends;
}

/**
 * مدربه، جاره، شقيقها: a role or kin noun with a possessive pronoun, as written (ه, not the
 * ة of مدربة, which folds to the same letter).
 */
function isOwnedRole(token: Token): boolean {
  const bare = bareOf(token);
  const head = roleHeadOf(bare);
  return head !== null && head !== bare && /(?:ه|ها|هم)[\u064B-\u0652]*$/u.test(token.raw);
}

export function genderOfRole(token: Token): Gender | null {
  const bare = bareOf(token);
  const head = roleHeadOf(bare);
  if (head === null) return null;
  // مدربه: "his coach", a man.
  if (!isOwnedRole(token) && /(?:[^ت]ه)$/u.test(bare) && !/(?:ها|هم)$/u.test(bare)) return 'f';
  if (head === bare) return 'm';
  // جارها، زميلته: the owner's pronoun says nothing; the noun's own ة does.
  return /ت(?:ه|ها|هم)$/u.test(bare) ? 'f' : 'm';
}

function span(tokens: readonly Token[], from: number, to: number): Span {
  const last = tokens[to - 1];
  // A quoted name at the end keeps its closing mark: بنك الاستثمار "النيل كابيتال".
  // (Also where a comma follows the mark: المتحدثة باسم جمعية "الأمل"، فاطمة علي.)
  // (And where the words said follow, which are no tokens: حساب يحمل اسم "صقر": "…".)
  const closes = !tokens[to] || tokens[to].brk === 'mark' || !tokens[to].quoted;
  const end = last.quoted && !tokens[from].quoted && closes ? last.end + 1 : last.end;
  return { from, to, start: tokens[from].start, end, alef: tokens[from].alef };
}

// Titles that say a woman's or a man's name follows (المهندسة روجين، الأستاذ فلان).
const WOMEN_TITLES = foldedSet(`سيدة دكتورة مهندسة أستاذة شيخة حاجة أميرة ملكة الأم الأخت
  الراحلة الفنانة الإعلامية متقاعدة حجية`);
const MEN_TITLES = foldedSet(`سيد دكتور مهندس أستاذ شيخ حاج أمير ملك الأب الأخ الراحل الفنان
  الإعلامي السفير القاضي المستشار حجي`);

/** The gender the titles before a name tell (the last that tells one), or null. */
function titleGender(titles: readonly Token[]): Gender | null {
  for (let k = titles.length - 1; k >= 0; k--) {
    const word = titles[k].folded.replace(/^[وف](?=ال)/u, '');
    if (WOMEN_TITLES.has(word) || WOMEN_TITLES.has(withoutArticle(word))) return 'f';
    if (MEN_TITLES.has(word) || MEN_TITLES.has(withoutArticle(word))) return 'm';
  }
  return null;
}

/** A name right at `at` (honorifics skipped): the end, or -1. */
function nameAt(
  tokens: readonly Token[],
  at: number,
  allowBreak: boolean,
): { from: number; to: number } | null {
  if (at >= tokens.length) return null;
  const afterQuotedName = tokens[at].brk === 'mark' && isQuoted(tokens[at - 1]);
  if (!allowBreak && ends(tokens[at].brk) && !afterQuotedName) return null;
  const from = skipHonorifics(tokens, at);
  // عمدة سان جوزيه، سانتا روسا: a saint's name is a place's.
  if (
    /^(?:سان|سانت|سانتا|سانتو|ساو)$/u.test(tokens[from - 1]?.folded ?? '') &&
    tokens[from].brk === 'none'
  )
    return null;
  // ردّ المدرب بنبرة حادة: the manner of saying after a role, no name.
  const first = tokens[from];
  if (first && isMannerPhrase(first)) return null;
  const to = nameEnd(tokens, from);
  if (to > from) return { from, to };
  // …، فيونا ماكاليستر، إن: a foreign given name of a present verb's shape with ف or و, then
  // one more name word, where a name set off by commas closes.
  const second = tokens[from + 1];
  if (
    allowBreak &&
    first &&
    second &&
    /^[وف][يت][\u0621-\u064A]{2,}$/u.test(first.folded) &&
    !cueOf(first.raw, first.folded) &&
    !definite(second) &&
    second.brk === 'none' &&
    isArabicWord(second) &&
    isNameWord(second, true) &&
    !isLexical(second.folded) &&
    tokens[from + 2]?.brk === 'clause'
  )
    return { from, to: from + 2 };
  return null;
}

/**
 * Inside a long run of name-like words after a role, where the person's name starts: at a
 * hyphenated first name (لشركة هيلدبرانت إنرجي كلاوس-ديتر فاغنر), or at a known given name
 * after words that are not (…إنرجي محمد سالم).
 */
/**
 * البرلمان العربي، المحيط الهادي: a definite word that may be the adjective of the definite
 * noun before it (no role or title, and of its gender: not المحكمة الهادي).
 */
function describesNounBefore(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return (
    !!before &&
    !ends(tokens[at].brk) &&
    definite(before) &&
    roleHeadOf(bareOf(before)) === null &&
    !HONORIFICS.has(bareOf(before)) &&
    !(/ة[\u064B-\u0652]*$/u.test(before.raw) && !/ة[\u064B-\u0652]*$/u.test(tokens[at].raw))
  );
}

function personStart(tokens: readonly Token[], from: number, to: number): number {
  if (to - from < 3) return from;
  // …عن دائرة البقاع الغربي وراشيا نديم الحاج شاهين: a place joined by و ends the role's
  // tail when a known given name follows it (وليد، وفاء are names themselves).
  // المندوب الدائم لفلسطين سليم أبو حطب: so does a place glued on with ل or ب.
  const first = tokens[from];
  // صاحب محطة في المدينة يدعى إبراهيم الحاج أحمد: "who is called" before the name, also
  // after a word of the role (سائق تاكسي يدعى محمود السيد).
  if (/^[يت]دعي$/u.test(first.folded)) return from + 1;
  for (let at = from + 1; at < to - 1; at++)
    if (/^[يت]دعي$/u.test(tokens[at].folded)) return at + 1;
  if (
    /^[وبل]/u.test(first.folded) &&
    genderOfGivenName(first.folded) === null &&
    !isWrittenGivenName(first.raw) &&
    genderOfGivenName(tokens[from + 1].folded) !== null &&
    !ends(tokens[from + 1].brk) &&
    // لوسيا إلياس-مونتيرو: a given name that is half of a hyphenated family name is not one.
    (first.folded[0] === 'و' || tokens[from + 2]?.brk !== 'hyphen')
  )
    return from + 1;
  for (let at = from + 1; at + 2 <= to; at++) {
    // (After a known given name, two that are no given name make a family name: لانا
    // حداد-شولتس; not محامي المتهم أحمد جان-بيير مينيو.)
    if (tokens[at + 1].brk === 'hyphen' && at + 2 < to)
      return isKnownGivenName(tokens[at - 1]) && !isKnownGivenName(tokens[at]) ? at - 1 : at;
  }
  // رئيس اتحاد كتّاب مصر علاء الدين النجار: a country ends the role's chain where a given
  // name follows it.
  for (let at = from; at + 2 < to + 1 && at < from + 3; at++) {
    if (
      (COUNTRIES.has(tokens[at].folded) || BARE_CAPITALS.has(tokens[at].folded)) &&
      (isKnownGivenName(tokens[at + 1]) || laqabAt(tokens, at + 1)) &&
      !ends(tokens[at + 1].brk) &&
      to - (at + 1) >= 2
    )
      return at + 1;
  }
  // الباحث في برلين ماركوس فيبر، أستاذة في جامعة كوليدج لندن فلانة: after a city of the
  // world the lists know, whoever is named after it.
  for (let at = from; at + 2 < to && at < from + 4; at++) {
    const named = at + 1;
    if (
      WORLD_CITIES.has(tokens[at].folded) &&
      to - named >= 2 &&
      !ends(tokens[named].brk) &&
      !definite(tokens[named]) &&
      isNameWord(tokens[named], false)
    )
      return named;
  }
  // في بلدية حارة حريك سوسن الحاج أحمد: after a place noun in construct (its name follows
  // it; المدينة، الإقليم name none), the place's name runs to the first known given name.
  // جمعية نساء مندلي الفلاحية نجلاء حسين الزهيري: a place's adjective, then a known given
  // name: the name starts there.
  if (!isWrittenGivenName(first.raw) && genderOfGivenName(first.folded) === null) {
    for (let at = from + 1; at + 1 < to; at++) {
      const adjective = tokens[at - 1];
      const known = isKnownGivenName(tokens[at]);
      if (
        known &&
        definite(adjective) &&
        isNisba(adjective.folded) &&
        // (رئيس المحكمة الهادي محمد الزنتاني: a given name with the article opens the name,
        // where it cannot be the adjective of the noun before; البرلمان العربي عبد الله is.)
        !(
          at - 1 === from &&
          startsDefiniteName(tokens, from) &&
          !describesNounBefore(tokens, from)
        ) &&
        nameEnd(tokens, at) - at >= 2
      )
        return at;
    }
  }
  // لولاية تيزي وزو مراد لوناس: the place noun may carry ل or ب.
  const before = tokens[from - 1];
  // في غرب ووسط أفريقيا آنا لوسيا فيريرا: so may a direction's place.
  const direction = DIRECTIONS.has(before?.folded.replace(/^و/u, '') ?? '');
  if (
    before &&
    !definite(before) &&
    first.brk === 'none' &&
    (isPlaceNoun(before.folded) || direction)
  ) {
    for (let at = from + 1; at <= from + 2 && at < to; at++) {
      // (Or one with the article: بلدية ودّان الهادي أبو بكر الزوي.)
      const known = isKnownGivenName(tokens[at]) || startsDefiniteName(tokens, at);
      if (known && nameEnd(tokens, at) - at >= 2) return at;
    }
  }
  return from;
}

/**
 * A foreign given name in a verbal noun's shape (تيريز، تامارا): an unknown word of that
 * shape, then name words without the article up to where the name visibly ends (تيريز
 * موانزا كاسونغو،). A verbal noun goes on with its genitive (تعزيز قدرات الجيش).
 */
function masdarShapedName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (!token || !next || ends(next.brk) || definite(token) || definite(next)) return false;
  // أرقام أممية: a plural of the shape أفعال, written with أ, is no name.
  if (!MASDAR.test(token.folded) || /^[وف]?أ/u.test(token.raw) || isLexical(token.folded))
    return false;
  if (!isNameWord(next, true)) return false;
  for (let k = at + 2; k <= at + 3; k++) {
    if (closesAt(tokens, k)) return true;
    if (definite(tokens[k]) || !isNameWord(tokens[k], true)) return false;
  }
  return false;
}

/**
 * Whether a name may end at `to`, for a fourth given name (عبدي رشيد آدم غوليد على حسابه):
 * what opens the saying, where it was said, whom it was told.
 */
function endsName(tokens: readonly Token[], to: number): boolean {
  const after = tokens[to];
  return (
    closesAt(tokens, to) ||
    SAYING_PLACES.has(after.folded) ||
    after.folded === 'ل' ||
    after.folded === 'من'
  );
}

/** What opens the words a speaker said: إن، أن، قوله، or a quotation mark. */
export const SAYING_OPENERS = foldedSet('إن أن إنه أنه إنها أنها قوله قولها');
/** في بيان، على منصة، خلال مؤتمر: where the words were said, after the speaker. */
const SAYING_PLACES = foldedSet('في على عبر خلال');
const SAYING_VENUES =
  /^(?:ورق[هت]|دراس[هت]|مذكر[هت]|بيان|تصريح|تصريحات|حديث|مؤتمر|كلمه|منشور|تغريده|منصه|حساب|صفح|مقابله|لقاء|نشر[هيت]|حيثيات|تقرير|رسال[هت]|بلاغ|ختام|نهايه|مستهل|بدايه|اعقاب|اطار|سياق|ضوء|معرض|كتاب$|تعميم|اعلان)/u;

/**
 * A foreign name whose words are also Arabic words (أوزان يلماز, "weights" and a Turkish
 * surname), right after a complete role and right before what opens the saying: two or
 * three bare words, none a function word, a verb or a word with a preposition on it.
 * Returns the name's end, or `from` when the words are not such a name.
 */
/**
 * A bare word that may be part of a name no list knows: no article, tanween, function or
 * time word, cue, verb, preposition or adjective. `first` may follow a break.
 */
function isPlainWord(word: Token, first = false): boolean {
  return (
    isArabicWord(word) &&
    !definite(word) &&
    (first || !ends(word.brk)) &&
    !/\u064B/u.test(word.raw) &&
    !FUNCTION_WORDS.has(word.folded) &&
    // (Nor a pronoun with و, which opens a clause: ابنته سهام، وهي طالبة جامعية، إن.)
    !/^[وف]?(?:هو|هي|هم|هن|هما)$/u.test(word.folded) &&
    !TIME_WORDS.has(word.folded) &&
    !cueOf(word.raw, word.folded) &&
    !isPresentVerb(word) &&
    !isPrepositional(word) &&
    !ADJECTIVES.has(word.folded)
  );
}

/** Whether a name no list knows may open at `word`: no participle or role (مراسل، مدير). */
const opensUnlistedName = (word: Token | undefined, afterBreak = false): boolean =>
  !!word &&
  isPlainWord(word, afterBreak) &&
  !isParticipleNoun(word) &&
  roleHeadOf(bareOf(word)) === null;

/** للصحفيين، لوكالة، لقناة: ل and an audience or an outlet, whom the words were told. */
const toldAudience = (token: Token): boolean =>
  /^ل/u.test(token.folded) &&
  (AUDIENCE.has(token.folded.slice(1)) ||
    (token.folded.startsWith('لل') && AUDIENCE.has(token.folded.slice(2))));

function unlistedName(tokens: readonly Token[], from: number): number {
  // The last word has no possessive.
  if (!opensUnlistedName(tokens[from])) return from;
  for (let length = 2; length <= 3; length++) {
    const end = from + length;
    const after = tokens[end];
    if (!after) return from;
    const word = tokens[end - 1];
    if (!isPlainWord(word) || /(?:ها|هم|هما|كم)$/u.test(word.folded)) return from;
    const opens =
      (after.brk === 'none' && SAYING_OPENERS.has(after.folded)) ||
      (after.brk === 'mark' && isQuoted(after)) ||
      (after.brk === 'none' &&
        SAYING_PLACES.has(after.folded) &&
        !!tokens[end + 1] &&
        SAYING_VENUES.test(bareOf(tokens[end + 1]))) ||
      // (Or whom the words were told: دونالد ترامب للصحفيين، لوكالة.)
      (after.brk === 'none' && toldAudience(after));
    if (opens) return end;
  }
  return from;
}

const ROYAL = foldedSet('ملك ملكة أمير أميرة سمو');
// (ركن: a staff officer's rank, الفريق أول ركن، العميد الركن.)
const RANK_GRADES = foldedSet('الأول أول الثاني ثاني ثان ركن الركن');
/** Words of manner after a verb of saying (قالت مبتسمة، أضاف ساخراً), in their forms. */
/** بياناً، بلاغا، تصريحاً: an indefinite noun in the accusative, a verb's object. */
/**
 * A word of a name that no list knows, with nothing of a common word's grammar: no article,
 * no tanween, no pronoun or ة of a noun's, no verb's shape, not a word the lists know.
 */
function isBareNameWord(token: Token): boolean {
  return (
    !token.quoted &&
    isNameWord(token) &&
    !definite(token) &&
    !isLexical(token.folded) &&
    genderOfGivenName(token.folded) === null &&
    !isPresentVerb(token) &&
    !NUMBERS.has(token.folded) &&
    // (Not a country, the verb's object: وطالبت حركة حماس مصر وقطر بـ.)
    !COUNTRIES.has(token.folded.replace(/^[وفبل]/u, '')) &&
    !COUNTRIES.has(token.folded) &&
    !/[ةه][\u064B-\u0652]*$/u.test(token.raw) &&
    !/(?:ها|هم)$/u.test(token.folded) &&
    !/^[\u0621-\u064A]{1,2}$/u.test(token.folded)
  );
}

/** A nisba with the article, of four letters at least before its ي (الألماني، المصرية). */
const isNationalNisba = (token: Token) =>
  definite(token) &&
  isNisba(token.folded) &&
  /^[\u0621-\u064A]{3,}ي$/u.test(bareOf(token).replace(/ه$/u, ''));

/**
 * Where a body's proper name visibly closes before token `at`: a break, إن or أن, a nisba
 * with the article (الألماني), or في بيان.
 */
function bodyNameClosesAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token || ends(token.brk)) return true;
  if (/^(?:ان|انه|انها)$/u.test(token.folded)) return true;
  if (isNationalNisba(token)) return true;
  return (
    token.folded === 'في' &&
    !!tokens[at + 1] &&
    /^(?:بيان|بلاغ|تصريح|تصريحات|منشور|تغريده|رساله)$/u.test(tokens[at + 1].folded)
  );
}

function isIndefiniteObject(token: Token): boolean {
  if (/\u064B/u.test(token.raw)) return true;
  return (
    !definite(token) && token.folded.endsWith('ا') && STATEMENT_NOUNS.has(token.folded.slice(0, -1))
  );
}

const MANNER = foldedSet(
  [
    'مبتسم',
    'ضاحك',
    'متأثر',
    'غاضب',
    'ساخر',
    'مازح',
    'متحسر',
    'مستغرب',
    'متعجب',
    'متنهد',
    'منفعل',
    'مبتهج',
    'حزين',
    'مقاطع',
    'متسائل',
    'مستنكر',
    'متهكم',
    'معاتب',
    'متأسف',
    'باكي',
    'متحمس',
    'معلق',
    'مستذكر',
    'متذمر',
    'مرتبك',
    'متردد',
    'منزعج',
    'متألم',
    'ممازح',
    'مندهش',
    'مستاء',
    'متفائل',
    'متشائم',
    'متوتر',
    'ساخط',
    'مذهول',
    'هامس',
    'ممتعض',
  ]
    .flatMap((word) => [word, `${word}ة`, `${word}اً`, `${word}ا`])
    .concat('بابتسامة بغضب بحماس بفخر بثقة بمرارة بحسرة بهدوء بحزم'.split(' '))
    // (وأضافت ردّاً على سؤال: in answer to.)
    .concat('ردا رداً'.split(' '))
    .join(' '),
);

/** A title, listed with its article (المستشار) or without (دكتور). */
const isTitle = (token: Token) => HONORIFICS.has(bareOf(token)) || HONORIFICS.has(token.folded);

/** Words a role's tail may run to before the title that introduces its holder. */
const TITLE_REACH = 12;

/**
 * The name after the first title (الدكتورة، المستشار، اللواء الركن) within a role's tail:
 * within one sentence, across at most two commas (…الطبية، المنفذة للمشروع، المهندس سالم
 * بن علي المعمري), never past a reporting verb. Two words of name at least.
 */
function nameAfterTitle(
  tokens: readonly Token[],
  from: number,
): { title: number; from: number; to: number } | null {
  let commas = 0;
  for (let at = from; at < tokens.length && at - from <= TITLE_REACH; at++) {
    const token = tokens[at];
    if (at > from && ends(token.brk) && (token.brk !== 'clause' || ++commas > 2)) return null;
    // المتحدث باسم الحكومة حيدر الفتلاوي، في مقابلة مع الإعلامي فلان،: past a comma after a
    // given name the lists know, the role had its name; who comes later is someone else.
    if (token.brk === 'clause' && at > from && nameClosesBefore(tokens, from, at)) return null;
    if (cueOf(token.raw, token.folded)) return null;
    // …، مساء الثلاثاء، أن المفاوضات بشأن انتقال مهاجم الفريق فلان: what was said has begun;
    // a role's tail holds no أن.
    if (at > from && /^[وف]?(?:ان|بان|انه|انها)$/u.test(token.folded)) return null;
    if (RANK_NAMES.has(token.folded) && !definite(token)) continue;
    // Or a given name with the article, at the end of the tail: أستاذ القانون الدستوري في
    // جامعة قرطاج الصادق الكيلاني.
    const next = tokens[at + 1];
    // (The tail may be one word, its preposition glued on: رئيس مصلحة التواصل بالمديرية
    // الحسين يوسفي.)
    const tailWords =
      tokens[from + 1]?.brk === 'none' && /^(?:بال|لل)\p{L}{3}/u.test(tokens[from].folded) ? 1 : 2;
    if (
      at >= from + tailWords &&
      DEFINITE_GIVEN_NAMES.has(token.folded) &&
      !isWrittenGivenName(tokens[at - 1].raw) &&
      // (Nor after a given name of two words, عبد الكريم الحسن الجاسم: his father's.)
      !(at - 2 >= from && tokens[at - 2].folded === 'عبد' && definite(tokens[at - 1])) &&
      !NASAB.has(tokens[at - 1].folded) &&
      next &&
      !ends(next.brk) &&
      (startsDefiniteName(tokens, at) || isFamilyWord(next, 1, tokens[at + 2], tokens[at + 3]))
    ) {
      // الباحث في تاريخ الخليل ضياء الدين الشرباتي: before a title of the faith (ضياء
      // الدين), the word is the tail's last (a place) and the title opens the name.
      if (
        tokens[at + 2]?.folded === 'الدين' &&
        tokens[at + 2].brk === 'none' &&
        !definite(next) &&
        !definite(tokens[at - 1])
      ) {
        const end = nameEnd(tokens, at + 1);
        if (end - (at + 1) >= 3) return { title: at + 1, from: at + 1, to: end };
      }
      // الصادق الكيلاني: the given name and a family name with the article.
      const end = Math.max(
        nameEnd(tokens, at),
        isFamilyWord(next, 1, tokens[at + 2], tokens[at + 3]) ? at + 2 : at,
      );
      if (end - at >= 2) return { title: at, from: at, to: end };
    }
    // (Or a title cut short, its full stop no sentence's end: …، د. بيبي الرشيدي.)
    const abbreviated = !!token.initial && /^[دم]$/u.test(token.raw) && at > from;
    if (!abbreviated && (!definite(token) || !isTitle(token))) continue;
    // Royal titles inside an institution's name are not its holder's: جامعة الملك عبد العزيز.
    if (ROYAL.has(bareOf(token))) continue;
    // (Nor any title right after an institution's noun: جامعة القاضي عياض، مستشفى الدكتور
    // سليمان فقيه.)
    if (at > from && NAMED_AFTER.has(bareOf(tokens[at - 1]).replace(/^[لب](?=\p{L}{3})/u, '')))
      continue;
    // منى السيد عبد اللطيف: after a given name, السيد is part of the name, not a title.
    if (at > from && isWrittenGivenName(tokens[at - 1].raw)) continue;
    // (Nor after بن، بنت، ولد، منت: مريم بنت الشيخ سيدي محمد, her father's name.)
    if (at > from && FATHER_JOINERS.has(tokens[at - 1].folded)) continue;
    let start = at + 1;
    // الملازم الأول، الرقيب أول: a rank's grade, then more titles.
    // (Not a title that is a given name without the article: الدكتورة شيخة عبد المحسن.)
    while (
      start < tokens.length &&
      (isTitle(tokens[start]) || RANK_GRADES.has(tokens[start].folded)) &&
      !(RANK_NAMES.has(tokens[start].folded) && !definite(tokens[start])) &&
      !ends(tokens[start].brk)
    )
      start++;
    if (start >= tokens.length || ends(tokens[start].brk)) continue;
    let end = nameEndAfterTitle(tokens, start);
    // الملازم الأول كريم لعمامرة،: after a title, a given name and one more word closed by a
    // comma are a name, whatever letter the family name starts with.
    const family = tokens[start + 1];
    const closing = tokens[start + 2];
    if (
      end === start + 1 &&
      genderOfGivenName(tokens[start].folded) !== null &&
      family &&
      !ends(family.brk) &&
      isArabicWord(family) &&
      !FUNCTION_WORDS.has(family.folded) &&
      (!closing || closing.brk === 'clause')
    )
      end = start + 2;
    if (end - start >= 2) return { title: at, from: start, to: end };
  }
  return null;
}

/**
 * nameEnd after a title or a nationality in apposition (البروفيسور أوكان توسون:، ، التركي
 * أردال يلماز،): there a first word of a verbal noun's shape (أوكان، أردال), which opens no
 * name elsewhere, is a given name when the name visibly ends.
 */
function nameEndAfterTitle(tokens: readonly Token[], start: number): number {
  const end = nameEnd(tokens, start);
  const second = tokens[start + 1];
  if (end > start || !isNameWord(tokens[start], true) || !second || ends(second.brk)) return end;
  const rest = nameEnd(tokens, start + 1);
  return rest > start + 1 && closesAt(tokens, rest) ? rest : end;
}

/**
 * Whether the words right before `at` (from `from` on) are a name opened by a given name
 * the lists know: حيدر مجيد الفتلاوي، (not لمؤسسة محمد بن راشد للإسكان،).
 */
function nameClosesBefore(tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= from && at - k <= 4; k--) {
    const word = tokens[k];
    if (k < at - 1 && ends(tokens[k + 1].brk)) return false;
    if (!definite(word) && isKnownGivenName(word)) return k < at - 1;
    if (!isNameWord(word, true) && !(definite(word) && isNisba(word.folded))) return false;
  }
  return false;
}

/** Whether a name ends at `to`: at a break, at the end, or where the saying opens (إن، أن). */
function closesAt(tokens: readonly Token[], to: number): boolean {
  const after = tokens[to];
  return !after || ends(after.brk) || SAYING_OPENERS.has(after.folded);
}

/**
 * A name in apposition at `at` (after a comma): two words at least, after any nationality or
 * title (…، الإسباني خوسيه مارتينيث، / …، الدكتورة …), closed as `closesAt` says; or null.
 */
/**
 * ، الهادي الزغلامي،: a given name with the article and a family name with it, the whole
 * apposition (where الهادي alone could pass for an adjective).
 */
function givenAndFamily(tokens: readonly Token[], at: number): boolean {
  const family = tokens[at + 1];
  return (
    DEFINITE_GIVEN_NAMES.has(tokens[at].folded) &&
    !!family &&
    !ends(family.brk) &&
    definite(family) &&
    !isLexical(bareOf(family)) &&
    closesAt(tokens, at + 2)
  );
}

/** الجنوب إفريقي، الشمال مقدوني: a nationality in two words at `at`. */
function southernNationality(tokens: readonly Token[], at: number): boolean {
  return (
    /^ال(?:جنوب|شمال)$/u.test(tokens[at]?.folded ?? '') &&
    tokens[at + 1]?.brk === 'none' &&
    !definite(tokens[at + 1]) &&
    isNisba(`ال${tokens[at + 1].folded}`)
  );
}

function appositionAt(tokens: readonly Token[], at: number): { from: number; to: number } | null {
  let from = at;
  // (الجنوب أفريقي لوثاندو ماسيلا: a direction and a nisba, one nationality.)
  if (southernNationality(tokens, from)) from += 2;
  while (
    from < tokens.length - 1 &&
    definite(tokens[from]) &&
    (isNisba(tokens[from].folded) || isTitle(tokens[from])) &&
    !opensWithGivenNisba(tokens, from) &&
    !givenAndFamily(tokens, from) &&
    !ends(tokens[from + 1].brk)
  )
    from++;
  // الفرنسية من أصل مالي فاطوماتا كوليبالي، الإيراني الأصل حميد رضا: where they come from.
  if (from > at) {
    const origin = tailEnd(tokens, from);
    if (tokens[from].folded === 'من' && origin > from + 2) from = origin;
    else if (tokens[from].folded === 'الاصل' && tokens[from + 1]?.brk === 'none') from++;
  }
  if (givenAndFamily(tokens, from)) return { from, to: from + 2 };
  const named = nameAt(tokens, from, true);
  if (!named || named.to - named.from < 2) return null;
  if (closesAt(tokens, named.to)) return named;
  if (secondFamilyWord(tokens, named.to)) return { from: named.from, to: named.to + 1 };
  const through = nameThroughComma(tokens, named);
  return through > named.to ? { from: named.from, to: through } : null;
}

/**
 * الطيب حسن عبد الرحمن قسم السيد،: a long name of Sudan or the Gulf whose last words the
 * reading stopped before, up to the comma that closes it: a compound in السيد، النبي (قسم
 * السيد، عبد النبي), or words no list knows. The end, or the name's own end.
 */
function nameThroughComma(tokens: readonly Token[], named: { from: number; to: number }): number {
  const rest = tokens.slice(named.to, named.to + 3);
  const close = rest.findIndex((word) => ends(word.brk));
  if (close < 1 || rest[close].brk !== 'clause' || named.to - named.from + close > 6)
    return named.to;
  const extra = rest.slice(0, close);
  const compound =
    extra.length === 2 &&
    /^(?:السيد|النبي|الرسول|الله|الدين)$/u.test(extra[1].folded) &&
    !definite(extra[0]) &&
    !FUNCTION_WORDS.has(extra[0].folded);
  const unknown = extra.every(
    (word) =>
      isArabicWord(word) &&
      !word.quoted &&
      !FUNCTION_WORDS.has(word.folded) &&
      !cueOf(word.raw, word.folded) &&
      isNameWord(word, true) &&
      !isLexical(bareOf(word)) &&
      roleHeadOf(bareOf(word)) === null &&
      !BODY_HEADS.has(bareOf(word)),
  );
  return compound || unknown ? named.to + close : named.to;
}

/**
 * عادل الصيد المبروك،: a second family word with the article, right before the comma that
 * closes a name in apposition.
 */
function secondFamilyWord(tokens: readonly Token[], at: number): boolean {
  const family = tokens[at];
  return (
    !!family &&
    !ends(family.brk) &&
    definite(family) &&
    isArabicWord(family) &&
    !isLexical(bareOf(family)) &&
    // (المبروك، المختار: given names of a participle's shape.)
    (!isDefiniteAdjective(family.folded) || DEFINITE_GIVEN_NAMES.has(family.folded)) &&
    tokens[at + 1]?.brk === 'clause'
  );
}

/**
 * A role's person: the name right after it, after an inserted clause (رئيس اللجنة، الذي
 * تولى منصبه، سالم الكعبي), or in apposition between commas (المتحدثة باسم الوفد، نوال
 * الزين، / بطلة الفيلم، الممثلة السودانية أم كلثوم الطاهر،).
 */
function personAfterRole(
  tokens: readonly Token[],
  head: number,
  roleTo: number,
  minWords: number,
): Mention | null {
  // وأضاف المدرب، رداً على سؤال حول غياب المهاجم فلان: what the words answer names whom
  // they are about, not who says them.
  if (/^[وف]?(?:ردا|جوابا|تعليقا|تعقيبا)$/u.test(tokens[roleTo]?.folded ?? '')) return null;
  const found = kingsPlace(tokens, head, personByGrammar(tokens, head, roleTo, minWords));
  // عامل قادم من النيل الأبيض يُدعى إسحاق: "is called" before the name, not in it.
  if (
    found?.kind === 'person' &&
    found.name.to - found.name.from >= 2 &&
    /^[وف]?(?:يدعي|تدعي|يكني|تكني)$/u.test(tokens[found.name.from].folded)
  )
    return {
      ...found,
      name: span(tokens, found.name.from + 1, found.name.to),
      lead: tokens[found.name.from + 1],
    };
  // (Never past a verb of saying that opens a clause of its own: الوزير إلى المؤتمر، فيما
  // قالت الإعلامية فلانة; she is the one it names.)
  if (
    found?.kind === 'person' &&
    tokens.slice(roleTo, found.name.from).some((word, k) => {
      const cue = cueOf(word.raw, word.folded);
      const before = tokens[roleTo + k - 1];
      return (
        (cue?.kind === 'verb' || cue?.kind === 'wrote') &&
        ((ends(word.brk) && /^[وف]/u.test(word.folded)) ||
          (!!before &&
            ends(before.brk) &&
            /^[وف]?(?:فيما|بينما|حين|حينما|عندما|كما)$/u.test(before.folded)))
      );
    })
  )
    return null;
  if (found) return found;
  // Else a title right before a name anchors it, however long the role's tail before it:
  // المحامي العام لنيابات غرب الإسكندرية المستشار طارق فودة، منسقة الطوارئ في منظمة أطباء
  // بلا حدود بشرق تشاد الدكتورة آمنة عبد الرحيم.
  const titled = nameAfterTitle(tokens, roleTo);
  if (!titled) return null;
  // (Not past someone named on the way: المحامي بالنقض أشرف رمضان الطوخي ببلاغ … ضد الفنان
  // فلان, where the one after the title is the other party; a king's or a prince's name in
  // a place's name may stand there: مستشفى الملك فهد.)
  for (let k = roleTo; k < titled.title; k++)
    if (
      isKnownGivenName(tokens[k]) &&
      !ROYAL.has(bareOf(tokens[k - 1])) &&
      // (Nor the genitive of a body's or a place's noun: مؤسسة محمد بن راشد للإسكان.)
      !BODY_HEADS.has(headOfGlued(tokens[k - 1])) &&
      !NAMED_AFTER.has(headOfGlued(tokens[k - 1])) &&
      isNameWord(tokens[k + 1] ?? tokens[k]) &&
      !ends(tokens[k + 1]?.brk ?? 'sentence') &&
      !definite(tokens[k])
    )
      return null;
  return kingsPlace(tokens, head, {
    kind: 'person',
    name: span(tokens, titled.from, titled.to),
    role: span(tokens, head, titled.title),
    gender: holderGender(tokens[head], tokens[titled.from]),
    end: titled.to,
    lead: tokens[titled.from],
  });
}

/**
 * الطبيبة الشرعية بالمركز الاستشفائي الجامعي الحسن الثاني، سلمى التازي: a king's name (his
 * given name and his ordinal) read as the holder of a role that names a hospital, a school or
 * a university is the name of what was named after him; the holder is the one in apposition
 * after it, if any.
 */
/**
 * جامعة الحسين بن طلال، مستشفى الحسن بن علي: whether `at` opens the name of whom a place is
 * named after, a given name with the article and بن and a word after it, right after the
 * place's noun.
 */
function patronAt(tokens: readonly Token[], at: number): boolean {
  const place = tokens[at - 1];
  return (
    !!place &&
    NAMED_AFTER.has(headOfGlued(place)) &&
    DEFINITE_GIVEN_NAMES.has(tokens[at]?.folded ?? '') &&
    tokens[at + 1]?.folded === 'بن' &&
    tokens[at + 1].brk === 'none' &&
    !!tokens[at + 2] &&
    !ends(tokens[at + 2].brk)
  );
}

function kingsPlace(tokens: readonly Token[], head: number, found: Mention | null): Mention | null {
  if (found?.kind !== 'person' || found.role === null) return found;
  // في جامعة الحسين بن طلال مازن عودة الرواشدة: so is a given name with the article and its
  // father's after بن, right after the place's noun; the holder's name follows it.
  if (patronAt(tokens, found.name.from)) {
    const start = royalNameEnd(tokens, found.name.from);
    const holder = tokens[start];
    const to =
      holder && !ends(holder.brk) && isKnownGivenName(holder) ? nameEnd(tokens, start) : start;
    if (to - start < 2) return null;
    return {
      kind: 'person',
      name: span(tokens, start, to),
      role: span(tokens, head, start),
      gender: holderGender(tokens[head], holder),
      end: to,
      lead: holder,
    };
  }
  if (regnalNameEnd(tokens, found.name.from) !== found.name.to) return found;
  const named = tokens
    .slice(head, found.name.from)
    .some((word) => NAMED_AFTER.has(headOfGlued(word)));
  if (!named) return found;
  const apposed =
    tokens[found.name.to]?.brk === 'clause' ? appositionAt(tokens, found.name.to) : null;
  if (!apposed) return null;
  return {
    kind: 'person',
    name: span(tokens, apposed.from, apposed.to),
    role: span(tokens, head, found.name.to),
    gender: holderGender(tokens[head], tokens[apposed.from]),
    end: apposed.to,
    lead: tokens[apposed.from],
  };
}

/**
 * The gender of a role's holder: the role's, unless a masculine role noun (عضو، نائب، مدير,
 * which the press gives women too) comes before a woman's given name: عضو مجلس الهيئة سنية
 * القلالي is a woman.
 */
function holderGender(role: Token, first: Token): Gender | null {
  const byRole = genderOfRole(role);
  const byName = genderOfGivenName(first.folded);
  // (A name with a feminine ending as written: not بولا، لين، جود, which men bear too.)
  const marked = /(?:ة|ى|اء)[\u064B-\u0652]*$/u.test(first.raw);
  return byRole === 'm' && byName === 'f' && marked ? 'f' : (byRole ?? byName);
}

function personByGrammar(
  tokens: readonly Token[],
  head: number,
  roleTo: number,
  minWords: number,
): Mention | null {
  type Person = Extract<Mention, { kind: 'person' }>;
  const person = (from: number, until: number, roleEnd: number): Person => {
    const start = roleEnd === roleTo ? personStart(tokens, from, until) : from;
    // The name starts later than it seemed: it may also run on further.
    const to = start > from ? Math.max(until, nameEnd(tokens, start)) : until;
    const end = start > from ? start : roleEnd;
    return {
      kind: 'person',
      name: span(tokens, start, to),
      role: span(tokens, head, start > from ? start : end),
      gender: holderGender(tokens[head], tokens[start]),
      end: to,
      lead: tokens[start],
    };
  };
  let nameFrom = roleTo;
  // A relative clause right after the role, then the name between commas: المحامي الذي رفع
  // الدعوى، ناصر الدوسري، … The clause's words are never the name.
  const relative = tokens[roleTo];
  if (relative && relative.brk === 'none' && RELATIVES.has(relative.folded)) {
    for (let at = roleTo + 1; at < tokens.length && at - roleTo <= MAX_APPOSITION_WORDS; at++) {
      const token = tokens[at];
      if (token.brk === 'clause') {
        const named = appositionAt(tokens, at);
        return named ? person(named.from, named.to, roleTo) : null;
      }
      // (Not a participle's shape that opens no words: يتخذ من بورتسودان مقراً، the seat.)
      const cue = cueOf(token.raw, token.folded);
      const opensWords =
        !!cue &&
        (cue.kind !== 'participle' ||
          /^(?:ب|ان|بان|الي|علي)/u.test(tokens[at + 1]?.folded ?? 'ب') ||
          ends(tokens[at + 1]?.brk ?? 'sentence'));
      if (ends(token.brk) || opensWords) return null;
    }
    return null;
  }
  // الخبير الاقتصادي د. معتصم الأمين: an abbreviated title before the name.
  if (
    /^[دمأ]$/u.test(tokens[nameFrom]?.raw ?? '') &&
    !ends(tokens[nameFrom + 1]?.brk ?? 'sentence')
  )
    nameFrom++;
  // A second title between the role and the name: مدير المهرجان الناقد كمال الشربيني.
  for (let titles = 0; titles < 2; titles++) {
    const title = tokens[nameFrom];
    if (!title || ends(title.brk) || !definite(title) || roleHeadOf(bareOf(title)) === null) break;
    nameFrom = chainEnd(tokens, nameFrom);
    // وزير الاتصال الناطق الرسمي باسم الحكومة فلان: the second title's باسم and its body.
    if (SPOKESPEOPLE.has(roleHeadOf(bareOf(title)) ?? '') && tokens[nameFrom]?.folded === 'باسم') {
      const tail = tailEnd(tokens, nameFrom);
      if (tail > nameFrom) nameFrom = tail;
    }
  }
  // An indefinite role alone (مسؤول أوروبي) is followed by its adjective, not a name.
  const possessive = isOwnedKin(tokens[head].folded, tokens[head].raw) || isOwnedRole(tokens[head]);
  const bareHead =
    roleTo === head + 1 &&
    !definite(tokens[head]) &&
    !tokens[head].folded.startsWith('لل') &&
    !possessive;
  // الناطقة باسم تحالف «…»: after a spokesperson, باسم is "on behalf of", not a name.
  // (And باسم before a body's noun: المتحدث الرسمي باسم الهيئة.)
  const onBehalf =
    tokens[nameFrom]?.folded === 'باسم' &&
    (SPOKESPEOPLE.has(roleHeadOf(bareOf(tokens[head])) ?? '') ||
      (!!tokens[nameFrom + 1] && BODY_HEADS.has(bareOf(tokens[nameFrom + 1]))));
  const direct = bareHead || onBehalf ? null : nameAt(tokens, nameFrom, false);
  // طالب الوكيل القضائي للخزينة بتعويض مالي: ب on a verbal noun after a role is what the
  // verb asks for or does, never a name.
  if (
    direct &&
    /^ب[\u0621-\u064A]{4,}$/u.test(tokens[direct.from].folded) &&
    isVerbalNoun(tokens[direct.from].folded.slice(1)) &&
    !isWrittenGivenName(tokens[direct.from].raw)
  )
    return null;
  // ونصحت الأسر بوضع أجهزة الأطفال: ب on a noun of three letters (وضع، دعم، منع) in
  // construct with what follows, after a verb that takes ب, is what it advises.
  if (
    direct &&
    /^ب[\u0621-\u064A]{3}$/u.test(tokens[direct.from].folded) &&
    genderOfGivenName(tokens[direct.from].folded) === null &&
    !isWrittenGivenName(tokens[direct.from].raw) &&
    biVerbBefore(tokens, head)
  )
    return null;
  // بجبنيانة after a role is a place, not a one-word name; للعربية.نت is whom it was told.
  if (
    direct &&
    (direct.to - direct.from === 1 ||
      (tokens[direct.from + 1]?.brk === 'hyphen' &&
        /^(?:نت|كوم)$/u.test(tokens[direct.from + 1].folded))) &&
    /^[بل][\u0621-\u064A]{3,}$/u.test(tokens[direct.from].folded) &&
    // (Not a Maghrebi family name that opens with بن or بو right after an office of one
    // word: الوزير بنشقرون، الوزير بوريطة; after طالبة بجامعة هواري it is the place's.)
    !(roleTo === head + 1 && /^(?:بن|بو)[\u0621-\u064A]{3,}$/u.test(tokens[direct.from].folded)) &&
    !isWrittenGivenName(tokens[direct.from].raw)
  )
    return null;
  // لبئر الجير، رشيد بوعلام، / لألعاب القوى في شمال إفريقيا، الإسباني خوسيه مارتينيث،: what
  // follows a role with ل or ب glued on is the end of the role when a name stands in
  // apposition at the next comma (a title or a nationality before it, or none).
  // (ببن قردان: the place's own first word may be short.)
  const glued =
    direct &&
    /^[لب][\u0621-\u064A]{2,}$/u.test(tokens[direct.from].folded) &&
    !isWrittenGivenName(tokens[direct.from].raw);
  // الباحث في مركز مالكوم كير–كارنيغي للشرق الأوسط، يزيد صايغ،: words after a body's noun
  // in the role's tail that go on with a tail of their own (ل، في) are the body's name when
  // someone named stands in apposition at the next comma.
  const after = direct ? tokens[direct.to] : undefined;
  const unknownLead =
    !!direct &&
    !glued &&
    // (Or a place with ب inside what looked like the name: معهد تشاتام هاوس بلندن، سنام وكيل.)
    // (Not ل on whom the words were said to: لنظيره الأمريكي، تشارلز براون; للرئيس، لوزير.)
    ((!!after &&
      after.brk === 'none' &&
      ((/^[لب][\u0621-\u064A]{2,}$/u.test(after.folded) &&
        !/(?:ه|ها|هم)$/u.test(after.folded) &&
        roleHeadOf(withoutArticle(after.folded.replace(/^لل/u, 'ال').replace(/^[لب]/u, ''))) ===
          null &&
        !AUDIENCE.has(withoutArticle(after.folded.slice(1)))) ||
        ROLE_PREPOSITIONS.has(after.folded))) ||
      (!isKnownGivenName(tokens[direct.from]) &&
        tokens
          .slice(direct.from + 1, direct.to)
          .some(
            (word) => /^ب[\u0621-\u064A]{3,}$/u.test(word.folded) && !isWrittenGivenName(word.raw),
          ))) &&
    kunyaGender(tokens[direct.from]) === null &&
    !isJoiner(tokens[direct.from]) &&
    tokens
      .slice(head, direct.from)
      .some((word) => BODY_HEADS.has(bareOf(word).replace(/^[لب](?=\p{L}{3})/u, '')));
  if (unknownLead) {
    const comma = commaAfter(tokens, direct.from);
    const named = comma > 0 ? appositionAt(tokens, comma) : null;
    if (named) return person(named.from, named.to, named.from);
  }
  if (glued) {
    const comma = commaAfter(tokens, direct.from);
    const named = comma > 0 ? appositionAt(tokens, comma) : null;
    if (named) return person(named.from, named.to, named.from);
    // لبطولة كأس الخليج للشباب فلان: a tail of the role that runs past what looked like a
    // name; the name comes after it.
    if (tailEnd(tokens, direct.from) > direct.to) return null;
  }
  if (direct && direct.to - direct.from >= minWords) {
    // غرفة تجارة وصناعة عُمان فرع ظفار الدكتورة …: what looked like a name was the place of
    // a body whose branch follows.
    if (tokens[direct.to]?.folded === 'فرع' && !ends(tokens[direct.to].brk)) {
      const branch = personAfterRole(tokens, head, direct.to + 2, minWords);
      if (branch) return branch;
    }
    // …لولاية تيزي وزو، الملازم الأول كريم لعمامرة،: a titled name in apposition is the
    // person; what looked like a name was a place at the end of the role.
    const after = tokens[direct.to];
    // إمام جامع أبي حنيفة النعمان في الأعظمية، الشيخ فلان،: the same after a one-word place.
    const placed =
      after?.folded === 'في' &&
      after.brk === 'none' &&
      tokens[direct.to + 2]?.brk === 'clause' &&
      !isKnownGivenName(tokens[direct.from])
        ? direct.to + 2
        : -1;
    if (placed > 0) {
      const titled = nameAfterTitle(tokens, placed);
      if (titled && titled.title === placed && closesAt(tokens, titled.to))
        return person(titled.from, titled.to, placed);
    }
    if (after?.brk === 'clause') {
      // …لألعاب القوى، الفرنسي جان-ميشيل لوران،: a nationality and a name in apposition.
      const named =
        definite(after) && isNisba(after.folded) ? appositionAt(tokens, direct.to) : null;
      if (named) return person(named.from, named.to, named.from);
      const titled = nameAfterTitle(tokens, direct.to);
      if (titled && titled.title === direct.to && closesAt(tokens, titled.to))
        return person(titled.from, titled.to, titled.from);
      // …لدى مجلس قضاء تيزي وزو، ثيزيري آيت علي،: what no list knows as a given name, then
      // a name in apposition that opens with one, or whose second word joins a family name
      // (آيت، ولد، بن، أبو).
      // قائممقام قضاء أبي الخصيب، علي حسين الحلفي،: after a place noun, what looked like a
      // name was the place's, kunya and all; a name opened by a known given name follows.
      const placeNamed =
        direct.from > 0 && PLACE_NOUNS.has(bareOf(tokens[direct.from - 1]))
          ? appositionAt(tokens, direct.to)
          : null;
      if (placeNamed && isKnownGivenName(tokens[placeNamed.from]))
        return person(placeNamed.from, placeNamed.to, placeNamed.from);
      const apposed = isKnownGivenName(tokens[direct.from])
        ? null
        : appositionAt(tokens, direct.to);
      if (
        apposed &&
        ((isJoiner(tokens[apposed.from + 1]) && apposed.to - apposed.from >= 3) ||
          isKnownGivenName(tokens[apposed.from]))
      )
        return person(apposed.from, apposed.to, apposed.from);
    }
    // مدير أمن بني سويف اللواء محمد عبد الحميد شاهين: a title with the article right after
    // what looked like a name: that was the role's place, the name follows the title.
    if (after && !ends(after.brk) && definite(after) && isTitle(after)) {
      const titled = nameAfterTitle(tokens, direct.to);
      if (titled && titled.title === direct.to && titled.to - titled.from >= 2)
        return {
          ...person(titled.from, titled.to, titled.from),
          role: span(tokens, head, direct.to),
        };
    }
    // مدرب شباب عين مليلة، الذي يخوض أول مباراة له، نور الدين زرقين: what looked like a
    // name was the end of the role when a relative clause and a name follow it.
    // قائد فصيل حماة الجبل المحلي، الذي يضم …، سليمان أبو فخر: the same, a few words on.
    // (السائحة ماريا غونزاليس، التي …، تفاصيل ما جرى: not when a known given name opens
    // what was read.)
    const surelyNamed = direct.to - direct.from >= 2 && isKnownGivenName(tokens[direct.from]);
    for (let k = direct.to; !surelyNamed && k < tokens.length && k <= direct.to + 3; k++) {
      const word = tokens[k];
      if (word.brk === 'clause' && RELATIVES.has(word.folded)) {
        const later = personAfterRole(tokens, head, k, 1);
        if (later) return later;
      }
      if (ends(word.brk) || cueOf(word.raw, word.folded)) break;
      // الخبير هلال المعمري إلى أن الضريبة، التي …: the verb's complement, not the role's.
      if (FUNCTION_WORDS.has(word.folded) || SAYING_OPENERS.has(word.folded)) break;
    }
    // رئيس جمعية الآباء بدمنات محمد اكوراي: a place glued to ب before the name.
    const first = tokens[direct.from];
    if (
      direct.to - direct.from >= 3 &&
      /^ب[\u0621-\u064A]{3,}$/u.test(first.folded) &&
      !/^(?:بو|بن|بل)/u.test(first.folded) &&
      !isWrittenGivenName(first.raw) &&
      !laqabAt(tokens, direct.from)
    )
      return person(direct.from + 1, direct.to, direct.from + 1);
    // رئيس جماعة إيمي نتانوت التابعة لإقليم شيشاوة، لحسن الراجي: what is said to lie in or
    // belong to a place was a place; the name stands in apposition after its comma.
    if (PLACE_RELATIONS.has(tokens[direct.to]?.folded ?? '')) {
      let comma = direct.to + 1;
      while (comma < tokens.length && comma - direct.to <= 8 && !ends(tokens[comma].brk)) comma++;
      const apposed = tokens[comma]?.brk === 'clause' ? appositionAt(tokens, comma) : null;
      return apposed && apposed.to - apposed.from >= 2
        ? person(apposed.from, apposed.to, apposed.from)
        : null;
    }
    // ووصف الوزير تقارير المنظمات، انتقد المدير مشاريع الحكومة: one word of a plural's
    // shape (تفاعيل، مفاعيل) is the verb's object, no name.
    if (
      direct.to - direct.from === 1 &&
      /^[تم][\u0621-\u064A]ا[\u0621-\u064A]ي[\u0621-\u064A]$/u.test(tokens[direct.from].folded) &&
      !isKnownGivenName(tokens[direct.from])
    )
      return null;
    // إمام مسجد بدوار تيكخت التابع لجماعة إغيل: one word no list knows right after a place
    // noun (ب or ل on it too) is the place's name, not a person's.
    const placeWord = direct.from > 0 ? bareOf(tokens[direct.from - 1]) : '';
    if (
      direct.to - direct.from === 1 &&
      !definite(tokens[direct.from - 1]) &&
      isPlaceNoun(placeWord) &&
      !isKnownGivenName(tokens[direct.from])
    )
      return null;
    return person(direct.from, direct.to, roleTo);
  }
  if (!bareHead && !direct && !onBehalf) {
    const unlisted = unlistedName(tokens, nameFrom);
    if (unlisted > nameFrom) return person(nameFrom, unlisted, roleTo);
  }
  // مدير قسم مراقبة الزلازل فيها، تاكاشي موريموتو،: "in it" closes the role before the
  // comma.
  if (
    tokens[roleTo]?.brk === 'none' &&
    /^(?:فيها|فيه|بها|به|لديها|لديه|منها|منه)$/u.test(tokens[roleTo].folded) &&
    tokens[roleTo + 1]?.brk === 'clause'
  )
    return personByGrammar(tokens, head, roleTo + 1, minWords);
  const token = tokens[roleTo];
  if (!token || token.brk !== 'clause') return null;
  // Up to two comma-separated pieces after the role: a clause, a second role, the name.
  let at = roleTo;
  let afterClause = false;
  for (
    let piece = 0;
    piece < 3 && at < tokens.length && at - roleTo < MAX_APPOSITION_WORDS;
    piece++
  ) {
    // تساءلت العدوان: «…»، فرد وزير المالية فلان: a verb of saying after a statement opens
    // a new clause, never a name in apposition to what came before it.
    if (tokens[at]?.afterStatement && cueOf(tokens[at].raw, tokens[at].folded)) return null;
    // …، في بيان نشرته، إن محطات …: what was said opens after the comma; no name is there.
    if (at > roleTo && tokens[at] && SAYING_OPENERS.has(tokens[at].folded.replace(/^ب/u, '')))
      return null;
    // أكبر مخيمات المحافظة، قالت النازحة فلانة: nor a verb of saying after the comma; the role
    // was a word of the place, and the verb's subject is someone else.
    // (Not روي، a given name, nor طالب, a student as often as "demanded".)
    // (Nor a participle of saying: قال الوزير، مشيرًا إلى أن الحملات ضبطت السلع.)
    const pieceCue = tokens[at] ? cueOf(tokens[at].raw, tokens[at].folded)?.kind : undefined;
    if (
      (pieceCue === 'verb' || pieceCue === 'participle') &&
      !isKnownGivenName(tokens[at]) &&
      !/^[وف]?طالب$/u.test(tokens[at].folded)
    )
      return null;
    if (afterClause) {
      // رئيس اللجنة، الذي تولى منصبه العام الماضي، (الناقد) سالم الكعبي إن …
      let from = at;
      // A nationality before the name: …، الإسباني ماركوس رودريغيز.
      while (
        from < tokens.length - 1 &&
        definite(tokens[from]) &&
        isNisba(tokens[from].folded) &&
        !opensWithGivenNisba(tokens, from) &&
        !ends(tokens[from + 1].brk)
      )
        from++;
      const named = nameAt(tokens, from, true);
      // (Not a verb alone, the role's own after its clause: المحامية فلانة، التي …، رفضت.)
      const lone = named && named.to - named.from === 1 ? tokens[named.from] : null;
      const verbAlone =
        !!lone &&
        genderOfGivenName(lone.folded) === null &&
        (!!cueOf(lone.raw, lone.folded) || /^[\u0621-\u064A]{3,4}ت$/u.test(lone.folded));
      if (named && !verbAlone) return person(named.from, named.to, roleTo);
      const inner = readAt(tokens, at, true);
      if (inner?.kind === 'person' && inner.role)
        return { ...inner, role: span(tokens, head, roleTo) };
    }
    let next = at + 1;
    while (next < tokens.length && (!ends(tokens[next].brk) || tokens[next].brk === 'mark')) next++;
    // A name between commas: closed by a comma, or by the end of the words.
    const closes =
      next >= tokens.length || tokens[next].brk === 'clause' || tokens[next].brk === 'sentence';
    // …، عبد الستار خلف الجبوري، قوله إن: between commas and right before what opens the
    // saying, the words from a given name on are the name, even those that are also other
    // words (خلف، الإمارة).
    // (Or where or when it was said: …، في كلمة الافتتاح، إن; …، عقب التصويت:.)
    // (Not over a hyphenated name, whose start the role's reading finds: نادية
    // الإدريسي-فان دام، في حديث.)
    const said = tokens[next];
    const hyphenated = tokens.slice(at + 1, next).some((word) => word.brk === 'hyphen');
    const opensAfter =
      next < tokens.length &&
      (SAYING_OPENERS.has(said.folded) ||
        (!hyphenated &&
          (/^(?:خلال|عقب)$/u.test(said.folded) ||
            (SAYING_PLACES.has(said.folded) &&
              SAYING_VENUES.test(bareOf(tokens[next + 1] ?? said))))));
    if (
      closes &&
      opensAfter &&
      next - at >= 2 &&
      next - at <= 5 &&
      (isKnownGivenName(tokens[at]) || isJoiner(tokens[at])) &&
      // (على هامش الاجتماع: على folds like the name علي.)
      !FUNCTION_WORDS.has(tokens[at].folded) &&
      tokens.slice(at, next).every((word) => isArabicWord(word) && !cueOf(word.raw, word.folded))
    )
      return person(at, next, roleTo);
    // …، بوراك تشليك، إن: two or three bare words no list knows, between commas right
    // before what opens the saying, are a name as well.
    if (
      closes &&
      opensAfter &&
      next - at >= 2 &&
      next - at <= 3 &&
      opensUnlistedName(tokens[at], true) &&
      // (Not a verb or a preposition with و: وتُعرف بأم عمر; nor the manner of saying, a
      // participle in the accusative: مرتديا سترة واقية، مبتسما ابتسامة عريضة، حاملا طفلا.)
      !/^(?:[وف][يتن]|با)/u.test(tokens[at].folded) &&
      !/^(?:م[\u0621-\u064A]{3,}|[\u0621-\u064A]ا[\u0621-\u064A]{2})ا$/u.test(tokens[at].folded) &&
      tokens.slice(at + 1, next).every((word) => isPlainWord(word)) &&
      !/(?:ها|هم|هما|كم)$/u.test(tokens[next - 1].folded)
    )
      return person(at, next, roleTo);
    const inner = readAt(tokens, at, true);
    // …، النائب عن محافظة البصرة، حيدر كاظم الساعدي إن: the last piece may end where the
    // saying opens.
    const opens =
      piece > 0 && inner?.kind === 'person' && SAYING_OPENERS.has(tokens[inner.end]?.folded ?? '');
    // (…، عالمة الآثار الإيطالية فرانتشيسكا روسي من جامعة بيزا،: where the person is from,
    // after the name, up to the comma.)
    const from =
      !!inner &&
      inner.kind === 'person' &&
      inner.name.to - inner.name.from >= 2 &&
      // (A role or nationality before it, or a given name the lists know: not مثل كثيرين من
      // أبناء جيله.)
      (inner.role !== null || isKnownGivenName(tokens[inner.name.from])) &&
      tokens[inner.end]?.folded === 'من' &&
      tokens[inner.end].brk === 'none' &&
      tailEnd(tokens, inner.end) === next;
    if (
      inner &&
      inner.kind === 'person' &&
      (((inner.end === next || from) && closes) || opens) &&
      inner.name.to - inner.name.from >= 1
    ) {
      // …، النائب عن ولاية تيزي وزو، ماسينيسا آيت علي: the words after a place noun were
      // the place; the name stands in apposition after it.
      // (Not a place noun that ends its own piece: حاكمة المحافظة، ميدوري أوشيرو، مخاطبة
      // الحشود.)
      // (Or with ب or ل on it: إمام مسجد بدوار تيكخت.)
      const placeWord = bareOf(tokens[inner.name.from - 1]);
      const place = isPlaceNoun(placeWord) && !ends(tokens[inner.name.from].brk);
      const later = place && next < tokens.length ? nameAt(tokens, next, true) : null;
      if (later && later.to - later.from >= 2) return person(later.from, later.to, roleTo);
      if (!place && !RELATIVES.has(tokens[at].folded))
        return { ...inner, role: span(tokens, head, roleTo), end: inner.end };
    }
    // A nationality or a second title before the name: البرتغالية آنا فيريرا.
    let nameFrom = at;
    while (
      nameFrom < next - 1 &&
      definite(tokens[nameFrom]) &&
      isDefiniteAdjective(tokens[nameFrom].folded) &&
      !opensWithGivenNisba(tokens, nameFrom)
    )
      nameFrom++;
    // (Or one of two words: الجنوب إفريقي سيفو ماتشابا.)
    if (southernNationality(tokens, nameFrom) && nameFrom + 2 < next) nameFrom += 2;
    const named = nameAt(tokens, nameFrom, true);
    if (named && named.to === next && closes && named.to - named.from >= 2)
      return person(named.from, named.to, roleTo);
    if (
      named &&
      named.to < next &&
      closes &&
      named.to - named.from >= 2 &&
      nameThroughComma(tokens, named) === next
    )
      return person(named.from, next, roleTo);
    if (
      named &&
      named.to === next - 1 &&
      closes &&
      named.to - named.from >= 2 &&
      secondFamilyWord(tokens, named.to)
    )
      return person(named.from, next, roleTo);
    // A second role between commas that ends with its holder's name, after a title or a
    // definite word: …، أستاذ الغدد الصماء بجامعة عين شمس الدكتور محمد عبد الحميد السيد،
    if (closes && !RELATIVES.has(tokens[at].folded)) {
      for (let k = at + 1; k <= next - 2; k++) {
        const before = tokens[k - 1];
        if (!HONORIFICS.has(bareOf(before)) && !definite(before)) continue;
        if (southernNationality(tokens, k - 1)) continue;
        if (!isNameWord(tokens[k]) && !isJoiner(tokens[k])) continue;
        if (nameEnd(tokens, k) === next) return person(k, next, roleTo);
      }
    }
    if (next >= tokens.length || tokens[next].brk !== 'clause') return null;
    // A relative clause (الذي يتابع الملف) or a circumstance (في حديث لإذاعة …) between the
    // role and the name.
    afterClause = RELATIVES.has(tokens[at].folded) || CIRCUMSTANCE.has(tokens[at].folded);
    if (piece === 0 && !afterClause && !(inner && inner.kind !== 'body')) return null;
    at = next;
  }
  return null;
}

/**
 * Reads the noun phrase that starts at `from`. `dative` lets the first word carry the
 * preposition ل (وفقاً لممثلة …، ووفقاً لبرغمان). Returns null when the words name no one.
 */
/**
 * حكم دولي سابق، طلب عدم ذكر اسمه: a few words without the article that no list knows, then
 * a wish not to be named between commas: someone unnamed, so described.
 */
function askedNotToBeNamed(tokens: readonly Token[], at: number): Mention | null {
  const first = tokens[at];
  if (
    definite(first) ||
    !isArabicWord(first) ||
    FUNCTION_WORDS.has(first.folded) ||
    genderOfGivenName(first.folded) !== null
  )
    return null;
  for (let end = at + 1; end < tokens.length && end <= at + 4; end++) {
    const next = tokens[end];
    // (With no comma too: صاحب ورشة خياطة فضّل عدم ذكر اسمه.)
    if (
      next.brk === 'none' &&
      end > at + 1 &&
      ASKED_NOT_TO.has(next.folded) &&
      NOT_NAMED.has(tokens[end + 1]?.folded ?? '')
    )
      return { kind: 'anonymous', role: span(tokens, at, end), gender: genderOfRole(first), end };
    if (next.brk === 'clause')
      return ASKED_NOT_TO.has(next.folded) && NOT_NAMED.has(tokens[end + 1]?.folded ?? '')
        ? { kind: 'anonymous', role: span(tokens, at, end), gender: genderOfRole(first), end }
        : null;
    if (ends(next.brk) || next.quoted || FUNCTION_WORDS.has(next.folded)) return null;
  }
  return null;
}

/** Nouns of persons that a role is of: المرشد، الأسير، الشهيد، الراحل. */
const PERSON_GENITIVES = foldedSet(`المرشد الأسير الأسيرة الشهيد الشهيدة الطفل الطفلة الضحية المعتقل
  المعتقلة الراحل الراحلة الفقيد الفقيدة المتهم المتهمة الملك الأمير الشيخ`);

/**
 * The name in apposition after a role and the person of its genitive (مستشار المرشد علي
 * خامنئي، علي أكبر ولايتي،), opened by a known given name or a kunya and closed by a comma
 * or what opens the saying; or null.
 */
function genitivePersonThenName(
  tokens: readonly Token[],
  mention: Extract<Mention, { kind: 'person' }>,
): Mention | null {
  const role = mention.role;
  if (!role || role.to - role.from < 1) return null;
  // The role is a noun in construct (مستشار، زوجة، محامي، المتحدث باسم), not a title alone.
  const head = tokens[role.from];
  // (A role for someone, a genitive before the name: the name reads as the genitive's.)
  const lastOfRole = tokens[role.to - 1];
  // (Or a place or a body in the role's chain whose proper name the words read as a person
  // run on to the comma: رئيس مقاطعة يعقوب المنصور، فلان، مدير عام مديرية الشيخ عثمان،
  // فلان، أستاذ الإعلام بجامعة أم درمان الإسلامية، فلان.)
  const placed = tokens
    .slice(role.from + 1, role.to)
    .some(
      (token) =>
        !definite(token) &&
        (isPlaceNoun(token.folded) ||
          [token.folded, token.folded.replace(/^[بل](?=\p{L}{3})/u, '')].some(
            (word) => CITY_HEADS.has(word) || BODY_HEADS.has(word),
          )),
    );
  // (A title in construct with a place: أستاذ الإعلام بجامعة أم درمان، فلان.)
  if ((isTitle(head) || HONORIFICS.has(bareOf(head))) && !placed) return null;
  if (!lastOfRole || (!definite(lastOfRole) && !wantsGenitive(lastOfRole) && !placed)) return null;
  const comma = tokens[mention.end];
  if (!comma || comma.brk !== 'clause') return null;
  // (The genitive is a person's noun: مستشار المرشد، زوجة الأسير; not رئيس الوزراء فلان،
  // خليفة فلان, an office whose holder the name is.)
  // (After باسم: المتحدث باسم الرئيس الروسي فلان، فلان.)
  const genitive = tokens[role.from + (tokens[role.from + 1]?.folded === 'باسم' ? 2 : 1)];
  // (Or a body named after someone: الباحث بجامعة الحسن الثاني، فلان، مدير الكرة في نادي
  // الحسين إربد، فلان.)
  const last = tokens[role.to - 1];
  const body = !!last && BODY_HEADS.has(bareOf(last).replace(/^[بل]/u, ''));
  if (
    !genitive ||
    role.to - role.from < 2 ||
    !(
      body ||
      placed ||
      roleHeadOf(bareOf(genitive)) !== null ||
      PERSON_GENITIVES.has(genitive.folded)
    )
  )
    return null;
  const named = appositionAt(tokens, mention.end);
  if (!named || named.from !== mention.end) return null;
  const first = tokens[named.from];
  // (Not a kunya for the name just given: محمود عباس، أبو مازن. A kunya with a name of its
  // own after a place is the holder: بجامعة أم درمان، أبو بكر الصديق محمد نور.)
  if (kunyaGender(first) !== null && !(placed && named.to - named.from >= 3)) return null;
  // (Opened by a given name the lists know or a kunya; or bare name words that a comma
  // closes: عومر دوستري،.)
  const known = genderOfGivenName(first.folded) !== null || kunyaGender(first) !== null;
  const bare =
    named.to - named.from <= 3 &&
    tokens[named.to]?.brk === 'clause' &&
    tokens.slice(named.from, named.to).every((word) => isBareNameWord(word));
  if (!known && !bare) return null;
  // (Where only a place or a body in the chain allows it, a given name the lists know opens
  // the apposition: not قائد مجموعة فاغنر فلان، طباخ بوتين، a description.)
  const owned =
    body || roleHeadOf(bareOf(genitive)) !== null || PERSON_GENITIVES.has(genitive.folded);
  if (!owned && !known) return null;
  return {
    kind: 'person',
    name: span(tokens, named.from, named.to),
    role: span(tokens, role.from, mention.name.to),
    gender: genderOfRole(head) ?? genderOfGivenName(first.folded),
    end: named.to,
    lead: first,
  };
}

/**
 * زينب تلحق، طيار يعمل في شركة خاصة: a present verb is no word of a name (a given name of
 * that shape, يوسف، تامر, is). The name ends before it; when no given name is left before
 * it, the words were a description of someone unnamed (طيار، فلاح، باكستاني).
 */
function withoutVerbInName(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person') return mention;
  const { from, to } = mention.name;
  // (A kunya tells the gender: أم حسن تراقب أحفادها, her verb after the kunya's two words.)
  const kunya = to - from >= 3 ? kunyaGender(tokens[from]) : null;
  const gender = mention.gender ?? kunya;
  let verb = -1;
  for (let k = from + 1; k < to; k++) {
    const word = tokens[k];
    // (After a kunya and its given name, any word of a present verb's shape that agrees
    // with the kunya: أم حسن تراقب، أبو سليم يراقب.)
    const afterKunya =
      kunya !== null &&
      k === from + 2 &&
      /^[يت][\u0621-\u064A]{4,5}$/u.test(word.folded) &&
      genderOfGivenName(tokens[from + 1].folded) !== null &&
      genderOfGivenName(word.folded) === null &&
      !isWrittenGivenName(word.raw);
    if (
      (isPresentVerb(word) || isShortPresentVerb(word) || afterKunya) &&
      word.brk === 'none' &&
      !!tokens[k + 1] &&
      (definite(tokens[k + 1]) ||
        ROLE_PREPOSITIONS.has(tokens[k + 1].folded) ||
        tokens[k + 1].folded === 'لدي' ||
        FUNCTION_WORDS.has(tokens[k + 1].folded) ||
        (kunya !== null && k === from + 2)) &&
      tokens[k - 1].brk !== 'hyphen' &&
      // (The verb agrees with who the words before it name: زينب تلحق، طيار يعمل.)
      (word.folded[0] === 'ت') === (gender === 'f') &&
      !/^(?:بن|ابن|بنت|ابو|ام|ولد|اغ)$/u.test(tokens[k - 1].folded)
    ) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return mention;
  const given = tokens.slice(from, verb).some((word) => genderOfGivenName(word.folded) !== null);
  // (After a man's given name, a family name of that shape is as likely: حسان يموت، طوني
  // يزبك; after a woman's, ي would not agree and ت is her verb.)
  if (given)
    return gender === 'f' || (kunya !== null && verb === from + 2)
      ? { ...mention, name: span(tokens, from, verb), end: verb }
      : mention;
  if (mention.role) return mention;
  return { kind: 'anonymous', role: span(tokens, from, verb), gender: mention.gender, end: verb };
}

/**
 * المحللة في شركة أفق كابيتال نورة بنت عبد العزيز، مدير جهة فاس مكناس محمد أمين الإدريسي:
 * the last word of a company's or a place's name no list knows, read as the first of the
 * person's. Where a body's noun ends the role and a known given name comes second in a name
 * of four words or more (of the role's gender), the name starts at that given name. (Not in
 * one of three: فاضل عباس الجبوري, a given name no list knows, his father and family.)
 */
function withoutCompanyWord(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || !mention.role) return mention;
  const { from, to } = mention.name;
  const first = tokens[from];
  const given = tokens[from + 1];
  if (to - from < 4 || !given || given.brk !== 'none' || first.brk !== 'none') return mention;
  if (genderOfGivenName(first.folded) !== null || isWrittenGivenName(first.raw)) return mention;
  if (isJoiner(first) || definite(first)) return mention;
  const gender = genderOfGivenName(given.folded);
  if (gender === null || (mention.gender !== null && gender !== mention.gender)) return mention;
  // (Not after a nationality or an adjective of that shape, which closes the role's
  // construct: وزير الخارجية الكولومبي كاميلو أندريس بيدويا أوسبينا.)
  const last = tokens[mention.role.to - 1];
  if (definite(last) && isNisba(last.folded)) return mention;
  const role = tokens.slice(Math.max(mention.role.from, mention.role.to - 3), mention.role.to);
  if (!role.some((word) => BODY_HEADS.has(bareOf(word).replace(/^[لب](?=\p{L}{3})/u, ''))))
    return mention;
  return {
    ...mention,
    role: span(tokens, mention.role.from, from + 1),
    name: span(tokens, from + 1, to),
  };
}

/**
 * ويسمّي أبو خالد كرسيّه الجلدي: after a kunya and its given name, a noun with a possessive
 * as written (ه, not ة) is what the verb takes, never a family name.
 */
function withoutOwnedAfterKunya(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person') return mention;
  const { from, to } = mention.name;
  const owned = tokens[from + 2];
  if (
    to - from < 3 ||
    kunyaGender(tokens[from]) === null ||
    genderOfGivenName(tokens[from + 1].folded) === null ||
    isJoiner(tokens[from + 1]) ||
    definite(owned) ||
    !/(?:ه|ها|هم)$/u.test(owned.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) ||
    isWrittenGivenName(owned.raw)
  )
    return mention;
  return { ...mention, name: span(tokens, from, from + 2), end: from + 2 };
}

/**
 * أعاد الخياط أبو حسن مروة فتح محله: a word of three letters that no list knows as a given
 * name, last in a kunya's name of four words and right before a noun with its possessive, is
 * a verb or the verbal noun that takes that noun, not the family name.
 */
function withoutPastVerbBeforeOwned(
  tokens: readonly Token[],
  mention: Mention | null,
): Mention | null {
  if (mention?.kind !== 'person') return mention;
  const { from, to } = mention.name;
  const verb = tokens[to - 1];
  const object = tokens[to];
  if (
    to - from < 3 ||
    !object ||
    object.brk !== 'none' ||
    verb.brk !== 'none' ||
    !/^[\u0621-\u064A]{3}$/u.test(verb.folded) ||
    // (Nor a family name after أبو، قره: رامي أبو عصب، يوسف قره داغ.)
    isJoiner(tokens[to - 2]) ||
    /^(?:قره|اغا)$/u.test(tokens[to - 2].folded) ||
    genderOfGivenName(verb.folded) !== null ||
    isWrittenGivenName(verb.raw) ||
    !/[\u0621-\u064A]{2}(?:ه|ها|هم)$/u.test(object.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) ||
    !isOwnedNoun(object) ||
    // (Not the words relayed: نقلت الوكالة عن فادي سليم كرم قوله.)
    /^(?:قول|تصريح|حديث|كلام|تعليق|تاكيد|اشار|تحذير|دعو)/u.test(object.folded) ||
    // (Nor a verbal noun or a stance of the one named, which a family name of three letters
    // comes before as often: قدم الوزير جوزيف نعمة جبر استقالته، جدد علي محمد عون دعمه.)
    STANCES.test(object.folded) ||
    isVerbalNoun(object.folded.replace(/(?:ه|ها|هم)$/u, '').replace(/ت$/u, 'ه')) ||
    isVerbalNoun(object.folded.replace(/(?:ه|ها|هم)$/u, '').replace(/ت$/u, ''))
  )
    return mention;
  return { ...mention, name: span(tokens, from, to - 1), end: to - 1 };
}

/** What someone holds or does, with their possessive: دعمه، موقفه، عودته، تفاؤله، اعتزاله. */
const STANCES =
  /^(?:دعم|موقف|راي|عود|تفاول|تفاؤل|رفض|تمسك|ترشح|تاييد|استقال|اعتزال|انسحاب|قلق|ترحيب|غضب|استياء|امل|ثق|شكر|حرص|عزم|نيت|استعداد|التزام|اسف|حزن|فرح|سعادت|فخر|اعتراض|ادان|انتقاد|مطالب|اصرار)(?:ه|ها|هم|ته|تها|تهم)$/u;

/** Corrections of a mention read, in order: words of the sentence it took into a name. */
/**
 * ممثل منظمة إنسانية دولية: after an indefinite feminine noun, words in -ية that no list
 * knows as given names are its adjectives, not a name: the source is unnamed.
 */
function withoutAdjectivesAsName(
  tokens: readonly Token[],
  mention: Mention | null,
): Mention | null {
  if (mention?.kind !== 'person' || !mention.role) return mention;
  const { from, to } = mention.name;
  const noun = tokens[from - 1];
  const feminineAdjective = (token: Token) =>
    !definite(token) &&
    /ية$/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
    genderOfGivenName(token.folded) === null &&
    !isWrittenGivenName(token.raw);
  if (
    !noun ||
    mention.role.to !== from ||
    definite(noun) ||
    !/ة[\u064B-\u0652]*$/u.test(noun.raw) ||
    tokens[from].brk !== 'none' ||
    !feminineAdjective(tokens[from])
  )
    return mention;
  let end = from + 1;
  while (end < to && tokens[end].brk === 'none' && feminineAdjective(tokens[end])) end++;
  if (end < to) return mention;
  return {
    kind: 'anonymous',
    role: span(tokens, mention.role.from, end),
    gender: mention.gender,
    end,
  };
}

/**
 * يقول علي، قال علي إن: علي written with its ي, where the name plainly ends (a comma, إن),
 * is the given name Ali, not the preposition على, which never stands there.
 */
function aliAlone(tokens: readonly Token[], at: number): Mention | null {
  const token = tokens[at];
  if (!token || token.raw.replace(/[\u064B-\u0652\u0640]/gu, '') !== 'علي') return null;
  const next = tokens[at + 1];
  if (next && !ends(next.brk) && !SAYING_OPENERS.has(next.folded)) return null;
  return {
    kind: 'person',
    name: span(tokens, at, at + 1),
    role: null,
    gender: 'm',
    end: at + 1,
    lead: token,
  };
}

/**
 * مسافر عالق في صالة المغادرة يُدعى حسين رجب الفيتوري: someone described, where they are,
 * then "who is called" and a name: the name is theirs, all the words before it their role.
 */
function calledAfterDescription(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'anonymous') return mention;
  for (let k = mention.end; k < tokens.length && k <= mention.end + 6; k++) {
    const word = tokens[k];
    if (word.quoted || (ends(word.brk) && k > mention.end) || word.brk === 'sentence') break;
    // (Not past what opens the words: مصدر أمني إن المتهم يدعى فلان, someone else.)
    if (SAYING_OPENERS.has(word.folded) || cueOf(word.raw, word.folded)) break;
    if (!/^[يت]دعي$/u.test(word.folded) || word.brk !== 'none') continue;
    const to = nameEnd(tokens, k + 1);
    if (to <= k + 1 || !isNameWord(tokens[k + 1])) return mention;
    return {
      kind: 'person',
      name: span(tokens, k + 1, to),
      role: span(tokens, mention.role.from, k),
      gender: mention.gender ?? (word.folded.startsWith('ت') ? 'f' : 'm'),
      end: to,
      lead: tokens[k + 1],
    };
  }
  return mention;
}

/**
 * فسعاد محمود عوض، وهي أم لخمسة أطفال: ف on a known given name that opens a sentence and a
 * name of two words at least is the conjunction, not the name's (not فادي، فاطمة, names of
 * their own).
 */
function withoutConjunctionOnName(tokens: readonly Token[], mention: Mention | null) {
  if (mention?.kind !== 'person' || mention.name.to - mention.name.from < 2) return mention;
  const first = tokens[mention.name.from];
  const rest = first.folded.slice(1);
  // (Only ف that opens a sentence, as in فسعاد …، وهي; a bare alef after it is a foreign
  // name's, فاسيل, where أحمد would be written with its hamza.)
  if (
    !/^ف[^\u0627]/u.test(first.raw) ||
    (mention.name.from > 0 && first.brk !== 'sentence') ||
    /\u0651/u.test(first.raw) ||
    rest.length < 3 ||
    isKnownGivenName(first) ||
    genderOfGivenName(rest) === null
  )
    return mention;
  return { ...mention, name: { ...mention.name, start: mention.name.start + 1, alef: false } };
}

/** Where a headman (مختار) is headman of: مختار مخيم الحسين، مختار القرية. */
const HEADMAN_PLACES = foldedSet('مخيم قرية حي بلدة منطقة محلة ضيعة عشيرة');
/**
 * مختار مخيم الحسين، الحاج فلان؛ المختار فلان: مختار, a given name too, in construct with a
 * place or with the article before a name, is the headman's office; its holder follows.
 */
function headmanAsRole(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || mention.role !== null) return mention;
  const at = mention.name.from;
  const word = tokens[at];
  const next = tokens[at + 1];
  if (!next || ends(next.brk)) return mention;
  const office =
    (word.folded === 'مختار' && HEADMAN_PLACES.has(withoutArticle(next.folded))) ||
    (word.folded === 'المختار' && isKnownGivenName(next));
  if (!office) return mention;
  const roleTo = word.folded === 'المختار' ? at + 1 : chainEnd(tokens, at);
  return personAfterRole(tokens, at, roleTo, 2) ?? mention;
}

/**
 * وقالت الوزيرة الناها منت سيدي محمد: the word right before منت ("daughter of", in a
 * Mauritanian name) is her given name, whatever article it has, never the role's last word.
 */
function givenNameBeforeDaughterOf(
  tokens: readonly Token[],
  mention: Mention | null,
): Mention | null {
  if (mention?.kind !== 'person' || !mention.role) return mention;
  const { role, name } = mention;
  const given = tokens[name.from - 1];
  // (The role's last word, or a word the reading passed over after the role's comma: أما
  // مساعدة الوزير …، الناها منت سيدي محمد.)
  const lastOfRole = role.to === name.from;
  const passedOver = role.to === name.from - 1 && !!given && given.brk === 'clause';
  if (
    tokens[name.from].folded !== 'منت' ||
    (!lastOfRole && !passedOver) ||
    !given ||
    (lastOfRole && given.brk !== 'none' && role.to - role.from > 1) ||
    !isArabicWord(given) ||
    roleHeadOf(withoutArticle(given.folded)) !== null ||
    nationalityOf(given.folded) !== null
  )
    return mention;
  return {
    ...mention,
    role: lastOfRole
      ? role.to - role.from > 1
        ? span(tokens, role.from, role.to - 1)
        : null
      : role,
    name: span(tokens, name.from - 1, name.to),
    lead: given,
  };
}

const MENTION_CORRECTIONS = [
  givenNameBeforeDaughterOf,
  withoutConjunctionOnName,
  headmanAsRole,
  withoutVerbInName,
  withoutAdjectivesAsName,
  withoutCompanyWord,
  withoutOwnedAfterKunya,
  withoutPastVerbBeforeOwned,
  withoutStanding,
  givenNameAfterWords,
  withEnvoysPlace,
  calledAfterDescription,
  withoutPlaceAsName,
  withoutClauseAsName,
  withoutActionAsName,
  describedNotNamed,
  withoutJoinedPlace,
  withOfficeAsFamily,
  withRanksArm,
  withoutChildsName,
  ownedBeforeRole,
  elderOrYounger,
];

/** الكبرى، الصغرى، الوسطى، الأكبر، الأصغر: which of some children or siblings. */
const ELATIVES = foldedSet('الكبرى الصغرى الوسطى الأكبر الأصغر الأوسط');

/**
 * قالت الصغرى، ليان،: the eldest or the youngest of those just named is no one's family name;
 * the given name in apposition after it is who speaks, else no one named.
 */
function elderOrYounger(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || mention.role || mention.name.to - mention.name.from !== 1)
    return mention;
  if (!ELATIVES.has(tokens[mention.name.from].folded)) return mention;
  const given = tokens[mention.name.to];
  const gender = given ? genderOfGivenName(given.folded) : null;
  const closer = tokens[mention.name.to + 1];
  if (given?.brk === 'clause' && gender !== null && (!closer || ends(closer.brk)))
    return {
      kind: 'person',
      name: span(tokens, mention.name.to, mention.name.to + 1),
      role: span(tokens, mention.name.from, mention.name.to),
      gender,
      end: mention.name.to + 1,
      lead: given,
    };
  return null;
}

/**
 * وأشار زميلها مسؤول العمليات الميدانية باسل عيسى: a noun with "his" or "her" (زميله،
 * صديقتها) read as a role alone, then a role and a name: the one named, whose role the
 * owned noun opens.
 */
function ownedBeforeRole(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'role' || mention.role.to - mention.role.from !== 1) return mention;
  const owned = tokens[mention.role.from];
  const next = tokens[mention.end];
  if (!/(?:ه|ها|هم)$/u.test(owned.folded) || !next || next.brk !== 'none') return mention;
  const after = readMention(tokens, mention.end);
  if (after?.kind !== 'person' || after.role?.from !== mention.end) return mention;
  return { ...after, role: span(tokens, mention.role.from, after.role.to) };
}

/** Kin nouns by the gender of the one they name: والدة، زوجة / والد، زوج. */
const KIN_BY_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...[...foldedSet('والدة أم زوجة شقيقة جدة عمة خالة أخت أرملة')].map(
    (word) => [word, 'f'] as const,
  ),
  ...[...foldedSet('والد أب أبو زوج شقيق ابن جد عم خال أخ')].map((word) => [word, 'm'] as const),
]);

/**
 * قالت والدة الطفل علي، أم حسين،: a kin noun in construct, then a given name of the other
 * gender: the name is the one the kin noun is of (the child), not who speaks. The one in
 * apposition after it is; else the kin noun describes someone unnamed.
 */
function withoutChildsName(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || !mention.role) return mention;
  const { name, role } = mention;
  const head = bareOf(tokens[role.from]);
  // (Not شقيقه، ابنه with "his", whose ه folds like the ة of شقيقة.)
  const own = /ه[\u064B-\u0652]*$/u.test(tokens[role.from].raw);
  const kin = own
    ? undefined
    : (KIN_BY_GENDER.get(head) ?? KIN_BY_GENDER.get(withoutConjunction(head)));
  const of = tokens[role.from + 1];
  const given = genderOfGivenName(tokens[name.from].folded);
  if (
    !kin ||
    role.to !== name.from ||
    role.to - role.from < 2 ||
    !definite(of) ||
    isNisba(of.folded) ||
    name.to - name.from !== 1 ||
    given === null ||
    given === kin
  )
    return mention;
  const apposed = tokens[name.to]?.brk === 'clause' ? appositionAt(tokens, name.to) : null;
  if (apposed)
    return {
      kind: 'person',
      name: span(tokens, apposed.from, apposed.to),
      role: span(tokens, role.from, name.to),
      gender: kin,
      end: apposed.to,
      lead: tokens[apposed.from],
    };
  return { kind: 'anonymous', role: span(tokens, role.from, name.to), gender: kin, end: name.to };
}

/** Military ranks, without the article: الفريق، اللواء، العميد. */
const MILITARY_RANKS = foldedSet('فريق لواء عميد عقيد مقدم رائد نقيب ملازم عماد مشير');
/** Words that follow a rank and name the arm or the grade: الفريق طيار، اللواء ركن. */
const RANK_ARMS = foldedSet('طيار ركن بحري أول مهندس حقوقي');

/**
 * الفريق طيار أبو بكر عثمان الأمين، اللواء ركن فلان: the word after a military rank that names
 * its arm or grade belongs to the rank, not to the name.
 */
function withRanksArm(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person') return mention;
  const { name } = mention;
  const [rank, arm] = [tokens[name.from - 1], tokens[name.from]];
  if (
    !rank ||
    !MILITARY_RANKS.has(bareOf(rank)) ||
    !RANK_ARMS.has(arm.folded) ||
    name.to - name.from < 3 ||
    tokens[name.from + 1].brk !== 'none'
  )
    return mention;
  return {
    ...mention,
    name: span(tokens, name.from + 1, name.to),
    role: mention.role ? span(tokens, mention.role.from, name.from + 1) : mention.role,
    lead: tokens[name.from + 1],
  };
}

/**
 * الدكتور عبد الحميد المقدم، سامي الوزير،: a given name alone, then a word of an office
 * with the article that a comma closes: the family name, not a second role after the name.
 */
function withOfficeAsFamily(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || mention.end !== mention.name.to) return mention;
  const { name } = mention;
  const [first, office, after] = [tokens[name.from], tokens[name.to], tokens[name.to + 1]];
  const given =
    (name.to - name.from === 1 && isKnownGivenName(first)) ||
    (name.to - name.from === 2 && /^(?:عبد|ابو)$/u.test(first.folded));
  if (
    !given ||
    !office ||
    office.brk !== 'none' ||
    !definite(office) ||
    roleHeadOf(bareOf(office)) === null ||
    (after && !ends(after.brk))
  )
    return mention;
  return { ...mention, name: span(tokens, name.from, name.to + 1), end: name.to + 1 };
}

/**
 * بجهة الدار البيضاء-سطات عبد الرحيم الهواري، بجهة طنجة-تطوان محمد العلوي: a place of two
 * joined by a hyphen, after the role's place noun or half in the role, is no name's start
 * where a known given name and more follow it.
 */
function withoutJoinedPlace(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || !mention.role) return mention;
  const { name, role } = mention;
  const before = tokens[name.from - 1];
  const start =
    tokens[name.from].brk === 'hyphen' && name.from - 1 >= role.from
      ? name.from + 1
      : tokens[name.from + 1]?.brk === 'hyphen' && !!before && isPlaceNoun(before.folded)
        ? name.from + 2
        : -1;
  const given = tokens[start];
  if (
    start < 0 ||
    name.to - start < 2 ||
    given.brk !== 'none' ||
    !(isKnownGivenName(given) || /^(?:عبد|ابو)$/u.test(given.folded))
  )
    return mention;
  return {
    ...mention,
    name: span(tokens, start, name.to),
    role: span(tokens, role.from, start),
    lead: given,
  };
}

/**
 * عن ناشر لبناني قوله، قال دبلوماسي غربي: a noun no list knows as a given name and a
 * nationality without the article describe someone unnamed; they are no name.
 */
function describedNotNamed(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || mention.role !== null) return mention;
  const { name } = mention;
  const [first, second] = [tokens[name.from], tokens[name.from + 1]];
  if (
    name.to - name.from !== 2 ||
    definite(first) ||
    definite(second) ||
    isKnownGivenName(first) ||
    isWrittenGivenName(first.raw) ||
    genderOfGivenName(second.folded) !== null ||
    nationalityOf(second.folded) === null ||
    !/(?:ي|يه)$/u.test(second.folded)
  )
    return mention;
  return {
    kind: 'anonymous',
    role: span(tokens, name.from, name.to),
    gender: mention.gender,
    end: mention.end,
  };
}

/** بدء، وقف، رفع: short verbal nouns of an action announced, no shape tells. */
const ACTION_NOUNS = foldedSet('بدء وقف رفع فتح منع حظر صرف');

/**
 * أعلنت محافظة حلب، في بيان، إطلاق حملة …; أعلنت المؤسسة …، عبر معرفاتها، بدء تركيب …: a verbal
 * noun no list knows as a given name, where a name would follow the body, is what was
 * announced; the body, read up to it, speaks.
 */
function withoutActionAsName(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || !mention.role) return mention;
  const first = tokens[mention.name.from];
  if (
    isWrittenGivenName(first.raw) ||
    isKnownGivenName(first) ||
    !(isVerbalNoun(first.folded) || ACTION_NOUNS.has(first.folded))
  )
    return mention;
  const body = readMentionAt(tokens.slice(0, mention.name.from), mention.role.from, {});
  return body?.kind === 'body' ? body : mention;
}

/**
 * وكشف المحافظ عن خطة بديلة تحمل اسم …: after a role read across the verb's preposition (عن),
 * a present verb no list knows as a name opens a clause about what was disclosed, not a name;
 * the role stands alone, up to the preposition.
 */
function withoutClauseAsName(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || !mention.role) return mention;
  const first = tokens[mention.name.from];
  const second = tokens[mention.name.from + 1];
  if (
    !isPresentVerb(first) ||
    isWrittenGivenName(first.raw) ||
    isKnownGivenName(first) ||
    mention.name.to - mention.name.from !== 2 ||
    isKnownGivenName(second)
  )
    return mention;
  const head = roleHeadOf(bareOf(tokens[mention.role.from]));
  let to = mention.role.from + 1;
  while (to < mention.role.to && tokens[to].folded !== 'عن') to++;
  if (!head || to === mention.role.to) return mention;
  return {
    kind: 'role',
    role: span(tokens, mention.role.from, to),
    head,
    gender: mention.gender,
    end: to,
  };
}

/**
 * مسؤول بالوكالة الحوضية لسوس ماسة: after an unnamed source's noun and a definite word (its
 * body's), ل on a word no list knows as a given name is "of" a place, not a name: the source
 * stays unnamed.
 */
function withoutPlaceAsName(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'person' || !mention.role) return mention;
  const head = withoutConjunction(tokens[mention.role.from].folded);
  const first = tokens[mention.name.from];
  const before = tokens[mention.name.from - 1];
  if (
    !ANONYMOUS_HEADS.has(head) ||
    !/^ل[\u0621-\u064A]{3,}$/u.test(first.folded) ||
    isWrittenGivenName(first.raw) ||
    isKnownGivenName(first) ||
    !before ||
    !definite(before)
  )
    return mention;
  return {
    kind: 'anonymous',
    role: span(tokens, mention.role.from, mention.name.to),
    gender: mention.gender,
    end: mention.end,
  };
}

/** Events someone opens, gives or takes part in (بحفل، بندوة، بمحاضرة): no name's word. */
const EVENTS = foldedSet('حفل حفلة أمسية محاضرة مؤتمر ورشة مداخلة');

/** وفق لائحة الاتهام، حيثيات لجنة التحكيم: a noun whose own first letter is ل, no ل of "to". */
const ownFirstLam = (word: Token) =>
  !word.folded.startsWith('لل') && (OWN_LAM.has(word.folded) || isLexical(word.folded, false));

/** Those sent to a place: مبعوث، سفير، مندوب، ممثل (their office is "to" somewhere). */
const SENT = foldedSet('مبعوث سفير مندوب ممثل منسق');

/**
 * مكتب المبعوث الأممي إلى سوريا، بعثة المندوب الدائم لدى الأمم المتحدة: a body named by an
 * envoy's office takes where the envoy is sent, إلى or لدى and the place.
 */
function withEnvoysPlace(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'body' || mention.end !== mention.name.to) return mention;
  const to = mention.end;
  const [to_, place] = [tokens[to], tokens[to + 1]];
  if (
    !to_ ||
    !place ||
    to_.brk !== 'none' ||
    place.brk !== 'none' ||
    !/^(?:الي|لدي)$/u.test(to_.folded) ||
    !(COUNTRIES.has(place.folded) || CAPITALS.has(place.folded) || definite(place))
  )
    return mention;
  const words = tokens.slice(mention.name.from + 1, to);
  if (!words.some((word) => SENT.has(bareOf(word)))) return mention;
  // (الأمم المتحدة: a place of two words.)
  const two =
    place.folded === 'الامم' &&
    tokens[to + 2]?.folded === 'المتحده' &&
    tokens[to + 2].brk === 'none';
  const end = to + (two ? 3 : 2);
  return { ...mention, name: span(tokens, mention.name.from, end), end };
}

/**
 * وقال الطاهي المتطوع محمود أبو عودة، رأى الدولي السابق أبو بكر الزيتوني: words with the
 * article that no list knows as a role (a trade, a player's standing) read as a one-word name
 * or as a body, then words that describe them (المتطوع، عالمياً سابقاً), then a name that a
 * known given name or a kunya opens, of two words at least, where the words plainly end:
 * what came first was the role, and the name is the person's.
 */
function givenNameAfterWords(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (!mention) return mention;
  const lone =
    mention.kind === 'person' &&
    mention.role === null &&
    mention.name.to - mention.name.from === 1 &&
    definite(tokens[mention.name.from]);
  const plainBody =
    mention.kind === 'body' &&
    // (Not one word: الداخلية مجدي فلان ends a minister's role.)
    mention.name.to - mention.name.from >= 2 &&
    mention.name.to - mention.name.from <= 3 &&
    tokens.slice(mention.name.from, mention.name.to).every((token) => definite(token));
  if ((!lone && !plainBody) || (mention.kind !== 'person' && mention.kind !== 'body'))
    return mention;
  const from = mention.name.from;
  let at = mention.end;
  while (
    at < tokens.length &&
    at - mention.end < 3 &&
    tokens[at].brk === 'none' &&
    (definite(tokens[at]) || /\u064B/u.test(tokens[at].raw)) &&
    !isKnownGivenName(tokens[at])
  )
    at++;
  // (A one-word name, only with words that describe it between: not قال الحسيني محمد علي.)
  if (lone && at === mention.end) return mention;
  const first = tokens[at];
  if (
    !first ||
    first.brk !== 'none' ||
    (!isKnownGivenName(first) && kunyaGender(first) === null) ||
    definite(first)
  )
    return mention;
  const end = nameEnd(tokens, at);
  const after = tokens[end];
  if (
    end - at < 2 ||
    !(
      closesAt(tokens, end) ||
      (after.brk === 'none' &&
        (toldAudience(after) ||
          /^ل[\u0621-\u064A]{3,}$/u.test(after.folded) ||
          SAYING_PLACES.has(after.folded)))
    )
  )
    return mention;
  return {
    kind: 'person',
    name: span(tokens, at, end),
    role: span(tokens, from, at),
    gender: genderOfGivenName(first.folded) ?? kunyaGender(first),
    end,
    lead: first,
  };
}

/** المعارض، الحاكم: where a party or an alliance stands, said of it, not in its name. */
const STANDINGS = foldedSet('المعارض المعارضة الحاكم الحاكمة');

/**
 * تحالف القوى الحية المعارض، حزب المؤتمر الحاكم: a body named in three words or more, then
 * where it stands (the opposition, the ruling one): an adjective of it, not of its name.
 * (Not الحزب الحاكم, which has no name without it.)
 */
function withoutStanding(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'body') return mention;
  const { from, to } = mention.name;
  if (to - from < 4 || !STANDINGS.has(tokens[to - 1].folded) || mention.end !== to) return mention;
  return { ...mention, name: span(tokens, from, to - 1) };
}

/**
 * قائد نادي الأهلي طرابلس، المهاجم أنس الفيتوري، إن: a role whose last word is a capital or
 * a country (no one's name), then a comma and someone named in apposition: the place ends the
 * role, and the one in apposition holds it.
 */
function placeThenName(
  tokens: readonly Token[],
  mention: Extract<Mention, { kind: 'person' }>,
): Mention | null {
  const { name, role } = mention;
  if (!role || name.to - name.from !== 1 || mention.end !== name.to) return null;
  const place = tokens[name.from];
  const comma = tokens[name.to];
  if (
    !(BARE_CAPITALS.has(place.folded) || COUNTRIES.has(place.folded)) ||
    comma?.brk !== 'clause' ||
    comma.quoted
  )
    return null;
  const next = readMentionAt(tokens, name.to, {});
  if (next?.kind !== 'person' || next.name.to - next.name.from < 2) return null;
  const closer = tokens[next.end];
  if (closer && !ends(closer.brk)) return null;
  return { ...next, role: span(tokens, role.from, name.to) };
}

/** هذا، هذه، تلك، ذلك: demonstratives (not هؤلاء, "these" alone: ومن هؤلاء الطالب فلان). */
const DEMONSTRATIVES = foldedSet('هذا هذه ذلك تلك');

/**
 * وزيري، حكومتي: a role's or a body's noun in the dual's oblique case (ـَيْ in construct),
 * with the definite noun or the place it is in construct with after it.
 */
function obliqueDualAt(tokens: readonly Token[], at: number): boolean {
  const dual = tokens[at];
  const next = tokens[at + 1];
  if (!dual || !next || ends(next.brk) || !/^[\u0621-\u064A]{3,}ي$/u.test(dual.folded))
    return false;
  const stem = dual.folded.slice(0, -1);
  // (Not a role's noun that ends in ي itself: محامي، قاضي.)
  if (roleHeadOf(dual.folded) !== null || BODY_HEADS.has(dual.folded)) return false;
  const head = isBodyDual(dual.folded) || (roleHeadOf(stem) === stem && !stem.endsWith('ت'));
  // (Not a family name before a day or a nationality: وأكد رئيسي الثلاثاء، رئيسي الإيراني.)
  if (TIME_WORDS.has(next.folded) || isNisba(next.folded)) return false;
  return head && (definite(next) || COUNTRIES.has(next.folded) || BARE_CAPITALS.has(next.folded));
}

export function readMention(
  tokens: readonly Token[],
  from: number,
  options: { dative?: boolean } = {},
): Mention | null {
  // ودعا وزيري الداخلية والدفاع إلى، وطالبت حكومتي طرابلس وبنغازي بـ: after a verb, a dual
  // in the oblique case is its object; the subject is someone before (a subject would be
  // وزيرا، حكومتا).
  const verb = tokens[from - 1];
  if (
    !options.dative &&
    verb &&
    !!tokens[from] &&
    !ends(tokens[from].brk) &&
    cueOf(verb.raw, verb.folded)?.kind === 'verb' &&
    obliqueDualAt(tokens, from)
  )
    return null;
  const read = MENTION_CORRECTIONS.reduce(
    (mention, correct) => correct(tokens, mention),
    readMentionAt(tokens, from, options) ?? aliAlone(tokens, from),
  );
  // رأى أن هذه المعارض مجرد "مسكّن": after a demonstrative, a role's word is a thing or
  // someone met before, never a role that a name follows.
  const pointer = tokens[from - 1];
  if (
    read?.kind === 'person' &&
    read.role?.from === from &&
    pointer &&
    !ends(tokens[from].brk) &&
    // (Not a name set off by commas after it: هذه المعلمة، سعاد حسن،.)
    tokens[read.name.from].brk === 'none' &&
    DEMONSTRATIVES.has(pointer.folded)
  )
    return null;
  // وأضافت السعدي-باومان: a family name with the article and a second one joined by a
  // hyphen, one family name.
  const joined = read?.kind === 'person' ? tokens[read.name.to] : undefined;
  const mention =
    read?.kind === 'person' &&
    joined &&
    read.end === read.name.to &&
    joined.brk === 'hyphen' &&
    definite(tokens[read.name.to - 1]) &&
    isArabicWord(joined) &&
    isNameWord(joined, true)
      ? {
          ...read,
          name: span(tokens, read.name.from, read.name.to + 1),
          end: read.end + 1,
        }
      : read;
  // مستشار الرئيس الأمريكي دونالد ترامب، مسعد بولس، إن / زوجة الأسير وليد دقة، سناء سلامة،:
  // a role whose genitive is someone named, then a name in apposition: the apposition is the
  // one who holds the role.
  const apposed =
    mention?.kind === 'person' && mention.role
      ? (genitivePersonThenName(tokens, mention) ?? placeThenName(tokens, mention))
      : null;
  if (apposed) return apposed;
  // إحدى الطاهيات في المطعم، سماح (32 عاماً)، إن: one of many, then her given name alone in
  // apposition, closed by a comma or her age: she is named.
  const apposedName = mention?.kind === 'anonymous' ? tokens[mention.end] : undefined;
  const closer = mention ? tokens[mention.end + 1] : undefined;
  const apposedGender = apposedName ? genderOfGivenName(apposedName.folded) : null;
  if (
    mention?.kind === 'anonymous' &&
    apposedName?.brk === 'clause' &&
    apposedGender !== null &&
    (mention.gender === null || mention.gender === apposedGender) &&
    /^(?:احد|احدي)$/u.test(tokens[mention.role.from].folded) &&
    !!closer &&
    ends(closer.brk)
  )
    return {
      kind: 'person',
      name: span(tokens, mention.end, mention.end + 1),
      role: mention.role,
      gender: apposedGender,
      end: mention.end + 1,
      lead: apposedName,
    };
  // المندوب الإيراني أمير حسين زارعي: after a role, أمير and a known given name open a name
  // (not a second office, أمير قطر).
  const emir = mention?.kind === 'role' ? tokens[mention.end] : undefined;
  const second = mention ? tokens[mention.end + 1] : undefined;
  if (
    mention?.kind === 'role' &&
    emir?.folded === 'امير' &&
    emir.brk === 'none' &&
    second &&
    second.brk === 'none' &&
    genderOfGivenName(second.folded) === 'm'
  ) {
    const to = nameEnd(tokens, mention.end + 1);
    if (to > mention.end + 1)
      return {
        kind: 'person',
        name: span(tokens, mention.end, to),
        role: mention.role,
        gender: 'm',
        end: to,
        lead: emir,
      };
  }
  // أحد سكان سبها قال: the place whose people the words are about, a name no list knows,
  // is the genitive of سكان، أهالي، أبناء.
  const place = mention?.kind === 'anonymous' ? tokens[mention.end] : undefined;
  if (
    mention?.kind === 'anonymous' &&
    place &&
    place.brk === 'none' &&
    /^(?:سكان|اهالي|اهل|ابناء)$/u.test(tokens[mention.end - 1].folded) &&
    !place.quoted &&
    /^[\u0621-\u064A]{3,}$/u.test(place.folded) &&
    !FUNCTION_WORDS.has(place.folded) &&
    !cueOf(place.raw, place.folded) &&
    !definite(place) &&
    !isLexical(place.folded) &&
    genderOfGivenName(place.folded) === null
  )
    return {
      ...mention,
      role: span(tokens, mention.role.from, mention.end + 1),
      end: mention.end + 1,
    };
  if (mention?.kind !== 'person' || mention.role === null) return mention;
  let start = mention.name.from;
  // وزير الإعلام الإريتري برهاني تسفاماريام: after a nationality with the article, a word
  // without it is no adjective of the role (they would agree), so the name opens there.
  const lastOfRole = tokens[mention.role.to - 1];
  const nationality = tokens[mention.role.to - 2];
  if (
    mention.role.to === start &&
    mention.role.to - mention.role.from >= 3 &&
    lastOfRole.brk === 'none' &&
    tokens[start].brk === 'none' &&
    // (Not a place before a known given name: مدرب الأهلي بنغازي فوزي العرفي.)
    genderOfGivenName(tokens[start].folded) === null &&
    !definite(tokens[start]) &&
    kunyaGender(tokens[start]) === null &&
    !/^و/u.test(lastOfRole.folded) &&
    !lastOfRole.quoted &&
    !definite(lastOfRole) &&
    isNameWord(lastOfRole) &&
    !isLexical(lastOfRole.folded) &&
    definite(nationality) &&
    isNisba(nationality.folded) &&
    /ي[\u064B-\u0652]*$/u.test(nationality.raw)
  )
    start = mention.role.to - 1;
  // وزير الداخلية الفرنسي برنار-هنري لوكليرك: a name never starts inside a given name
  // joined by a hyphen.
  while (
    start > mention.role.from + 1 &&
    tokens[start].brk === 'hyphen' &&
    tokens[start].start - tokens[start - 1].end === 1
  )
    start--;
  // النائبة بياتريكس فون هاغن: a particle of a foreign name never opens it after a word no
  // list knows.
  const given = tokens[start - 1];
  if (
    start === mention.name.from &&
    start - 1 > mention.role.from &&
    NAME_PARTICLES.has(tokens[start].folded) &&
    tokens[start].brk === 'none' &&
    given.brk === 'none' &&
    !definite(given) &&
    isNameWord(given) &&
    !isLexical(given.folded)
  )
    start--;
  // الشاعرة الموريتانية الدهماء بنت محمد ولد اعلي: a word with the article right before بنت
  // or بن, no nisba and no role, is the given name the joiner's name hangs on.
  const joiner = tokens[start - 1];
  const holder = tokens[start - 2];
  if (
    start === mention.name.from &&
    start - 2 > mention.role.from &&
    joiner &&
    holder &&
    /^(?:بنت|منت|بن|ولد)$/u.test(joiner.folded) &&
    joiner.brk === 'none' &&
    tokens[start].brk === 'none' &&
    holder.brk === 'none' &&
    definite(holder) &&
    !isNisba(holder.folded) &&
    roleHeadOf(bareOf(holder)) === null &&
    (DEFINITE_GIVEN_NAMES.has(holder.folded) || !isLexical(bareOf(holder)))
  )
    start -= 2;
  // (Not a place's or a company's name of two words joined so, in construct with the role's
  // noun: رئيس بلدية سان-دوني فلان، الرئيس التنفيذي لشركة رولز-رويس فلان.)
  const owner = tokens[start - 1];
  if (
    start < mention.name.from &&
    owner &&
    [bareOf(owner), bareOf(owner).replace(/^ل/u, '')].some(
      (word) => PLACE_NOUNS.has(word) || BODY_HEADS.has(word),
    )
  )
    start = mention.name.from;
  if (start === mention.name.from) return mention;
  return {
    ...mention,
    name: span(tokens, start, mention.name.to),
    role: span(tokens, mention.role.from, start),
    lead: tokens[start],
  };
}

function readMentionAt(
  tokens: readonly Token[],
  from: number,
  options: { dative?: boolean } = {},
): Mention | null {
  let at = from;
  if (at >= tokens.length) return null;
  if (options.dative && tokens[at].folded === 'ل' && tokens[at + 1]) at++;
  const first = tokens[at];
  // آمر اللواء is a commander; الأمر, written with hamza, is "the matter" (أن الأمر يستحق).
  if (/^[وفبل]?(?:ال)?امر$/u.test(first.folded) && !first.raw.includes('آ')) return null;
  const unnamed = askedNotToBeNamed(tokens, at);
  if (unnamed) return unnamed;
  // وقال فان دير بيرغ، فرد فان دي بيك: the Dutch particle opens a family name (not فإن)
  // where a second particle follows it.
  const particle = tokens[at + 1];
  if (
    first.raw === 'فان' &&
    particle &&
    particle.brk === 'none' &&
    /^(?:دير|دي|دن|در)$/u.test(particle.folded)
  ) {
    const last = tokens[at + 2];
    if (last && last.brk === 'none' && isNameWord(last, true))
      return {
        kind: 'person',
        name: span(tokens, at, at + 3),
        role: null,
        gender: null,
        end: at + 3,
        lead: first,
      };
  }
  // إن الفريق جاهز: الفريق is the team; the rank (الفريق أول، الفريق الركن) comes before a
  // given name the lists know.
  const rank = tokens[at + 1];
  if (
    definite(first) &&
    bareOf(first) === 'فريق' &&
    rank &&
    !ends(rank.brk) &&
    !definite(rank) &&
    !/^(?:اول|ركن)$/u.test(rank.folded) &&
    !SAYING_OPENERS.has(rank.folded) &&
    !isKnownGivenName(rank)
  )
    return null;
  // وقال مناصر من حي باب الوادي، قالت مصلية في الأقصى: someone met in the street, a stand
  // or a mosque, unnamed, where where they are from or where they were follows.
  const where = tokens[at + 1];
  if (
    STREET_SOURCES.has(first.folded.replace(/^[وف](?=[\u0621-\u064A]{4})/u, '')) &&
    !definite(first) &&
    where &&
    !ends(where.brk) &&
    /^(?:من|في|داخل|عند|امام|قرب)$/u.test(where.folded)
  ) {
    let to = at + 2;
    while (
      to < tokens.length &&
      to - at < 6 &&
      !ends(tokens[to].brk) &&
      !SAYING_OPENERS.has(tokens[to].folded) &&
      !cueOf(tokens[to].raw, tokens[to].folded)
    )
      to++;
    return { kind: 'anonymous', role: span(tokens, at, to), gender: null, end: to };
  }
  if (
    options.dative &&
    first.folded.length > 3 &&
    first.folded[0] === 'ل' &&
    at === from &&
    !ownFirstLam(first)
  ) {
    // للجنة، للجان: ل on a body's noun that opens with ل itself (لجنة أمن الولاية), in
    // construct with what follows, not ل and the article.
    const ownLam =
      first.folded.startsWith('لل') &&
      BODY_HEADS.has(first.folded.slice(1)) &&
      !!tokens[at + 1] &&
      !ends(tokens[at + 1].brk);
    // للاعب الدولي، للواء فلان، للجنة العليا: ل on the article of a noun that opens with ل
    // (اللاعب، اللواء، اللجنة), whose two lams are both written: the display keeps them.
    const lamNoun = (folded: string) => BODY_HEADS.has(folded) || roleHeadOf(folded) !== null;
    const next = tokens[at + 1];
    const definiteLam =
      first.folded.startsWith('لل') &&
      lamNoun(first.folded.slice(1)) &&
      !lamNoun(first.folded.slice(2)) &&
      (!ownLam || (!!next && definite(next)));
    const article = first.folded.startsWith('لل') && (!ownLam || definiteLam);
    const folded = definiteLam
      ? `ا${first.folded}`
      : article
        ? `ال${first.folded.slice(2)}`
        : first.folded.slice(1);
    // لـفلان، لفلان: the name starts after ل (and a tatweel); للجيش: at the second ل, whose
    // alef the preposition swallowed (restored for display); للجنة العليا: at the first.
    const skip = definiteLam ? 0 : article ? 1 : afterPreposition(first.raw);
    const stripped: Token = {
      ...first,
      folded,
      raw: first.raw.slice(skip),
      start: first.start + (definiteLam ? 0 : Math.max(skip, 1)),
      alef: article,
    };
    const view = [...tokens];
    view[at] = stripped;
    return withCalledName(view, readAt(view, at, false));
  }
  // غير أن مسؤولاً رفيعاً …: a source in the accusative, read as in the nominative.
  // (After إن، أن، لكن the tanween is often not written: غير أن مصدرا مطلعا.)
  const governed = /^[وف]?(?:ان|لكن)$/u.test(tokens[at - 1]?.folded ?? '');
  const accusative = (token: Token | undefined) =>
    !!token &&
    (governed || /\u064B/u.test(token.raw)) &&
    /^[\u0621-\u064A]{3,}ا$/u.test(token.folded);
  if (accusative(first) && !cueOf(first.raw, first.folded)) {
    const head = first.folded.slice(0, -1);
    if (ANONYMOUS_HEADS.has(head) || roleHeadOf(head) !== null) {
      const view = [...tokens];
      for (let k = at; k < tokens.length && (k === at || !ends(tokens[k].brk)); k++) {
        if (!accusative(tokens[k])) break;
        view[k] = { ...tokens[k], folded: tokens[k].folded.slice(0, -1) };
      }
      return withCalledName(view, readAt(view, at, at > from));
    }
  }
  // سعادة السفير فلان، سمو أمير المنطقة: a courtesy title before a role is not part of it.
  const role = tokens[at + 1];
  if (
    COURTESY_TITLES.has(first.folded) &&
    role &&
    !ends(role.brk) &&
    opensNamedPhrase(role) &&
    !BODY_HEADS.has(bareOf(role))
  )
    return readMention(tokens, at + 1);
  return withLate(
    tokens,
    withUnlistedRole(tokens, withCalledName(tokens, readAt(tokens, at, at > from))),
  );
}

/** الفنان الراحل، الكاتبة الفقيدة: a role with "the late" after it is that person's role. */
function withLate(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (mention?.kind !== 'role') return mention;
  const late = tokens[mention.end];
  if (!late || ends(late.brk) || !/^ال(?:راحل|فقيد)ه?$/u.test(late.folded)) return mention;
  return {
    ...mention,
    role: span(tokens, mention.role.from, mention.end + 1),
    end: mention.end + 1,
  };
}

/**
 * شاويش المخيم أبو خالد الحمصي إن: a word the lists do not know, its definite genitive,
 * then a name that plainly starts (a kunya or a known given name) and ends where the saying
 * opens: the first two words were a role, not a one-word name.
 */
function withUnlistedRole(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (!mention || mention.kind !== 'person' || mention.role) return mention;
  const { from, to } = mention.name;
  // وقفت أم يوسف: a word with و that is no known given name, before a kunya, is a verb or
  // a conjunction's word: the name starts after it. (Before a given name it may be one
  // itself: وسام علي الكعبي.)
  const second = tokens[from + 1];
  if (
    to - from >= 3 &&
    tokens[from].folded.startsWith('و') &&
    !isKnownGivenName(tokens[from]) &&
    second &&
    kunyaGender(second) !== null
  )
    return {
      ...mention,
      name: span(tokens, from + 1, to),
      gender: kunyaGender(second),
      lead: second,
    };
  const lead = tokens[from];
  // The name may have stopped at the role's first word (شاويش), at its genitive (مربي
  // الجاموس), or run on over all of it and the name (ناطور البناية أبو سمير الخطيب); three
  // words are a name of their own. A nisba is a family name, not a genitive (ضرغام الحسيني).
  const genitive = tokens[from + 1];
  const start = from + 2;
  const first = tokens[start];
  if (
    to - from === 3 ||
    (genitive &&
      isNisba(genitive.folded) &&
      /ي$/u.test(genitive.raw.replace(/[\u064B-\u0652]/gu, ''))) ||
    definite(lead) ||
    isKnownGivenName(lead) ||
    // (أمة الرحمن علي، منة الله محمد: a given name in two words, then the father's.)
    laqabAt(tokens, from) ||
    !genitive ||
    ends(genitive.brk) ||
    !definite(genitive) ||
    !first ||
    ends(first.brk)
  )
    return mention;
  if (kunyaGender(first) === null && !isKnownGivenName(first)) return mention;
  const end = nameEnd(tokens, start);
  if (end - start < 2 || !endsName(tokens, end)) return mention;
  return {
    kind: 'person',
    name: span(tokens, start, end),
    role: span(tokens, from, start),
    gender: kunyaGender(first) ?? genderOfGivenName(first.folded),
    end,
    lead: first,
  };
}

// (Or اسمه، اسمها, "whose name is": حاجة من الفاشر اسمها آمنة.)
const CALLED = /^و?(?:[يت]دعي|اسمه|اسمها)$/u;
/**
 * سائق صهريج يُدعى محمود العبادي، أحد المتظاهرين، ويدعى حيدر عبد الأمير: a description, then
 * "who is called" and the name: the person, with the description as the role.
 */
function withCalledName(tokens: readonly Token[], mention: Mention | null): Mention | null {
  if (!mention || (mention.kind !== 'role' && mention.kind !== 'anonymous')) return mention;
  // سائق صهريج يُدعى …: one more word of the description (its genitive) may come first.
  let at = mention.end;
  const word = tokens[at];
  if (word && !ends(word.brk) && !definite(word) && CALLED.test(tokens[at + 1]?.folded ?? '')) at++;
  // مستخدمة تُدعى هبة: the description may have taken "who is called" as its last word.
  else if (at - 1 > mention.role.from && CALLED.test(tokens[at - 1].folded)) at--;
  // (رجل عرّف نفسه: so may the verb of one who gave a name.)
  else if (
    at - 1 > mention.role.from &&
    /^[وف]?(?:عرف|قدم)(?:ت)?$/u.test(tokens[at - 1].folded) &&
    /^نفس(?:ه|ها)$/u.test(tokens[at]?.folded ?? '')
  )
    at--;
  else {
    // ناجٍ إثيوبي يُدعى تسفاي: or with the name too.
    for (let k = mention.role.from + 1; k < at; k++)
      if (CALLED.test(tokens[k].folded) && !ends(tokens[k].brk)) {
        at = k;
        break;
      }
  }
  const called = tokens[at];
  // رجل عرّف نفسه باسم أنور، امرأة قدّمت نفسها فقط باسم أم يوسف: the name they gave.
  let from = at + 1;
  // (With عن too: مستمعة عرّفت عن نفسها باسم أم جاد.)
  const self = tokens[at + 1]?.folded === 'عن' && tokens[at + 1].brk === 'none' ? at + 2 : at + 1;
  const gave =
    !!called &&
    /^[وف]?(?:عرف|قدم)(?:ت)?$/u.test(called.folded) &&
    called.brk === 'none' &&
    /^نفس(?:ه|ها)$/u.test(tokens[self]?.folded ?? '');
  if (gave) {
    from = self + 1;
    if (tokens[from] && tokens[from].folded !== 'باسم' && tokens[from + 1]?.folded === 'باسم')
      from++;
    if (tokens[from]?.folded !== 'باسم' || ends(tokens[from].brk)) return mention;
    from++;
  } else if (
    !called ||
    !CALLED.test(called.folded) ||
    (ends(called.brk) && called.brk !== 'clause')
  )
    return mention;
  if (!tokens[from] || ends(tokens[from].brk)) return mention;
  const to = nameEnd(tokens, from);
  if (to <= from) return mention;
  return {
    kind: 'person',
    name: span(tokens, from, to),
    role: span(tokens, mention.role.from, at),
    gender: genderOfGivenName(tokens[from].folded) ?? mention.gender,
    end: to,
    lead: tokens[from],
  };
}

/** A pronoun subject after a verb of state: تبكي وهي تقول، يقف وهو يقول. */
const PRONOUN_SUBJECTS = foldedSet('وهي وهو وهم وهن');

/**
 * Where a subject starts after a verb of state placed before it (يقف الحاج أبو علي
 * الشويلي …، ويقول؛ ليعود بن عمر ويقرّ): the word after the verb when that word opens a
 * name (a title, أبو/بن/عبد, a known given name); -1 when the subject is a pronoun (تبكي
 * وهي تقول: the person the sentence is about); `from` when the first word is no verb.
 */
function afterStateVerb(tokens: readonly Token[], from: number): number {
  const verb = tokens[from];
  const next = tokens[from + 1];
  if (!verb || !next || ends(next.brk) || cueOf(verb.raw, verb.folded)) return from;
  const shaped = isPresentVerb(verb) || /^ل?[يت][\u0621-\u064A]{2,3}$/u.test(verb.folded);
  if (!shaped || isWrittenGivenName(verb.raw) || genderOfGivenName(verb.folded)) return from;
  if (PRONOUN_SUBJECTS.has(next.folded)) return -1;
  if (isTitle(next) || isJoiner(next) || isWrittenGivenName(next.raw)) return from + 1;
  return from;
}

/**
 * A title, a nationality, then the name (البروفيسور البريطاني ديفيد هارينغتون، الدكتورة
 * المغربية سلمى بناني): the title and the nationality are the role.
 */
function titleAndNationality(tokens: readonly Token[], at: number): Mention | null {
  const title = tokens[at];
  if (!title || !definite(title) || !HONORIFICS.has(bareOf(title))) return null;
  let k = at + 1;
  // اللواء البحري المتقاعد عصام الدين مختار: a title's adjectives, then the name.
  while (
    k < at + 3 &&
    tokens[k] &&
    !ends(tokens[k].brk) &&
    (isNisba(tokens[k].folded) || /^ال(?:متقاعد|سابق)ه?$/u.test(tokens[k].folded))
  )
    k++;
  const first = tokens[k];
  if (k === at + 1 || !first || ends(first.brk) || !(isNameWord(first) || isJoiner(first)))
    return null;
  const to = nameEnd(tokens, k);
  if (to <= k) return null;
  return {
    kind: 'person',
    name: span(tokens, k, to),
    role: span(tokens, at, k),
    gender: genderOfGivenName(first.folded) ?? genderOfRole(title),
    end: to,
    lead: first,
  };
}

/**
 * A nationality, then a name of two words at least: البولندية ماغدالينا كوفالسكا، الإسباني
 * خوسيه مارتينيث. The nationality is the role.
 */
export function nationalityAndName(tokens: readonly Token[], at: number): Mention | null {
  const nationality = tokens[at];
  if (!nationality || !tokens[at + 1] || ends(tokens[at + 1].brk) || !definite(nationality))
    return null;
  if (!isNisba(nationality.folded) || startsDefiniteName(tokens, at)) return null;
  // (واسمها الحقيقي فلانة: which name, not a nationality.)
  if (/^ال(?:حقيقي|كامل|اصلي)$/u.test(nationality.folded)) return null;
  // الألماني من أصل تركي كمال أوزتورك، الإيراني الأصل حميد رضا: where they come from, then
  // the name.
  let start = at + 1;
  const origin = tokens[start].folded === 'من' ? tailEnd(tokens, start) : -1;
  if (origin > start + 2) start = origin;
  else if (tokens[start].folded === 'الاصل') start++;
  const first = tokens[start];
  if (!first || ends(first.brk)) return null;
  // (Between commas, a word of a name that could pass for a verbal noun: ، التركي أردال
  // يلماز،.)
  const apposed = nationality.brk === 'clause';
  if (isLexical(bareOf(nationality)) || !(isNameWord(first, apposed) || isJoiner(first)))
    return null;
  let to = apposed ? nameEndAfterTitle(tokens, start) : nameEnd(tokens, start);
  const named = (end: number): Mention => ({
    kind: 'person',
    name: span(tokens, start, end),
    role: span(tokens, at, start),
    gender: genderOfGivenName(first.folded) ?? (nationality.folded.endsWith('ه') ? 'f' : 'm'),
    end,
    lead: first,
  });
  const written = first.raw.replace(/[\u064B-\u0652\u0640]/gu, '');
  // الإيطالي ماركو، وهو …; السائحة الألمانية هايدي: a visitor's given name alone, where the
  // name visibly ends right after it (a comma, a colon, what opens the saying).
  if (
    to - start === 1 &&
    start === at + 1 &&
    isNameWord(first, true) &&
    isPlainWord(first) &&
    !isLexical(bareOf(first)) &&
    // (Not a surname met, then what the verb does: طالبت الإدريسي برفع، وعد الدوسري بإعادته،
    // تأكيده، حملة: no preposition, possessive or feminine noun's ending on a given name.)
    !/(?:ه|ها|هم)$/u.test(written) &&
    (!written.endsWith('ة') || genderOfGivenName(first.folded) !== null) &&
    !MASDAR.test(first.folded) &&
    !/^[بلك]/u.test(first.folded) &&
    closesAt(tokens, to)
  )
    return named(to);
  if (to - start < 2) return null;
  // A known given name first, or plain words only: وصف الهاجري دور الوساطة القطرية is a
  // surname, its verb's object after it.
  const known = isKnownGivenName(first);
  const articled = (word: Token) => definite(word) && !word.folded.startsWith('فال');
  if (!known && tokens.slice(start, to).some(articled)) return null;
  // An unknown first word: a name only where it visibly ends (الجارحي مما وصفه is not one).
  // (Between commas, where the person is from may follow the name: ، الإيطالية فرانتشيسكا
  // روسي من جامعة بيزا،.)
  const placed =
    apposed && tokens[to]?.folded === 'من' && tokens[to].brk === 'none' && tailEnd(tokens, to) > to;
  if (
    !known &&
    to - start <= 2 &&
    !closesAt(tokens, to) &&
    !(placed && closesAt(tokens, tailEnd(tokens, to)))
  ) {
    const after = tokens[to];
    const glued = !!after && /^[بل]/u.test(after.folded) && after.folded.length > 3;
    if (after && !glued && !/^\d/u.test(after.raw)) return null;
  }
  // …كوفالسكا بمجموعتين دون رد: a third word is the name's only where the name visibly ends.
  const plainPair = [tokens[start], tokens[start + 1]].every(
    (word) => !isJoiner(word) && !TITLE_FAMILIES.has(word.folded),
  );
  if (
    to - start > 2 &&
    plainPair &&
    !closesAt(tokens, to) &&
    !isWrittenGivenName(tokens[start + 1].raw)
  )
    to = start + 2;
  return named(to);
}

/** لكن، غير أن، إلا أن، إن: particles whose subject is in the accusative. */
const ACCUSATIVE_OPENERS = foldedSet('لكن ولكن أن وأن فأن إن وإن فإن');
const TANWEEN_FATH = /(?:\u064B\u0627?|\u0627\u064B)$/u;

/**
 * لكن مرشداً سياحياً في الدرعية، طلب عدم ذكر اسمه، قال: after a particle whose subject is in
 * the accusative, a noun written with its tanween (no name takes it) and the adjectives and
 * the tail that describe it are someone unnamed, whatever the lists know of the noun.
 */
function unnamedAccusative(tokens: readonly Token[], at: number): Mention | null {
  const token = tokens[at];
  const before = tokens[at - 1];
  if (
    !token ||
    !before ||
    ends(token.brk) ||
    !ACCUSATIVE_OPENERS.has(before.folded) ||
    definite(token) ||
    !TANWEEN_FATH.test(token.raw) ||
    isKnownGivenName(token) ||
    !/^[\u0621-\u064A]{3,}$/u.test(token.folded)
  )
    return null;
  let end = at + 1;
  while (tokens[end] && !ends(tokens[end].brk) && TANWEEN_FATH.test(tokens[end].raw)) end++;
  // (Where the source is, as for the nominative: غير أن مصدراً داخل النادي قال.)
  const inside = tokens[end];
  const tail =
    inside?.folded === 'داخل' && tokens[end + 1] && !ends(tokens[end + 1].brk)
      ? chainEnd(tokens, end + 1)
      : tailEnd(tokens, end);
  if (tail > end) end = tail;
  return {
    kind: 'anonymous',
    role: span(tokens, at, end),
    gender: token.raw.replace(/[\u064B\u0627]+$/u, '').endsWith('ة') ? 'f' : 'm',
    end,
  };
}

function readAt(tokens: readonly Token[], start: number, allowBreak: boolean): Mention | null {
  const from = afterStateVerb(tokens, start);
  if (from < 0) return null;
  // وقال الأب، فردّت الجدة ضاحكة، تقول الأم لابنتها: a parent or a grandparent by the word
  // alone, no name after it (الأب يوحنا is a priest): the one the story met as such.
  const kin = tokens[from] && KIN_ALONE.get(tokens[from].folded.replace(/^[وف](?=ال)/u, ''));
  // (Nor one with a name in apposition: أما الأب، علي حسين الجبوري، فيقول.)
  const afterKin = tokens[from + 1];
  const namedAfter =
    !!afterKin &&
    (afterKin.brk === 'none' || afterKin.brk === 'clause') &&
    (isKnownGivenName(afterKin) || isWrittenGivenName(afterKin.raw) || !!kunyaGender(afterKin));
  if (kin && !namedAfter)
    return {
      kind: 'role',
      role: span(tokens, from, from + 1),
      head: kin.head,
      gender: kin.gender,
      end: from + 1,
    };
  const at = skipHonorifics(tokens, from);
  const token = tokens[at];
  const titled = titleAndNationality(tokens, at) ?? nationalityAndName(tokens, at);
  if (titled) return titled;
  const accusative = unnamedAccusative(tokens, at);
  if (accusative) return accusative;
  // زميلها البروفيسور الأميركي مايكل ستيرنبرغ: a role, then a title, a nationality and the
  // name; the three words before the name are the role.
  const retitled =
    token &&
    roleHeadOf(bareOf(token)) !== null &&
    tokens[at + 1] &&
    !ends(tokens[at + 1].brk) &&
    tokens[at + 2] &&
    nationalityOf(tokens[at + 2].folded) !== null
      ? titleAndNationality(tokens, at + 1)
      : null;
  if (retitled?.kind === 'person' && retitled.role)
    return { ...retitled, role: span(tokens, at, retitled.role.to) };
  // إحداهن، أحدهم: one of those just mentioned, unnamed.
  const one = token ? /^[وف]?(احد|احدا|احدي)(?:هم|هن|هما|ها|ه)$/u.exec(token.folded) : null;
  if (one)
    return {
      kind: 'anonymous',
      role: span(tokens, at, at + 1),
      gender: one[1] === 'احد' ? 'm' : 'f',
      end: at + 1,
    };
  if (token?.quoted && token.brk === 'mark') {
    // أكدت "إير ميديتيرانيه" في بيان: a quoted name that speaks is a body, of the gender of
    // the verb before it (أعلن "حزب الله"); a kunya or a given name is a person (قال "أبو
    // محمد").
    const to = skipQuotedName(tokens, at);
    const verb = tokens[at - 1] ? cueOf(tokens[at - 1].raw, tokens[at - 1].folded) : null;
    if (kunyaGender(token) !== null || genderOfGivenName(token.folded) !== null)
      return {
        kind: 'person',
        name: span(tokens, at, to),
        role: null,
        gender: verb?.gender ?? kunyaGender(token) ?? genderOfGivenName(token.folded),
        end: to,
        lead: token,
      };
    return {
      kind: 'body',
      name: span(tokens, at, to),
      head: '',
      gender: verb?.gender ?? 'f',
      short: false,
      end: to,
    };
  }
  if (!token || !isArabicWord(token)) return null;
  // وقالت الأم، عفاف منصور،: the mother or father (titles before a name: الأم تيريزا), a
  // name in apposition after the comma; with none, before a relative clause, the word for
  // them (وأضاف الأب، الذي بدا متماسكاً).
  if (/^ال(?:ام|اب)$/u.test(token.folded) && tokens[at + 1]?.brk === 'clause') {
    const gender = token.folded === 'الام' ? 'f' : 'm';
    const parent = personAfterRole(tokens, at, at + 1, 2);
    if (parent?.kind === 'person') return { ...parent, gender };
    if (RELATIVES.has(tokens[at + 1]?.folded ?? ''))
      return {
        kind: 'role',
        role: span(tokens, at, at + 1),
        head: token.folded.slice(2),
        gender,
        end: at + 1,
      };
  }
  // قالت لمصراوي: an outlet glued to ل right after a verb of saying is whom the words were
  // told, not who said them.
  if (
    at === from &&
    /^ل[\u0621-\u064A]{3,}$/u.test(token.folded) &&
    genderOfGivenName(token.folded) === null &&
    !isWrittenGivenName(token.raw) &&
    cueBefore(tokens, at)?.kind === 'verb' &&
    (!tokens[at + 1] || ends(tokens[at + 1].brk))
  )
    return null;
  // وكتبت أخرى: "…"، وقال آخر إن: "another" alone after a verb of saying, someone new and
  // unnamed (not كان له رأي آخر).
  const alone = /^(?:اخر|اخري|اخرون|اخريات)$/u.exec(token.folded);
  const other = tokens[at + 1];
  if (
    alone &&
    cueBefore(tokens, at) &&
    (!other ||
      ends(other.brk) ||
      SAYING_OPENERS.has(other.folded) ||
      /^(?:بان|من|وهو|وهي|ل[\u0621-\u064A]*)$/u.test(other.folded))
  )
    return {
      kind: 'anonymous',
      role: span(tokens, at, at + 1),
      gender: /^(?:اخري|اخريات)$/u.test(token.folded) ? 'f' : 'm',
      end: at + 1,
    };
  // حاجز آخر، طالبة أخرى: "another" one of those met before, someone unnamed.
  if (
    !definite(token) &&
    other &&
    !ends(other.brk) &&
    /^(?:اخر|اخري|اخرون|اخرين|اخريات)$/u.test(other.folded) &&
    !isKnownGivenName(token) &&
    !FUNCTION_WORDS.has(token.folded)
  )
    return {
      kind: 'anonymous',
      role: span(tokens, at, at + 2),
      gender: genderOfRole(token) ?? (other.folded === 'اخري' ? 'f' : null),
      end: at + 2,
    };
  // أم لثلاثة أطفال، أب لخمسة: a parent described by their children, someone unnamed.
  // (So is أم سعودية مقيمة في دبي: a mother of a nationality.)
  if (
    token.folded === 'ام' &&
    FEMININE_NATIONALITIES.has(tokens[at + 1]?.folded ?? '') &&
    !ends(tokens[at + 1].brk)
  )
    return { kind: 'anonymous', role: span(tokens, at, at + 2), gender: 'f', end: at + 2 };
  if (/^(?:ام|اب)$/u.test(token.folded) && OF_CHILDREN.test(tokens[at + 1]?.folded ?? '')) {
    let to = at + 2;
    if (
      tokens[to] &&
      !ends(tokens[to].brk) &&
      /^(?:اطفال|ابناء|بنات|اولاد)$/u.test(tokens[to].folded)
    )
      to++;
    return {
      kind: 'anonymous',
      role: span(tokens, at, to),
      gender: token.folded === 'ام' ? 'f' : 'm',
      end: to,
    };
  }
  if (STATEMENT_NOUNS.has(token.folded)) {
    // تقرير صادر عن معهد الكويت…، البيان الصادر عن الوزارة: the body that issued it speaks.
    const issued = tokens[at + 1];
    const by = tokens[at + 2];
    if (
      issued &&
      by &&
      !ends(issued.brk) &&
      !ends(by.brk) &&
      /^(?:ال)?صادر[هت]?$/u.test(issued.folded) &&
      (by.folded === 'عن' || by.folded === 'من')
    ) {
      const issuer = readAt(tokens, at + 3, false);
      if (issuer && (issuer.kind === 'body' || issuer.kind === 'person')) return issuer;
    }
    // ذكر بيان لمديرية الحماية المدنية: a statement and, with ل, the body that issued it.
    if (
      !definite(token) &&
      issued &&
      !ends(issued.brk) &&
      issued.folded[0] === 'ل' &&
      issued.folded.length > 3 &&
      BODY_HEADS.has(
        withoutArticle(
          issued.folded.startsWith('لل') ? `ال${issued.folded.slice(2)}` : issued.folded.slice(1),
        ),
      )
    ) {
      const issuer = readMention(tokens, at + 1, { dative: true });
      if (issuer && issuer.kind === 'body') return issuer;
    }
  }
  // أمام، خلال، إن: a function word starts no one's name or role (أمام is not إمام); حسب
  // الله is a family name.
  const after = tokens[at + 1];
  const godly =
    (token.folded === 'حسب' && /^(?:الله|الرسول|النبي)$/u.test(after?.folded ?? '')) ||
    // النقيب علي حسن: علي as written after a title is the name.
    (at > from && isWrittenGivenName(token.raw)) ||
    // قال علي حسن إن، اعتبر علي حمية أن: علي as written, then a given name, or a name that
    // visibly ends (أكد علي ضرورة الالتزام is على misspelt).
    (isWrittenGivenName(token.raw) &&
      !!after &&
      !ends(after.brk) &&
      nameEnd(tokens, at) - at >= 2 &&
      (isKnownGivenName(after) || endsName(tokens, nameEnd(tokens, at)))) ||
    // نشر علي الكعبي: علي as written (not على) before a family name.
    (isWrittenGivenName(token.raw) &&
      !!after &&
      !ends(after.brk) &&
      definite(after) &&
      isNisba(after.folded) &&
      !isLexical(bareOf(after)));
  // إمام (an imam) folds like أمام (in front of): the hamza tells them apart.
  const imam = /^[وف]?إمام$/u.test(token.raw.replace(/[\u064B-\u0652]/gu, ''));
  // وقال عدد من المزارعين، رسالة وجهها عدد من وجهاء سنجار، يرى كثير من المواطنين، قال
  // معظم السكان: some of a group, or most of it, unnamed.
  const of = tokens[at + 1];
  const group = tokens[at + 2];
  if (
    QUANTITY_OF.test(token.folded) &&
    of?.folded === 'من' &&
    !ends(token.brk) &&
    !ends(of.brk) &&
    group &&
    !ends(group.brk) &&
    isArabicWord(group) &&
    !FUNCTION_WORDS.has(group.folded)
  ) {
    const to = chainEnd(tokens, at + 2);
    return { kind: 'anonymous', role: span(tokens, at, to), gender: null, end: to };
  }
  if (
    MOST_OF.test(token.folded) &&
    !ends(token.brk) &&
    of &&
    definite(of) &&
    isArabicWord(of) &&
    !FUNCTION_WORDS.has(of.folded)
  ) {
    const to = chainEnd(tokens, at + 1);
    return { kind: 'anonymous', role: span(tokens, at, to), gender: null, end: to };
  }
  if (/^[وف]?كثير(?:ون|ين)$/u.test(token.folded))
    return { kind: 'anonymous', role: span(tokens, at, at + 1), gender: null, end: at + 1 };
  // محدثنا، محدثتنا، ضيفنا: "the one who spoke with us", the one interviewed, met before.
  const interlocutor = token ? INTERLOCUTOR.exec(token.folded) : null;
  if (interlocutor)
    return {
      kind: 'role',
      role: span(tokens, at, at + 1),
      head: INTERLOCUTOR_HEAD,
      gender: interlocutor[1].endsWith('ت') ? 'f' : 'm',
      end: at + 1,
    };
  // أم أحد الضحايا، والد إحدى الطالبات: the parent of one of many, unnamed; no kunya.
  const oneOfMany = tokens[at + 1];
  if (
    kunyaGender(token) !== null &&
    oneOfMany &&
    /^(?:احد|احدي)$/u.test(oneOfMany.folded) &&
    !ends(oneOfMany.brk) &&
    !!tokens[at + 2] &&
    !ends(tokens[at + 2].brk) &&
    definite(tokens[at + 2])
  ) {
    const to = chainEnd(tokens, at + 1);
    return { kind: 'anonymous', role: span(tokens, at, to), gender: kunyaGender(token), end: to };
  }
  // حساب مجهول، حساب وهمي، حساب يحمل اسم "…": an account no one is named behind.
  // (حساب الوزارة، الحساب الرسمي للاتحاد: the body whose account it is, read elsewhere.)
  const behind = tokens[at + 1];
  if (
    /^[وف]?(?:حساب|حسابات)$/u.test(token.folded) &&
    behind &&
    !ends(behind.brk) &&
    (UNKNOWN_ACCOUNT.has(behind.folded) ||
      (/^(?:يحمل|تحمل|باسم)$/u.test(behind.folded) && !!tokens[at + 2]))
  ) {
    let to = at + 2;
    if (behind.folded !== 'باسم' && tokens[to]?.folded === 'اسم' && !ends(tokens[to].brk)) to++;
    if (behind.folded !== 'مجهول' && tokens[to]?.quoted) to = skipQuotedName(tokens, to);
    return { kind: 'anonymous', role: span(tokens, at, to), gender: null, end: to };
  }
  // مالك أحد المطاعم، صاحب إحدى الورش: one owner among many, unnamed.
  const oneOf = tokens[at + 1];
  if (
    isArabicWord(token) &&
    !definite(token) &&
    !FUNCTION_WORDS.has(token.folded) &&
    !isJoiner(token) &&
    !!oneOf &&
    /^(?:احد|احدي)$/u.test(oneOf.folded) &&
    oneOf.brk === 'none' &&
    !!tokens[at + 2] &&
    !ends(tokens[at + 2].brk) &&
    definite(tokens[at + 2])
  ) {
    // (Only where they asked not to be named: مديرة إحدى المدرستين، …، السيدة فلانة names
    // her.)
    const to = chainEnd(tokens, at + 1);
    const unnamed = tokens
      .slice(to, to + 6)
      .some(
        (word, k, near) =>
          ASKED_NOT_TO.has(word.folded) && !near.slice(0, k).some((w) => w.brk === 'sentence'),
      );
    if (unnamed) return { kind: 'anonymous', role: span(tokens, at, to), gender: null, end: to };
  }
  // (منة الله: a given name in two words whose first is "from him" alone.)
  if (
    FUNCTION_WORDS.has(token.folded) &&
    !isJoiner(token) &&
    !godly &&
    !imam &&
    !laqabAt(tokens, at)
  )
    return null;
  // وتقول مبتسمة: "…"، قال ضاحكاً، ردّ بحدة: the manner of saying, not who said it.
  if (MANNER.has(token.folded)) return null;
  // وأضافت مستدركةً: a participle of saying right after the verb is its manner too, with
  // tanween or right before the words (كتبت متابعة تدعى نسرين: a follower, a noun).
  if (
    cueOf(token.raw, token.folded)?.kind === 'participle' &&
    (/\u064B/u.test(token.raw) ||
      !tokens[at + 1] ||
      ends(tokens[at + 1].brk) ||
      SAYING_OPENERS.has(tokens[at + 1].folded))
  )
    return null;
  if (isMannerPhrase(token)) return null;
  // (Not a body's noun of that shape: مستشفى العدان، مستوصف، مختبر.)
  if (
    isParticipleNoun(token) &&
    !definite(token) &&
    roleHeadOf(token.folded) === null &&
    !BODY_HEADS.has(bareOf(token))
  ) {
    // قال متداول في شركة وساطة: someone unnamed, described by what they do.
    let to = at + 1;
    while (to < tokens.length && !ends(tokens[to].brk) && isNisba(`ال${tokens[to].folded}`)) to++;
    return { kind: 'anonymous', role: span(tokens, at, to), gender: null, end: to };
  }
  if (at > from && !allowBreak && ends(token.brk)) return null;
  const bare = bareOf(token);
  // أمين عام الوزارة: the office (secretary general), not the given name أمين.
  const next = tokens[at + 1];
  const generalOffice =
    roleHeadOf(bare) !== null &&
    !!next &&
    !ends(next.brk) &&
    (GENERAL.has(withoutArticle(next.folded)) || next.folded === 'سر');

  // ملك الأردن، أمير الكويت: a given name that is also a role, in construct with a definite
  // noun, is the role (ملك أبو زيد is Malak).
  const office =
    roleHeadOf(bare) !== null &&
    !definite(token) &&
    !!next &&
    !ends(next.brk) &&
    definite(next) &&
    !isNisba(next.folded) &&
    // (ضيف الله: a given name in two words.)
    !laqabAt(tokens, at);
  // مختار بلدة القصر، مختار الحي، مختار أحد المخيمات: the headman of a village, a quarter
  // or a camp; مختار alone is a given name (مختار الصالح، المختار ولد بوسيف).
  const headman =
    bare === 'مختار' &&
    !definite(token) &&
    !!next &&
    !ends(next.brk) &&
    /^(?:ال)?(?:بلده|قريه|حي|محله|منطقه|مخيم|ضيعه|حاره)$|^(?:احد|احدي)$/u.test(next.folded);
  if (
    !generalOffice &&
    !office &&
    !headman &&
    (godly ||
      isNameWord(token) ||
      // (فيرنانديز-كاستيو: a word joined to the next by a hyphen is a foreign name, whatever
      // verb its first letters look like.)
      (tokens[at + 1]?.brk === 'hyphen' &&
        !definite(token) &&
        isArabicWord(token) &&
        isArabicWord(tokens[at + 1])) ||
      laqabAt(tokens, at) ||
      masdarShapedName(tokens, at) ||
      (isJoiner(token) && tokens[at + 1]) ||
      startsDefiniteName(tokens, at))
  ) {
    const to = nameEnd(tokens, at);
    // ابن عمها لحسن: a joiner that opens no name may be a kin role.
    if (to > at)
      return {
        kind: 'person',
        name: span(tokens, at, to),
        role: null,
        // (الحسين آيت بوعزة: a given name with the article tells the gender without it.)
        gender:
          genderOfGivenName(token.folded) ??
          (startsDefiniteName(tokens, at) ? genderOfGivenName(bare) : null) ??
          // (A kunya's gender is its own, read where kunyas are.)
          (kunyaGender(token) === null ? titleGender(tokens.slice(from, at)) : null),
        end: to,
        lead: tokens[at],
      };
    if (!isJoiner(token) || roleHeadOf(bare) === null) return null;
  }

  const bodyGender = BODY_HEADS.get(bare);
  // منظمة is an organisation before it is a female organiser (منظِّمة).
  // …, unless its shadda says organiser: منظِّمة المعرض.
  const organiser = /ظ[\u064B-\u0652]*\u0651/u.test(token.raw);
  // محافظة المهرجان سميرة بوعلام: a body's noun that is also a feminine role, when a name
  // that opens with a known given name follows its chain.
  const feminineRole = bodyGender !== undefined && roleHeadOf(bare) !== bare && !organiser;
  const holderFollows =
    feminineRole &&
    roleHeadOf(bare) !== null &&
    (() => {
      // (After a genitive: مؤسسة محمد بن راشد is a body named after someone.)
      const chain = chainEnd(tokens, at);
      if (chain <= at + 1) return false;
      const holder = personAfterRole(tokens, at, chain, 2);
      return (
        holder?.kind === 'person' &&
        isKnownGivenName(tokens[holder.name.from]) &&
        // (A definite genitive or a place's name between: not مؤسسة محمد بن راشد آل مكتوم.)
        tokens
          .slice(at + 1, holder.name.from)
          .some((token) => definite(token) || (!isKnownGivenName(token) && !isJoiner(token))) &&
        !isKnownGivenName(tokens[at + 1])
      );
    })();
  // مؤسِّسة شركة «لهجة»، مؤسسة منصة دفعة: before another body's noun in construct, the
  // founder of that body (an institution is not named "the company's institution").
  const ofBody =
    bare === 'موسسه' &&
    !definite(token) &&
    !!next &&
    next.brk === 'none' &&
    FOUNDED.has(next.folded);
  // ضيف الله: a given name; ضيف شرف: a guest of honour, a country or a city.
  const guestName = bare === 'ضيف' && (laqabAt(tokens, at) || tokens[at + 1]?.folded === 'شرف');
  const roleHead =
    (feminineRole && !holderFollows && !ofBody) || guestName
      ? null
      : headman
        ? bare
        : roleHeadOf(bare);
  // محامون، مهندسات، صحفيين: the sound plural of an office is someone unnamed as well.
  const pluralOffice =
    (/^[\u0621-\u064A]{3,}(?:ون|ين)$/u.test(bare) &&
      roleHeadOf(bare.slice(0, -2)) === bare.slice(0, -2)) ||
    (/^[\u0621-\u064A]{3,}ات$/u.test(bare) && roleHeadOf(`${bare.slice(0, -2)}ه`) !== null);
  // (Indefinite only: المقاولون العرب is a company, المحامون may be a body's name.)
  const anonymousHead =
    ANONYMOUS_HEADS.has(bare) ||
    (pluralOffice && !definite(token) && !isWrittenGivenName(token.raw));
  // ودعا المواطنين إلى: a definite plural in ين right after a verb of saying is its object
  // (its subject would read المواطنون).
  if (
    anonymousHead &&
    definite(token) &&
    /ين$/u.test(token.folded) &&
    at === from &&
    cueBefore(tokens, at)?.kind === 'verb'
  )
    return null;
  if (roleHead !== null || (anonymousHead && bodyGender === undefined)) {
    // (The headman's chain from the place noun, which wants its genitive: بلدة كفركلا.)
    let roleTo = chainEnd(tokens, headman ? at + 1 : at);
    // غير أن مهندساً قال إن: a verb of saying right before what opens the words is the
    // verb, not the role's genitive.
    while (
      roleTo > at + 1 &&
      cueOf(tokens[roleTo - 1].raw, tokens[roleTo - 1].folded)?.kind === 'verb' &&
      !definite(tokens[roleTo - 1]) &&
      (SAYING_OPENERS.has(tokens[roleTo]?.folded ?? '') || isQuoted(tokens[roleTo]))
    )
      roleTo--;
    // A construct chain is as definite as its genitive: رئيس البلدية، وزير خارجية فرنسا.
    const definiteRole =
      definite(token) ||
      roleTo > at + 1 ||
      // مدربه كريم بوزيد: his coach, written with ه (مدربة, a coach, folds the same).
      isOwnedRole(token) ||
      (roleHeadOf(bare) !== bare &&
        /(?:ها|هم|ه)$/u.test(bare) &&
        !bare.endsWith(`${roleHeadOf(bare)}ه`));
    const named = roleHead !== null || (definiteRole && !QUANTIFIERS.has(bare));
    // صاحب محل ملابس: after an indefinite role one more word is its genitive, not a name;
    // صاحب مولدة أهلية، بمدرسة ابتدائية: an indefinite nisba is an adjective.
    const following = tokens[roleTo];
    const adjectiveNext =
      !!following &&
      !definite(following) &&
      isNisba(`ال${following.folded}`) &&
      genderOfGivenName(following.folded) === null &&
      !isWrittenGivenName(following.raw);
    // An indefinite role names someone only by a given name the lists know: طالب في الصف
    // العاشر حضر الحفل، صاحب ورشة خياطة is a description, not a role and a name.
    // (شقيقه، جاره: a kin with a pronoun is as definite as a name.)
    const plausible = (person: Mention | null) =>
      person !== null &&
      (definiteRole ||
        isOwnedRole(token) ||
        person.kind !== 'person' ||
        (person.lead !== undefined && isKnownGivenName(person.lead)));
    const direct = named
      ? personAfterRole(tokens, at, roleTo, definiteRole && !adjectiveNext ? 1 : 2)
      : null;
    if (plausible(direct)) return direct;
    const tails = named ? tailsEnd(tokens, roleTo) : [];
    for (const tailTo of tails) {
      // After a tail a name needs two words: في العاصمة أستانا is a place, not a person.
      const person = personAfterRole(tokens, at, tailTo, 2);
      if (plausible(person)) return person;
    }
    if (named && definiteRole) {
      // A role whose words the lists do not know to the end (بجامعة القاضي عياض في
      // مراكش), then its name between commas.
      // (Or right where the tails end: النائب عن ولاية بنغازي، فلان.)
      const last = tails.length > 0 ? tails[tails.length - 1] : roleTo;
      const after = commaAfter(tokens, last);
      const comma = after < 0 && tokens[last]?.brk === 'clause' ? last : after;
      const person = comma > 0 ? personAfterRole(tokens, at, comma, 2) : null;
      if (person) return person;
    }
    if (!definiteRole && roleHead !== null) {
      // مقدمة نشرة المساء نادية بوعزيز: a role in construct with an indefinite noun and
      // its definite genitive, then the name.
      const genitive = tokens[roleTo];
      const next = tokens[roleTo + 1];
      if (
        genitive &&
        next &&
        !ends(genitive.brk) &&
        !ends(next.brk) &&
        !definite(genitive) &&
        definite(next) &&
        !ADJECTIVES.has(genitive.folded) &&
        !isNisba(`ال${genitive.folded}`) &&
        !TIME_WORDS.has(genitive.folded) &&
        !/^(?:في|من|علي|الي|عن|مع|لدي|عبر|خلال|بعد|قبل|عند|حول|ضد|نحو|منذ|امام|بين|دون|ان|انه|انها)$/u.test(
          genitive.folded,
        )
      ) {
        const person = personAfterRole(tokens, at, chainEnd(tokens, roleTo), 2);
        if (person) return person;
      }
    }
    if (!definiteRole || QUANTIFIERS.has(bare)) {
      // أحد سكان مديرية الزهرة، إحدى عاملات مصنع النسيج: one of a group, named by a chain of
      // nouns that ends on a definite one.
      if (QUANTIFIERS.has(bare) && roleTo === at + 1) {
        let k = at + 1;
        while (
          k < at + 4 &&
          tokens[k] &&
          !ends(tokens[k].brk) &&
          !definite(tokens[k]) &&
          isArabicWord(tokens[k]) &&
          !FUNCTION_WORDS.has(tokens[k].folded)
        )
          k++;
        if (k > at + 1 && tokens[k] && !ends(tokens[k].brk) && definite(tokens[k]))
          roleTo = chainEnd(tokens, k);
      }
      // Indefinite adjectives of an anonymous source: مسؤول رفيع، مصدر طبي، شاهد عيان.
      while (
        roleTo < tokens.length &&
        !ends(tokens[roleTo].brk) &&
        !definite(tokens[roleTo]) &&
        (isNisba(`ال${tokens[roleTo].folded}`) ||
          ADJECTIVES.has(tokens[roleTo].folded) ||
          /(?:يه|يون|يين)$/u.test(tokens[roleTo].folded))
      )
        roleTo = chainEnd(tokens, roleTo);
      // Where the source is: مصدر طبي في مستشفى المدينة، مسؤول في الوزارة.
      const where = tokens[roleTo];
      if (where && /^(?:في|من|داخل|لدي)$/u.test(where.folded) && !ends(where.brk)) {
        const tail = ROLE_PREPOSITIONS.has(where.folded)
          ? tailEnd(tokens, roleTo)
          : tokens[roleTo + 1] && !ends(tokens[roleTo + 1].brk)
            ? chainEnd(tokens, roleTo + 1)
            : -1;
        if (tail > roleTo + 1) roleTo = tail;
        // (مصادر مطلعة في المركز الوطني لمكافحة الأمراض: the place's own ل tail.)
        for (let more = 0; more < 2 && tokens[roleTo]?.folded.startsWith('ل'); more++) {
          const next = tailEnd(tokens, roleTo);
          if (next <= roleTo) break;
          roleTo = next;
        }
      }
      // (A chain never takes in what opens the words: مصدر برلماني قوله إن.)
      while (roleTo > at + 1 && SAYING_OPENERS.has(tokens[roleTo - 1].folded)) roleTo--;
      return {
        kind: 'anonymous',
        role: span(tokens, at, roleTo),
        gender: genderOfRole(token),
        end: roleTo,
      };
    }
    // مديرة المدرسة، التي فضّلت عدم ذكر اسمها: a role that asked not to be named is someone
    // unnamed, not a person the story met before.
    // (Or with no relative after an indefinite role: ممرضة بقسم الاستعجالي، فضّلت عدم ذكر
    // اسمها.)
    const relative = tokens[roleTo];
    let wish = relative && RELATIVES.has(relative.folded) ? roleTo + 1 : -1;
    if (wish < 0 && relative && !definite(token) && relative.brk === 'clause') wish = roleTo;
    if (
      wish >= 0 &&
      ASKED_NOT_TO.has(tokens[wish]?.folded ?? '') &&
      NOT_NAMED.has(tokens[wish + 1]?.folded ?? '')
    )
      return {
        kind: 'anonymous',
        role: span(tokens, at, roleTo),
        gender: genderOfRole(token),
        end: roleTo,
      };
    return {
      kind: 'role',
      role: span(tokens, at, roleTo),
      head: roleHead ?? bare,
      gender: genderOfRole(token),
      end: roleTo,
    };
  }

  if (bodyGender !== undefined || STATEMENT_NOUNS.has(token.folded)) {
    // لم تتبنَّ أي جهة الهجوم: "any" body is none.
    if (!definite(token) && /^(?:اي|ايه)$/u.test(tokens[at - 1]?.folded ?? '')) return null;
    let to = chainEnd(tokens, at);
    // وعزت وزارة الزراعة الارتفاع إلى: after a body's noun and its genitive, a verbal noun
    // with the article that is no adjective is the verb's object.
    if (
      bodyGender !== undefined &&
      to === at + 3 &&
      definite(tokens[at + 1]) &&
      definite(tokens[at + 2]) &&
      tokens[at + 2].brk === 'none' &&
      isVerbalNoun(bareOf(tokens[at + 2])) &&
      !isNisba(tokens[at + 2].folded) &&
      !isDefiniteAdjective(tokens[at + 2].folded)
    )
      to = at + 2;
    // منظمة هيومن رايتس ووتش، بلدية حارة حريك: a name of foreign or local words that no
    // list knows goes on after the body's noun while its words stay bare names.
    const first = tokens[at + 1];
    if (
      bodyGender !== undefined &&
      to === at + 2 &&
      !first.quoted &&
      !definite(first) &&
      isNameWord(first) &&
      !isLexical(first.folded)
    ) {
      let end = to;
      // (A body named after someone with بن: مركز محمد بن راشد للفضاء، مؤسسة محمد بن راشد
      // للإسكان.)
      if (
        genderOfGivenName(first.folded) !== null &&
        tokens[end]?.folded === 'بن' &&
        tokens[end].brk === 'none' &&
        tokens[end + 1]?.brk === 'none' &&
        isNameWord(tokens[end + 1]) &&
        !definite(tokens[end + 1])
      )
        end += 2;
      while (
        end < at + 5 &&
        tokens[end] &&
        tokens[end].brk === 'none' &&
        (isBareNameWord(tokens[end]) ||
          // (A given name where the name visibly ends, a place or a person the body is
          // named after: بلدية ديار بكر في بيان، معهد روبرت كوخ الألماني.)
          (genderOfGivenName(tokens[end].folded) !== null &&
            !definite(tokens[end]) &&
            bodyNameClosesAt(tokens, end + 1)))
      )
        end++;
      // (Not a word of three letters last, a verb's shape: أعلنت شركة نيوم طرح; nor a
      // verbal noun or a plural of the shape فعائل before a definite noun, the verb's object:
      // بدأت بلدية حارة حريك رفع الركام، قدّرت بلدية جنين خسائر القطاع. A word the name
      // visibly closes on is no verb: معهد روبرت كوخ الألماني، بلدية ديار بكر إن.)
      const last = tokens[end - 1];
      if (
        end > to &&
        !bodyNameClosesAt(tokens, end) &&
        (last.folded.length <= 3 ||
          (/^[\u0621-\u064A]{2}ا[\u0621-\u064A]{2}$/u.test(last.folded) &&
            !!tokens[end] &&
            tokens[end].brk === 'none' &&
            definite(tokens[end])))
      )
        end--;
      to = end;
      // (And the body's nisba after the name: معهد روبرت كوخ الألماني.)
      const nisba = tokens[to];
      if (to > at + 2 && nisba?.brk === 'none' && isNationalNisba(nisba)) to++;
    }
    let tails = 0;
    for (
      let next = tailEnd(tokens, to, true);
      next > to && tails < MAX_TAILS;
      next = tailEnd(tokens, to, true)
    ) {
      // في and عن carry a body on only inside a tail (للدفاع عن الحق في السكن), or to a
      // place (في كوردستان).
      // (Or to the body it is part of: لجنة الحكام في الاتحاد اللبناني لكرة السلة، وزارة
      // الصحة في حكومة صنعاء.)
      // ونقلت وكالة السودان للأنباء عن الحاج قوله: عن after a news agency opens whom it
      // relays, never a part of its name.
      if (tokens[to].folded === 'عن' && MEDIA_HEADS.has(bare)) break;
      // (Not to a country after a national body's name, which needs none: المفوضية العليا
      // المستقلة للانتخابات في العراق، المؤسسة الوطنية للنفط في ليبيا; بعثة الأمم المتحدة
      // للدعم في ليبيا، جمعية المصارف في لبنان are named with theirs.)
      if (
        tokens[to].folded === 'في' &&
        COUNTRIES.has(tokens[to + 1]?.folded ?? '') &&
        // (Not المحكمة العليا في الهند: a generic name the country tells apart.)
        to - at >= 3 &&
        tokens
          .slice(at, to)
          .some((word) => /^ال(?:وطني|وطنيه|عليا|عامه|عام|قومي|قوميه|اعلي)$/u.test(word.folded))
      )
        break;
      if (
        tails === 0 &&
        ROLE_PREPOSITIONS.has(tokens[to].folded) &&
        !(tokens[to].folded === 'في' && next === to + 2 && !definite(tokens[to + 1])) &&
        // (مركز البحث في علم الفلك: في and a field of study in construct, a part of the name.)
        !(tokens[to].folded === 'في' && next > to + 2 && FIELDS.has(tokens[to + 1].folded)) &&
        !(tokens[to].folded === 'في' && INSTITUTIONS.has(bareOf(tokens[to + 1])) && next > to + 2)
      )
        break;
      to = next;
      tails++;
    }
    // منظمة الدفاع عن المستهلك، جمعية الدفاع عن حقوق الإنسان: "defence of" and what is
    // defended, a part of the name.
    if (
      /^(?:ال|لل)دفاع$/u.test(tokens[to - 1]?.folded ?? '') &&
      tokens[to]?.folded === 'عن' &&
      !ends(tokens[to].brk) &&
      tokens[to + 1] &&
      !ends(tokens[to + 1].brk) &&
      // (Or a noun in construct: لجنة الدفاع عن حقوق المستأجرين.)
      // (Or any noun in construct: جمعية الدفاع عن حرية الصحافة.)
      // (Not وزارة الدفاع, which discloses things: كشفت وزارة الدفاع عن تفاصيل العملية.)
      (definite(tokens[to + 1]) ||
        ((wantsGenitive(tokens[to + 1]) ||
          (isArabicWord(tokens[to + 1]) &&
            !FUNCTION_WORDS.has(tokens[to + 1].folded) &&
            MEMBERS_BODIES.has(bare))) &&
          !!tokens[to + 2] &&
          !ends(tokens[to + 2].brk) &&
          definite(tokens[to + 2])))
    )
      to = chainEnd(tokens, to + 1);
    // الوزارة المنتدبة المكلفة بالمغاربة المقيمين بالخارج، اللجنة الأممية المعنية بحالات
    // الاختفاء القسري، الحكومة المكلفة من مجلس النواب: "charged with" or "concerned with"
    // and what with, a part of the name.
    if (to > at + 1 && CHARGED_WITH.has(tokens[to - 1].folded)) to = chargedWithEnd(tokens, to);
    // النيابة العامة لدى محكمة الاستئناف بالدار البيضاء، السفارة الأمريكية لدى الفلبين:
    // the court or the state a prosecution or a mission is attached to.
    if (
      tokens[to]?.folded === 'لدي' &&
      !ends(tokens[to].brk) &&
      ATTACHED_BODIES.has(bare) &&
      tokens[to + 1] &&
      !ends(tokens[to + 1].brk) &&
      (COUNTRIES.has(tokens[to + 1].folded) ||
        BODY_HEADS.has(bareOf(tokens[to + 1])) ||
        INSTITUTIONS.has(bareOf(tokens[to + 1])))
    ) {
      to = COUNTRIES.has(tokens[to + 1].folded) ? to + 2 : chainEnd(tokens, to + 1);
      // (And the court's city: بالدار البيضاء.)
      const city = tokens[to];
      if (city && !ends(city.brk) && /^بال[\u0621-\u064A]{2,}$/u.test(city.folded)) {
        to++;
        const second = tokens[to];
        if (second && !ends(second.brk) && PLACE_WORDS_WITH_ARTICLE.has(second.folded)) to++;
      }
    }
    // الشركة الجهوية متعددة الخدمات مراكش آسفي، الشركات متعددة الجنسيات: an adjective in
    // construct with the noun it describes, then the region it serves.
    if (
      /^متعدد[هة]?$/u.test(tokens[to]?.folded ?? '') &&
      !ends(tokens[to].brk) &&
      tokens[to + 1] &&
      !ends(tokens[to + 1].brk) &&
      definite(tokens[to + 1])
    ) {
      to += 2;
      const region = to;
      while (
        to < tokens.length &&
        to < region + 3 &&
        !ends(tokens[to].brk) &&
        isArabicWord(tokens[to]) &&
        !isLexical(tokens[to].folded) &&
        !FUNCTION_WORDS.has(tokens[to].folded) &&
        (isNameWord(tokens[to]) || PLACE_WORDS_WITH_ARTICLE.has(tokens[to].folded))
      )
        to++;
    }
    // جهاز مكافحة الهجرة غير الشرعية، المنظمات غير الحكومية: غير and the adjective it
    // negates.
    if (
      tokens[to]?.folded === 'غير' &&
      !ends(tokens[to].brk) &&
      tokens[to + 1] &&
      !ends(tokens[to + 1].brk) &&
      definite(tokens[to + 1]) &&
      isNisba(tokens[to + 1].folded)
    )
      to += 2;
    // دائرة التراث في رأس الخيمة: a city's name in two words.
    if (
      /^(?:[بل]|في)?راس$/u.test(tokens[to - 1]?.folded ?? '') &&
      tokens[to]?.folded === 'الخيمه' &&
      !ends(tokens[to].brk)
    )
      to++;
    // المديرية الجهوية بجهة فاس مكناس، جهة مراكش آسفي: a region of the Maghreb named by its
    // cities, one word after another.
    if (to - 2 > at && /^(?:[بل])?جهه$/u.test(tokens[to - 2].folded) && !definite(tokens[to - 1]))
      while (
        to < tokens.length &&
        !ends(tokens[to].brk) &&
        !definite(tokens[to]) &&
        isNameWord(tokens[to]) &&
        !isLexical(tokens[to].folded) &&
        !FUNCTION_WORDS.has(tokens[to].folded)
      )
        to++;
    // المركز الليبي للاستشعار عن بعد وعلوم الفضاء، التعليم عن بعد: "remote" after a verbal
    // noun with the article, a part of the name, and what the name goes on with after it.
    if (
      tokens[to]?.folded === 'عن' &&
      tokens[to + 1]?.folded === 'بعد' &&
      /^(?:ال|لل)[\u0621-\u064A]{3,}$/u.test(tokens[to - 1]?.folded ?? '') &&
      !ends(tokens[to].brk) &&
      !ends(tokens[to + 1].brk)
    ) {
      to += 2;
      // (وعلوم الفضاء: و on a noun in construct with a definite one.)
      if (
        /^و[\u0621-\u064A]{3,}$/u.test(tokens[to]?.folded ?? '') &&
        !definite(tokens[to]) &&
        !ends(tokens[to].brk) &&
        tokens[to + 1] &&
        !ends(tokens[to + 1].brk) &&
        definite(tokens[to + 1])
      )
        to += 2;
    }
    // تحالف القوى المدنية من أجل السلام، أطباء من أجل الإنسانية: "for" and its cause, a
    // part of the name.
    if (
      tokens[to]?.folded === 'من' &&
      tokens[to + 1]?.folded === 'اجل' &&
      tokens[to + 2] &&
      !ends(tokens[to].brk) &&
      !ends(tokens[to + 1].brk) &&
      !ends(tokens[to + 2].brk) &&
      isArabicWord(tokens[to + 2])
    )
      to = chainEnd(tokens, to + 2);
    // منظمة المعرض، المصوّرة هالة الشمّاع / المؤسِّسة المشاركة للشركة، المهندسة سارة بنجلون: a
    // word that is a body and a role (organisation and organiser, institution and founder)
    // is the role when a person stands in apposition after it.
    const apposed = tokens[to];
    if (
      tokens[to]?.brk === 'clause' &&
      (roleHeadOf(bare) !== null ||
        // دفاع المتهم الأول، المحامي الدكتور خالد السبيعي،: a role in apposition names the
        // person who speaks for the body.
        (!!apposed &&
          definite(apposed) &&
          (roleHeadOf(bareOf(apposed)) !== null || HONORIFICS.has(bareOf(apposed)))))
    ) {
      const person = personAfterRole(tokens, at, to, 2);
      if (person) return person;
    }
    // وأصدرت وزارة الصحة بياناً: what the body issued, indefinite, is not its name.
    while (to > at + 1 && isIndefiniteObject(tokens[to - 1])) to--;
    // وطالب الاتحاد العام لطلبة تونس ديوان الخدمات: a country ends the name; the noun in
    // construct after it is the verb's object.
    for (let k = at + 1; k < to - 1; k++) {
      const next = tokens[k + 1];
      if (
        COUNTRIES.has(tokens[k].folded.replace(/^[لب]/u, '')) &&
        !definite(next) &&
        // (Not هيئة البحرين للثقافة، شركة مصر للطيران: a tail of the name after the country.)
        !/^[لب]/u.test(next.folded) &&
        !/^و/u.test(next.folded) &&
        !isNisba(`ال${next.folded}`)
      ) {
        to = k + 1;
        break;
      }
    }
    // قرر البنك المركزي التونسي الإبقاء على …: after the name's nisba, a definite noun that
    // is no adjective is the verb's object.
    for (let k = at + 2; k < to; k++) {
      const before = tokens[k - 1];
      const word = tokens[k];
      if (
        !word.quoted &&
        definite(before) &&
        isNisba(before.folded) &&
        // (A nisba as written: البيئة folds like one.)
        /[^ئءى]ي[ةه]?$/u.test(before.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) &&
        definite(word) &&
        !word.folded.startsWith('لل') &&
        !isDefiniteAdjective(word.folded)
      ) {
        to = k;
        break;
      }
    }
    // قيادة الجيش – مديرية التوجيه، دائرة الصحة – أبوظبي، الحركة الشعبية – شمال: after a
    // dash set off by spaces, the office of the body that speaks, or its city or part.
    const dashed = tokens[to];
    if (dashed?.dash && !dashed.quoted) {
      const word = bareOf(dashed);
      if (BODY_HEADS.has(word) && tokens[to + 1] && !ends(tokens[to + 1].brk))
        to = Math.max(to + 1, chainEnd(tokens, to));
      else if (
        COUNTRIES.has(dashed.folded) ||
        BARE_CAPITALS.has(dashed.folded) ||
        DIRECTIONS.has(dashed.folded) ||
        // (A city of the Gulf written as one word: أبوظبي، دبي.)
        /^(?:ابوظبي|دبي|الشارقه|عجمان|الفجيره|راس|الدوحه|الرياض|جده|المنامه|مسقط|الكويت)$/u.test(
          dashed.folded,
        )
      )
        to++;
    }
    // ونعت وزارة الثقافة الفقيدة، الراحل: the one mourned is the verb's object.
    // (الحكومة اليمنية المعترف بها دولياً: a participle with its own preposition and a
    // pronoun back to the body says what it is, not which: the name ends before it.)
    for (let k = at + 1; k < to; k++) {
      if (
        /^ال(?:فقيد|فقيده|راحل|راحله)$/u.test(tokens[k].folded) ||
        (k > at + 1 &&
          /^الم[\u0621-\u064A]{3,}$/u.test(tokens[k].folded) &&
          /^(?:ب|ل|في|علي|من|عن|الي)(?:ه|ها|هم)$/u.test(tokens[k + 1]?.folded ?? '') &&
          tokens[k + 1].brk === 'none')
      ) {
        to = k;
        break;
      }
    }
    // شركة "سلة بلس" الناشئة: the quoted name is the body's name.
    const quoted = tokens.findIndex((t, index) => index > at && index < to && t.quoted);
    // تحدثت عن مبادرة "قطرة لكل شجرة": an initiative named in quotation marks is what is
    // spoken of; one that speaks is the initiative (المبادرة المصرية للحقوق الشخصية).
    if (bare === 'مبادره' && !definite(token) && quoted === at + 1) return null;
    // شركة مياه العاصمة "رواء"، البنك المركزي السعودي "ساما": a body named in full before
    // the quotation marks, which hold what it is also called.
    const named =
      quoted > 0 && tokens.slice(at + 1, quoted).some((t) => definite(t) && !isGenericNisba(t));
    // (حزب "الأمة القومي"، حركة «حماس»، جمعية "أيادي الخير": a party, a movement, an
    // association or an organisation goes by its noun and its quoted name together.)
    const headed =
      quoted === at + 1 && !definite(token) && NAMED_WITH_HEAD.has(bare) && !token.quoted;
    const name =
      quoted > 0 && !named
        ? span(tokens, headed ? at : quoted, skipQuotedName(tokens, quoted))
        : span(tokens, at, quoted > 0 ? quoted : to);
    return {
      kind: 'body',
      name,
      head: bare,
      gender: bodyGender ?? 'm',
      short:
        definite(token) && (to === at + 1 || (to === at + 2 && isGenericNisba(tokens[at + 1]))),
      end: to,
    };
  }

  if (definite(token) && !isLexical(bare) && !TIME_WORDS.has(token.folded)) {
    // A definite noun the lists do not know, then a name of two words: a description and
    // a person (المريضة فاطمة الضمور، ولي الأمر سامر الحاج علي).
    const described = personAfterRole(tokens, at, chainEnd(tokens, at), 2);
    if (described && !isNisba(token.folded)) return described;
    // A definite noun with definite adjectives that is no role: a body (الهلال الأحمر
    // الجزائري، الاتحاد الأوروبي).
    let to = chainEnd(tokens, at);
    // (الهلال الأحمر التركي "قزلاي": what it is also called, in quotation marks after the
    // name, is no part of it.)
    const alias = tokens.findIndex((t, index) => index > at + 1 && index < to && t.quoted);
    if (alias > 0) to = alias;
    // (هكذا لخّصت الزغلامي المفارقة: a family name's shape, then no adjective: the
    // surname and the verb's object.)
    const surname =
      isNisba(token.folded) && !!tokens[at + 1] && !isDefiniteAdjective(tokens[at + 1].folded);
    // (المنمي الستيني: someone of an age, not a body; a name may follow.)
    const aged = OF_DECADES.test(tokens[at + 1]?.folded ?? '') && !ends(tokens[at + 1].brk);
    if (aged) {
      const named = personAfterRole(tokens, at, at + 2, 2);
      if (named) return named;
    }
    // (Not التجزئة والضيافة: two nouns joined by و make no body without a body's noun,
    // nor a surname; الحوثيون والتحالف, people and a party, still speak together.)
    const joined = /^و/u.test(tokens[at + 1]?.folded ?? '') && !/(?:ون|يين)$/u.test(token.folded);
    // (A family name as written, ending in ي, before و stays a surname: قالت الغامدي
    // والدموع في عينيها; التجزئة folds like one.)
    const familyShape =
      isNisba(token.folded) && /ي[\u064B-\u0652]*$/u.test(token.raw.replace(/\u0640/gu, ''));
    if (joined && to - at >= 2 && !familyShape) return null;
    // (الطلبة الناجحين، السكان المحليين: people of a plural adjective, a group and no body.)
    // (After أحد, بعض: one of them, read by the quantifier's reader.)
    if (
      to - at >= 2 &&
      !QUANTIFIERS.has(tokens[at - 1]?.folded ?? '') &&
      /^ال[\u0621-\u064A]{3,}(?:ين|ون)$/u.test(tokens[at + 1].folded) &&
      !isNisba(tokens[at + 1].folded.replace(/(?:ين|ون)$/u, ''))
    )
      return null;
    // (التحليلات الأولية، الجولات الرقابية: a plural of things or events and its adjective,
    // the subject of what it showed, no body; الإمارات العربية، الولايات المتحدة are states.)
    if (to - at >= 2 && /^[\u0621-\u064A]{3,}ات$/u.test(bare) && !/^(?:امارات|ولايات)$/u.test(bare))
      return null;
    if (to - at >= 2 && !surname && !aged && !joined) {
      return {
        kind: 'body',
        name: span(tokens, at, to),
        head: bare,
        gender: 'm',
        short: false,
        end: to,
      };
    }
    // A definite word alone: a surname (العمري، الخطيب), for the table to confirm.
    return {
      kind: 'person',
      name: span(tokens, at, at + 1),
      role: null,
      gender: null,
      end: at + 1,
      lead: tokens[at],
    };
  }
  return null;
}

/** Where a word starts after its preposition ل and the tatweel or marks on it. */
function afterPreposition(raw: string): number {
  let at = 1;
  while (at < raw.length && (raw[at] === '\u0640' || (raw[at] >= '\u064B' && raw[at] <= '\u0652')))
    at++;
  return at;
}

/** A definite word that may be a surname already met (الوزير العمري). */
export function loneDefinite(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return !!token && definite(token) && !isLexical(bareOf(token)) && isArabicWord(token);
}

/** Whether a token can open a role or body worth remembering even when no one speaks. */
/**
 * عادل الجندي محافظ الجيزة، سامي العلي، أستاذ الاقتصاد: a role in apposition right after a
 * name (an indefinite role noun in construct with what follows), or null.
 */
export function roleAfterName(
  tokens: readonly Token[],
  at: number,
): { from: number; to: number } | null {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (!token || !next || ends(next.brk) || (ends(token.brk) && token.brk !== 'clause')) return null;
  const bare = bareOf(token);
  // (A feminine role too: فلانة، وزيرة الصناعة،.)
  const head = roleHeadOf(bare);
  if (head === null || (head !== bare && `${head}ه` !== bare)) return null;
  // منير الكافي، المتحدث باسم المرصد التونسي،: a definite role set off by commas, up to the
  // comma that closes it.
  if (definite(token)) {
    if (token.brk !== 'clause') return null;
    const chain = chainEnd(tokens, at);
    const end = [chain, ...tailsEnd(tokens, chain)].find(
      (to) => !tokens[to] || tokens[to].brk === 'clause',
    );
    return end !== undefined && end > at + 1 ? { from: at, to: end } : null;
  }
  if (!wantsGenitive(token)) return null;
  // أمام المسجد: "in front of", not إمام (written with its hamza below, or bare).
  if (/^أمام$/u.test(token.raw.replace(/[\u064B-\u0652\u0640]/gu, ''))) return null;
  const to = chainEnd(tokens, at);
  // (Or a body's noun in construct: قائد شرطة المنطقة; or any noun the chain goes on from:
  // إمام مسجد القرية، إمام مسجد بدوار تيكخت.)
  if (!definite(next) && !isNameWord(next) && !BODY_HEADS.has(bareOf(next)) && to <= at + 2)
    return null;
  return to > at + 1 ? { from: at, to } : null;
}

export function opensNamedPhrase(token: Token): boolean {
  const folded = token.folded.startsWith('لل') ? `ال${token.folded.slice(2)}` : token.folded;
  const bare = withoutArticle(folded);
  return roleHeadOf(bare) !== null || BODY_HEADS.has(bare);
}

export { definite as isDefiniteToken };
