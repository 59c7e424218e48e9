import { wordsOf, type Word } from '../text/words';
import {
  ANONYMOUS_HEADS,
  BODY_HEADS,
  CAPITALS,
  COUNTRIES,
  MEDIA_HEADS,
  nationalityOf,
  STATEMENT_NOUNS,
} from './lexicon/bodies';
import { StoryEntities, type Entity } from './coreference';
import {
  FUNCTION_WORDS,
  isDefiniteAdjective,
  isNisba,
  FATHER_JOINERS,
  JOINERS,
  NAME_CONTINUATIONS,
  OBJECT_NOUNS,
  PLACES_CAME_IN,
  TIME_WORDS,
  TITLE_FAMILIES,
  TITLE_NOUNS,
} from './lexicon/common';
import { foldedSet, withoutArticle as stripArticle } from './lexicon/fold';
import {
  EAST_ASIAN_FAMILY_NAMES,
  genderOfGivenName,
  isWrittenGivenName,
  onlyGenderOfGivenName,
} from './lexicon/names';
import {
  CHILD_WITH_PRONOUN,
  ELDER_TITLES,
  HONORIFICS,
  isOwnedKin,
  KIN_ALONE,
  MY_KIN,
  roleHeadOf,
} from './lexicon/roles';
import {
  AUXILIARIES,
  GOVERNS_BI,
  CALLED_BY,
  cueOf,
  isRelativeVerb,
  takesAClause,
  type Cue,
  type Gender,
} from './lexicon/verbs';
import {
  ASKED_NOT_TO,
  byNameAt,
  COURTESY_TITLES,
  DEFINITE_GIVEN_NAMES,
  isDefiniteToken,
  kunyaGender,
  isNameWord,
  loneDefinite,
  nameEnd,
  nationalityAndName,
  isVerbalNoun,
  isOwnedNoun,
  NAMED_AFTER,
  isPlaceNoun,
  INTERLOCUTOR_HEAD,
  isFeminineNationality,
  isLexical,
  OF_DECADES,
  opensNamedPhrase,
  genderOfRole,
  readMention,
  type Mention,
  type Span,
  roleAfterName,
  SAYING_OPENERS,
} from './mention';
import { normalizeArabic } from '../../src/lib/arabic/normalize';
import { tokenize } from '../../src/lib/arabic/tokenize';
import { HEADLINE_PARAGRAPH } from '../schema';
import { findQuoteSpans, type QuoteSpan } from './spans';
import { isStatement } from './statements';
import { breakOf, ends, SPACED_DASH, type Token } from './tokens';

/**
 * Texts that "say" their words (أغنية تقول، نشيد يقول، ويشدد القانون): a song, a chant, a
 * banner, a law.
 */
const TEXT_NOUNS = foldedSet(`نشيد أغنية أغنيه مقطع مقطعا قصيدة بيت أبيات لافتة لافتات شعار
  عبارة عبارات هتاف هتافات نص موال قانون دستور مادة لائحة مرسوم`);
/** وزوجته، وشقيقها، وابنه: "and his wife", a kin joined to the one just named. */
const KIN_AFTER =
  /^و(?:زوجت|زوج|شقيقت|شقيق|ابنت|ابن|والدت|والد|اخت|اخ|جد|جدت|حفيد|حفيدت)(?:ه|ها)$/u;
/** Roles that are also adjectives after a noun: كبير المفاوضين، الشاشة الكبيرة. */
const ADJECTIVE_ROLES = foldedSet('كبير كبيرة');
/** A work's credits before a name: تأليف، إخراج، بطولة، ألحان… (with و، ب، من before). */
const CREDITS =
  /^(?:و|ب|وب)?(?:تاليف|اخراج|بطوله|الحان|تلحين|كلمات|سيناريو|توزيع|انتاج|تصميم|رسوم|ترجمه)$/u;

/** الذي، التي: a relative pronoun, whose verb says something about the one before it. */
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
/** Who is known by another name: المعروف باسم، الملقبة بـ. */
const KNOWN_AS = foldedSet('المعروف المعروفة الملقب الملقبة الشهير الشهيرة');
/** Verbs of saying whose object may be a person (حث فلاناً، طالب نظيره، سأل مساعده). */
const TAKES_PERSON =
  /^[وف]?(?:حث|طالب|انتقد|سال|ناشد|دعا|دعت|حذر|اتهم|ابلغ|خاطب|هاجم|شكر|هنا|نصح|وصف)(?:ت)?$/u;
/** Trades that are family names too (النجار، الصياد، الحداد): "the carpenter" may be anyone. */
const TRADES = foldedSet('نجار صياد حداد خياط خباز عطار طحان حلاق بقال جزار فران نحاس حمال سقا');

/** The first token of a mention: its role's, else its name's. */
function startOf(mention: Mention): number {
  return mention.kind === 'person'
    ? (mention.role ?? mention.name).from
    : mention.kind === 'body'
      ? mention.name.from
      : mention.role.from;
}

/** انتخاب، تعيين، تكليف، اختيار، ترشيح، تسمية: appointing someone, their name after it. */
const APPOINTING_NOUNS = /^[وبل]?(?:ال)?(?:انتخاب|تعيين|تكليف|اختيار|ترشيح|تسميه|تزكيه)$/u;
/** انتخب، عيّن، كلّف، اختار، زكّى، سمّى (and their feminine), with their subject first. */
const APPOINTING_VERBS = /^[وف]?(?:انتخب|انتخبت|عين|عينت|كلف|كلفت|اختار|اختارت|زكي|زكت|سمي|سمت)$/u;
/** Verbs of asking and addressing someone (سأل، يسأل، خاطب). */
const ASKS_OR_ADDRESSES = /^[وف]?(?:سال|سالت|يسال|تسال|خاطب|خاطبت|يخاطب|تخاطب)$/u;
/** بزعامة، برئاسة، بقيادة: "led by", before the one who leads. */
const LED_BY = /^[وف]?ب(?:زعامه|رياسه|قياده)$/u;
/** امرأة، رجل سبعيني، شاب: someone the story meets without a name. */
const UNNAMED_PEOPLE = /^(?:امراه|رجل|سيده|شاب|شابه|فتاه|فتي|عجوز|مسن|مسنه)$/u;
/** Words no role holds before its holder's name: مع، بعد، قبل، حول. */
const NOT_IN_ROLES = foldedSet('مع بعد قبل حول بينما فيما حين عندما');
/** Prepositions of time after a verb (قبيل الموسم، عقب المباراة): what follows is no subject. */
const TIME_PREPOSITIONS = foldedSet('قبيل عقب إثر بعيد غداة عشية خلال');
/** Words of kinship or respect before the given name people call someone by (خالتي نجاة،
 * با عبد السلام، الحاج محمود). */
const NICKNAME_TITLES = foldedSet(`با بابا خالتي خالتو خالة عمي عمو عم جدتي جدي ستي الحاج
  الحاجة الخالة العم سي لالة المعلم الأستاذ الشيخ`);
/** A kunya's first word (أبو، أبي، أبا، بو، أم) and the gender it tells, or null. */
const kunyaOf = (folded: string): Gender | null =>
  /^(?:ابو|ابي|ابا|بو)$/u.test(folded) ? 'm' : folded === 'ام' ? 'f' : null;
/** Verbs that call on someone (دعت، طالبت، حثّت، ناشدت), alone and as a second verb with و. */
const CALLS = /^(?:دعا|دعت|طالب|طالبت|حث|حثت|ناشد|ناشدت)$/u;
const CALLS_ON = new RegExp(`^و${CALLS.source.slice(1)}`, 'u');
/** Military and police ranks said before a name (العميد، اللواء): a later رتبة alone is them. */
const RANKS = foldedSet('لواء عميد عقيد مقدم رائد نقيب ملازم فريق مشير');
/** Titles of a profession said before a name (المهندس، الشيخة): a later title alone is them. */
const NAMED_TITLES = foldedSet('مهندس مهندسة أستاذ أستاذة شيخ شيخة');

/** Forms of نص, "to stipulate": a law's words, said by no one. */
const STIPULATES = /^[وف]?(?:نص|نصت|ينص|تنص)$/u;

/** اتصالاً من، مداخلة من: a call or a word from someone, on the air. */
const CONTACT = foldedSet('اتصال اتصالا اتصالاً مكالمة مكالمه مداخلة مداخله');

/** كُتب، كُتبت: "was written" (as a passive no cue; see WRITTEN_ON). */
/** (And a group that wrote on it, كتبوا عليها: a sign, no one of them named.) */
const WRITTEN = /^[وف]?(?:كتب|كتبت|كتبوا|كتبن|خطوا|خطت)$/u;

/** Forms of وصف, "to describe as". */
const DESCRIBE = /^[وف]?(?:وصف|وصفت|يصف|تصف)$/u;
/** اعتبر القرار "…": considering something to be the words that follow. */
const CONSIDER = /^[وف]?(?:اعتبر|اعتبرت|يعتبر|تعتبر)$/u;
/** وصفها، وصفته: وصف with its object pronoun (ت: she described). */
const DESCRIBED_AS = /^[وف]?(?:وصف(ت)?|(ت|ي)صف)(?:ه|ها|هم)$/u;
/** People no one names who describe something: أطراف سياسية، أهالي البلدة، مراقبون. */
const UNNAMED_GROUPS =
  /^(?:اطراف|اهالي|اهل|سكان|عدد|بعض|كثيرون|خبراء|نشطاء|ناشطون|مراقبون|منتقدون|معارضون|محللون|مغردون|متابعون|مواطنون|مختصون|ناشطين)$/u;
/** بأن، بأنه، بأنها: "as" (وصفه بأنه), what follows is what the thing was called. */
const AS_THAT = /^ب(?:ان|انه|انها|انهم)$/u;

/** A kunya in brackets right after a name: (أم معاذ)، (أبو عبد الله). */
const KUNYA_IN_BRACKETS =
  /^\s*\(\s*((?:أم|أبو|ام|ابو)\s+(?!ظبي)(?:عبد\s+)?[\u0621-\u064A](?:[\u0621-\u064A]|[\u064B-\u0652])+)\s*\)/u;

/** Outlets that words are sent to or said on. */

export type SpeakerKind = 'person' | 'body' | 'anonymous' | 'unknown';

export interface ExtractedQuote {
  text: string;
  paragraph: number;
  start: number;
  end: number;
  /** Display name of a person or a body; null for an anonymous or unknown source. */
  speaker: string | null;
  /** Folded name, the key that links the speaker across the corpus. */
  speakerKey: string | null;
  kind: SpeakerKind;
  /** The role a person was introduced with, or an anonymous source's description. */
  role: string | null;
  /** The words that named the speaker at this quote. */
  mention: string | null;
}

/** Who a reporting construction points at, and the words that named them. */
interface Attribution {
  entity: Entity | null;
  mention: string | null;
}

interface Statement {
  span: QuoteSpan;
  sentence: number;
  /** Index of the first token after the statement. */
  next: number;
  /** Whether nothing but punctuation precedes it in its sentence. */
  opensSentence: boolean;
}

/** What a crowd chants or sings (plural verbs, chants): the words are no one's statement. */
const CHANTED =
  /^[وف]?(?:رددوا|يرددون|يرددن|رددن|هتفوا|يهتفون|هتافات|هتاف|يغنون|غنوا|انشدوا|ينشدون|شعارات)$/u;

/** Verbs of singing and chanting: the words are a song's, no one's statement. */
const SUNG =
  /^[وف]?(?:ردد|رددت|رددوا|يردد|تردد|يرددون|غني|غنت|يغني|تغني|انشد|ينشد|تنشد|هتف|هتفت|هتفوا|يهتف|تهتف|يهتفون)$/u;

/** في المقابل، في غضون ذلك: what follows في where a sentence opens with no place. */
const NOT_PLACES_AFTER_FI = foldedSet(`المقابل غضون الأثناء أثناء السياق سياق الإطار إطار الوقت وقت
  ظل ختام الختام الشأن هذا ذلك تلك حين المقابلة حديث حديثه حديثها تصريح تصريحات بيان كلمة
  كلمته كلمتها رده ردها المؤتمر مؤتمر لقاء مقابلة`);

// Particles after which a subject may stand before its verb: أما الوزير فقد صرّح،
// غير أن العمري نبّه، وكانت الحسيني قد قالت.
const SUBJECT_OPENERS = foldedSet(`أما وأما أن إن لكن ولكن بينما فيما كما حيث إذ و ف كان كانت
  وكان وكانت فكان فكانت بدوره بدورها`);
const WRITTEN_ON = foldedSet('عليه عليها عليهم فيها فيه');
const BANNER = foldedSet('لافتة ولافتة لافتات');
const POST_QUOTE_FILLERS = foldedSet('هكذا بهذه بهذا الكلمات العبارات العبارة الكلمة بذلك كما');
const POINTING_BACK = foldedSet('هكذا بهذه بهذا');
/** بهذه الكلمات، بتلك الأرقام: with these (words, figures), pointing back at a quote. */
const POINTING_WITH = foldedSet('بهذه بهذا بتلك بذلك');
const SAME = foldedSet('ذاته ذاتها نفسه نفسها');
// A reporting word after a preposition is a noun: في رد مكتوب، في تصريح.
const PREPOSITIONS = foldedSet('في على من إلى عن مع بعد قبل خلال عبر');
// What a person writes on: their account, page, the platform.
const OWN_PAGES = /^(?:حساب|صفح|منص|موقع|قنا|تويتر|اكس|فيسبوك|انستغرام|تلغرام|مدون)/u;
const CAME = foldedSet('جاء وجاء ورد وورد وجاءت جاءت');
/** Verbs of going by a name: يُعرف، يعرفه، عرّف نفسه، فضّل، طلب الاكتفاء، يدعى، يلقب. */
const NAMED_BY =
  /^[وف]?(?:يعرف|تعرف|يعرفه|يعرفها|يعرفونه|عرف|عرفت|يعرفه|الاكتفاء|فضل|فضلت|طلب|طلبت|يدعي|تدعي|يلقب|تلقب|يلقبه|يلقبها|يناديه|ينادونه|يناديها|ينادونها|اكتفي|اكتفت)$/u;
const FROM = foldedSet('عن من');
const MAX_POST_CUE_DISTANCE = 4;
const MAX_SUBJECT_WORDS = 18;

// A short aside in parentheses (يونيسف)، (أوتشا) is read as if it were not there.
const ASIDE = /\([^()]{1,60}\)/g;
// (13 عاماً)، (45 سنة): an age closes the name before it.
const AGE_ASIDE = /^\(\s*[0-9٠-٩]+\s*(?:عام|سن|ربيع|عمر|أعوام|اعوام|شهر|أشهر|اشهر)/u;
/** What رد becomes before فعل: ردة، the noun ("reaction"), never a verb of saying. */
const REACTION = 'رده';

/** One paragraph's words outside its statements, with the breaks between them. */
/**
 * ج:، جواب:، الجواب - where a paragraph opens: an interview's answer label. Returns where
 * the label and its mark end, or -1.
 */
function answerLabelEnd(text: string, word: Word): number {
  if (!/^(?:ج|جـ|جواب|الجواب)$/u.test(word.raw.replace(/\u0640/gu, ''))) return -1;
  if (text.slice(0, word.start).trim() !== '') return -1;
  const mark = /^\s*[:：\-–—.]/u.exec(text.slice(word.end));
  return mark ? word.end + mark[0].length : -1;
}

function segment(
  text: string,
  words: readonly Word[],
  statements: readonly QuoteSpan[],
  names: readonly QuoteSpan[],
): { tokens: Token[]; statements: Statement[] } {
  const asides: [number, number][] = [];
  if (text.includes('('))
    for (const match of text.matchAll(ASIDE))
      asides.push([match.index, match.index + match[0].length]);
  const inAside = (offset: number) => asides.some(([from, to]) => offset >= from && offset < to);
  const gapOf = (from: number, to: number) => {
    if (to - from === 1 && text.charCodeAt(from) === 32) return ' ';
    let gap = text.slice(from, to);
    for (const [start, end] of asides)
      if (start >= from && end <= to)
        gap = gap.replace(
          text.slice(start, end),
          AGE_ASIDE.test(text.slice(start, end)) ? '، ' : ' ',
        );
    return gap;
  };
  const tokens: Token[] = [];
  const result: Statement[] = [];
  let sentence = 0;
  let sentenceHasWords = false;
  let previousEnd = 0;
  let afterStatement = false;
  let s = 0;
  let n = 0;
  const flushStatementsBefore = (offset: number) => {
    while (s < statements.length && statements[s].start < offset) {
      const span = statements[s++];
      if (breakOf(gapOf(previousEnd, span.start)) === 'sentence') {
        sentence++;
        sentenceHasWords = false;
      }
      result.push({ span, sentence, next: tokens.length, opensSentence: !sentenceHasWords });
      previousEnd = span.end;
      afterStatement = true;
    }
  };
  for (const word of words) {
    flushStatementsBefore(word.start);
    if (s > 0 && word.start < statements[s - 1].end) continue;
    if (asides.length > 0 && inAside(word.start)) continue;
    // ج: "…": an interview's answer label where the paragraph opens is no word of it, so the
    // answer opens its sentence and goes on with the one interviewed.
    const label = tokens.length === 0 ? answerLabelEnd(text, word) : -1;
    if (label >= 0) {
      previousEnd = label;
      continue;
    }
    while (n < names.length && names[n].end <= word.start) n++;
    const quoted = n < names.length && word.start > names[n].start;
    let gap = gapOf(previousEnd, word.start);
    // Punctuation inside a quoted name (تحت عنوان "الماء والفلاحة: أي توازن ممكن؟") is
    // the name's, not the sentence's.
    if (tokens.length > 0 && tokens[tokens.length - 1].quoted)
      gap = gap.replace(/^[^"“”«»]*["“”«»]/u, ' ');
    // (So is a full stop between two of its words: برنامج "موسكو. الكرملين. بوتين".)
    const inside = tokens[tokens.length - 1];
    if (quoted && inside?.quoted && inside.start > names[n].start) gap = ' ';
    let brk = breakOf(gap);
    // د. هشام، م. رنا: the full stop of an abbreviated title ends no sentence; nor that of a
    // foreign name's initial, a letter or a Latin letter's name (مايكل ج. روزنتال، لورا بي.
    // سانتوس), which the name reads on through.
    const last = tokens[tokens.length - 1];
    if (
      brk === 'sentence' &&
      last &&
      /^\.\s*$/u.test(text.slice(previousEnd, word.start)) &&
      (/^[\u0621-\u064A]$/u.test(last.raw) ||
        // (A letter's name right after a known given name: not the end of إل جي، بي بي سي.)
        (LETTER_NAMES.has(last.folded) &&
          tokens.length > 1 &&
          last.brk === 'none' &&
          (genderOfGivenName(tokens[tokens.length - 2].folded) !== null ||
            // (Or between a given name no list knows, after a comma, and a family name:
            // المتحدثة باسم الرئاسة، ميغان إي. ستراتفورد، أن.)
            (tokens[tokens.length - 2].brk === 'clause' &&
              isNameWord(tokens[tokens.length - 2]) &&
              !isDefiniteToken({ ...word, brk: 'none', sentence: 0 }) &&
              isNameWord({ ...word, brk: 'none', sentence: 0 }) &&
              !FUNCTION_WORDS.has(word.folded) &&
              /^[،,]/u.test(text.slice(word.end).trimStart())))))
    ) {
      brk = 'none';
      last.initial = true;
    }
    // العربية.نت، هسبريس.كوم: a dot before a domain's ending, with no space, joins a name.
    if (
      brk === 'sentence' &&
      word.start - previousEnd === 1 &&
      text[previousEnd] === '.' &&
      DOMAIN_ENDINGS.has(word.folded)
    )
      brk = 'hyphen';
    // 7.1 درجات: a decimal point ends no sentence.
    if (
      brk === 'sentence' &&
      word.start - previousEnd === 1 &&
      text[previousEnd] === '.' &&
      /^\d/u.test(word.raw) &&
      /\d$/u.test(text.slice(previousEnd - 1, previousEnd))
    )
      brk = 'none';
    if (afterStatement && (brk === 'none' || brk === 'hyphen')) brk = 'mark';
    if (brk === 'sentence') {
      sentence++;
      sentenceHasWords = false;
    }
    // An object literal of one shape, not a spread: there is one per word of the corpus.
    tokens.push({
      raw: word.raw,
      folded: word.folded,
      start: word.start,
      end: word.end,
      brk,
      sentence,
      quoted,
      alef: false,
      initial: false,
      afterStatement,
      dash: brk !== 'sentence' && SPACED_DASH.test(gap),
    });
    // رد فعل السوق، في أول رد فعل: "reaction", a noun, not the verb ردّ and its subject.
    const before = tokens[tokens.length - 2];
    if (
      brk === 'none' &&
      /^(?:ال)?فعل$/u.test(word.folded) &&
      before &&
      /^[وف]?رد$/u.test(before.folded)
    )
      before.folded = REACTION;
    sentenceHasWords = true;
    previousEnd = word.end;
    afterStatement = false;
  }
  flushStatementsBefore(Infinity);
  return { tokens, statements: result };
}

/** The verb's gender as its shape tells: تستعد، قالت a woman's; يستعد a man's; else null. */
function verbShapeGender(verb: Token): Gender | null {
  const bare = verb.folded.replace(/^[وف](?=[\u0621-\u064A]{3})/u, '');
  return bare.endsWith('ت') || /^ت/u.test(bare) ? 'f' : /^ي/u.test(bare) ? 'm' : null;
}

/**
 * Finds the quoted statements of a story and who said each. Each paragraph is cut into
 * sentences; a statement takes the reporting construction nearest before it in its
 * sentence (verb-first, subject-first, participle, بحسب/وفقاً لـ/نقلاً عن/على لسان, نقل …
 * عن … قوله, جاء في بيان لـ…), else one right after it ("…"، قالت فلانة), else, when it
 * opens its sentence, the current speaker. Names, roles and bodies go through a table of
 * who the story has named, so a surname, a role alone, a body's short name and a verb's
 * gender resolve to the full name met earlier. When nothing fits, the speaker is null.
 */
export function extractQuotes(
  bodyParagraphs: readonly string[],
  headline = '',
  /** The paragraphs' words, when the caller has them already. */
  bodyWords: readonly Word[][] = bodyParagraphs.map(wordsOf),
): ExtractedQuote[] {
  const entities = new StoryEntities();
  readHeadline(headline, entities);
  // The headline's statements are read after the body, as one more paragraph each that
  // says whose words they are (see headlineFrames).
  const bodyQuoted = sameTitleAgain(
    bodyParagraphs.map((text, index) => quotedSpansOf(text, bodyWords[index])),
  );
  const frames = headlineFrames(headline, bodyQuoted);
  const paragraphs = [...bodyParagraphs, ...frames.map((frame) => frame.text)];
  const frameWords = frames.map((frame) => wordsOf(frame.text));
  const paragraphWords = [...bodyWords, ...frameWords];
  const found: {
    quote: Omit<ExtractedQuote, 'speaker' | 'speakerKey' | 'kind' | 'role'>;
    entity: Entity | null;
  }[] = [];

  // The reading state of the paragraph at hand, shared by the readers below (made once a
  // story, not once a paragraph).
  let text = '';
  let paragraph = 0;
  let tokens: Token[] = [];
  let statements: Statement[] = [];
  // The noun phrase read at each token of the paragraph: several readers ask for the same.
  let mentions = new Map<number, Mention | null>();
  const mentionAt = (at: number, dative: boolean): Mention | null => {
    const key = dative ? -at - 1 : at;
    let mention = mentions.get(key);
    if (mention === undefined) {
      mention = readMention(tokens, at, { dative });
      mentions.set(key, mention);
    }
    return mention;
  };
  const slice = (span: Span) => (span.alef ? 'ا' : '') + text.slice(span.start, span.end);
  /** The first token of the sentence of `at`. */
  const sentenceStart = (at: number): number => {
    let start = at;
    while (start > 0 && tokens[start - 1].sentence === tokens[at].sentence) start--;
    return start;
  };
  /** Past the particle a sentence opens with at `start` (غير أن، إلا أن، لكن): its subject. */
  const pastOpeningParticle = (start: number): number => {
    if (
      /^[وف]?(?:غير|الا)$/u.test(tokens[start].folded) &&
      /^[اإأ]ن$/u.test(tokens[start + 1]?.folded ?? '')
    )
      return start + 2;
    return /^[وف]?لكن$/u.test(tokens[start].folded) ? start + 1 : start;
  };
  /**
   * جان-بيير، أولينا-ماريا: a word a hyphen joins to the next is a name's, never a verb that
   * opens a clause.
   */
  const joinedByHyphen = (at: number): boolean => tokens[at + 1]?.brk === 'hyphen';
  /** The one a sentence opened with أما is about. */
  let topic: { sentence: number; entity: Entity } | null = null;
  /** Entities named in the current sentence, the last one last. */
  let sentenceEntities: { sentence: number; list: Entity[] } = { sentence: -1, list: [] };
  /** The entities of the sentence before, when it was the one before the current. */
  let previousSentence: { sentence: number; list: Entity[] } = { sentence: -1, list: [] };
  const inSentence = (sentence: number, entity: Entity) => {
    if (sentenceEntities.sentence !== sentence) {
      previousSentence = sentenceEntities;
      sentenceEntities = { sentence, list: [] };
    }
    sentenceEntities.list.push(entity);
  };
  /** Who a verb without a subject means: someone named earlier in its sentence, else
   * the last speaker of its gender. */
  const pronoun = (sentence: number, gender: Gender | null, at = -1): Entity | null => {
    // رأى فلان أن «…»، في حين انتقد الكاتب فلان استمرار …، وقال: the subject named after a
    // later verb of saying in the sentence (whose own quote was only a name), not the one the
    // sentence opened with.
    const later = lastCue?.sentence === sentence ? lastCue : null;
    // (Not a verb inside ما or a relative clause: معتبراً أن ما صرح به الرئيس فلان «…»;
    // only one that opens its clause: في حين انتقد، فيما نفت، وانتقد.)
    const laterOpens =
      later?.at !== undefined &&
      !/^(?:ما|مما|عما|بما|الذي|التي|الذين)$/u.test(tokens[later.at - 1]?.folded ?? '') &&
      (ends(tokens[later.at].brk) ||
        /^[وف]/u.test(tokens[later.at].folded) ||
        /^(?:حين|فيما|بينما|ثم|كما)$/u.test(tokens[later.at - 1]?.folded ?? ''));
    if (
      later?.named &&
      later.at !== undefined &&
      laterOpens &&
      at >= 0 &&
      later.at < at &&
      // (Or a body named with its verb: فيما نفت قوات الدعم السريع في بيان …، وقالت.)
      (later.attribution.entity?.kind === 'person' || later.attribution.entity?.kind === 'body') &&
      (!gender || later.attribution.entity.gender === gender) &&
      // (Named surely: not تكتب معظم قصائدها, an object read as a name.)
      (later.attribution.entity.kind === 'body' ||
        namedSurely(later.attribution.entity, later.attribution.entity.gender ?? 'm')) &&
      tokens.slice(sentenceStart(at) + 1, later.at + 1).some((word) => word.brk === 'clause') &&
      !tokens.slice(later.at + 1, at).some((word) => word.brk === 'sentence')
    )
      return later.attribution.entity;
    const opening = at >= 0 ? openingSubject(at, gender) : null;
    if (opening) return opening;
    // سألته "المصري اليوم" عن …، فقال: the one asked answers: the last of that gender met,
    // named surely and named in this very paragraph before the verb (else whoever spoke, as
    // before: someone named in an earlier paragraph is no one asked here).
    // Never the one who asks (وسألتها الكتبي عن …، فأجابت: not الكتبي, but whoever spoke
    // before her, the one interviewed).
    const asked = at >= 0 ? askedBefore(at) : null;
    if (asked && (!gender || asked.gender === gender)) {
      const asker = tokens.slice(asked.at + 1, asked.at + 4).map((word) => word.folded);
      const asking = (entity: Entity | null) =>
        !!entity && asker.includes(entity.parts[entity.parts.length - 1] ?? '');
      const met = namedLastSurely(asked.gender);
      if (met?.name && !asking(met) && text.slice(0, tokens[at].start).includes(met.name))
        return met;
      // (Only when the one who spoke last is the one asking: else as without a question.)
      if (asking(entities.carry(asked.gender))) {
        const spoke = entities.lastToSpeak(asked.gender, asking);
        if (spoke) return spoke;
      }
    }
    // وأضاف فلان أن …، جرى تحويلها إلى الادعاء العام، وتابع: who spoke in the sentence, not a
    // body named after them.
    // (Named or not: وأوضحت أن السلطات المصرية "…"، وأضافت goes on from who explained.)
    const spoke = lastCue?.sentence === sentence ? lastCue.attribution.entity : null;
    if (
      spoke &&
      (lastCue?.named ||
        (spoke.kind === 'person' && at >= 0 && CONTINUES.test(tokens[at].folded))) &&
      spoke.kind !== 'anonymous' &&
      (!gender || !spoke.gender || spoke.gender === gender)
    )
      return spoke;
    // تلقى البرنامج اتصالاً من أحد المشاهدين، قال فيه: the unnamed caller of the sentence.
    if (
      caller?.sentence === sentence &&
      (!gender || !caller.entity.gender || caller.entity.gender === gender)
    )
      return caller.entity;
    // أما النائبة فلانة، فقد حمّلت الحكومة مسؤولية …، داعية إلى: the one after أما, not a
    // body named after it (someone named after it may be: وهو ما رد عليه أحد الفلاحين بالقول).
    const about =
      topic?.sentence === sentence &&
      (!gender || !topic.entity.gender || topic.entity.gender === gender)
        ? topic.entity
        : null;
    let platform = false;
    if (sentenceEntities.sentence === sentence) {
      // (كامالا هاريس أقرّت بالهزيمة في خطاب ألقته في جامعة هوارد، وقالت: a body met after
      // the person the sentence opened with is where they were, not who speaks.)
      const opener = sentenceEntities.list[0];
      const openedBy =
        opener?.kind === 'person' && gender !== null && opener.gender === gender ? opener : null;
      for (let i = sentenceEntities.list.length - 1; i >= 0; i--) {
        const entity = sentenceEntities.list[i];
        if (about && entity !== about && entity.kind === 'body') continue;
        if (openedBy && entity !== openedBy && entity.kind === 'body') continue;
        // (Not the platform the words went out on: نشرت شرطة دبي على حسابها في منصة "إكس"
        // مقطعاً، وكتبت; with no one else met in the sentence, no one where the verb has a
        // subject of its own that went unread: وعلى منصة "إكس"، كتبت المدوّنة …، فلانة.)
        if (entity.kind === 'body' && PLATFORMS.has(normalizeArabic(entity.name ?? ''))) {
          platform = true;
          continue;
        }
        if (!gender || !entity.gender || entity.gender === gender) return entity;
      }
      const own = at >= 0 ? tokens[at + 1] : undefined;
      if (
        platform &&
        own &&
        !ends(own.brk) &&
        !FUNCTION_WORDS.has(own.folded) &&
        // (Nor a participle of manner: وكتب معلقاً.)
        !cueOf(own.raw, own.folded) &&
        !/^[\u0621-\u064A]{3,}ا$/u.test(own.folded)
      )
        return null;
    }
    // غير أن الطبيبة فلانة، التي …، رسمت صورة أكثر قتامة. وقالت لـ"…" إن: a person the
    // sentence before opened with, where no one spoke, is the subject of a verb without one.
    const before =
      sentenceEntities.sentence === sentence - 1
        ? sentenceEntities
        : previousSentence.sentence === sentence - 1 && sentenceEntities.sentence === sentence
          ? previousSentence
          : null;
    const first = before?.list[0];
    if (
      before &&
      gender &&
      first?.kind === 'person' &&
      first.gender === gender &&
      // (Named by a known given name or a kunya: not صعوبة الشتاء, an object read as a name.)
      namedSurely(first, gender) &&
      !statements.some((statement) => statement.sentence === before.sentence)
    )
      return first;
    // ويعود فلان إلى قاربه. يقول: the one of that gender the paragraph met before the verb,
    // when met after the last of that gender spoke.
    // (Not a verb that goes on with words said before, أضاف، تابع; nor where someone spoke
    // in the paragraph after the person was met.)
    if (gender && at >= 0 && !CONTINUES.test(tokens[at].folded)) {
      const here = paragraphPeople.filter((met) => met.at < at && met.entity.gender === gender);
      const last = here.length > 0 ? here[here.length - 1] : null;
      const spoke = entities.carry(gender);
      // (Or before anyone of that gender spoke: كان العامل الهندي فلان يستريح …. وقال.)
      // (Or met here, as the subject of the paragraph's opening verb, before anyone spoke in
      // it: خرجت زينب من القاعة. "…"، تقول, though someone else spoke last before it.)
      if (
        last &&
        (!spoke ||
          (spoke !== last.entity && (spoke.seen < last.entity.seen || lastCue === null))) &&
        (lastCue?.at === undefined || lastCue.at < last.at)
      )
        return last.entity;
    }
    // يقول وهو يمرر الخيط: before anyone of that gender spoke, the one of it named last.
    const carried = entities.carry(gender);
    if (carried || !gender) return carried;
    return namedLastSurely(gender);
  };
  /**
   * فقال، فردّت after سأله، سألتها، سألناه earlier in the sentence: the gender of the one
   * asked, who answers, and where the verb of asking is; else null.
   */
  const askedBefore = (at: number): { gender: Gender; at: number } | null => {
    if (!/^ف/u.test(tokens[at].folded)) return null;
    const sentence = tokens[at].sentence;
    for (let k = at - 1; k >= 0 && tokens[k].sentence === sentence; k--) {
      const asking = /^[وف]?سال(?:ت|نا)?(ه|ها)$/u.exec(tokens[k].folded);
      if (asking) return { gender: asking[1] === 'ها' ? 'f' : 'm', at: k };
    }
    return null;
  };
  /** Named by a known given name of that gender, or by a kunya (أم خليل). */
  const namedSurely = (entity: Entity, gender: Gender): boolean =>
    genderOfGivenName(entity.parts[0] ?? '') === gender ||
    // (الحسين أيت بوعزة، الهادي بن سالم: a given name with the article.)
    genderOfGivenName(stripArticle(entity.parts[0] ?? '')) === gender ||
    // (A kunya, أم سامر; with a given name of two words or a family name, أم عبد الله،
    // أبو محمد الحسين.)
    (entity.parts.length >= 2 && entity.parts.length <= 3 && kunyaOf(entity.parts[0]) === gender);
  /** The person of a gender named last, when named by a known given name or a kunya. */
  const namedLastSurely = (gender: Gender): Entity | null => {
    const met = entities.lastNamedPerson(gender);
    return met && namedSurely(met, gender) ? met : null;
  };
  /**
   * The subject a sentence opened with (شكّك النائب …، عبد الكريم الساعدي، بقدرة المفوضية …،
   * وقال: "…"; نفى رئيس النادي فلان ما …، مؤكداً أن "…"): a person named in full
   * (a known given name first), right after the sentence's first word, before the verb at
   * `at`, of its gender.
   */
  const openingSubject = (at: number, gender: Gender | null): Entity | null => {
    let start = sentenceStart(at);
    // An opening phrase before it: في المقابل، … / وفي الطابق الحادي عشر من أحد الأبراج، …
    // (not after a verb of saying: أعلنت وزارة العدل، اليوم الأحد، …).
    const opener = tokens[start].folded;
    const functional =
      FUNCTION_WORDS.has(opener) || FUNCTION_WORDS.has(opener.replace(/^[وف]/u, ''));
    const reach = functional ? 12 : 5;
    const saying = cueOf(tokens[start].raw, tokens[start].folded)?.kind === 'verb';
    const fronted = frontedSubject(start, at, gender);
    if (fronted) return fronted;
    // وطلبت المتهمة الأولى، دانة الفيلكاوي، الكلمة، وقالت: a verb and its subject in
    // apposition first, then an opening phrase.
    // (Not a name's first word, which may look like a verb: عبد الحميد الشناوي رفض.)
    if (
      isArabicVerbLike(tokens[start]) &&
      !functional &&
      !TIME_WORDS.has(opener) &&
      !JOINERS.has(opener) &&
      genderOfGivenName(opener) === null
    ) {
      const subject = subjectAfterVerb(start, at, gender);
      if (subject) return subject;
    }
    for (let k = start + 1; !saying && k < Math.min(at, start + reach); k++) {
      if (tokens[k].brk === 'clause') {
        start = k;
        break;
      }
    }
    // وكان أحد أهالي الموقوفين، أبو علي شمص، قد اعتصم …، وقال: the clause opens with a name
    // (a known given name or a kunya, and one more word), not with a verb: the one named.
    const opening = tokens[start];
    if (
      start > sentenceStart(at) &&
      (genderOfGivenName(opening.folded) !== null || kunyaGender(opening) !== null)
    ) {
      const named = mentionAt(start, false);
      if (
        named?.kind === 'person' &&
        named.name.from === start &&
        named.name.to - named.name.from >= 2 &&
        named.end < at &&
        // (Nothing said between: not …، هالة بن عاشور، فقد أوضحت أن "…"، وهو ما رد عليه
        // أحد الفلاحين بالقول, whose words are another's.)
        !tokens
          .slice(named.end, at)
          .some((word) => word.quoted || cueOf(word.raw, word.folded) !== null)
      ) {
        const own = kunyaGender(opening) ?? genderOfGivenName(opening.folded);
        return !gender || !own || own === gender ? entityOf(named, gender) : null;
      }
    }
    // (After a particle of negation: في المقابل، لم يُخفِ فلان امتعاضه، إذ كتب.)
    if (/^[وف]?(?:لم|لن|ما)$/u.test(tokens[start].folded) && start + 1 < at) start++;
    return subjectAfterVerb(start, at, gender);
  };
  /**
   * غير أن عبد الحميد الشناوي، والد الضحية، رفض هذا الطرح، وقال: a sentence that opens, after
   * a particle or none, on someone named in full (a known given name or a compound first),
   * then their own verb (past an apposition set off by commas), is theirs to its verb of
   * saying at `at` with no subject, when nothing was said or quoted between.
   */
  const frontedSubject = (start: number, at: number, gender: Gender | null): Entity | null => {
    let k = pastOpeningParticle(start);
    if (k === start && /^[وف]?(?:بينما|فيما)$/u.test(tokens[k].folded)) k += 1;
    const first = tokens[k];
    if (!first || k >= at || (k > start && ends(first.brk))) return null;
    const own =
      genderOfGivenName(first.folded) ??
      kunyaGender(first) ??
      (/^(?:عبد|ابو)$/u.test(first.folded) ? 'm' : null);
    if (own === null) return null;
    const named = mentionAt(k, false);
    if (
      named?.kind !== 'person' ||
      named.name.from !== k ||
      named.name.to - named.name.from < 2 ||
      named.end >= at
    )
      return null;
    let verb = named.end;
    // (Past an apposition between commas: …، والد الضحية، رفض.)
    if (tokens[verb].brk === 'clause') {
      let close = verb + 1;
      while (close < at && close - verb <= 10 && tokens[close].brk === 'none') close++;
      if (close >= at || tokens[close].brk !== 'clause') return null;
      verb = close;
    }
    // (A word the lists know as a verbal noun is the verb here: رفض، دعم.)
    const act = tokens[verb];
    if (
      verb >= at ||
      !(
        isOpeningVerb(verb) ||
        (isArabicVerbLike(act) &&
          !joinedByHyphen(verb) &&
          !PREPOSITIONS.has(act.folded) &&
          !JOINERS.has(act.folded) &&
          genderOfGivenName(act.folded) === null)
      ) ||
      cueOf(act.raw, act.folded)
    )
      return null;
    // (The verb of saying joined to it by و or ف after a comma: …، وقال; not ريما حداد
    // نفسها كتبت, the subject's own verb.)
    if (
      !/^[وف]/u.test(tokens[at].folded) ||
      !tokens.slice(verb + 1, at + 1).some((word) => word.brk === 'clause')
    )
      return null;
    // (Nothing said or quoted between: not …، فقد أوضحت أن "…"، وهو ما رد عليه.)
    if (
      tokens
        .slice(verb, at)
        .some((word) => word.quoted || (!!cueOf(word.raw, word.folded) && word !== tokens[verb]))
    )
      return null;
    if (gender && own !== gender) return null;
    const entity = entityOf(named, gender);
    // (The role in apposition, for later references: وأضاف والد الضحية.)
    if (entity?.kind === 'person' && named.end < verb) rememberRoleAfter(entity, named.end);
    return entity;
  };
  /** Whether a role is indefinite up to its first preposition: its head alone, or with
   * indefinite words ending in an adjective (مسؤول طبي، مصدر أمني). */
  const indefiniteRole = (role: Span): boolean => {
    let to = role.from + 1;
    while (
      to < role.to &&
      !/^(?:في|من|باسم|لدي|عن|علي|الي|داخل|[بل][\u0621-\u064A]{2,})$/u.test(tokens[to].folded)
    )
      to++;
    const head = tokens.slice(role.from, to);
    if (head.some((token) => isDefiniteToken(token))) return false;
    return head.length === 1 || /(?:ي|يه)$/u.test(head[head.length - 1].folded);
  };
  /** openingSubject's reading: the subject after the verb at `start`, before `at`. */
  const subjectAfterVerb = (start: number, at: number, gender: Gender | null): Entity | null => {
    const verb = tokens[start];
    if (
      start + 1 >= at ||
      !isArabicVerbLike(verb) ||
      joinedByHyphen(start) ||
      FUNCTION_WORDS.has(verb.folded) ||
      // وهي معلمة في مدرسة …: a pronoun and what she is, not a verb and its subject.
      /^[وف]?(?:هو|هي|هم|هن)$/u.test(verb.folded) ||
      TIME_WORDS.has(verb.folded) ||
      ends(tokens[start + 1].brk)
    )
      return null;
    const mention = mentionAt(start + 1, false);
    // ورحّب سموه بالضيف …، وقال: a courtesy pronoun as the sentence's subject.
    if (!mention) return courtesyPronounAt(start + 1)?.entity ?? null;
    if (mention.end > at) return null;
    // نقلت الوكالة عن الوزير قوله، وفقاً لفلان: a frame between names someone else.
    for (let k = mention.end; k < at; k++) {
      const kind = tokens[k].quoted ? undefined : cueOf(tokens[k].raw, tokens[k].folded)?.kind;
      if (kind === 'relay' || kind === 'according') return null;
      if (kind && mention.kind === 'body') return null;
    }
    // أعلنت العصبة المغربية للدفاع عن الحريات تضامنها …، وأكدت: a body named in full.
    // An outlet that relays (نقلت وكالة بترا عن الوزير قوله) never speaks for the sentence.
    if (mention.kind === 'body') {
      // وكانت الأمانة قد أطلقت …، وقالت: a body's short name between كان and قد, the body
      // met before with that noun.
      const hadDone =
        mention.short &&
        /^[وف]?(?:كان|كانت)$/u.test(verb.folded) &&
        tokens[mention.end]?.folded === 'قد' &&
        entities.hasBody(mention.head);
      if (
        !hadDone &&
        (mention.short || mention.end - (start + 1) < 2 || MEDIA_HEADS.has(mention.head))
      )
        return null;
      if (cueOf(verb.raw, verb.folded)?.kind === 'relay') return null;
      if (gender && mention.gender && mention.gender !== gender) return null;
      return entityOf(mention, gender);
    }
    // وأرجع أحد الناشرين ارتفاع الأسعار إلى …، قائلاً: an unnamed subject, as a named one.
    if (mention.kind === 'anonymous') return entityOf(mention, gender);
    // نفى متحدث باسم الجيش الرواية، وقال: an indefinite role is someone unnamed.
    // نفى متحدث باسم الجيش الرواية، وقال: a role that opens without the article. Indefinite
    // up to its first preposition (متحدث باسم الجيش، مسؤول طبي) it is someone unnamed; in
    // construct with a definite word (وزير الخارجية) it is the one of that role met, if any.
    if (mention.kind === 'role' && !isDefiniteToken(tokens[start + 1]))
      return indefiniteRole(mention.role)
        ? entities.anonymous(slice(mention.role), gender ?? mention.gender)
        : entityOf(mention, gender);
    if (mention.kind !== 'person') return null;
    // A person for sure: two words of name at least, the first a known given name, or
    // a role before the name (حمّلت عضو مجلس النواب سالمة المشاي …، وكتبت), whose verb
    // then tells the gender (عضو is said of a woman too).
    if (mention.name.to - mention.name.from < 2) {
      // وتحدثت غونزاليس عن الحملة …، موضحةً: a surname of someone named before, of its gender.
      // (Not a relative's verb: الخطيب … إلى أرقام المفوضية، التي قالت.)
      // (Nor a relay's subject: ونقل التازي عن موكله قوله.)
      if (
        mention.role !== null ||
        RELATIVE_PRONOUNS.has(tokens[at - 1]?.folded ?? '') ||
        cueOf(verb.raw, verb.folded)?.kind === 'relay'
      )
        return null;
      const known = entities.findSurname(tokens[mention.name.from].folded, gender);
      // The verb's gender as its shape allows: ت at the end (قالت) or at the start of a
      // present (تعود) for a woman; no ت at the end for a man (تحدّث is his too).
      const bare = verb.folded.replace(/^[وف](?=[\u0621-\u064A]{3})/u, '');
      const fits = (who: Gender) =>
        who === 'f' ? bare.endsWith('ت') || bare.startsWith('ت') : !bare.endsWith('ت');
      if (known) return !gender || (known.gender === gender && fits(gender)) ? known : null;
      // تعود حواء إلى مأواها، وتقول: a given name the lists know, of the verbs' gender.
      const given = genderOfGivenName(tokens[mention.name.from].folded);
      return given && fits(given) && (!gender || given === gender)
        ? entityOf(mention, given)
        : null;
    }
    // ودافع بن عيسى عن قراره، وكتب: a family name of two words (بن عيسى، عبد العال) that
    // ends the name of one met before, with nothing between it and the verb's clause.
    if (mention.role === null && mention.name.to - mention.name.from === 2) {
      const parts = tokens.slice(mention.name.from, mention.name.to).map((word) => word.folded);
      const met = JOINERS.has(parts[0]) ? entities.findName(parts, gender) : null;
      if (met && met.parts.length > parts.length && (!gender || met.gender === gender)) return met;
    }
    // وقفت أم يوسف …، وقالت: a kunya tells the gender as a given name does.
    // (Or the gender a given name with the article gives, where the name is sure to be one,
    // joined or closed by a comma: جلس الحسين آيت بوعزة، …، وقال; not ورث الحبيب الحرفة.)
    const sure =
      tokens
        .slice(mention.name.from + 1, mention.name.to)
        .some((word) => JOINERS.has(word.folded)) || tokens[mention.name.to]?.brk === 'clause';
    const own =
      kunyaGender(tokens[mention.name.from]) ??
      genderOfGivenName(tokens[mention.name.from].folded) ??
      (isDefiniteToken(tokens[mention.name.from]) && sure ? mention.gender : null);
    // (Or a title before the name, which says it is a person's and of what gender: وزارت
    // المهندسة روجين حسن عيسى المخيم، وقالت.)
    const titled = mention.role === null && mention.name.from > start + 1;
    if (own === null && mention.role === null && !titled) return null;
    const opened =
      own ?? (titled ? mention.gender : null) ?? (verb.folded.endsWith('ت') ? 'f' : null);
    if (gender && opened !== null && opened !== gender) return null;
    if (gender && opened === null && mention.gender && mention.gender !== gender) return null;
    return entityOf(mention, gender);
  };

  /**
   * فيما قاطعه أحد الزبائن قائلاً: the subject right before a participle, after the verb
   * that opens its clause (after فيما، بينما، حين، عندما), with nothing between.
   */
  /**
   * وهو ما نفاه المصرف المركزي في بيان، مؤكداً: the subject of a relative clause of ما and a
   * verb with its object pronoun, the clause right before `at`.
   */
  const subjectOfRelative = (at: number, gender: Gender | null): Entity | null => {
    if (tokens[at].brk !== 'clause' || at < 2) return null;
    let start = at - 1;
    while (start > 0 && at - start <= 12 && !ends(tokens[start].brk)) start--;
    if (!ends(tokens[start].brk)) return null;
    // (Only وهو ما، وهي ما، وهذا ما: a bare ما is a verb's object, نفى الوزير ما تداولته
    // حسابات …، واصفاً.)
    if (!/^(?:وهو|وهي|وهذا)$/u.test(tokens[start].folded)) return null;
    const ma = start + 1;
    if (tokens[ma]?.folded !== 'ما' || ends(tokens[ma].brk)) return null;
    const verb = tokens[ma + 1];
    if (!verb || !/(?:ه|ها|هم)$/u.test(verb.folded) || ends(verb.brk)) return null;
    const bare = { ...verb, folded: verb.folded.replace(/(?:ه|ها|هم)$/u, '') };
    if (!isArabicVerbLike(bare) || FUNCTION_WORDS.has(bare.folded)) return null;
    const mention = mentionAt(ma + 2, false);
    if (!mention || mention.end > at) return null;
    if (mention.kind !== 'body' && mention.kind !== 'person' && mention.kind !== 'anonymous')
      return null;
    if (gender && mention.gender && mention.gender !== gender) return null;
    return entityOf(mention, gender);
  };
  /**
   * The person met before whom a verb before `at` in its sentence names as its subject, with
   * its object pronoun or none (وصفها فالنتي، قال الوزير): the nearest, of the gender asked,
   * and only where that mention is shorter than the name met (a surname, a given name), so
   * that it surely points back to them.
   */
  const earlierSubject = (at: number, gender: Gender | null): Entity | null => {
    for (let k = at - 1; k >= 0 && tokens[k].sentence === tokens[at].sentence; k--) {
      if (tokens[k].quoted || tokens[k + 1]?.brk !== 'none') continue;
      const verb = { ...tokens[k], folded: tokens[k].folded.replace(/(?:ه|ها|هم|هما)$/u, '') };
      if (!isArabicVerbLike(verb) || FUNCTION_WORDS.has(tokens[k].folded)) continue;
      const mention = mentionAt(k + 1, false);
      if (mention?.kind !== 'person') continue;
      const parts = tokens.slice(mention.name.from, mention.name.to).map((t) => t.folded);
      const met = entities.findName(parts, gender);
      return met && met.parts.length > parts.length ? met : null;
    }
    return null;
  };
  /**
   * قبل أن يتدخل رئيس الجلسة، النائب فلان، مطالباً: the one named after a verb that قبل أن or
   * بعد أن opens, in the sentence of the participle at `at` and after its last quote.
   */
  const subjectAfterThen = (at: number, gender: Gender | null): Entity | null => {
    for (let k = at - 1; k >= 2 && at - k <= 20; k--) {
      if (tokens[k].sentence !== tokens[at].sentence || tokens[k].quoted) return null;
      if (
        !/^(?:قبل|بعد)$/u.test(tokens[k - 2].folded) ||
        !/^ان$/u.test(tokens[k - 1].folded) ||
        !isArabicVerbLike(tokens[k]) ||
        cueOf(tokens[k].raw, tokens[k].folded)
      )
        continue;
      const mention = mentionAt(k + 1, false);
      // (Someone surely: a role, or a given name the lists know; not قبل أن يعود خالي الوفاض.)
      const sure =
        mention?.kind === 'anonymous' ||
        (mention?.kind === 'person' &&
          (mention.role !== null || genderOfGivenName(tokens[mention.name.from].folded) !== null));
      if (!mention || !sure) return null;
      if (gender && mention.gender && mention.gender !== gender) return null;
      return entityOf(mention, gender);
    }
    return null;
  };
  const subjectOfClause = (at: number, gender: Gender | null): Entity | null => {
    if (tokens[at].brk !== 'none') return null;
    for (let from = at - 1; from >= 2 && at - from <= 6; from--) {
      if (ends(tokens[from].brk)) return null;
      const verb = tokens[from - 1];
      const opens = /^(?:فيما|بينما|حين|عندما)$/u.test(tokens[from - 2].folded);
      // (قاطعه، سألها: the verb may carry its object.)
      const bare = { ...verb, folded: verb.folded.replace(/(?:ه|ها|هم|هما)$/u, '') };
      if (!opens || !isArabicVerbLike(bare) || FUNCTION_WORDS.has(verb.folded)) continue;
      const mention = mentionAt(from, false);
      if (!mention || mention.end !== at) continue;
      const sure =
        mention.kind === 'anonymous' ||
        (mention.kind === 'person' &&
          (mention.role !== null || genderOfGivenName(tokens[mention.name.from].folded) !== null));
      if (!sure) continue;
      if (gender && mention.gender && mention.gender !== gender) return null;
      return entityOf(mention, gender);
    }
    return null;
  };

  /**
   * سعاد الخطيب، أو «أم أحمد»، / مريم السطوف، أم خالد،: a kunya given right after a name,
   * another name of that person (as written), or null.
   */
  /** A kunya's text from its أبو or أم at `at`: with a compound child's name whole (أم عبد الله). */
  const kunyaText = (at: number): string => {
    const child = tokens[at + 1];
    const more = tokens[at + 2];
    const whole =
      JOINERS.has(child.folded) && !!more && !ends(more.brk) && (!child.quoted || more.quoted);
    return text.slice(tokens[at].start, (whole ? more : child).end);
  };
  /**
   * فلان محافظاً جديداً، فلانة رئيسةً للجنة: an office in the accusative right after a
   * name (elected or appointed as), its head and its words, or null.
   */
  const officeAfter = (start: number, end: number): { text: string; head: string } | null => {
    const accusative = (token: Token | undefined) =>
      !!token && token.brk === 'none' && /(?:اً|ًا|ةً)$/u.test(token.raw);
    // (As written, without the accusative's mark and alef: محافظاً → محافظ.)
    const plain = (token: Token) =>
      token.raw.replace(/[\u064B-\u0652\u0640]/gu, '').replace(/ا$/u, '');
    const word = tokens[end];
    if (!accusative(word)) return null;
    const head = roleHeadOf(word.folded.replace(/ا$/u, ''));
    if (head === null) return null;
    // Only the one elected or appointed: after انتخاب، تعيين (the name their object), or
    // after انتخب، عيّن with their subject between (انتخبت الجمعية العمومية فلاناً رئيساً);
    // not the one who appoints, received or met someone (عيّن الرئيس فلان محافظاً جديداً).
    // (Past a title: انتخاب المهندس فلان.)
    let opening = start;
    while (opening > 0 && HONORIFICS.has(stripArticle(tokens[opening - 1].folded))) opening--;
    const before = tokens[opening - 1];
    const byNoun = !!before && APPOINTING_NOUNS.test(before.folded);
    let verb = opening - 1;
    while (
      verb >= 0 &&
      tokens[verb].sentence === tokens[start].sentence &&
      !APPOINTING_VERBS.test(tokens[verb].folded)
    )
      verb--;
    const byVerb =
      verb >= 0 && verb < opening - 1 && tokens[verb].sentence === tokens[start].sentence;
    if (!byNoun && !byVerb) return null;
    // (With its adjective in the accusative too: محافظاً جديداً، رئيساً منتخباً.)
    const next = tokens[end + 1];
    const adjective =
      accusative(next) && roleHeadOf(next.folded.replace(/ا$/u, '')) === null
        ? ` ${plain(next)}`
        : '';
    return { text: `${plain(word)}${adjective}`, head };
  };
  const kunyaAfter = (end: number): string | null => {
    const or = tokens[end]?.folded === 'او' && tokens[end].brk === 'clause';
    // (Or in brackets, which the tokens leave out: سميرة الشرع (أم معاذ)، جبار المياحي
    // (أبو عقيل).)
    const bracket =
      end > 0
        ? KUNYA_IN_BRACKETS.exec(text.slice(tokens[end - 1].end, tokens[end - 1].end + 40))
        : null;
    if (bracket) return bracket[1];
    if (!or && tokens[end]?.brk !== 'clause') return null;
    const at = or ? end + 1 : end;
    const [kunya, child, after] = [tokens[at], tokens[at + 1], tokens[at + 2]];
    if (!kunya || !child || !/^(?:ام|ابو)$/u.test(kunya.folded) || ends(child.brk)) return null;
    // Without أو, the kunya stands alone between commas (، أم خالد، التي …).
    if (
      !or &&
      after &&
      !ends(after.brk) &&
      !after.quoted &&
      !(JOINERS.has(child.folded) && (!tokens[at + 3] || ends(tokens[at + 3].brk)))
    )
      return null;
    return kunyaText(at);
  };

  /**
   * Another name a sentence gives someone named in full, said or not: سعدية عبد الرحمن،
   * المعروفة بين جيرانها باسم "أم حسن"، / محمود الخطيب، الذي يعرفه أهالي الحي باسم «أبو
   * خليل»، / نجاح المحمد، أم خالد، تجلس …: that name later means that person.
   */
  let epithetAliases: { at: number; alias: string; gender: Gender }[] = [];
  /**
   * حتى صارت كنيته "أبو مصطفى" جزءاً من ذاكرة الشارع: "his kunya" and the kunya, of the one
   * of that gender the story named in full last (once the paragraph's people are read).
   */
  const readKunyaWords = () => {
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].quoted || !/^[وف]?(?:كنيته|كنيتها)$/u.test(tokens[k].folded)) continue;
      const at = /^(?:هي|هو)$/u.test(tokens[k + 1]?.folded ?? '') ? k + 2 : k + 1;
      const [kunya, child] = [tokens[at], tokens[at + 1]];
      const gender: Gender = tokens[k].folded.endsWith('ها') ? 'f' : 'm';
      if (!kunya || !child || !/^(?:ام|ابو)$/u.test(kunya.folded) || ends(child.brk)) continue;
      // (Only one named in full in the same sentence before it, with no one unnamed between:
      // not يجلس شاب عشريني، كنيته "أبو يوسف", after someone named a sentence before.)
      const owner = entities.lastNamedInFull(gender);
      if (owner?.kind !== 'person') continue;
      let named = -1;
      for (let j = k - owner.parts.length; j >= 0 && tokens[j].sentence === tokens[k].sentence; j--)
        if (owner.parts.every((part, n) => tokens[j + n].folded === part)) {
          named = j;
          break;
        }
      if (named < 0) continue;
      const between = tokens.slice(named + owner.parts.length, k);
      if (between.some((word) => UNNAMED_PEOPLE.test(word.folded.replace(/^[وف]/u, '')))) continue;
      entities.alias(owner, kunyaText(at));
    }
  };
  const readAliases = () => {
    for (let k = 2; k < tokens.length; k++) {
      if (tokens[k].quoted) continue;
      // (واسمه الكامل may open a sentence of its own.)
      if (
        tokens[k].brk !== 'clause' &&
        !(tokens[k].brk === 'sentence' && /^(?:واسمه|واسمها)$/u.test(tokens[k].folded))
      )
        continue;
      // تقول أم هاشم، واسمها الحقيقي سعدية عبد الموجود: the real name of someone met by a
      // kunya or a nickname; the kunya then means that person.
      if (/^(?:واسمه|واسمها)$/u.test(tokens[k].folded)) {
        const at = /^ال(?:حقيقي|كامل)$/u.test(tokens[k + 1]?.folded ?? '') ? k + 2 : k + 1;
        const real = tokens[at] && !ends(tokens[at].brk) ? readMention(tokens, at) : null;
        let kunyaAt = k - 2;
        // (Or the kunya the paragraph named last, of the pronoun's gender: يجلس أبو جاسم على
        // دكة …. واسمه الكامل عبد الله بن حسن آل سيف.)
        if (
          kunyaAt < 0 ||
          !/^(?:ام|ابو)$/u.test(tokens[kunyaAt].folded) ||
          ends(tokens[k - 1].brk)
        ) {
          const own = tokens[k].folded === 'واسمه' ? 'ابو' : 'ام';
          while (
            kunyaAt >= 0 &&
            !(
              tokens[kunyaAt].folded === own &&
              !tokens[kunyaAt].quoted &&
              !ends(tokens[kunyaAt + 1].brk) &&
              genderOfGivenName(tokens[kunyaAt + 1].folded) !== null
            )
          )
            kunyaAt--;
        }
        const called = kunyaAt >= 0 ? tokens[kunyaAt] : undefined;
        if (
          real?.kind === 'person' &&
          real.role === null &&
          real.name.to - real.name.from >= 2 &&
          called &&
          kunyaAt >= 0 &&
          /^(?:ام|ابو)$/u.test(called.folded) &&
          !ends(tokens[kunyaAt + 1].brk)
        ) {
          const gender = called.folded === 'ام' ? 'f' : 'm';
          const entity = entities.person(slice(real.name), null, null, gender);
          entities.alias(entity, text.slice(called.start, tokens[kunyaAt + 1].end));
        }
        continue;
      }
      const alias = knownAs(k) ?? kunyaAfter(k);
      if (!alias) continue;
      // The person named in full that ends at the comma: the longest reading that opens
      // with a title, a role, a known given name or a word that is no verb (السيدة سعدية
      // عبد الرحمن، موزة سعيد الكتبي; not عاد عبد الرزاق الحمود), else the shortest.
      let named: Extract<Mention, { kind: 'person' }> | null = null;
      for (let from = k - 2; from >= 0 && k - from <= 8; from--) {
        if (ends(tokens[from + 1].brk)) break;
        const mention = mentionAt(from, false);
        if (mention?.kind !== 'person' || mention.end !== k) continue;
        if (mention.name.to - mention.name.from < 2) continue;
        const first = tokens[mention.name.from];
        const anchored =
          mention.role !== null ||
          mention.name.from > from ||
          genderOfGivenName(first.folded) !== null ||
          !isArabicVerbLike(first);
        // (Not past a known given name the reading opened with: بخطوات بطيئة يتنقل فؤاد …
        // is فؤاد …, unless a role, a title or a known given name opens the longer one:
        // عادت نجلاء يونس الطائي، أم أحمد، is نجلاء's, her father's name after hers.)
        const opened = named !== null && genderOfGivenName(tokens[named.name.from].folded) !== null;
        if (
          named === null ||
          (anchored &&
            (!opened ||
              mention.role !== null ||
              mention.name.from > from ||
              genderOfGivenName(first.folded) !== null))
        )
          named = mention;
      }
      // ويقول الخطيب، الذي يناديه أهل الحي "أبو سامي": a family name alone, of someone the
      // story named in full, is who the kunya means.
      // (Right after a verb of saying: ويقول الخطيب، الذي.)
      const family = tokens[k - 1];
      const verb = tokens[k - 2];
      const known =
        !named &&
        !!verb &&
        !ends(family.brk) &&
        isDefiniteToken(family) &&
        // (Not a trade that is a family name too: ويقول النجار، may be any carpenter.)
        !TRADES.has(stripArticle(family.folded)) &&
        cueOf(verb.raw, verb.folded)?.kind === 'verb'
          ? entities.findSurname(family.folded, null)
          : null;
      if (named) {
        const given = genderOfGivenName(tokens[named.name.from].folded);
        const entity = entityOfMention(named, given ?? named.gender);
        if (entity?.kind === 'person') entities.alias(entity, alias);
      } else if (known?.kind === 'person' && known.parts.length >= 2) {
        entities.alias(known, alias);
      } else if (
        /^(?:الذي|التي)$/u.test(tokens[k].folded) &&
        [tokens[k - 1], tokens[k - 2]].some(
          (word) => !!word && (GENERIC_PEOPLE.test(word.folded) || NO_NAME_AFTER.test(word.folded)),
        )
      )
        // وتقول المرأة الخمسينية، التي يعرفها الجيران باسم أم حيدر: the one "the woman"
        // means (once the paragraph's people are read).
        epithetAliases.push({ at: k, alias, gender: tokens[k].folded === 'التي' ? 'f' : 'm' });
    }
  };
  /**
   * الشاشة الكبيرة عبارة "…": right after a definite noun that is no role, body, title or
   * nisba, a role's word that is also an adjective (كبير المفاوضين) is the adjective. (Not
   * any role: وترأست الجلسة القاضية فلانة is a verb, its object, then its subject.)
   */
  const isAdjectiveAt = (at: number): boolean => {
    const token = tokens[at];
    const before = tokens[at - 1];
    if (
      !before ||
      token.brk !== 'none' ||
      // (With the article only: كبير المفاوضين after a noun is the office, in construct.)
      !token.folded.startsWith('ال') ||
      !ADJECTIVE_ROLES.has(stripArticle(token.folded)) ||
      !isDefiniteToken(before)
    )
      return false;
    const bare = stripArticle(before.folded);
    return (
      roleHeadOf(bare) === null &&
      !BODY_HEADS.has(bare) &&
      !HONORIFICS.has(bare) &&
      !RANKS.has(bare) &&
      !isNisba(before.folded)
    );
  };
  /** People a verb opening a sentence named in full in this paragraph, where they stand. */
  let paragraphPeople: { entity: Entity; at: number }[] = [];
  /** An interview in questions and answers: the one interviewed, the last question and answer. */
  let interview: { entity: Entity; question?: number; answered: number } | null = null;
  /**
   * حدادين: من سطح بيتنا…: a transcript's turn, opened by the surname of someone met and a
   * colon: that person; else null.
   */
  const turnOf = (): Entity | null => {
    const label = /^\s*([\p{L}\p{M}]+)\s*[:：]/u.exec(text);
    if (!label || tokens.length === 0 || tokens[0].raw !== label[1]) return null;
    const met = entities.findSurname(tokens[0].folded, null);
    return met?.kind === 'person' && met.parts.length >= 2 ? met : null;
  };
  /**
   * A name that is sure: in full, opened by a known given name or a kunya, or the surname of
   * someone met (روى العبودي).
   */
  const mentionSure = (mention: Extract<Mention, { kind: 'person' }>): boolean =>
    (mention.name.to - mention.name.from >= 2 && openingGender(mention.name.from) !== null) ||
    (mention.name.to - mention.name.from === 1 &&
      entities.findSurname(tokens[mention.name.from].folded, null)?.kind === 'person');
  /** The last word before a statement in its own sentence, or -1. */
  const wordBefore = (statement: Statement): number => {
    let last = statement.next - 1;
    while (last >= 0 && tokens[last].end > statement.span.start) last--;
    return last >= 0 && tokens[last].sentence === statement.sentence ? last : -1;
  };
  /**
   * واليوم يسكن السباعي مع زوجته في غرفة رممها بنفسه: "…"؛ ولا تخفي أم حسام، التي عادت …،
   * قلقها: "…": a sentence with no verb of saying whose subject, within its first words, is
   * someone named surely (in full by a known given name or a kunya, or the surname of
   * someone met), then a colon right before the words: the subject speaks them.
   */
  const colonSubject = (statement: Statement): Attribution | null => {
    const last = wordBefore(statement);
    if (last < 0) return null;
    if (!/[:：]\s*["“”«»]?\s*$/u.test(text.slice(tokens[last].end, statement.span.start)))
      return null;
    const start = sentenceStart(last);
    const words = tokens.slice(start, last + 1);
    // (Not a verb of saying, which has its own frame; nor a text's words, جاء فيها، كُتب
    // عليها; nor a song or a chant, ردد الحاضرون، يغني، هتف.)
    if (
      words.some((token) => cueOf(token.raw, token.folded) || SUNG.test(token.folded)) ||
      /^(?:فيه|فيها|عليه|عليها|نصه|نصها)$/u.test(tokens[last].folded)
    )
      return null;
    // ورداً على سؤال …، تتحفظ العالمة اللبنانية: «…»، لم تُخفِ البطلة مرارتها: "…": a verb
    // that opens the clause, then a definite role alone: the one met with it, if anyone.
    let clause = last;
    while (clause > start && tokens[clause].brk !== 'clause') clause--;
    const verb = /^[وف]?(?:لم|لا|لن)$/u.test(tokens[clause].folded) ? clause + 1 : clause;
    const role = verb < last ? mentionAt(verb + 1, false) : null;
    if (
      role?.kind === 'role' &&
      role.end <= last + 1 &&
      isDefiniteToken(tokens[verb + 1]) &&
      isArabicVerbLike(tokens[verb]) &&
      !FUNCTION_WORDS.has(tokens[verb].folded)
    ) {
      const entity = entityOfMention(role, role.gender);
      if (entity?.kind === 'person' && entity.name) return { entity, mention: null };
    }
    for (let at = start; at <= last && at < start + 4; at++) {
      if (tokens[at].quoted) continue;
      // (وفي صباح كل خميس: a preposition's noun is no subject.)
      if (at > start && /^[وف]?(?:في|على|من|الي|عن|منذ|بعد|قبل)$/u.test(tokens[at - 1].folded))
        continue;
      const mention = mentionAt(at, false);
      if (mention?.kind !== 'person') continue;
      // (Nor when a relative clause runs on to the colon: الخطاط فلان، الذي كان يردد على
      // تلاميذه: "…", its own subject's words.)
      // (Nor when a clause of time opens after the subject: كان القاضي فلان يتلو الحكم حين
      // هتفت والدة الضحية: «…», the clause's subject's words.)
      if (
        tokens
          .slice(mention.end, last + 1)
          .some((token) => /^[وف]?(?:حين|حينما|عندما|بينما|فيما|لما|اذ|اذا)$/u.test(token.folded))
      )
        return null;
      for (let k = mention.end; k <= last; k++) {
        if (tokens[k].brk === 'clause' && k > mention.end) break;
        if (/^(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)$/u.test(tokens[k].folded)) {
          const closed = tokens.slice(k + 1, last + 1).some((token) => token.brk === 'clause');
          if (!closed) return null;
        }
      }
      if (!mentionSure(mention)) return null;
      const entity = entityOfMention(mention, openingGender(mention.name.from));
      return entity?.kind === 'person' ? { entity, mention: null } : null;
    }
    return null;
  };
  /**
   * وردد الحاضرون مقطعاً منها يقول: «…»، وسط هتافات الحاضرين «…»، كان المندوبون يرددون «…»:
   * words a crowd chants or sings right before them are a chant, no one's statement.
   */
  const chantedBefore = (statement: Statement): boolean => {
    const last = wordBefore(statement);
    if (last < 0) return false;
    // (Not past other words quoted between: يرددون «…»: «…».)
    if (
      statements.some(
        (other) => other.span.start >= tokens[last].end && other.span.end <= statement.span.start,
      )
    )
      return false;
    // A verse "that says" (مقطعاً منها يقول): what the song says.
    let at = last;
    if (
      /^[يت]قول$/u.test(tokens[at].folded) &&
      /^(?:منها|منه|فيها|فيه)$/u.test(tokens[at - 1]?.folded ?? '')
    )
      at -= 2;
    // رددوا: «…»، هتافات الحاضرين «…»: the chant right before the words, or with who chants.
    // (Or a verb of chanting in the singular before a crowd: وردد الحاضرون، فيردد البحارة.)
    const crowd = (k: number) =>
      SUNG.test(tokens[k].folded) &&
      /^ال[\u0621-\u064A]{2,}(?:ون|ين)$|^(?:الجماهير|البحاره|الحضور|الجمهور|الحشود)$/u.test(
        tokens[k + 1]?.folded ?? '',
      );
    const chant = [at, at - 1, at - 2].find(
      (k) =>
        k >= 0 &&
        tokens[k].sentence === statement.sentence &&
        (CHANTED.test(tokens[k].folded) || crowd(k)),
    );
    if (chant === undefined) return false;
    for (let k = chant + 1; k <= at; k++)
      if (!isDefiniteToken(tokens[k]) && !/^(?:خلفه|خلفها|مقطعا|مقطع)$/u.test(tokens[k].folded))
        return false;
    // (Not amid chants: وتابع الزيات وسط هتافات الحضور: «…».)
    return !/^(?:وسط|وقع|تحت)$/u.test(tokens[chant - 1]?.folded ?? '');
  };
  /** The person the paragraph at hand names last, to be interviewed; else null. */
  const intervieweeNamed = (): { entity: Entity; answered: number } | null => {
    let met: Entity | null = null;
    for (let k = 0; k < tokens.length;) {
      const mention = tokens[k].quoted ? null : mentionAt(k, false);
      // (Only a name that is sure: in full by a known given name, or the surname of someone
      // met: روى العبودي.)
      const sure = mention?.kind === 'person' && mentionSure(mention);
      const entity = sure ? entityOfMention(mention, openingGender(mention.name.from)) : null;
      if (entity?.kind === 'person' && entity.name) met = entity;
      k = mention ? Math.max(k + 1, mention.end) : k + 1;
    }
    return met ? { entity: met, answered: -1 } : null;
  };
  /** The gender a name opening here tells: its given name's, or a kunya's (أبو سليمان). */
  const openingGender = (at: number): Gender | null => {
    const given = genderOfGivenName(tokens[at].folded);
    if (given !== null) return given;
    const child = tokens[at + 1];
    if (!child || ends(child.brk) || genderOfGivenName(child.folded) === null) return null;
    return kunyaOf(tokens[at].folded);
  };
  /**
   * People the paragraph names in full whether or not they speak here (يستقبل الموسيقار نزار
   * عبد الله الكيالي، …; المدير الفني للمنتخب، البرتغالي جواو فيريرا،): a later surname
   * alone (يقول الكيالي) then means them. Only names that are sure: after a role or a
   * title, of two words at least (a known given name alone may open a street's or a
   * school's name: مدرسة خالد بن الوليد).
   */
  /** Someone named in full (two words at least, no role) right at `at`: met, if so. */
  const meetInFull = (at: number) => {
    if (!tokens[at] || ends(tokens[at].brk)) return null;
    const mention = mentionAt(at, false);
    if (
      mention?.kind !== 'person' ||
      mention.role !== null ||
      mention.name.from !== at ||
      mention.name.to - mention.name.from < 2
    )
      return null;
    const entity = entityOfMention(mention, openingGender(at));
    if (entity?.kind === 'person') paragraphPeople.push({ entity, at });
    return mention;
  };
  /** A verb (or كان) that opens a sentence or a clause at `k`, with no verb of saying. */
  const opensAsVerb = (k: number): boolean => {
    const token = tokens[k];
    return (
      (k === 0 ||
        ends(token.brk) ||
        // (لا يزال فلان، لم يعد فلان: a negated verb; فقد أمضت فلانة: one after قد.)
        (/^(?:[وف]?(?:لا|لم|لن|ما)|قد|فقد|وقد|لقد)$/u.test(tokens[k - 1]?.folded ?? '') &&
          (k === 1 || ends(tokens[k - 1].brk))) ||
        // (Or a place with its pronoun before it: أمامهن تقف نجلاء رشدي، خلفه يجلس فلان.)
        (/^[وف]?(?:امام|خلف|بجانب|قرب|وسط|فوق|تحت|عند|داخل|حول|بين)(?:ه|ها|هم|هن|هما)$/u.test(
          tokens[k - 1]?.folded ?? '',
        ) &&
          (k === 1 || ends(tokens[k - 1].brk))) ||
        // (Or a place with a preposition: وإلى جانبه تجلس أم أحمد، وفي الزاوية يقف فلان.)
        (k >= 2 &&
          /^[وف]?(?:في|الي|على|عند|امام|خلف|بجانب|قرب|وسط|داخل|فوق|تحت)$/u.test(
            tokens[k - 2].folded,
          ) &&
          (k === 2 || ends(tokens[k - 2].brk)) &&
          tokens[k - 1].brk === 'none' &&
          (tokens[k - 1].folded.startsWith('ال') ||
            /(?:ه|ها|هم|هن)$/u.test(tokens[k - 1].folded)))) &&
      // (Or كان، تكون: تكون نسيمة بوزيدي قد غادرت بيتها.)
      ((isArabicVerbLike(token) && !FUNCTION_WORDS.has(token.folded)) ||
        /^[وف]?(?:كان|كانت|يكون|تكون)$/u.test(token.folded)) &&
      !cueOf(token.raw, token.folded)
    );
  };
  /** The one met in full whose family name follows the verb at `verb`, of its gender. */
  const familyMetAfter = (verb: number): { entity: Entity; end: number } | null => {
    const first = tokens[verb + 1];
    if (
      !first ||
      ends(first.brk) ||
      joinedByHyphen(verb) ||
      genderOfGivenName(first.folded) !== null
    )
      return null;
    const mention = mentionAt(verb + 1, false);
    if (
      mention?.kind !== 'person' ||
      mention.role !== null ||
      mention.name.from !== verb + 1 ||
      mention.name.to - mention.name.from > 2
    )
      return null;
    const parts = tokens.slice(mention.name.from, mention.name.to).map((word) => word.folded);
    const met =
      parts.length === 1
        ? entities.findSurname(parts[0], null)
        : JOINERS.has(parts[0])
          ? entities.findSoleFamily(parts, null)
          : null;
    if (met?.kind !== 'person' || !met.name || met.gender === null) return null;
    return verbShapeGender(tokens[verb]) === met.gender ? { entity: met, end: mention.end } : null;
  };
  /**
   * لا يفكر الهادي في بيع قاربه. يقول: the given name alone of the one person met in full
   * whose name opens with it, right after a verb that opens a sentence, of its gender.
   */
  const givenMetAfter = (verb: number): { entity: Entity; end: number } | null => {
    const first = tokens[verb + 1];
    if (!first || ends(first.brk) || joinedByHyphen(verb)) return null;
    // (Or a given name with the article: الهادي، الحسين.)
    const gender = genderOfGivenName(first.folded) ?? genderOfGivenName(stripArticle(first.folded));
    if (gender === null) return null;
    const mention = mentionAt(verb + 1, false);
    if (
      mention?.kind !== 'person' ||
      mention.role !== null ||
      mention.name.from !== verb + 1 ||
      mention.name.to - mention.name.from !== 1
    )
      return null;
    const matches = entities
      .all()
      .filter(
        (entity) =>
          entity.kind === 'person' &&
          entity.parts.length >= 2 &&
          entity.parts[0] === first.folded &&
          entity.gender === gender,
      );
    if (matches.length !== 1) return null;
    return verbShapeGender(tokens[verb]) === gender
      ? { entity: matches[0], end: mention.end }
      : null;
  };
  const metWith = (verb: number) => {
    // (Only where an outlet, its reporter or "we" meet someone to hear them: after التقى
    // ترامب بالرئيس فلان، وقال, Trump goes on speaking.)
    const subject = tokens[verb + 1];
    const listening =
      /^[وف]?(?:التقينا|التقيت|اجتمعنا)$/u.test(tokens[verb].folded) ||
      (!!subject &&
        (subject.quoted ||
          subject.brk === 'mark' ||
          (subject.brk === 'none' &&
            (MEDIA_HEADS.has(stripArticle(subject.folded)) ||
              REPORTERS.has(stripArticle(subject.folded))))));
    if (!listening) return;
    for (let j = verb + 1; j <= verb + 3 && j < tokens.length; j++) {
      const word = tokens[j];
      if (j > verb + 1 && ends(word.brk)) return;
      if (!/^بال[\u0621-\u064A]{3,}$/u.test(word.folded)) continue;
      const bare = [...tokens];
      bare[j] = {
        ...word,
        raw: word.raw.replace(/^ب[\u064B-\u0652]*/u, ''),
        folded: word.folded.slice(1),
        start: word.start + 1,
      };
      const mention = readMention(bare, j);
      // (A role or a title before the name: التقت بالطبيبة فلانة, not بالقرب من.)
      if (mention?.kind !== 'person' || mention.name.from === j) return;
      if (mention.name.to - mention.name.from < 2) return;
      const entity = entityOfMention(mention, mention.gender);
      if (entity?.kind !== 'person') return;
      inSentence(word.sentence, entity);
      paragraphPeople.push({ entity, at: mention.name.from });
      return;
    }
  };
  const readPeople = () => {
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      if (token.quoted) continue;
      // يجلس عبده سالم المقطري إلى جوار ابنه الذي …. يقول الأب: a child with "his" or "her"
      // and no name after it makes the one that points to, named surely before it in that
      // sentence, a parent (a grandparent for حفيده); الأب، الجدة later is them.
      const child = /(?:ابن|نجل|حفيد)/u.test(token.folded)
        ? CHILD_WITH_PRONOUN.exec(token.raw.replace(/[\u064B-\u0652\u0640]/gu, ''))
        : null;
      const kin = child && child[2] !== 'هما' ? child : null;
      const after = tokens[k + 1];
      if (
        kin &&
        !(
          after &&
          !ends(after.brk) &&
          (genderOfGivenName(after.folded) !== null || kunyaGender(after) !== null)
        )
      ) {
        // (The one named in the same sentence, before it: not منير after أما الأب فيرد على
        // ابنه, whose "his" is the father's.)
        const gender = kin[2] === 'ها' ? 'f' : 'm';
        const named = paragraphPeople.findLast(
          ({ entity, at }) =>
            at < k && tokens[at].sentence === token.sentence && entity.gender === gender,
        );
        const elder = named && namedSurely(named.entity, gender) ? named.entity : null;
        const between =
          !!named &&
          tokens
            .slice(named.at, k)
            .some((word) => KIN_ALONE.has(word.folded.replace(/^[وف](?=ال)/u, '')));
        if (elder && !between) elder.roleHeads.add(/^حفيد/u.test(kin[1]) ? 'جد' : 'والد');
      }
      // التقت "واس" بالحاج الفرنسي فلان، …، فقال: the one met, ب on the role, is named in
      // the sentence; a verb of saying after it with no subject is theirs.
      if (MEETS.test(token.folded)) metWith(k);
      // وذهبت جائزة أفضل ممثلة إلى المصرية ياسمين رفعت عن دورها …، وقالت: someone named in
      // full by a known given name after إلى, where the name visibly ends, is met here.
      // (Not where someone is named before it in the sentence, the one who acts: وأرسل
      // ماكرون برقية إلى اللبناني جوزيف عون، وقال فيها.)
      const actor = () => {
        for (let j = k - 1; j >= 0 && tokens[j].sentence === token.sentence; j--)
          if (
            genderOfGivenName(tokens[j].folded) !== null ||
            entities.findSurname(tokens[j].folded, null) !== null ||
            entities.findSurname(stripArticle(tokens[j].folded), null) !== null
          )
            return true;
        return false;
      };
      if (token.folded === 'الي' && tokens[k + 1] && !ends(tokens[k + 1].brk) && !actor()) {
        const mention = mentionAt(k + 1, false);
        const after = mention ? tokens[mention.end] : undefined;
        if (
          mention?.kind === 'person' &&
          mention.name.to - mention.name.from >= 2 &&
          genderOfGivenName(tokens[mention.name.from].folded) !== null &&
          (mention.role === null ||
            (mention.role.to - mention.role.from === 1 &&
              nationalityOf(tokens[mention.role.from].folded) !== null)) &&
          (!after || ends(after.brk) || /^(?:عن|في|بعد|اثر|عقب)$/u.test(after.folded))
        ) {
          const entity = entityOfMention(mention, openingGender(mention.name.from));
          if (entity?.kind === 'person') paragraphPeople.push({ entity, at: mention.name.from });
        }
      }
      // حزب "من أجل الحرية" بزعامة خيرت فيلدرز، الحكومة برئاسة فلان: who leads a party or a
      // body, named in full, is met; a later وقال فيلدرز is them.
      if (LED_BY.test(token.folded) && tokens[k + 1] && !ends(tokens[k + 1].brk)) {
        const leader = mentionAt(k + 1, false);
        const after = leader ? tokens[leader.end] : undefined;
        if (
          leader?.kind === 'person' &&
          leader.role === null &&
          leader.name.from === k + 1 &&
          leader.name.to - leader.name.from >= 2 &&
          (!after || ends(after.brk))
        )
          entityOfMention(leader, null);
      }
      // وتستعد بن رمضان للمشاركة في …. وقالت: a verb that opens a sentence, then the family
      // name of someone met in full, of the verb's gender: met again, for a later verb of
      // saying with no subject.
      // وبينما تنتظر الحاجة سعدية انفراج الأزمة، تقول: the subject of a clause of time that
      // opens the sentence, named by a known given name and of its verb's gender, is the
      // subject of the verb without one after it.
      const verb = tokens[k + 1];
      if (
        /^[وف]?(?:بينما|حين|حينما|عندما|لما|بعدما)$/u.test(token.folded) &&
        (k === 0 || ends(token.brk)) &&
        verb &&
        verb.brk === 'none' &&
        isArabicVerbLike(verb) &&
        !cueOf(verb.raw, verb.folded)
      ) {
        const subject = mentionAt(k + 2, false);
        const first = subject?.kind === 'person' ? tokens[subject.name.from] : undefined;
        const own = first ? (genderOfGivenName(first.folded) ?? kunyaGender(first)) : null;
        if (subject?.kind === 'person' && own !== null && own === verbShapeGender(verb)) {
          const entity = entityOfMention(subject, own);
          if (entity?.kind === 'person') {
            inSentence(token.sentence, entity);
            paragraphPeople.push({ entity, at: subject.name.from });
          }
        }
      }
      const again = opensAsVerb(k) ? (familyMetAfter(k) ?? givenMetAfter(k)) : null;
      if (again) {
        paragraphPeople.push({ entity: again.entity, at: k + 1 });
        k = again.end - 1;
        continue;
      }
      // يجلس سيد عبد المنعم الشاذلي، …: a verb that opens a sentence or a clause, then
      // someone named in full by a known given name: met, for a later يقول with no subject.
      if (
        opensAsVerb(k) &&
        tokens[k + 1] &&
        !ends(tokens[k + 1].brk) &&
        !joinedByHyphen(k) &&
        (openingGender(k + 1) !== null ||
          roleHeadOf(stripArticle(tokens[k + 1].folded)) !== null ||
          ANONYMOUS_HEADS.has(stripArticle(tokens[k + 1].folded)) ||
          // (Or a nationality: وحلت المغربية خديجة أيت الحاج ثانية.)
          (isDefiniteToken(tokens[k + 1]) && nationalityOf(tokens[k + 1].folded) !== null))
      ) {
        const mention = mentionAt(k + 1, false);
        // (Where the name visibly ends: at a comma or a function word, not يجلس فلان خلف
        // ماكينة, where the reading ran on.)
        const after = mention ? tokens[mention.end] : undefined;
        // (Or after a role: يقف سائق الأجرة عماد يوسف أبو فرحة في طابور, named in full by a
        // known given name.)
        const afterRole =
          mention?.kind === 'person' &&
          mention.role !== null &&
          mention.role.from === k + 1 &&
          mention.name.to - mention.name.from >= 2 &&
          // (Or a kunya: أعاد الخياط أبو حسن مروة فتح محله.)
          (genderOfGivenName(tokens[mention.name.from].folded) !== null ||
            (kunyaGender(tokens[mention.name.from]) !== null &&
              mention.name.to - mention.name.from >= 3));
        if (
          mention?.kind === 'person' &&
          ((mention.role === null && mention.name.from === k + 1) || afterRole) &&
          // (Or a given name the lists know, alone: يقف إسماعيل، 17 عاماً، خلف طاولة.)
          (mention.name.to - mention.name.from >= 2 ||
            genderOfGivenName(tokens[k + 1].folded) !== null) &&
          (!after ||
            ends(after.brk) ||
            FUNCTION_WORDS.has(after.folded) ||
            // (Or an age in brackets, or an object with its possessive: يرتّب فلان كتبه،
            // يغلق سعيد ورشته.)
            isOwnedNoun(after) ||
            text.slice(tokens[mention.end - 1].end, after.start).includes('(') ||
            /(?:[^ت](?:ه|ها|هم)|ت(?:ها|هم))$/u.test(
              after.raw.replace(/[\u064B-\u0652\u0640]/gu, ''),
            ) ||
            KIN_AFTER.test(after.folded) ||
            // (Or the place they came in: حلت فلانة ثانية، جاء فلان ثالثاً.)
            PLACES_CAME_IN.has(after.folded) ||
            // (Or a noun of three letters before one with a possessive, the object: تطفئ
            // أم أحمد نار فرنها.)
            (/^[\u0621-\u064A]{3}$/u.test(after.folded) &&
              after.brk === 'none' &&
              !!tokens[mention.end + 1] &&
              tokens[mention.end + 1].brk === 'none' &&
              /[\u0621-\u064A]{2}(?:ه|ها|هم)$/u.test(tokens[mention.end + 1].folded) &&
              isOwnedNoun(tokens[mention.end + 1])) ||
            // (Or a kunya of two words the story gave someone met: يقف حسين حمدان، أو "أبو
            // علي"، …. يشعل أبو علي ناراً صغيرة.)
            (kunyaGender(tokens[k + 1]) !== null &&
              mention.name.to - mention.name.from === 2 &&
              genderOfGivenName(tokens[k + 2].folded) !== null &&
              entities.findAlias(slice(mention.name)) !== null) ||
            // (Or a name of three words or more that ends on a family name in ي with the
            // article: يقود خالد يوسف العمري سيارة الأجرة.)
            (mention.name.to - mention.name.from >= 3 &&
              /^ال[\u0621-\u064A]{2,}ي$/u.test(tokens[mention.name.to - 1].folded) &&
              // (Given names or joiners between: not تغلق فاطمة الباب الحديدي.)
              tokens
                .slice(mention.name.from + 1, mention.name.to - 1)
                .every(
                  (word) => genderOfGivenName(word.folded) !== null || JOINERS.has(word.folded),
                ) &&
              !isDefiniteToken(after)) ||
            // (Or a present verb of what they do right after the name: وقفت أم عمر تحاول
            // إنقاذ أغراضها، يجلس أبو خالد يراقب.)
            (kunyaGender(tokens[k + 1]) !== null &&
              mention.name.to - mention.name.from === 2 &&
              after.brk === 'none' &&
              isPresentVerbShape(after) &&
              genderOfGivenName(after.folded) === null &&
              !isWrittenGivenName(after.raw) &&
              (openingGender(k + 1) === 'f') === /^ت/u.test(after.folded)) ||
            // (Or the present verb كان opens: كانت فاطمة الزين تشرف على طهي القدور.)
            (/^[وف]?(?:كان|كانت)$/u.test(token.folded) &&
              after.brk === 'none' &&
              isPresentVerbShape(after) &&
              genderOfGivenName(after.folded) === null)) &&
          // (Not a name that took in the object with its possessive: عبد الرحمن قراره.)
          !isOwnedNoun(tokens[mention.end - 1])
        ) {
          const entity = entityOfMention(mention, openingGender(mention.name.from));
          if (entity?.kind === 'person') {
            rememberRoleAfter(entity, mention.end, startOf(mention));
            paragraphPeople.push({ entity, at: k + 1 });
          }
          // يعيش حسن أوعلي وزوجته خديجة أمزيان: and their kin, named in full after them, when
          // of the other gender (a son of the same would take the subject's later يقول).
          const kinGender =
            after && KIN_AFTER.test(after.folded) && tokens[mention.end + 1]
              ? openingGender(mention.end + 1)
              : null;
          if (
            kinGender !== null &&
            entity?.kind === 'person' &&
            entity.gender !== null &&
            kinGender !== entity.gender
          )
            meetInFull(mention.end + 1);
          k = mention.end - 1;
          continue;
        }
      }
      // لكن عبد التواب لا يثق …، غير أن جمال يضحك: after لكن or غير أن, someone named by a
      // known given name, then a verb of the present that says nothing: met, for a later
      // verb of saying with no subject.
      // (Or where a sentence opens, with a clause about them between commas before the
      // verb: أم سماح، واحدة من أقدم العاملات في الجمعية، تنسج منذ …)
      const opening = k === 0 || token.brk === 'sentence';
      if (
        ((/^[وف]?لكن$/u.test(token.folded) ||
          (token.folded === 'ان' && tokens[k - 1]?.folded === 'غير') ||
          // (Or a title where a sentence opens: السيدة سامية عبد الحميد، وهي …، كانت.)
          (opening && HONORIFICS.has(stripArticle(token.folded)))) &&
          tokens[k + 1] &&
          !ends(tokens[k + 1].brk) &&
          openingGender(k + 1) !== null) ||
        (opening && openingGender(k) !== null && !cueOf(token.raw, token.folded))
      ) {
        const from = opening && openingGender(k) !== null ? k : k + 1;
        const mention = mentionAt(from, false);
        let at = mention ? mention.end : -1;
        if (opening && mention && tokens[at]?.brk === 'clause') {
          let next = at + 1;
          while (next < tokens.length && next - at < 12 && !ends(tokens[next].brk)) next++;
          if (tokens[next]?.brk === 'clause') at = next;
        }
        const verb = at >= 0 ? tokens[at] : undefined;
        // محمود أبو عودة، سائق تكسي منذ عشرين عاماً، أمضى …: a name in full where a sentence
        // opens, a description between commas, then a verb of any tense: someone met.
        const described =
          opening &&
          !!verb &&
          !!mention &&
          at !== mention.end &&
          verb.brk === 'clause' &&
          mention.kind === 'person' &&
          mention.name.to - mention.name.from >= 2 &&
          genderOfGivenName(tokens[from].folded) !== null &&
          !isDefiniteToken(verb) &&
          !FUNCTION_WORDS.has(verb.folded) &&
          !cueOf(verb.raw, verb.folded) &&
          isArabicVerbLike(verb);
        // أم أحمد الرجبي وقفت على ركام منزلها، وقالت: a name in full where a sentence opens,
        // then a past verb that says nothing: someone met, as with a description.
        const pastOpener =
          opening &&
          !!verb &&
          !!mention &&
          at === mention.end &&
          verb.brk === 'none' &&
          mention.kind === 'person' &&
          mention.name.to - mention.name.from >= 2 &&
          openingGender(from) !== null &&
          !isDefiniteToken(verb) &&
          !FUNCTION_WORDS.has(verb.folded) &&
          !AUXILIARIES.has(verb.folded) &&
          !cueOf(verb.raw, verb.folded) &&
          /^[\u0621-\u064A]{3,5}$/u.test(verb.folded) &&
          /(?:ت|وا)$|^[^وفايتن]/u.test(verb.folded) &&
          isArabicVerbLike(verb);
        const acts =
          !!verb &&
          (!ends(verb.brk) || (at !== mention?.end && verb.brk === 'clause')) &&
          ((isPresentVerbShape(verb) && !cueOf(verb.raw, verb.folded)) ||
            described ||
            pastOpener ||
            (verb.folded === 'لا' &&
              !!tokens[mention!.end + 1] &&
              isPresentVerbShape(tokens[at + 1])));
        if (
          mention?.kind === 'person' &&
          mention.role === null &&
          mention.name.from === from &&
          acts
        ) {
          // (Someone met before only, by the words the name opens with or ends with; or a
          // kunya, a name of its own, where a sentence opens.)
          const parts = tokens.slice(mention.name.from, mention.name.to).map((t) => t.folded);
          const as = openingGender(from);
          const entity =
            (parts.length === 1
              ? entities.findGiven(parts[0], as)
              : (entities.findOpening(parts, as) ?? entities.findName(parts, as))) ??
            ((opening && parts.length === 2 && kunyaOf(parts[0]) !== null) ||
            described ||
            pastOpener
              ? entityOfMention(mention, as)
              : null);
          if (entity) paragraphPeople.push({ entity, at: from });
          k = mention.end - 1;
          continue;
        }
      }
      // من تأليف فلان وإخراج فلانة، بطولة فلان: a work's credits name people in full.
      if (CREDITS.test(token.folded) && genderOfGivenName(tokens[k + 1]?.folded ?? '') !== null) {
        const credited = meetInFull(k + 1);
        if (credited) {
          k = credited.end - 1;
          continue;
        }
      }
      const bare = stripArticle(token.folded);
      // فيلم للمخرجة المغربية فلانة، رسالة للوزير فلان: a role with ل on the article names
      // its holder as well, for a later المخرجة alone.
      const dative =
        /^لل[\u0621-\u064A]{3,}$/u.test(token.folded) && roleHeadOf(token.folded.slice(2)) !== null;
      // (Or a rank: تفقد اللواء فلان، محافظ الجيزة.)
      if (
        !dative &&
        !(isDefiniteToken(token) && (roleHeadOf(bare) !== null || RANKS.has(bare))) &&
        !HONORIFICS.has(bare)
      )
        continue;
      // ابنة الراحلة ريتا عقل: the genitive of a role or a kin is someone else's role.
      const before = tokens[k - 1];
      if (
        before &&
        token.brk === 'none' &&
        !isDefiniteToken(before) &&
        roleHeadOf(stripArticle(before.folded)) !== null
      )
        continue;
      if (isAdjectiveAt(k)) continue;
      const mention = mentionAt(k, dative);
      if (mention?.kind !== 'person' || mention.name.to - mention.name.from < 2) continue;
      if (mention.role === null && mention.name.from === k) continue;
      const given = genderOfGivenName(tokens[mention.name.from].folded);
      const entity = entityOfMention(mention, given ?? mention.gender);
      if (entity?.kind === 'person') {
        rememberRoleAfter(entity, mention.end, startOf(mention));
        // كان العامل الهندي راجيش كومار يستريح …. وقال: after a verb that opens a sentence,
        // met there too, for a later verb with no subject.
        // (A name of plain words: not أوراقه النقدية, ثانوي متقاعدة; not after وهو، وهي,
        // nor a word of kinship or respect, read elsewhere.)
        const words = tokens.slice(mention.name.from, mention.name.to);
        if (
          k > 0 &&
          mention.role?.from === k &&
          opensAsVerb(k - 1) &&
          !/^(?:وهو|وهي|وهم)$/u.test(tokens[k - 1].folded) &&
          !NICKNAME_TITLES.has(token.folded) &&
          !NICKNAME_TITLES.has(bare) &&
          words.every((word) => !isOwnedNoun(word)) &&
          (given !== null || words.every((word) => !/ة[\u064B-\u0652]*$/u.test(word.raw)))
        )
          paragraphPeople.push({ entity, at: mention.name.from });
      }
      k = mention.end - 1;
    }
  };
  /** المعروف(ة) [بين أهله] باسم "أم حسن" / الذي يعرفه [أهالي الحي] بـ«أبو خليل»: the name. */
  const knownAs = (at: number): string | null => {
    const first = tokens[at].folded;
    let k = at + 1;
    if (RELATIVE_PRONOUNS.has(first)) {
      // (Or the verb denied, with إلا before the name: الذي لا يعرفه أهل الحي إلا بـ«أبو سيد».)
      if (tokens[k]?.folded === 'لا' && !ends(tokens[k + 1]?.brk ?? 'sentence')) k++;
      if (!CALLED_BY.test(tokens[k]?.folded ?? '')) return null;
      k++;
    } else if (!KNOWN_AS.has(first)) return null;
    // (Who call them may take some words: يعرفه أهالي الجزيرة الحمراء في رأس الخيمة باسم.)
    for (; k < tokens.length && k < at + 12; k++) {
      const token = tokens[k];
      // التي يناديها الجميع هنا «أم خالد»: the kunya in quotes, without ب.
      if (token.quoted && /^(?:ام|ابو)$/u.test(token.folded) && RELATIVE_PRONOUNS.has(first)) {
        const child = tokens[k + 1];
        return child && child.quoted && !ends(child.brk) ? kunyaText(k) : null;
      }
      if (ends(token.brk) && k > at + 1) return null;
      // مريم الجودر، التي يناديها الجميع أم يوسف، بصندوق: the kunya bare, where a comma or
      // the sentence ends it.
      // (Not right after the verb, its subject: الذي يناديه أبو علي، صاحب الدكان.)
      if (RELATIVE_PRONOUNS.has(first) && k > at + 2 && /^(?:ام|ابو)$/u.test(token.folded)) {
        const child = tokens[k + 1];
        const after = tokens[k + 2 + (child && JOINERS.has(child.folded) ? 1 : 0)];
        return child && !ends(child.brk) && (!after || ends(after.brk)) ? kunyaText(k) : null;
      }
      if (/^ب(?:ام|ابو|ابي|ابا)$/u.test(token.folded)) {
        const child = tokens[k + 1];
        return child && !ends(child.brk) ? text.slice(token.start + 1, child.end) : null;
      }
      if (!/^(?:ب|باسم|بلقب)$/u.test(token.folded)) continue;
      const [kunya, child] = [tokens[k + 1], tokens[k + 2]];
      if (!kunya || !child || !/^(?:ام|ابو)$/u.test(kunya.folded) || ends(child.brk)) return null;
      return kunyaText(k + 1);
    }
    return null;
  };

  /**
   * ويناديه أهل السوق أبو سلام، / ويلقبه أهل الحي بأبي ناصر / ويكنّيه جيرانه أبو كرار: a verb
   * of calling someone, with the pronoun of the one called, opening a sentence: the kunya
   * then means the one of that gender the paragraph named last before it, or, where it
   * named none, the one the article named last (`before`).
   */
  const readCallings = (before: Record<Gender, Entity | null>) => {
    for (const { at, alias, gender } of epithetAliases) {
      // (Only someone the paragraph named before: المرأة السبعينية may be someone new.)
      const here = paragraphPeople.filter((p) => p.at < at && p.entity.gender === gender);
      const entity = here.length > 0 ? epithetOf(gender, at) : null;
      if (entity?.kind === 'person') entities.alias(entity, alias);
    }
    epithetAliases = [];
    for (let k = 0; k < tokens.length; k++) {
      const calling = CALLED_BY.exec(tokens[k].folded);
      if (!calling || (k > 0 && !ends(tokens[k].brk)) || tokens[k].quoted) continue;
      const gender: Gender = calling[1].endsWith('ها') ? 'f' : 'm';
      let kunya: string | null = null;
      // (The kunya right after the verb is its subject: ويناديه أبو خالد، جاره، «يا ابن أخي».)
      // (Further after باسم: يعرفها أهل قريتها في مديرية مناخة باسم "أم عبد الله".)
      const byName = tokens
        .slice(k + 1, k + 8)
        .findIndex(
          (word, i, near) =>
            word.folded === 'باسم' && !near.slice(0, i + 1).some((w) => ends(w.brk)),
        );
      const last = byName >= 0 ? k + 2 + byName : k + 5;
      for (let j = k + 2; j < tokens.length && j <= last; j++) {
        const token = tokens[j];
        if (ends(token.brk) && !(token.quoted && j > k + 1)) break;
        const child = tokens[j + 1];
        if (!child || ends(child.brk)) continue;
        // (A child's name in two words: أم عبد الله.)
        const compound =
          JOINERS.has(child.folded) && !!tokens[j + 2] && !ends(tokens[j + 2].brk) ? 1 : 0;
        const after = tokens[j + 2 + compound];
        const visiblyEnds = !after || ends(after.brk);
        if (/^ب(?:ام|ابو|ابي|ابا)$/u.test(token.folded) && visiblyEnds) {
          kunya = text.slice(token.start + 1, tokens[j + 1 + compound].end);
          break;
        }
        if (/^(?:ام|ابو)$/u.test(token.folded) && visiblyEnds) {
          kunya = kunyaText(j);
          break;
        }
      }
      if (!kunya || (gender === 'f') !== kunya.startsWith('أم')) continue;
      const met = paragraphPeople.filter((p) => p.at < k && p.entity.gender === gender);
      // (Not past someone unnamed the paragraph met first: تجلس امرأة ستينية …
      // وتناديها نساء الحي أم سمير; nor to someone met by an office, a minister.)
      const unnamed = tokens.slice(0, k).some((word) => UNNAMED_PEOPLE.test(word.folded));
      const earlier = before[gender];
      const entity =
        met.length > 0
          ? met[met.length - 1].entity
          : paragraphPeople.some((p) => p.at < k) || unnamed || earlier?.role
            ? null
            : earlier;
      if (entity?.kind === 'person') entities.alias(entity, kunya);
    }
  };

  /**
   * The entity a mention names, remembering a courtesy title said before it (معالي فلان،
   * صاحب السمو الشيخ فلان): سموه، معاليه later mean that person.
   */
  /** The sentence of `at` opens with في and a place before a comma: وفي موسكو، قالت … */
  const placedElsewhere = (at: number): boolean => {
    let start = at;
    while (start > 0 && tokens[start - 1].sentence === tokens[at].sentence) start--;
    return (
      /^[وف]?في$/u.test(tokens[start]?.folded ?? '') &&
      // (Not a connective: في المقابل، في غضون ذلك، في السياق ذاته، في الأثناء.)
      !NOT_PLACES_AFTER_FI.has(tokens[start + 1]?.folded ?? '') &&
      tokens.slice(start + 1, Math.min(at, start + 4)).some((word) => word.brk === 'clause')
    );
  };
  const entityOf = (mention: Mention, gender: Gender | null): Entity | null => {
    const entity = entityOfMention(mention, gender);
    if (entity?.kind === 'person' && mention.kind === 'person') {
      const kunya = kunyaAfter(mention.end);
      if (kunya) entities.alias(entity, kunya);
    }
    if (entity?.kind === 'person' && mention.kind !== 'anonymous') {
      const start =
        mention.kind === 'person'
          ? (mention.role ?? mention.name).from
          : mention.kind === 'role'
            ? mention.role.from
            : mention.name.from;
      // Only the titles right before the mention (صاحب السمو الشيخ فلان), not a title of
      // someone named just before it (استقبل سمو الأمير فيصل الوزير فلان).
      for (let k = start - 1; k >= 0 && start - k <= 3; k--) {
        const title = courtesyOf(tokens[k].folded);
        if (title) entities.honour(entity, title);
        else if (!/^(?:صاحب|الشيخ|الشيخه|الامير|الاميره|الدكتور|الدكتوره)$/u.test(tokens[k].folded))
          break;
      }
    }
    return entity;
  };

  /** سموه، معاليها، سعادته: the person of that courtesy title met last, else the last of
   * that gender. */
  const courtesyPronounAt = (at: number): Attribution | null => {
    // (Not سعادته: "his happiness" as often as "His Excellency".)
    const match = /^(سمو|معالي|فخامت)(ه|ها)$/u.exec(tokens[at]?.folded ?? '');
    if (!match) return null;
    const gender: Gender = match[2] === 'ها' ? 'f' : 'm';
    const title = courtesyOf(match[1].replace(/ت$/u, 'ه'));
    const entity = (title ? entities.honoured(title, gender) : null) ?? entities.carry(gender);
    return entity ? { entity, mention: null } : null;
  };

  const entityOfMention = (mention: Mention, gender: Gender | null): Entity | null => {
    switch (mention.kind) {
      case 'person': {
        // المؤتمر الصحفي الذي عقده مع الأمين العام: words of a role, all with the article,
        // read as a name (after a noun read as a role) are no one's name.
        const words = tokens.slice(mention.name.from, mention.name.to);
        // ويضيف ابن مدينة الحلة، ابنة قرية …: where someone comes from, no name: the one of
        // that gender met before.
        if (
          mention.role === null &&
          words.length >= 2 &&
          /^(?:ابن|ابنه|بنت|نجل)$/u.test(words[0].folded) &&
          isPlaceNoun(words[1].folded)
        )
          return epithetOf(
            words[0].folded === 'ابن' || words[0].folded === 'نجل' ? 'm' : 'f',
            mention.name.from,
          );
        if (
          words.length >= 2 &&
          words.every((word) => /^ال[\u0621-\u064A]{2,}$/u.test(word.folded)) &&
          roleHeadOf(stripArticle(words[0].folded)) !== null
        )
          return null;
        // يقول عم حسن عبد الباقي: a word of respect and a given name read as the role; the
        // given name opens the name.
        const respect = mention.role;
        if (
          respect &&
          respect.to - respect.from === 2 &&
          respect.to === mention.name.from &&
          NICKNAME_TITLES.has(tokens[respect.from].folded) &&
          // (Or one with the article: عم الهادي بن رمضان.)
          (genderOfGivenName(tokens[respect.from + 1].folded) !== null ||
            DEFINITE_GIVEN_NAMES.has(tokens[respect.from + 1].folded))
        ) {
          const name = text.slice(tokens[respect.from + 1].start, tokens[mention.name.to - 1].end);
          // (Not عم محمد أبو خضير after the story named محمد أبو خضير: his uncle.)
          if (!metInFull(name, tokens[respect.from].start))
            return entities.person(name, null, null, gender ?? mention.gender);
          // (Then عم محمد أبو خضير is the uncle of the one met: someone unnamed.)
          return entities.anonymous(mentionText(mention), gender ?? mention.gender);
        }
        // قال عمي الطاهر بوزيد، خالتي فاطمة العلوي: "my uncle", a word of affection read
        // into the name, before a given name and a family name.
        const affection = tokens[mention.name.from];
        const given = tokens[mention.name.from + 1];
        if (
          mention.name.to - mention.name.from >= 3 &&
          /^(?:عمي|عمو|خالتي|خالتو|جدي|جدتي|خالي)$/u.test(affection.folded) &&
          (genderOfGivenName(given.folded) !== null ||
            genderOfGivenName(stripArticle(given.folded)) !== null)
        ) {
          const name = text.slice(given.start, tokens[mention.name.to - 1].end);
          if (!metInFull(name, affection.start))
            return entities.person(name, null, null, gender ?? mention.gender);
        }
        // يدير الرجل السبعيني عجلة الفخار: after "the man" only a given name is a name; the
        // words after it are what he does (then he is someone met).
        const lead = tokens[mention.name.from];
        if (
          mention.role &&
          // (Not الشاب، السيدة: names the lists may not know follow these: الشاب أمقران حداد.)
          NO_NAME_AFTER.test(tokens[mention.role.from].folded) &&
          genderOfGivenName(lead.folded) === null &&
          kunyaGender(lead) === null &&
          !isWrittenGivenName(lead.raw)
        ) {
          const as = gender ?? mention.gender;
          return as ? entities.metAndSpoke(as) : null;
        }
        const name = slice(mention.name);
        const role = mention.role ? slice(mention.role) : null;
        const head = mention.role ? headOf(tokens[mention.role.from]) : null;
        // وقال عم محمد أبو خضير after the story named محمد أبو خضير: his uncle, unnamed (عم
        // before a name is a title of respect only for someone not met).
        const elder = tokens[mention.name.from - 1];
        if (
          elder &&
          ELDER_TITLES.has(elder.folded.replace(/^[وف](?=[\u0621-\u064A]{2})/u, '')) &&
          mention.name.to - mention.name.from >= 2 &&
          metInFull(name, elder.start, true)
        )
          return entities.anonymous(`${elder.raw} ${name}`, gender ?? mention.gender);
        // وتابعت المرأة، وأضاف الرجل: someone already met, else someone unnamed.
        if (
          role === null &&
          mention.name.to - mention.name.from === 1 &&
          GENERIC_PEOPLE.test(tokens[mention.name.from].folded)
        ) {
          const as = gender ?? mention.gender;
          return (as ? entities.metAndSpoke(as) : null) ?? entities.anonymous(name, as);
        }
        if (role === null) {
          // وتضيف أم أحمد: the person the story gave that other name.
          const aliased = entities.findAlias(name);
          if (aliased) return aliased;
          // با عبد السلام، كما يناديه أهل الحي: what people call someone the story met; so
          // is a given name after a word of kinship or respect (يقول عم محمود، تقول تيتا نهاد)
          // when it opens the name of someone met.
          if (
            calledSo(mention.end) ||
            (NICKNAME_TITLES.has(tokens[mention.name.from].folded) &&
              mention.name.to - mention.name.from >= 2)
          ) {
            const known = nicknamed(mention.name, gender ?? mention.gender);
            if (known) {
              entities.alias(known, name);
              return known;
            }
          }
          // وتقول أم يوسف: the mother (أبو: the father) of a child the story named after
          // someone named in full (نجاة الحمداني تحتفظ بسرير ابنها يوسف).
          const parent =
            mention.name.to - mention.name.from === 2
              ? kunyaOf(tokens[mention.name.from].folded)
              : null;
          if (parent) {
            const holder = parentBefore(
              paragraphs,
              paragraphWords,
              paragraph,
              tokens[mention.name.from].start,
              tokens[mention.name.from + 1].folded,
              parent,
            );
            if (holder) {
              const known = entities.person(holder, null, null, parent);
              entities.alias(known, name);
              return known;
            }
          }
          // وتابعت أم عبد الرحمن after عبد الرحمن فلان … والدته، السيدة نعمات فلان: a child the
          // story named (the kunya's name opens theirs), and the one parent of the kunya's
          // gender it met (as someone's والد or والدة, or by a child named with ابنه).
          const elderOf = kunyaOf(tokens[mention.name.from].folded);
          if (elderOf && mention.name.to - mention.name.from <= 3) {
            const child = tokens
              .slice(mention.name.from + 1, mention.name.to)
              .map((word) => word.folded);
            const people = entities.all().filter((entity) => entity.kind === 'person');
            const children = people.filter(
              (entity) =>
                entity.parts.length > child.length &&
                child.every((part, k) => entity.parts[k] === part),
            );
            const parents = people.filter(
              (entity) =>
                entity.gender === elderOf &&
                entity.roleHeads.has('والد') &&
                entity.parts.length >= 2 &&
                !children.includes(entity),
            );
            if (children.length === 1 && parents.length === 1) {
              entities.alias(parents[0], name);
              return parents[0];
            }
          }
        }
        // يقول العم صالح، تقول الخالة نجاة: a word of kinship or respect read as a role, then a
        // given name that opens the name of someone met.
        if (
          mention.role !== null &&
          mention.role.to - mention.role.from === 1 &&
          mention.role.to === mention.name.from &&
          NICKNAME_TITLES.has(tokens[mention.role.from].folded) &&
          mention.name.to - mention.name.from === 1 &&
          genderOfGivenName(tokens[mention.name.from].folded) !== null
        ) {
          const known = entities.findOpening(
            [tokens[mention.name.from].folded],
            gender ?? mention.gender,
          );
          // (Not someone met in office: يقول العم سالم is not محافظ ظفار سالم بن عوفيت.)
          if (
            known &&
            known.parts.length >= 2 &&
            // (Not an office of state: محافظ ظفار سالم بن عوفيت; a fisherman or a café's owner
            // met before is who the uncle is.)
            !/^(?:ال)?(?:وزير|محافظ|رئيس|سفير|نائب|امين|مدير|قائد|والي|عمده|مستشار|متحدث|ناطق)/u.test(
              normalizeArabic(known.role ?? ''),
            )
          )
            return known;
        }
        // A verb's agreement tells a person's gender better than a role noun does
        // (قالت عضو المجلس …).
        const as = gender ?? mention.gender;
        if (
          role === null &&
          mention.name.to - mention.name.from === 2 &&
          isDefiniteToken(tokens[mention.name.to - 1])
        ) {
          // ووصف لومبار العرض …: a known surname and the verb's object. عبد المجيد, a
          // joiner and its word, is one name: the person whose name ends with both.
          const joined = JOINERS.has(mention.lead.folded);
          const known = joined
            ? entities.findName(normalizeArabic(name).split(' '), as)
            : entities.findSurname(mention.lead.folded, as);
          // (Not حامد الأمين after معتصم حامد عبد الرحيم: a given name is someone's surname
          // only where it ends their name.)
          const given =
            !joined &&
            genderOfGivenName(mention.lead.folded) !== null &&
            known?.parts[known.parts.length - 1] !== mention.lead.folded;
          if (known && known.parts.length > (joined ? 2 : 1) && !given) return known;
          // ورثت سعدية المخبز: the given name of one person met in full, then a definite
          // noun that is not in their name nor a family name's shape, the verb's object.
          const second = tokens[mention.name.to - 1];
          if (
            !joined &&
            genderOfGivenName(mention.lead.folded) !== null &&
            !isNisba(second.folded)
          ) {
            const person = entities.findGiven(mention.lead.folded, as);
            if (person && !person.parts.includes(second.folded)) return person;
          }
        }
        // ليرد الحاج أحمد: a family name of two words whose first is also a title.
        const title = tokens[mention.name.from - 1];
        if (
          role === null &&
          mention.name.to - mention.name.from === 1 &&
          title &&
          TITLE_FAMILIES.has(title.folded)
        ) {
          const known = entities.findName([title.folded, mention.lead.folded], as);
          if (known && known.parts.length > 2) return known;
        }
        // (ولد الشيخ سيدي, بن عبد الله: a family name that opens with بن or ولد, of any
        // length.)
        if (
          role === null &&
          (mention.name.to - mention.name.from <= 2 ||
            FATHER_JOINERS.has(tokens[mention.name.from].folded))
        ) {
          const word = mention.lead;
          const known =
            mention.name.to - mention.name.from === 1
              ? (entities.findSurname(word.folded, as) ??
                entities.findSurname(stripArticle(word.folded), as) ??
                // وكابانغو، الذي …: a surname met, with the conjunction on it.
                (/^و[\u0621-\u064A]{3,}$/u.test(word.folded)
                  ? entities.findSurname(word.folded.slice(1), as)
                  : null) ??
                // وتقول خديجة: a given name alone, of one person met in full; so is a word
                // without the article that opens one name met (وكتبت نوغوتشي after نوغوتشي
                // هاروكا, a family name written first).
                (genderOfGivenName(word.folded) !== null
                  ? entities.findGiven(word.folded, as)
                  : !isDefiniteToken(word) && !FUNCTION_WORDS.has(word.folded)
                    ? familyFirst(entities.findGiven(word.folded, as))
                    : null))
              : null;
          if (known) return known;
          // وتابع آل غانم، وأضاف أبو زيد: a family name of two words that a joiner opens
          // (not عبد, a given name's), the end of the name of the one person met in full
          // with it (two of a family: as before).
          const family = tokens[mention.name.from];
          if (
            mention.name.to - mention.name.from === 2 &&
            JOINERS.has(family.folded) &&
            family.folded !== 'عبد'
          ) {
            const met = entities.findSoleFamily(
              [family.folded, tokens[mention.name.from + 1].folded],
              as,
            );
            if (met?.name) return entities.person(met.name, null, null, as);
          }
          // A surname whose full name the story gave where no one spoke (من إخراج منية
          // الزواري): the name as written there.
          const full = fullNameBefore(paragraphs, paragraphWords, paragraph, word.start, name);
          if (full) {
            // (With the role it was given there, for a later الوزير: مواجهة بين النواب ووزير
            // التموين فلان.)
            const given = roleBefore(paragraphs, paragraphWords, paragraph, full);
            return entities.person(full, given?.role ?? null, given?.head ?? null, as);
          }
          // A definite word alone that no one had as a name: a surname only if it has
          // a family name's shape (الحسيني), else no one (الدراسة، الانتخابات).
          // (A given name with the article opens a name of two: المنصف الجلاصي.)
          if (
            isDefiniteToken(word) &&
            !isNisba(word.folded) &&
            (mention.name.to - mention.name.from === 1 ||
              genderOfGivenName(stripArticle(word.folded)) === null)
          )
            return null;
        }
        const entity = entities.person(name, role, head, as);
        // مدرب مولودية الصحراء، التونسي منير بوغرارة: a nationality said before the name is
        // what a later المدرب التونسي knows them by.
        if (mention.role !== null) {
          const words: string[] = [];
          for (let k = mention.name.from - 1; k >= mention.role.to && k >= 0; k--) {
            if (!isDefiniteToken(tokens[k]) || !isNisba(tokens[k].folded)) break;
            words.push(tokens[k].folded);
          }
          if (words.length > 0) entities.describe(entity, words);
        }
        // العميد سعيد المهيري، اللواء فلان: a rank said before the name is what a later
        // وأضاف العميد means.
        for (let k = mention.name.from - 1; k >= 0 && k >= mention.name.from - 2; k--) {
          const rank = stripArticle(tokens[k].folded);
          // (Or a profession's title: المهندس وائل عبد الغني، then وأوضح المهندس.)
          if (NAMED_TITLES.has(rank) && isDefiniteToken(tokens[k])) {
            entities.ranked(entity, rank.replace(/ه$/u, ''));
            continue;
          }
          // الناطق باسم الحكومة، الوزير فلان: a second office in apposition, set off from
          // the first by a comma, is what a later وأضاف الوزير means.
          if (
            k === mention.name.from - 1 &&
            k > 0 &&
            isDefiniteToken(tokens[k]) &&
            commaBefore(k) &&
            mention.role !== null &&
            mention.role.to <= k &&
            roleHeadOf(rank) === rank
          ) {
            entities.ranked(entity, rank);
            break;
          }
          if (!RANKS.has(rank)) break;
          entities.ranked(entity, rank);
        }
        // (Or before the role the rank was read past: العميد المتقاعد في الجيش اللبناني
        // فلان, then عميد متقاعد in the headline.)
        const before = mention.role ? tokens[mention.role.from - 1] : undefined;
        if (
          before &&
          isDefiniteToken(before) &&
          !ends(tokens[mention.role!.from].brk) &&
          RANKS.has(stripArticle(before.folded))
        )
          entities.ranked(entity, stripArticle(before.folded));
        return entity;
      }
      case 'role': {
        const role = slice(mention.role);
        const as = mention.gender ?? gender;
        const kin = calledByKin(mention.role, as);
        if (kin) return kin;
        // وختم الوزير الشعيبي المؤتمر بالقول: an office, then the family name of the one met in
        // full who holds it (read on into the verb's object): that person.
        const office = roleHeadOf(stripArticle(tokens[mention.role.from].folded));
        const family = tokens[mention.role.from + 1];
        if (
          office !== null &&
          family &&
          mention.role.to - mention.role.from >= 2 &&
          isDefiniteToken(family) &&
          family.brk === 'none'
        ) {
          const holder = entities.findSurname(family.folded, as);
          if (holder && holder.parts.length >= 2 && holder.roleHeads.has(office)) return holder;
        }
        // ودعا ابن الحاج، وقال ابن كيران: a family name that opens with ابن, of someone met
        // in full (طارق ابن الحاج), not a son.
        if (
          mention.role.to - mention.role.from === 2 &&
          /^(?:ابن|بن)$/u.test(tokens[mention.role.from].folded)
        ) {
          const parts = [tokens[mention.role.from].folded, tokens[mention.role.from + 1].folded];
          const known = entities.findName(parts, as);
          if (known && known.parts.length > 2) return known;
        }
        // يقول عم الهادي: a word of respect and a given name, of the one person met whose
        // name opens with it (الهادي بن رمضان).
        if (
          mention.role.to - mention.role.from === 2 &&
          NICKNAME_TITLES.has(tokens[mention.role.from].folded) &&
          (genderOfGivenName(tokens[mention.role.from + 1].folded) !== null ||
            DEFINITE_GIVEN_NAMES.has(tokens[mention.role.from + 1].folded))
        ) {
          const known = entities.findOpening([tokens[mention.role.from + 1].folded], as);
          if (known && known.parts.length >= 2) return known;
        }
        // يقول عم سيد حنفي، …: a word of respect, then a given name and the rest of a name.
        const titled = mention.role.from + 1;
        if (
          mention.role.to - mention.role.from === 2 &&
          NICKNAME_TITLES.has(tokens[mention.role.from].folded) &&
          genderOfGivenName(tokens[titled].folded) !== null
        ) {
          const end = nameEnd(tokens, titled);
          const name = end > titled ? text.slice(tokens[titled].start, tokens[end - 1].end) : '';
          if (
            end > mention.role.to &&
            (end >= tokens.length || ends(tokens[end].brk)) &&
            // (Not someone the story named already: then عم is their uncle.)
            !metInFull(name, tokens[mention.role.from].start)
          ) {
            consumed = Math.max(consumed, end);
            return entities.person(name, null, null, as);
          }
        }
        // وتابعت محدثتنا: the one interviewed, who spoke last of that gender.
        if (mention.head === INTERLOCUTOR_HEAD) return entities.carry(as ?? mention.gender);
        // المتحدث ذاته، المصدر نفسه: the one who just spoke.
        // (المصدر ذاته: the unnamed source that spoke last, or else the body that just
        // spoke; the word's own gender tells nothing.)
        // (Before anyone spoke, the one the story was about: يعد فلان من أبرز الباحثين. ويؤكد
        // المتحدث ذاته أن.)
        // (So is المتحدث alone, with nothing it speaks for: وأضاف المتحدث أن.)
        if (
          SAME.has(tokens[mention.end]?.folded ?? '') ||
          (mention.head === 'متحدث' &&
            mention.role.to - mention.role.from === 1 &&
            isDefiniteToken(tokens[mention.role.from]) &&
            // (Right before what it said: not المتحدث باسم الوزارة, nor المتحدث في بيان.)
            (!tokens[mention.end] ||
              tokens[mention.end].brk !== 'none' ||
              SAYING_OPENERS.has(tokens[mention.end].folded) ||
              /^(?:الي|بالقول|قائلا)$/u.test(tokens[mention.end].folded)) &&
            // (Where no spokesperson was met before, who would be the one meant.)
            !tokens.slice(0, mention.role.from).some((word) => /متحدث|ناطق/u.test(word.folded)) &&
            ![...entities.all()].some((entity) =>
              /متحدث|ناطق/u.test(normalizeArabic(entity.role ?? '')),
            ))
        )
          return mention.head === 'مصدر'
            ? (entities.sameSource() ?? entities.carry(as))
            : (entities.carry(as) ?? entities.lastNamedPerson(as ?? mention.gender ?? 'm'));
        // قالت السيدة التي عرّفت نفسها باسم خديجة: the name the relative clause gives.
        if (/^(?:الذي|التي)$/u.test(tokens[mention.end]?.folded ?? '')) {
          const called = calledAfter(mention.end, as, mention.role.from);
          if (called) return called;
        }
        // عامل بناء من ريف إدلب، عرّف عن نفسه باسم أبو سالم: someone unnamed (a role without
        // the article), then the name they go by.
        if (!isDefiniteToken(tokens[mention.role.from])) {
          const called = calledAfter(mention.end, as, mention.role.from);
          if (called) return called;
        }
        // الوزير العمري: a role and a surname already met.
        const last = mention.role.to - 1;
        if (last > mention.role.from && loneDefinite(tokens, last)) {
          const known = entities.findSurname(tokens[last].folded, as);
          if (known) return known;
        }
        // وأضاف المسؤول right after مسؤول في مكتب الأونروا، طلب عدم الكشف عن هويته: the
        // unnamed one of that noun who just spoke, not someone named whose office it fits.
        const unnamed = entities.current();
        if (
          unnamed?.kind === 'anonymous' &&
          mention.role.to - mention.role.from === 1 &&
          isDefiniteToken(tokens[mention.role.from]) &&
          stripArticle(normalizeArabic(unnamed.role ?? '').split(' ')[0] ?? '') === mention.head &&
          (!as || !unnamed.gender || unnamed.gender === as)
        )
          return unnamed;
        const byRole = entities.findRole(mention.head, role, as);
        if (byRole) return byRole;
        // وتابعت ابنة مدينة الحسيمة: someone already met, by where they come from.
        const met = as && isEpithet(mention.role) ? epithetOf(as, mention.role.from) : null;
        if (met) return met;
        // وأشار النقيب: a role's word alone that no one holds, and a family name someone met
        // bears (خليل إبراهيم النقيب، عمر الخطيب); the verb tells the gender (تضيف الشيخ).
        const known = surnameOfRoleWord(mention.role, gender ?? as);
        if (known) return known;
        // وأضافت المحللة، وتابع المدرب الفرنسي: a definite word for someone, after a verb that
        // goes on with what was said, is the one who just spoke, named in full, of that gender.
        const verb = tokens[mention.role.from - 1];
        if (
          as &&
          verb &&
          CONTINUES.test(verb.folded) &&
          // (Definite, or in construct with a definite word: بطلة العالم.)
          (isDefiniteToken(tokens[mention.role.from]) ||
            (mention.role.to - mention.role.from >= 2 &&
              isDefiniteToken(tokens[mention.role.to - 1]))) &&
          // (Definite words only after the head: not المتحدث باسم الحكومة, an office with its
          // body, someone else's.)
          tokens.slice(mention.role.from + 1, mention.role.to).every(
            (word, k, words) =>
              isDefiniteToken(word) ||
              // (الدبلوماسي الجنوب إفريقي: a nationality of two words.)
              (k > 0 &&
                /^ال(?:جنوب|شمال)$/u.test(words[k - 1].folded) &&
                isNisba(`ال${word.folded}`)),
          )
        ) {
          const speaker = entities.current();
          // (A word for what someone is fits whoever spoke; an office only someone with no
          // other office met, or with that one: وتابع القاضي after a lawyer is the judge.)
          const fits =
            DESCRIPTIVE_HEADS.has(mention.head) ||
            speaker?.roleHeads.size === 0 ||
            !!speaker?.roleHeads.has(mention.head);
          // (Not when its nisba fits someone else met too: الأكاديمي البريطاني after two
          // Britons is no answer.)
          const nisbas = tokens
            .slice(mention.role.from, mention.role.to)
            .filter((word) => isNisba(word.folded))
            .map((word) => stripArticle(word.folded));
          const shared = entities
            .all()
            .some(
              (entity) =>
                entity !== speaker &&
                entity.kind === 'person' &&
                nisbas.some((nisba) => entity.roleWords.has(nisba)),
            );
          if (
            speaker?.kind === 'person' &&
            speaker.gender === as &&
            speaker.parts.length >= 2 &&
            fits &&
            !shared
          )
            return speaker;
        }
        return entities.anonymous(role, as);
      }
      case 'body': {
        if (STATEMENT_NOUNS.has(mention.head)) {
          // (أوضح فلان أن البلاغ ورد في الثالثة فجراً: a report, the subject of what was said,
          // speaks for no one.)
          const before = tokens[mention.name.from - 1]?.folded ?? '';
          if (/^[وف]?(?:ان|بان|لان)$/u.test(before)) return null;
          return entities.lastBody();
        }
        // بحسب بيان لمكتبه، وفقاً لبيان صادر عن مكتبها: the office of someone just named, its
        // pronoun's person.
        // (A person's or a body's: في بلاغ لمكتبه التنفيذي after نادي قضاة المغرب. Only after
        // ل or عن: نشره مكتبه is the subject of a verb, whoever's it is.)
        const office = /^(ل|ب)?(?:مكتب|ديوان)(ه|ها)$/u.exec(tokens[mention.name.from].folded);
        if (
          office &&
          (office[1] !== undefined || tokens[mention.name.from - 1]?.folded === 'عن') &&
          mention.name.to - mention.name.from <= 2
        )
          return entities.lastMentioned(office[2] === 'ها' ? 'f' : 'm');
        // استذكر الخوالدة البدايات: a definite word that no body opens with, the family name
        // of someone named in full, then the verb's object: that person.
        if (!BODY_HEADS.has(mention.head) && mention.name.to - mention.name.from >= 2) {
          const known = entities.findSurname(tokens[mention.name.from].folded, gender);
          if (known && known.parts.length >= 2) return known;
        }
        // وأضافت المندوبية: a body met by its full name where no one spoke (كانت المندوبية
        // السامية للتخطيط قد أعلنت …) is the one its head noun means.
        if (mention.short && !entities.hasBody(mention.head)) {
          const full = fullBodyBefore(
            paragraphs,
            paragraphWords,
            paragraph,
            tokens[mention.name.from].start,
            mention.head,
          );
          if (full) return entities.body(full.name, mention.head, full.gender, false);
        }
        // (Not where the sentence opens somewhere else: أعلنت وزارة الدفاع الأمريكية …، وفي
        // موسكو، قالت وزارة الدفاع.)
        // (A name shown without the quotation marks it was written with: حزب "الأمة" is
        // حزب الأمة, بنك الاستثمار "النيل كابيتال" is بنك الاستثمار النيل كابيتال.)
        const elsewhere = placedElsewhere(mention.name.from);
        const written = slice(mention.name)
          .replace(/\s*["«»“”]\s*/gu, ' ')
          .replace(/\s+/gu, ' ')
          .trim();
        // أعلنت وزارة التجارة after أمام مبنى وزارة التجارة العراقية: the name as first written
        // in full, with its country's adjective.
        const national =
          mention.short || elsewhere
            ? null
            : nationalBefore(paragraphWords, paragraph, tokens[mention.name.from].start, written);
        return entities.body(
          national ?? written,
          mention.head,
          mention.gender,
          mention.short,
          !elsewhere,
        );
      }
      case 'anonymous': {
        const known = calledByKin(mention.role, gender ?? mention.gender);
        if (known) return known;
        // وكتب نصّار، شكر حدّاد الأردن: a trade's word alone, without the article, that ends
        // the name of someone met is that person's family name (حداد، نجار، عطار).
        // (Not one in the accusative, عطاراً, nor one who asked not to be named: وقال عطار في
        // السوق، فضّل عدم ذكر اسمه; nor one of the other gender.)
        const lone = tokens[mention.role.from];
        const lonely = gender ?? mention.gender;
        if (
          mention.role.to - mention.role.from === 1 &&
          !isDefiniteToken(lone) &&
          !/\u064B/u.test(lone.raw) &&
          !tokens
            .slice(mention.role.to, mention.role.to + 12)
            .some((word) => word.sentence === lone.sentence && ASKED_NOT_TO.has(word.folded))
        ) {
          const named = entities.findSurname(lone.folded, lonely);
          if (
            named &&
            named.parts.length >= 2 &&
            named.parts[named.parts.length - 1] === lone.folded &&
            (!lonely || !named.gender || named.gender === lonely)
          )
            return named;
        }
        // إحدى الأسيرات المحررات، وتُدعى سماح: someone unnamed, then named.
        const called = calledAfter(mention.end, gender ?? mention.gender, mention.role.from);
        if (called) return called;
        // أم لطفل مصاب، اكتفت بذكر اسمها الأول، سعاد: someone unnamed who gave a first name.
        const first = firstNameGiven(mention.end, gender ?? mention.gender);
        if (first) return entities.person(first, null, null, gender ?? mention.gender);
        // أحد الجرحى، أبو ياسر، / أحد مشايخ القبيلة، الشيخ فلان الفلاني،: someone unnamed, then
        // their name between commas.
        const apposed = namedBetweenCommas(mention.end);
        if (apposed) return entities.person(apposed, null, null, gender ?? mention.gender);
        // وأضاف الرجل، وتابعت ابنة مدينة الحسيمة: a word for someone already met, the last
        // person of that gender, when that person was named.
        const as = gender ?? mention.gender;
        // (Only the one who spoke last of that gender, and the last of it met, named or not.)
        const met = as && isEpithet(mention.role) ? epithetOf(as, mention.role.from) : null;
        if (met) return met;
        // تضيف الشيخ: a title's word alone, and a family name someone met bears (فاطمة عبد
        // الرحيم الشيخ).
        return (
          surnameOfRoleWord(mention.role, as) ??
          entities.anonymous(slice(mention.role), mention.gender ?? gender)
        );
      }
    }
  };

  /** Whether a person named in full, or a body, is read at `at`. */
  const namesSubject = (at: number): boolean => {
    const mention = tokens[at] && !ends(tokens[at].brk) ? mentionAt(at, false) : null;
    return mention?.kind === 'body' || namedInFull(mention);
  };

  /** A role's or title's one definite word that is the family name of someone met. */
  const surnameOfRoleWord = (role: Span, gender: Gender | null): Entity | null => {
    if (role.to - role.from !== 1 || !isDefiniteToken(tokens[role.from])) return null;
    const known = entities.findSurname(tokens[role.from].folded, gender);
    return known && known.parts.length >= 2 ? known : null;
  };

  /**
   * A name between commas right at `at` (a kunya, or a name of two words at least, after an
   * optional title), closed by a comma or the saying's opener: its text.
   */
  const namedBetweenCommas = (at: number): string | null => {
    if (tokens[at]?.brk !== 'clause') return null;
    const named = readMention(tokens, at);
    if (named?.kind !== 'person' || named.name.to - named.name.from < 2) return null;
    const next = tokens[named.end];
    if (next && !ends(next.brk)) return null;
    // (A title before the name is fine: الشيخ فلان; a role is not: المدير فلان is someone,
    // unless the saying opens right after the name: أحد أعضاء الفريق، المبرمج فلان، إن.)
    if (
      named.role &&
      !HONORIFICS.has(stripArticle(tokens[named.role.from].folded)) &&
      !(next?.brk === 'clause' && SAYING_OPENERS.has(next.folded.replace(/^ب/u, '')))
    )
      return null;
    return text.slice(named.name.start, named.name.end);
  };

  /** Whether the story met someone by this whole name (not a shorter one it ends with). */
  const metInFull = (name: string, before: number, written = false): boolean => {
    const parts = normalizeArabic(name).split(' ');
    const known = written ? null : entities.findName(parts, null);
    if (known && known.parts.length >= parts.length) return true;
    // (Or written in full earlier, where no reporting named them: قتل الشاب محمد أبو خضير.)
    for (let p = 0; p <= paragraph; p++) {
      const words = paragraphWords[p];
      for (let at = 0; at + parts.length <= words.length; at++) {
        if (p === paragraph && words[at].start >= before) break;
        // (Not the same title before it: يجلس عم سيد حنفي … يقول عم سيد حنفي.)
        if (at > 0 && NICKNAME_TITLES.has(words[at - 1].folded)) continue;
        if (parts.every((part, k) => words[at + k].folded === part)) return true;
      }
    }
    return false;
  };

  /** Only indefinite words of a description between `from` and `to` (no article, no إن). */
  const describes = (from: number, to: number): boolean =>
    tokens
      .slice(from, to)
      .every(
        (word) =>
          !isDefiniteToken(word) &&
          !FUNCTION_WORDS.has(word.folded) &&
          !RELATIVE_PRONOUNS.has(word.folded),
      );

  /** …، وتُدعى سماح، …، ويدعى فلان الفلاني: the name someone unnamed goes by. */
  /**
   * اكتفت بذكر اسمها الأول، سعاد / طلبت الإشارة إليها باسمها الأول فاطمة: the first name
   * someone unnamed gave, in the clauses right after the description, where a comma, a colon
   * or أن ends it.
   */
  const firstNameGiven = (end: number, gender: Gender | null): string | null => {
    const sentence = tokens[end]?.sentence;
    for (let k = end; k < tokens.length && k - end < 12; k++) {
      if (tokens[k].sentence !== sentence || tokens[k].quoted) return null;
      if (!/^ب?اسم(?:ها|ه)$/u.test(tokens[k].folded) || tokens[k + 1]?.folded !== 'الاول') continue;
      // (Her own name, not one others call her child: يناديه الجميع باسمه الأول.)
      if (gender && tokens[k].folded.endsWith('ها') !== (gender === 'f')) return null;
      if (tokens.slice(end, k).some((word) => CALLED_BY.test(word.folded))) return null;
      const name = tokens[k + 2];
      const after = tokens[k + 3];
      if (
        !name ||
        name.quoted ||
        name.sentence !== sentence ||
        !isNameWord(name) ||
        (after && !ends(after.brk) && !/^(?:ان|انها|انه)$/u.test(after.folded))
      )
        return null;
      return name.raw.replace(/[\u064B-\u0652\u0640]/gu, '');
    }
    return null;
  };
  const calledAfter = (end: number, gender: Gender | null, from = -1): Entity | null => {
    // السيدة التي عرّفت نفسها باسم خديجة، الزوجة، التي قدّمت نفسها لاحقاً باسم لمى: a
    // relative clause that gives the name someone goes by, right after a description of one
    // word (not والدة الطفل الذي يدعى أحمد: the child's name), of its gender.
    const relative = tokens[end];
    const own: Gender | null =
      relative?.folded === 'الذي' ? 'm' : relative?.folded === 'التي' ? 'f' : null;
    if (own && relative.brk !== 'sentence' && (!gender || gender === own)) {
      for (let k = end + 1; k < tokens.length && k <= end + 6; k++) {
        if (ends(tokens[k].brk)) break;
        const byName = byNameAt(tokens, k);
        const called =
          k === end + 1 &&
          CALLED_VERB.test(tokens[k].folded) &&
          /^[وف]?[يت]/u.test(tokens[k].folded) &&
          (tokens[k].folded.replace(/^[وف]/u, '')[0] === 'ت') === (own === 'f');
        // (After a description of more words only what one calls oneself, after a comma:
        // صديقة الضحية، التي عرّفت نفسها باسم زينب.)
        if (
          !(byName && (end - from === 1 || relative.brk === 'clause')) &&
          !(called && end - from === 1)
        )
          continue;
        const name = readMention(tokens, k + 1);
        if (name?.kind !== 'person' || name.role !== null) return null;
        const next = tokens[name.end];
        if (next && !ends(next.brk)) return null;
        return entities.person(slice(name.name), null, null, gender ?? name.gender);
      }
    }
    let at = end;
    // (Past what follows the description before the comma: أحد قادة "فانو" في منطقة غوجام.)
    while (
      at < tokens.length &&
      at - end < 8 &&
      tokens[at].brk !== 'clause' &&
      !ends(tokens[at].brk) &&
      // (Or the verb itself before any comma, right after the description: سائق شاحنة
      // أردني يدعى أبو خالد; not مصدر أمني إن المتهم يدعى فلان, someone else's name.)
      !(at > end && CALLED_VERB.test(tokens[at].folded) && describes(end, at))
    )
      at++;
    let verb = tokens[at];
    if (!verb || (verb.brk !== 'clause' && !CALLED_VERB.test(verb.folded))) return null;
    // (Past a clause that says what they are: أحد أولياء الأمور، وهو سائق دراجة يدعى مراد;
    // not وهو يتحدث عن المتهم الذي يدعى فلان, someone else.)
    if (/^(?:وهو|وهي)$/u.test(verb.folded)) {
      const called = tokens.slice(at + 1, at + 8).findIndex(
        (word, k, near) =>
          // (The verb, not اسمه: وهو معلم رفض ذكر اسمه; or عرّفت عن نفسها باسم.)
          (CALLED_VERB.test(word.folded) || byNameAt(tokens, at + 1 + k)) &&
          !near.slice(0, k + 1).some((w) => ends(w.brk)),
      );
      if (called < 0) return null;
      const between = tokens.slice(at + 1, at + 1 + called);
      if (
        between.some(
          (word) => RELATIVE_PRONOUNS.has(word.folded) || /^(?:ان|بان)$/u.test(word.folded),
        )
      )
        return null;
      at += called + 1;
      verb = tokens[at];
    }
    // (Or what one calls oneself, right after the comma: لاجئ سوري، عرّف عن نفسه باسم أبو
    // أحمد، امرأة نازحة، عرّفت نفسها باسم ماما جوزفين.)
    if (verb.brk === 'clause' && !CALLED.test(verb.folded)) {
      let named = -1;
      for (let k = at + 1; k < tokens.length && k <= at + 3 && !ends(tokens[k].brk); k++)
        if (byNameAt(tokens, k)) named = k;
      if (named > 0 && /^[وف]?(?:عرف|عرفت|قدم|قدمت)$/u.test(verb.folded)) {
        at = named;
        verb = tokens[at];
      }
    }
    if (!CALLED.test(verb.folded) && verb.folded !== 'باسم') return null;
    const name = readMention(tokens, at + 1);
    if (name?.kind !== 'person' || name.role !== null) return null;
    const next = tokens[name.end];
    if (next && !ends(next.brk)) return null;
    // (ويُكنى بأبي فهد: the kunya as it is said, أبو فهد.)
    const kunya = /^ب(?:أبي|ابي|أبو|ابو)\s/u.test(slice(name.name))
      ? slice(name.name).replace(/^ب\S+/u, 'أبو')
      : /^بأم\s/u.test(slice(name.name))
        ? slice(name.name).slice(1)
        : null;
    return entities.person(kunya ?? slice(name.name), null, null, gender ?? name.gender);
  };

  /**
   * الرجل، المرأة، الشاب (alone), ابن مدينة …، ابنة قرية …: words that point back to someone
   * the story met, never a new source.
   */
  const isEpithet = (role: Span): boolean => {
    const first = tokens[role.from];
    // يلتقط شاب صوراً … قال الشاب: the word for someone unnamed the paragraph brought in
    // (without the article) points back to them, no one met before.
    if (
      role.to - role.from === 1 &&
      tokens.slice(0, role.from).some(
        (word, k) =>
          !word.quoted &&
          word.folded === stripArticle(first.folded) &&
          // (Not one that describes someone named: خالد منصور، وهو شاب في الثلاثين.)
          !/^[وف]?(?:هو|هي)$/u.test(tokens[k - 1]?.folded ?? ''),
      )
    )
      return false;
    if (role.to - role.from === 1) return GENERIC_PEOPLE.test(first.folded);
    // الرجل الستيني، السيدة السبعينية: the word and an age.
    // (ابنة الإسكندرية، ابن طرابلس: a city's daughter or son.)
    // (الشيخ الستيني، الحاجة السبعينية: a title and an age.)
    if (role.to - role.from === 2)
      return (
        ((GENERIC_PEOPLE.test(first.folded) || /^ال(?:شيخ|حاج|حاجه|جد|جده)$/u.test(first.folded)) &&
          (GENERIC_PEOPLE.test(tokens[role.from + 1].folded) ||
            OF_DECADES.test(tokens[role.from + 1].folded) ||
            // (الرجل البالغ من العمر 68 عاماً: the word and an age.)
            (/^البالغ(?:ه)?$/u.test(tokens[role.from + 1].folded) &&
              tokens[role.to]?.folded === 'من' &&
              tokens[role.to + 1]?.folded === 'العمر'))) ||
        (/^(?:ابن|ابنه)$/u.test(first.folded) &&
          isDefiniteToken(tokens[role.from + 1]) &&
          roleHeadOf(stripArticle(tokens[role.from + 1].folded)) === null &&
          !BODY_HEADS.has(stripArticle(tokens[role.from + 1].folded)) &&
          // (Not ابنة الضحية، ابن الشهيد: someone's child, not a city's.)
          !PEOPLE_NOUNS.test(stripArticle(tokens[role.from + 1].folded)))
      );
    return (
      /^(?:ابن|ابنه|نجل|نجله)$/u.test(first.folded) &&
      /^(?:مدينه|بلده|قريه|منطقه|محافظه|ولايه|حي|جهه|بلد)$/u.test(tokens[role.from + 1].folded)
    );
  };

  /** Whom an epithet (الرجل، ابنة المدينة) means: the last who spoke of that gender when
   * that is also the last met; before anyone of it spoke, the one of it named last. */
  const epithetOf = (gender: Gender, at: number): Entity | null => {
    // يجلس أبو سليمان النوافلة أمام محله. يقول الرجل الستيني: the one of that gender the
    // paragraph named in full before the epithet.
    // (Not when someone of that gender spoke since: يجلس فلان … وقال صديقه فلان: «…».
    // ويضيف الرجل is the friend.)
    const here = paragraphPeople.filter((met) => met.at < at && met.entity.gender === gender);
    const spoke = entities.carry(gender);
    const named = here.length > 0 ? here[here.length - 1].entity : null;
    if (named && (!spoke || spoke === named || spoke.seen < named.seen)) return named;
    const met = entities.metAndSpoke(gender);
    if (met || entities.carry(gender)) return met;
    return namedLastSurely(gender);
  };

  /** ، كما يناديه أهل الحي / مثلما يعرفها جيرانها: the name just read is what people call
   * someone. */
  const calledSo = (end: number): boolean => {
    const [as, verb] = [tokens[end], tokens[end + 1]];
    return (
      as?.brk === 'clause' &&
      !!verb &&
      /^(?:كما|مثلما)$/u.test(as.folded) &&
      // (Or the passive, with no pronoun: أم علي، كما تُعرف في البلدة.)
      (CALLED_BY.test(verb.folded) || /^[يت](?:عرف|لقب|كني|نادي|سمي)$/u.test(verb.folded))
    );
  };

  /**
   * The person met that a name people call them stands for: after a word of kinship or
   * respect (با، خالتي، الحاج), the one whose name opens with the given names left; a kunya
   * (بو راشد), the one whose father bears the child's name, else the person last named in
   * full (a feature's subject, met in full and then called by the neighbours' name).
   */
  const nicknamed = (name: { from: number; to: number }, gender: Gender | null): Entity | null => {
    const words = tokens.slice(name.from, name.to).map((token) => token.folded);
    let k = 0;
    while (k < words.length - 1 && NICKNAME_TITLES.has(words[k])) k++;
    const rest = words.slice(k);
    const as = rest.length === 2 ? kunyaOf(rest[0]) : null;
    const at = tokens[name.from + k].start;
    if (!as) {
      const known = entities.findOpening(rest, gender);
      if (known) return known;
      const given = tokens.slice(name.from + k, name.to);
      const full = fullNameBefore(
        paragraphs,
        paragraphWords,
        paragraph,
        at,
        text.slice(given[0].start, given[given.length - 1].end),
      );
      return full ? entities.person(full, null, null, gender) : null;
    }
    const known = entities.findSonOf(rest[1], as) ?? entities.lastNamedInFull(as);
    if (known) return known;
    const full = lastFullNameBefore(paragraphs, paragraphWords, paragraph, at, as);
    return full ? entities.person(full, null, null, as) : null;
  };

  /**
   * يقول عم محمود، تقول خالتي نجاة: a word of kinship or respect and a given name, read as a
   * role, are what people call someone the story met in full.
   */
  const calledByKin = (span: { from: number; to: number }, gender: Gender | null): Entity | null =>
    span.to - span.from === 2 &&
    NICKNAME_TITLES.has(tokens[span.from].folded) &&
    genderOfGivenName(tokens[span.from + 1].folded) !== null
      ? nicknamed(span, gender)
      : null;

  const mentionText = (mention: Mention) => {
    const first =
      mention.kind === 'person' || mention.kind === 'body' ? mention.name : mention.role;
    const from = mention.kind === 'person' && mention.role ? mention.role : first;
    return text.slice(from.start, first.end);
  };

  /** A role right after a person's name (فلان محافظ الجيزة، فلان، أستاذ …), for later references. */
  const rememberRoleAfter = (entity: Entity, end: number, start = -1): void => {
    const office = start >= 0 ? officeAfter(start, end) : null;
    if (office) entities.appoint(entity, office.text, office.head);
    const role = roleAfterName(tokens, end);
    if (role)
      entities.person(
        entity.name!,
        text.slice(tokens[role.from].start, tokens[role.to - 1].end),
        headOf(tokens[role.from]),
        entity.gender,
      );
  };

  /** How far the last mention read reaches: cues inside it are no cues (يتابع in
   * «المحامي، الذي يتابع دعاوى المودعين، رامي فرحات»). */
  let consumed = 0;
  /** Only a comma between the word at `at` and the one before it. */
  const commaBefore = (at: number): boolean =>
    at > 0 && /^\s*[،,]\s*$/u.test(text.slice(tokens[at - 1].end, tokens[at].start));

  /**
   * أعلن "حزب الله" في بيان أن، قالت «أطباء بلا حدود» إن: a quoted name right after the verb
   * and right before what opens the saying is the subject.
   */
  const quotedSubjectAt = (at: number): boolean => {
    const token = tokens[at];
    if (!token?.quoted || token.brk !== 'mark' || at === 0) return false;
    // (A verb whose complement is a clause: not طالب "الأونروا" بأن، أبلغ "شفق نيوز" بأن,
    // whose object the quoted name is; but طالبت "جمعية …" في بيان بـ"…": a name that
    // speaks in a statement is the subject of any verb of saying.)
    const clause = takesAClause(tokens[at - 1].folded);
    if (!clause && cueOf(tokens[at - 1].raw, tokens[at - 1].folded)?.kind !== 'verb') return false;
    if (!/^\s*["«“]\s*$/u.test(text.slice(tokens[at - 1].end, token.start))) return false;
    let end = at;
    while (tokens[end]?.quoted && (end === at || !ends(tokens[end].brk))) end++;
    const after = tokens[end];
    return (
      !!after &&
      ((clause && /^(?:ان|انه|انها|بان|بانه|بانها)$/u.test(after.folded)) ||
        (after.folded === 'في' && STATEMENT_NOUNS.has(tokens[end + 1]?.folded ?? '')))
    );
  };
  /** سؤال المذيع: "…": someone named right after the noun and right before a colon. */
  const askerBeforeColon = (at: number): boolean => {
    const first = tokens[at];
    if (!first || ends(first.brk)) return false;
    // (Not after a verb of saying or answering in the sentence, or في ردها على: وقال الوزير،
    // رداً على سؤال الإعلامي فلان: "…" is the minister's answer.)
    // (Only على سؤال، عن سؤال answer a question: ثم كان سؤال الصحفية فلانة: "…" is hers
    // whatever verb came before.)
    const sentence = first.sentence;
    if (/^(?:علي|عن)$/u.test(tokens[at - 2]?.folded ?? ''))
      for (let k = at - 3; k >= 0 && tokens[k].sentence === sentence; k--) {
        const word = tokens[k];
        if (
          cueOf(word.raw, word.folded) ||
          /^[وف]?(?:رده|ردها|ردهم|جوابه|جوابها)$/u.test(word.folded)
        )
          return false;
      }
    // (Not an adjective of the question: سؤال لاحق، سؤال برلماني.)
    if (
      !isDefiniteToken(first) &&
      !/^(?:احد|احدي)$/u.test(first.folded) &&
      genderOfGivenName(first.folded) === null
    )
      return false;
    const mention = mentionAt(at, false);
    if (!mention || mention.kind === 'body') return false;
    const last = tokens[mention.end - 1];
    const next = tokens[mention.end];
    return /^\s*[:：]/u.test(text.slice(last.end, next ? next.start : undefined));
  };
  /**
   * قال سائق حافلة، فضّل أن يُعرف بكنيته "أبو عمار"، إن؛ صاحب محل يعرفه الزبائن باسم أبو
   * جاسم؛ ولي أمر عرّف نفسه باسم أبو عمر: someone unnamed who goes by a kunya the sentence
   * gives them, between them and their words, is named by it (the description their role).
   */
  const kunyaOfUnnamed = (found: Attribution | null, at: number): Attribution | null => {
    if (found?.entity?.kind !== 'anonymous') return null;
    const sentence = tokens[at].sentence;
    for (let k = at + 1; k < tokens.length && k <= at + 16; k++) {
      const word = tokens[k];
      if (word.sentence !== sentence || word.brk === 'sentence') return null;
      // (Only before what they said: not عامل إن صاحبه، الذي يعرفه الجميع باسم أبو خليل; فضّل
      // أن يُعرف is still how they go by.)
      if (SAYING_OPENERS.has(word.folded) && !NAMED_BY.test(tokens[k + 1]?.folded ?? ''))
        return null;
      if (k > at + 1 && cueOf(word.raw, word.folded) && !NAMED_BY.test(word.folded)) return null;
      // (Or يدعى and the kunya right after it: ويدعى أبو ياسين.)
      const called = /^[وف]?(?:يدعي|تدعي)$/u.test(word.folded);
      if (!called && !/^(?:بكنيته|بكنيتها|باسم)$/u.test(word.folded)) continue;
      if (!called && !tokens.slice(Math.max(at + 1, k - 4), k).some((w) => NAMED_BY.test(w.folded)))
        return null;
      const kunya = tokens[k + 1];
      const child = tokens[k + 2];
      const gender = kunya ? kunyaOf(kunya.folded) : null;
      if (!kunya || !child || gender === null || ends(child.brk) || isDefiniteToken(child))
        return null;
      const written = text.slice(kunya.start, child.end);
      return {
        entity: entities.person(written, found.mention ?? null, null, gender),
        mention: written,
      };
    }
    return null;
  };
  const named = (
    at: number,
    options: { dative?: boolean } = {},
    gender: Gender | null = null,
  ): Attribution | null => {
    const found = namedAt(at, options, gender);
    return kunyaOfUnnamed(found, at) ?? found;
  };
  const namedAt = (
    at: number,
    options: { dative?: boolean } = {},
    gender: Gender | null = null,
  ): Attribution | null => {
    let from = at;
    while (from < tokens.length && TIME_WORDS.has(tokens[from].folded) && !ends(tokens[from].brk))
      from++;
    if (from >= tokens.length || (ends(tokens[from].brk) && !quotedSubjectAt(from))) return null;
    // أعلنت قبيل الموسم أن، قال عقب المباراة إن: a time preposition and its noun, no subject.
    if (TIME_PREPOSITIONS.has(tokens[from].folded)) return null;
    // فقالت والدموع في عينيها: و and the article open a circumstance, never the subject.
    // (Not والدة، والده، والي: a mother, a father, a governor.)
    if (
      /^وال[\u0621-\u064A]{3,}$/u.test(tokens[from].folded) &&
      !/^وال(?:د|ي)(?:ه|ي|ته|تها|تي|يه|ان|ين|ها|هم)?$/u.test(tokens[from].folded) &&
      from === at
    )
      return null;
    // وقالت الدمرداش، خلال لقائها مع الإعلامي فلان: the family name of someone met, where
    // the name plainly ends, is them, whatever a longer reading would make of what follows.
    if (
      isDefiniteToken(tokens[from]) &&
      roleHeadOf(stripArticle(tokens[from].folded)) === null &&
      !BODY_HEADS.has(stripArticle(tokens[from].folded)) &&
      tokens[from + 1]?.brk === 'clause'
    ) {
      const known = knownSurnameAt(from, gender);
      if (known) return known;
    }
    // قال الأخير، ردّت الأخيرة: "the latter", the last of that gender named before the verb
    // in its paragraph.
    if (
      /^ال(?:اخير|اخيره)$/u.test(tokens[from].folded) &&
      (!tokens[from + 1] ||
        ends(tokens[from + 1].brk) ||
        SAYING_OPENERS.has(tokens[from + 1].folded) ||
        // (Or whom or where they said it to: قال الأخير لـ"الخليج" إن، في تصريح.)
        PREPOSITIONS.has(tokens[from + 1].folded) ||
        /^ل(?:ـ|ل?[\u0621-\u064A]{2,})$/u.test(tokens[from + 1].raw))
    ) {
      const as = tokens[from].folded.endsWith('ه') ? 'f' : 'm';
      // The nearest word before the verb that ends the name of someone of that gender met.
      const people = entities
        .all()
        .filter(
          (entity) =>
            entity.kind === 'person' && (entity.gender ?? as) === as && entity.parts.length > 0,
        );
      // (Not past a role after that name: بالمديرة التنفيذية لليونيسف فلانة، وقالت الأخيرة
      // is someone the story did not meet.)
      const role = (token: Token) => {
        const bare = stripArticle(
          token.folded.replace(/^(?:بال|لل|ب|ل)(?=[\u0621-\u064A]{3})/u, 'ال'),
        );
        return roleHeadOf(bare) !== null || HONORIFICS.has(bare);
      };
      for (let k = from - 2; k >= 0; k--) {
        const latest = people.find(
          (entity) => entity.parts[entity.parts.length - 1] === tokens[k].folded,
        );
        if (latest) {
          if (!tokens.slice(k + 1, from).some(role)) return { entity: latest, mention: null };
          break;
        }
      }
    }
    const mention = mentionAt(from, options.dative ?? false);
    // وقال صاحب محل آلات موسيقية مجاور، فضّل عدم ذكر اسمه، إن; وقال حكم من الدرجة الأولى،
    // طلب عدم الكشف عن هويته: whoever asks, right after a comma, not to be named is someone
    // unnamed, described by all the words before (the mention read there, or plain words with
    // no verb of saying among them); never a name read from them, nor someone met before with
    // that role.
    for (
      let k = from + 1;
      (!mention || mention.kind === 'person' || mention.kind === 'role') &&
      k <= from + 7 &&
      k < tokens.length;
      k++
    ) {
      const wish = withholdsName(k);
      if (wish >= 0) {
        const described =
          mention?.end === k ||
          (!isDefiniteToken(tokens[from]) &&
            tokens
              .slice(from, k)
              .every(
                (word, i) => (i === 0 || word.brk === 'none') && !cueOf(word.raw, word.folded),
              ));
        if (!described) break;
        const role = text.slice(tokens[from].start, tokens[k - 1].end);
        consumed = Math.max(consumed, wish);
        return {
          entity: entities.anonymous(role, mention?.gender ?? gender ?? 'm'),
          mention: role,
        };
      }
      if (ends(tokens[k].brk) && tokens[k].brk !== 'clause') break;
    }
    if (!mention) return courtesyPronounAt(from) ?? knownSurnameAt(from, gender);
    // قالت ناشرة فضّلت عدم ذكر اسمها: one word that no list knows as a name, before asking
    // not to be named, is someone unnamed.
    // (Or any one word, a given name too, then where they are from and, after a comma, the
    // wish not to be named: وقال فلاح من العامرة، فضّل عدم ذكر اسمه.)
    const wishAt =
      mention?.kind === 'person' && mention.role === null
        ? tokens.findIndex(
            (word, k) =>
              k >= mention.end &&
              k <= mention.end + 4 &&
              word.brk === 'clause' &&
              ASKED_NOT_TO.has(word.folded) &&
              tokens[k + 1]?.folded === 'عدم',
          )
        : -1;
    if (
      mention.kind === 'person' &&
      mention.role === null &&
      mention.name.to - mention.name.from === 1 &&
      !isDefiniteToken(tokens[mention.name.from]) &&
      ((genderOfGivenName(tokens[mention.name.from].folded) === null &&
        !isWrittenGivenName(tokens[mention.name.from].raw) &&
        ASKED_NOT_TO.has(tokens[mention.end]?.folded ?? '') &&
        tokens[mention.end + 1]?.folded === 'عدم') ||
        (wishAt > mention.end &&
          tokens[mention.end].folded === 'من' &&
          tokens.slice(mention.end, wishAt).every((word) => !cueOf(word.raw, word.folded))))
    ) {
      const role = slice(mention.name);
      return { entity: entities.anonymous(role, gender ?? 'f'), mention: role };
    }
    // ووصف بنشقرون سباق اللقب بأنه: the family name of someone met in full, read on into
    // words that are not in their name, is them alone.
    if (
      mention.kind === 'person' &&
      mention.role === null &&
      mention.name.from === from &&
      mention.name.to - from >= 2 &&
      !isDefiniteToken(tokens[from]) &&
      tokens[from].folded.length > 2 &&
      genderOfGivenName(tokens[from].folded) === null
    ) {
      const known = entities.findSurname(tokens[from].folded, gender);
      if (
        known?.kind === 'person' &&
        known.parts.length >= 2 &&
        known.parts[known.parts.length - 1] === tokens[from].folded &&
        !known.parts.includes(tokens[from + 1].folded)
      )
        return { entity: known, mention: text.slice(tokens[from].start, tokens[from].end) };
    }
    // وقالت الكينية، after الكينية جانيت كيبروتو: a nationality alone is the one it described.
    if (
      !options.dative &&
      mention.kind === 'person' &&
      mention.role === null &&
      mention.name.to - mention.name.from === 1 &&
      isDefiniteToken(tokens[mention.name.from]) &&
      isNisba(tokens[mention.name.from].folded) &&
      !entities.findSurname(tokens[mention.name.from].folded, gender) &&
      // (Not a state or an airline: وقالت السعودية في بيان، وقالت الكويتية في بيان.)
      tokens[mention.name.from].folded !== 'السعوديه' &&
      // (Nor a national airline's statement: وقالت الكويتية في بيان.)
      !(
        /^ال(?:كويتيه|قطريه|اماراتيه|عمانيه|يمنيه|سوريه|عراقيه|ليبيه|ملكيه|مصريه|جزائريه|تونسيه)$/u.test(
          tokens[mention.name.from].folded,
        ) &&
        tokens[mention.end]?.folded === 'في' &&
        /^(?:بيان|بلاغ)/u.test(tokens[mention.end + 1]?.folded ?? '')
      )
    ) {
      const described = entities.findDescribed(tokens[mention.name.from].folded, gender);
      if (described) return { entity: described, mention: slice(mention.name) };
    }
    // وطالبت ملك الدول الغنية: a word read as a role (a king) that the verb's gender does not
    // agree with is the family name of someone met in full (سعدية ملك), when it is one.
    if (
      (mention.kind === 'role' || mention.kind === 'anonymous') &&
      gender !== null &&
      !isDefiniteToken(tokens[from]) &&
      (tokens[from].folded.endsWith('ه') ? 'f' : 'm') !== gender
    ) {
      const known = entities.findSurname(tokens[from].folded, gender);
      if (
        known?.kind === 'person' &&
        known.parts.length >= 2 &&
        known.parts[known.parts.length - 1] === tokens[from].folded
      )
        return { entity: known, mention: text.slice(tokens[from].start, tokens[from].end) };
    }
    // المتحدثة باسم الوزارة تشين يو لان في مؤتمر صحفي، سفير دولة الكويت لدى الأردن حمد
    // مساعد الرشيدي أن: a role read without its holder, whose name still comes before the
    // words are opened.
    // وقال أحد منظميه، المصور الشاب يوسف الحاسي: «…»: one of several, then who that one
    // is, a role and a name between the comma and what opens the words.
    if (
      mention.kind === 'anonymous' &&
      /^(?:احد|احدي)$/u.test(tokens[mention.role.from]?.folded ?? '') &&
      tokens[mention.end]?.brk === 'clause' &&
      // (Not after asking: وسأل أحد الحضور، وزيرة التضامن: «…؟», she is the one asked.)
      !/^[وف]?(?:سال|سالت|تسال|تسالت|يسال|تساءل)$/u.test(tokens[from - 1]?.folded ?? '')
    ) {
      const apposed = mentionAt(mention.end, false);
      const after = apposed ? tokens[apposed.end] : undefined;
      if (
        apposed?.kind === 'person' &&
        apposed.role !== null &&
        apposed.name.to - apposed.name.from >= 2 &&
        (!after ||
          after.brk === 'clause' ||
          after.brk === 'sentence' ||
          SAYING_OPENERS.has(after.folded))
      ) {
        const entity = entityOf(apposed, gender);
        if (entity?.kind === 'person') {
          consumed = Math.max(consumed, apposed.end);
          inSentence(tokens[from].sentence, entity);
          return { entity, mention: mentionText(apposed) };
        }
      }
    }
    if (mention.kind === 'role' || mention.kind === 'anonymous') {
      const holder = holderAhead(mention.end, mention.kind === 'anonymous');
      if (holder) {
        consumed = Math.max(consumed, holder.to);
        const role = text.slice(tokens[from].start, tokens[holder.from - 1].end);
        const entity = entities.person(
          text.slice(tokens[holder.from].start, tokens[holder.to - 1].end),
          role,
          headOf(tokens[from]),
          gender ?? genderOfGivenName(tokens[holder.from].folded),
        );
        inSentence(tokens[from].sentence, entity);
        return { entity, mention: text.slice(tokens[from].start, tokens[holder.to - 1].end) };
      }
    }
    consumed = Math.max(consumed, mention.end);
    const entity = entityOf(mention, gender);
    if (entity) inSentence(tokens[from].sentence, entity);
    if (entity?.kind === 'body') entities.subjectOf(entity);
    // قال عادل الجندي محافظ الجيزة: the role after the name, for later references (المحافظ);
    // after a role too when a comma sets it off (أكد الإطار الوطني فلان، مدرب فريق …،).
    if (
      entity?.kind === 'person' &&
      mention.kind === 'person' &&
      (mention.role === null || tokens[mention.end]?.brk === 'clause')
    )
      rememberRoleAfter(entity, mention.end, startOf(mention));
    return { entity, mention: entity ? mentionText(mention) : null };
  };

  /**
   * The name of a role's holder after the rest of the role: the last name that opens with
   * a known given name, of two words at least, and ends where the words are opened (أن،
   * إن، a colon, في or لـ and an outlet); none past a verb of saying, أن, or a preposition
   * that no role holds (مع، خلال، بعد). After someone unnamed only a name in apposition
   * (أحد شيوخ العشيرة، عثمان إبراهيم حاج موسى:); a name in construct is someone else's
   * (مسؤول في مكتب رئيس الوزراء فلان).
   */
  const holderAhead = (start: number, apposed: boolean): { from: number; to: number } | null => {
    let best: { from: number; to: number } | null = null;
    let commas = 0;
    for (let k = start; k < tokens.length && k - start <= 14; k++) {
      const token = tokens[k];
      if (ends(token.brk) && token.brk !== 'clause') break;
      if (token.brk === 'clause' && ++commas > 2) break;
      if (token.quoted) continue;
      if (
        cueOf(token.raw, token.folded) ||
        /^[وف]?(?:ان|انه|انها|بان)$/u.test(token.folded) ||
        NOT_IN_ROLES.has(token.folded) ||
        TIME_PREPOSITIONS.has(token.folded)
      )
        break;
      // (باسم is also "on behalf of"; as written it is a given name too: مدير المنتخب باسم
      // الجبوري.)
      const given =
        genderOfGivenName(token.folded) !== null &&
        (!FUNCTION_WORDS.has(token.folded) || isWrittenGivenName(token.raw));
      if (!given) continue;
      if (apposed && token.brk !== 'clause') continue;
      // (Not after a spokesperson, official or not: المتحدث باسم الداخلية، المتحدث الرسمي
      // باسم الهيئة; nor before a body's noun.)
      if (
        token.folded === 'باسم' &&
        (SPOKESPERSON.test(tokens[k - 1]?.folded ?? '') ||
          (/^(?:ال)?رسمي(?:ه)?$/u.test(tokens[k - 1]?.folded ?? '') &&
            SPOKESPERSON.test(tokens[k - 2]?.folded ?? '')) ||
          BODY_HEADS.has(stripArticle(tokens[k + 1]?.folded ?? '')))
      )
        continue;
      const end =
        token.folded === 'باسم' &&
        isDefiniteToken(tokens[k + 1] ?? token) &&
        isNisba(tokens[k + 1].folded)
          ? k + 2
          : nameEnd(tokens, k);
      if (end - k < 2 || !opensWords(end)) continue;
      // أبرار جاسم الرشيدي، عائشة بنت خليفة المزروعي، جان-بيير لوكلير: the name starts at
      // the first of its words, known or not.
      let first = k;
      while (first - 1 > start) {
        const before = tokens[first - 1];
        if (tokens[first].brk === 'hyphen') first--;
        // عبد الرحمن بن فهد، العنود بنت حمد: a joiner and its word, a given name with the
        // article before بن or بنت.
        else if (
          isDefiniteToken(before) &&
          tokens[first].brk === 'none' &&
          ((first - 2 > start - 1 && tokens[first - 2].folded === 'عبد') ||
            FATHER_JOINERS.has(tokens[first].folded)) &&
          !FUNCTION_WORDS.has(before.folded)
        )
          first -= tokens[first - 2]?.folded === 'عبد' && first - 2 >= start ? 2 : 1;
        else if (
          tokens[first].brk === 'none' &&
          !before.quoted &&
          !isDefiniteToken(before) &&
          (JOINERS.has(before.folded) || isNameWord(before)) &&
          nameEnd(tokens, first - 1) === end
        )
          first--;
        else break;
      }
      best = { from: first, to: end };
    }
    return best;
  };

  /** Where a subject's name ends and the words are opened: أن، إن، a colon or a comma, where
   * or to whom they were said (في، خلال، لـ«الشرق الأوسط»). */
  const opensWords = (at: number): boolean => {
    const next = tokens[at];
    return (
      !next ||
      ends(next.brk) ||
      /^(?:ان|انه|انها|بان|قوله|قولها|في|خلال|عبر|امام|ل|علي)$/u.test(next.folded) ||
      (/^ل[\u0621-\u064A]{2,}$/u.test(next.folded) && !isWrittenGivenName(next.raw)) ||
      !!cueOf(next.raw, next.folded) ||
      // (Or the ف that answers أما: أما المحامية … مريم الكعبي فرأت، فقد قالت.)
      (/^ف[\u0621-\u064A]{2,}$/u.test(next.folded) &&
        genderOfGivenName(next.folded) === null &&
        (/^(?:فقد|فان|فانه|فانها)$/u.test(next.folded) ||
          !!cueOf(next.raw.slice(1), next.folded.slice(1))) &&
        tokens.slice(sentenceStart(at), at).some((word) => /^و?اما$/u.test(word.folded)))
    );
  };

  /**
   * أكدت فيريرا أن: one word no list knows, right before what opens the saying, that is the
   * family name of someone named in full before (آنا ماريا فيريرا).
   */
  const knownSurnameAt = (at: number, gender: Gender | null): Attribution | null => {
    const first = tokens[at];
    // فيشر-مولر: a family name of words a hyphen joins is one word of the name.
    let last = at;
    while (tokens[last + 1]?.brk === 'hyphen' && last - at < 3) last++;
    const word =
      last === at
        ? first
        : {
            ...first,
            folded: tokens
              .slice(at, last + 1)
              .map((part) => part.folded)
              .join('-'),
            end: tokens[last].end,
          };
    const next = tokens[last + 1];
    if (!first || !/^[\u0621-\u064A]{3,}(?:-[\u0621-\u064A]{2,})*$/u.test(word.folded)) return null;
    // (Or where it was said: وقالت العلي في حديث لقناة …، خلال مؤتمر صحفي.)
    const opens =
      !next || ends(next.brk) || /^(?:ان|انه|انها|قوله|قولها|في|خلال|عبر|امام)$/u.test(next.folded);
    if (!opens) return null;
    let known = entities.findSurname(word.folded, gender);
    if (!known || known.kind !== 'person' || known.parts.length < 2) {
      // A family name whose full name the story gave where no one spoke.
      const bare = stripArticle(word.folded);
      const full =
        isDefiniteToken(word) && !BODY_HEADS.has(bare) && roleHeadOf(bare) === null
          ? fullNameBefore(paragraphs, paragraphWords, paragraph, word.start, word.raw)
          : null;
      if (!full) return null;
      known = entities.person(full, null, null, gender);
    }
    return { entity: known, mention: text.slice(word.start, word.end) };
  };

  /**
   * كانت ريما حداد (26 عاماً)، طالبة …، تفاوض السائق. وقالت: … — a verb with no subject
   * that opens its sentence, after a sentence with no quote whose subject is a person
   * named in full: the verb is theirs. The subject is the name right after the sentence's
   * first verb (after a fronted phrase and its comma), and its given name must agree with
   * the verb's gender.
   */
  const introducedBefore = (verb: number, gender: Gender | null): Attribution | null => {
    if (verb === 0 || tokens[verb].brk !== 'sentence') return null;
    const previous = tokens[verb - 1].sentence;
    let start = verb - 1;
    while (start > 0 && tokens[start - 1].sentence === previous) start--;
    // A quoted name («سرفيس») may stand in it; a statement may not.
    if (statements.some((statement) => statement.sentence === previous)) return null;
    let opener = start;
    for (let k = start + 1; k < Math.min(verb, start + 7); k++) {
      if (tokens[k].brk === 'clause') {
        opener = k;
        break;
      }
    }
    const from = opener + 1;
    if (from >= verb || ends(tokens[from].brk)) return null;
    const mention = readMention(tokens, from);
    if (!mention || mention.kind !== 'person' || mention.end > verb) return null;
    const first = tokens[mention.name.from];
    const own = kunyaGender(first) ?? genderOfGivenName(first.folded);
    if (!own || (gender && own !== gender)) return null;
    const entity = entityOf(mention, own);
    return entity ? { entity, mention: mentionText(mention) } : null;
  };

  /**
   * بينهم الطالبة ليان محمود العمري من مدرسة الملكة رانيا في إربد، التي قالت; يونس عبد
   * اللاوي، لاعب شباب بلوزداد، الذي علّق: the person a relative pronoun after a comma
   * points back to, named in full in the clause it closes (or the one before, when that
   * clause only says who they are), and of its gender; not one in construct with a noun
   * (مدرسة الملكة رانيا), nor past a body.
   */
  const relativeAntecedent = (at: number, gender: Gender | null): Attribution | null => {
    const relative = tokens[at - 1];
    // (Or right after the name: بينهم الإسبانية كارمن رويث التي قالت.)
    const right = relative?.brk === 'none';
    if (
      !relative ||
      (relative.brk !== 'clause' && !right) ||
      !/^(?:الذي|التي)$/u.test(relative.folded)
    )
      return null;
    const own: Gender = relative.folded === 'التي' ? 'f' : 'm';
    if (gender && gender !== own) return null;
    const sentence = relative.sentence;
    let end = at - 1;
    for (let piece = 0; piece < 2 && end > 0; piece++) {
      let start = end - 1;
      while (start > 0 && !ends(tokens[start].brk) && tokens[start - 1].sentence === sentence)
        start--;
      if (tokens[start].sentence !== sentence) return null;
      // (A role in apposition whose genitive is a body: فلان، مدرب منتخب التايكواندو، الذي.)
      const piece = mentionAt(start, false);
      const inRole = piece?.kind === 'role' && piece.end === end;
      for (let k = end - 1; k >= start; k--) {
        let mention = mentionAt(k, false);
        if (!mention || mention.end > end || (right && mention.end !== end)) continue;
        // (A body the clause ends with is what it points to; not one after a preposition:
        // من مدرسة الملكة رانيا.)
        if (
          mention.kind === 'body' &&
          mention.end === end &&
          !(inRole && k > start) &&
          !/^(?:من|في|الي|علي|عن|مع)$/u.test(tokens[k - 1]?.folded ?? '')
        )
          return null;
        if (!namedInFull(mention)) continue;
        // The whole name: يونس عبد اللاوي, not عبد اللاوي.
        while (k > start) {
          const longer = mentionAt(k - 1, false);
          if (longer?.kind !== 'person' || longer.end !== mention.end) break;
          if (mention.kind === 'person' && longer.name.from >= mention.name.from) break;
          // (Not a place or a word before a known given name: في إربد رانيا أبو زيد.)
          const opener = tokens[longer.name.from];
          if (
            mention.kind === 'person' &&
            genderOfGivenName(tokens[mention.name.from].folded) !== null &&
            genderOfGivenName(opener.folded) === null &&
            !isWrittenGivenName(opener.raw) &&
            kunyaGender(opener) === null &&
            !JOINERS.has(opener.folded)
          )
            break;
          mention = longer;
          k--;
        }
        const previous = tokens[k - 1];
        const inConstruct =
          k > start &&
          !!previous &&
          !isDefiniteToken(previous) &&
          !FUNCTION_WORDS.has(previous.folded) &&
          !/(?:ه|ها|هم)$/u.test(previous.folded) &&
          !cueOf(previous.raw, previous.folded) &&
          !isArabicVerbLike(previous);
        if (inConstruct) continue;
        const first = tokens[mention.name.from];
        const said = kunyaGender(first) ?? genderOfGivenName(first.folded) ?? mention.gender;
        // (A foreign name no list knows takes the pronoun's gender; not right before the
        // relative, where a known given name or a kunya must open it: في إربد رانيا أبو زيد.)
        if (right && (kunyaGender(first) ?? genderOfGivenName(first.folded)) === null) continue;
        if (said !== own) continue;
        const entity = entityOf(mention, own);
        return entity ? { entity, mention: null } : null;
      }
      // Only a clause that names no one (a role in apposition) lets the search go on.
      if (right || tokens[start].brk !== 'clause') return null;
      end = start;
    }
    return null;
  };

  /** Where كان or كانت opened the clause of a verb right after قد, or -1. */
  const kanaBefore = (verb: number): number => {
    if (!/^[وف]?قد$/u.test(tokens[verb - 1]?.folded ?? '')) return -1;
    const sentence = tokens[verb].sentence;
    for (let k = verb - 2; k >= 0 && verb - k <= 16 && tokens[k].sentence === sentence; k--)
      if (/^[وف]?(?:كان|كانت)$/u.test(tokens[k].folded)) return k;
    return -1;
  };

  /**
   * وكانت مديرة قسم الطوارئ في مستشفى البصرة الدكتورة سهى نجم الربيعي قد كشفت: the whole
   * noun phrase between كان and قد, however long, is the subject.
   */
  const kanaSubject = (verb: number, gender: Gender | null): Attribution | null => {
    const kana = kanaBefore(verb);
    if (kana < 0) return null;
    const mention = mentionAt(kana + 1, false);
    // (Or a text and the clause that says when it came out: وكان تقرير للبنك الدولي صدر
    // الشهر الماضي قد حذّر.)
    const issued =
      !!mention &&
      mention.end < verb - 1 &&
      verb - 1 - mention.end <= 4 &&
      /^(?:صدر|نشر|اعد|اطلق)$/u.test(tokens[mention.end].folded) &&
      STATEMENT_NOUNS.has(stripArticle(tokens[kana + 1].folded));
    // (وكان الوزير رزقي قد صرّح: a role, then the family name of someone met in full that
    // no list knows as a name.)
    if (mention?.kind === 'role' && mention.end === verb - 2) {
      const known = entities.findSurname(tokens[verb - 2].folded, gender);
      if (
        known?.kind === 'person' &&
        known.parts.length >= 2 &&
        known.parts[known.parts.length - 1] === tokens[verb - 2].folded &&
        !ends(tokens[verb - 2].brk)
      )
        return { entity: known, mention: text.slice(tokens[kana + 1].start, tokens[verb - 2].end) };
    }
    if (!mention || (mention.end !== verb - 1 && !issued) || mention.kind === 'role') return null;
    const found = named(kana + 1, {}, gender);
    return found?.entity ? found : null;
  };

  /** Who spoke last in a sentence, when a verb of saying there named them; else null. */
  const sentenceSpeaker = (sentence: number): Entity | null =>
    lastCue?.sentence === sentence ? lastCue.attribution.entity : null;

  /**
   * التحريات، التحقيقات، الأرقام، المعطيات، نتائج الفحص: a finding, the subject right before
   * or after a verb of saying at `at`, with the article or without.
   */
  /**
   * Whether the next statement of the sentence after the frame at `at` is its own: no verb of
   * saying stands between them (وبحسب أرقام الوزارة، تراجع …، وهو ما عزاه الوزير إلى "…").
   */
  const figuresQuoted = (at: number, sentence: number): boolean => {
    const next = statements.find(
      (statement) => statement.sentence === sentence && statement.span.start > tokens[at].start,
    );
    if (!next) return false;
    // (Nor where the sentence names whose words they were after them: …"، على حد تعبير
    // الخبير فلان، بحسب المتحدثة باسمها.)
    for (let k = next.next; k < tokens.length && tokens[k].sentence === sentence; k++)
      if (cueOf(tokens[k].raw, tokens[k].folded) || inWordsOf(k)) return false;
    for (let k = at + 1; k < tokens.length && tokens[k].end <= next.span.start; k++) {
      if (!tokens[k].quoted && cueOf(tokens[k].raw, tokens[k].folded)?.kind === 'verb')
        return false;
      // (Nor what a relative verb says of them: وهو ما عزاه الوزير إلى; not what befell the
      // figures, تقديرات البنك الدولي التي عُرضت خلال المؤتمر.)
      const relative = tokens[k + 1];
      if (
        !!relative &&
        (/^[وف]?(?:ما|مما)$/u.test(tokens[k].folded) ||
          (/^(?:الذي|التي)$/u.test(tokens[k].folded) && !!cueOf(relative.raw, relative.folded))) &&
        !isDefiniteToken(relative) &&
        /^[\u0621-\u064A]{3,}$/u.test(relative.folded)
      )
        return false;
    }
    return true;
  };
  const isEvidence = (at: number): boolean => {
    const token = tokens[at];
    if (!token) return false;
    return EVIDENCE.test(stripArticle(token.folded.replace(/^[وف](?=ال)/u, '')));
  };

  /** Whether a verb is the ف answer of an أما earlier in its sentence (فقد قال، فرأى). */
  const fronted = (verb: number): boolean => {
    const before = tokens[verb - 1];
    // (ف on a verb of saying right after the name too: أما المدرب فلان فانتقد الأداء.)
    const answered =
      (tokens[verb].folded.startsWith('ف') &&
        (tokens[verb].brk !== 'none' ||
          (tokens[verb].folded.length > 3 &&
            !!cueOf(tokens[verb].raw.slice(1), tokens[verb].folded.slice(1))))) ||
      (!!before && /^(?:فقد|فانه|فانها|فان)$/u.test(before.folded));
    if (!answered) return false;
    const sentence = tokens[verb].sentence;
    for (let k = verb - 1; k >= 0 && tokens[k].sentence === sentence; k--)
      if (/^و?اما$/u.test(tokens[k].folded))
        // (Not a country or a capital as the topic, with no one between it and the answer:
        // أما مصر، فقد أكدت وزارة الخارجية المصرية: its speaker follows the verb.)
        return !(
          (COUNTRIES.has(tokens[k + 1]?.folded ?? '') ||
            CAPITALS.has(tokens[k + 1]?.folded ?? '')) &&
          verb - k <= 3
        );
    return false;
  };

  /**
   * أما الحكومة المعترف بها دولياً فقد اعتبرت: the verb is the first answer (ف) to an أما of
   * its sentence, with no other ف word between but those of a name (فاطمة); a later one,
   * فاعتبرت فلانة, has a subject of its own.
   */
  const firstAnswer = (verb: number): boolean => {
    if (!fronted(verb)) return false;
    const sentence = tokens[verb].sentence;
    let amma = verb - 1;
    while (amma >= 0 && tokens[amma].sentence === sentence && !/^و?اما$/u.test(tokens[amma].folded))
      amma--;
    const answer = /^(?:فقد|فانه|فانها|فان)$/u.test(tokens[verb - 1]?.folded ?? '')
      ? verb - 1
      : verb;
    return !tokens
      .slice(amma + 1, answer)
      .some(
        (word) =>
          (word.folded === 'فقد' ||
            (/^ف[\u0621-\u064A]{3,}$/u.test(word.folded) && !FUNCTION_WORDS.has(word.folded))) &&
          genderOfGivenName(word.folded) === null,
      );
  };
  /** A subject before its verb, between an opener and the verb (auxiliaries skipped). */
  /** The sentence of `at` opens with ردّاً على سؤال (in answer to a question about …). */
  const answersQuestion = (at: number): boolean => {
    const opening = sentenceStart(at);
    return (
      /^[وف]?ردا$/u.test(tokens[opening].folded) &&
      tokens[opening + 1]?.folded === 'علي' &&
      /^(?:سوال|اسئله)/u.test(tokens[opening + 2]?.folded ?? '')
    );
  };
  /**
   * وقبل أن يطفئ الفانوس يقول: after أن, لن, لم or كي, a word of a present verb's shape that no
   * list knows as a name is that verb, not a subject's first word.
   */
  const verbAfterParticle = (at: number): boolean =>
    at > 0 &&
    tokens[at].brk === 'none' &&
    /^[وف]?(?:ان|لن|لم|كي|لكي)$/u.test(tokens[at - 1].folded) &&
    isPresentVerbShape(tokens[at]) &&
    // (Not لم يكن, لن يكون: a verb of being, whose subject the sentence reads as before.)
    !/^[يت](?:كن|كون)$/u.test(tokens[at].folded);
  /**
   * مسؤول في البنك المركزي، تحدث شريطة عدم نشر اسمه، قال: an unnamed source that opens the
   * sentence, a clause between commas about keeping their name back, then the verb: that
   * source (not the body named inside the description).
   */
  const withheldNameBefore = (verb: number, gender: Gender | null): Attribution | null => {
    if (verb < 2 || tokens[verb].brk !== 'clause') return null;
    let opens = verb - 1;
    while (opens > 0 && verb - opens <= 10 && tokens[opens].brk !== 'clause') {
      // (Quotation marks may set off an outlet inside: تحدث لـ"سودان تربيون" شريطة.)
      if (ends(tokens[opens].brk) && tokens[opens].brk !== 'mark') return null;
      opens--;
    }
    if (tokens[opens].brk !== 'clause') return null;
    const clause = tokens.slice(opens, verb);
    if (!clause.some((word) => /^(?:اسمه|اسمها|هويته|هويتها)$/u.test(word.folded))) return null;
    // (After an opener of its clause: غير أن مصدراً في المطار، تحدث لصحيفة شريطة عدم ذكر
    // اسمه، قال.)
    const start = pastOpeningParticle(sentenceStart(verb));
    const mention = mentionAt(start, false);
    if (mention?.kind !== 'anonymous' || mention.end > opens) return null;
    // (Or what the source does, right after them: مهندساً يعمل مع إحدى الشركات المنفذة،.)
    if (
      mention.end < opens &&
      !(
        plainUpTo(mention.end, opens) &&
        (isPresentVerbShape(tokens[mention.end]) ||
          /^(?:في|من|لدي|داخل)$/u.test(tokens[mention.end].folded))
      )
    )
      return null;
    if (gender && mention.gender && mention.gender !== gender) return null;
    const entity = entityOf(mention, gender);
    // (The one a verb without a subject later in the sentence means: not a body named in
    // the description, مصدر في نادي المريخ.)
    if (entity) inSentence(tokens[verb].sentence, entity);
    return entity ? { entity, mention: null } : null;
  };
  /** No break and no verb of saying from `from` up to `to`: one phrase, said by no one. */
  const plainUpTo = (from: number, to: number): boolean =>
    !tokens.slice(from, to).some((token) => ends(token.brk) || cueOf(token.raw, token.folded));
  const subjectBefore = (verb: number, gender: Gender | null): Attribution | null => {
    let end = verb;
    // (Past an auxiliary, or the subject's own emphasis: ريما حداد نفسها كتبت.)
    while (
      end - 1 >= 0 &&
      (AUXILIARIES.has(tokens[end - 1].folded) ||
        (SAME.has(tokens[end - 1].folded) && tokens[end].brk === 'none')) &&
      tokens[end].brk !== 'sentence'
    )
      end--;
    if (end === 0) return null;
    const sentence = tokens[verb].sentence;
    for (let from = Math.max(0, end - MAX_SUBJECT_WORDS); from < end; from++) {
      if (tokens[from].sentence !== sentence) continue;
      const opener =
        from === 0 ||
        tokens[from].brk === 'sentence' ||
        tokens[from].brk === 'clause' ||
        SUBJECT_OPENERS.has(tokens[from - 1].folded) ||
        // (…، من بينهن سيدة أربعينية من محافظة الشرقية قالت: one of those just named, when
        // their verb follows with nothing between: not …، من بينهم فلان، وقال, the sentence's
        // subject going on.)
        (/^(?:بينهم|بينهن|بينهما|منهم|منهن)$/u.test(tokens[from - 1].folded) &&
          tokens[end].brk === 'none' &&
          !/^[وف]/u.test(tokens[verb].folded)) ||
        // (قبل أن يطفئ أبو صالح موقده، يقول: the verb's own subject after it, where a
        // kunya or a known given name opens it.)
        (verbAfterParticle(from - 1) &&
          (kunyaGender(tokens[from]) !== null || genderOfGivenName(tokens[from].folded) !== null));
      // (أم opens a kunya where a sentence or clause opens: أم يوسف، …، تقول.)
      const kunya = kunyaGender(tokens[from]) !== null;
      if (
        !opener ||
        SUBJECT_OPENERS.has(tokens[from].folded) ||
        (FUNCTION_WORDS.has(tokens[from].folded) && !kunya) ||
        verbAfterParticle(from)
      )
        continue;
      const mention = mentionAt(from, false);
      // كانت “مثمرة وبناءة”، وأضاف: words in quotes after كان are what something was, no
      // subject.
      if (
        tokens[from].quoted &&
        AUXILIARIES.has(tokens[from - 1]?.folded ?? '') &&
        // (وكانت "منظمة العفو الدولية" قد اتهمت: a quoted name before قد is the subject.)
        !/^[وف]?قد$/u.test(tokens[mention?.end ?? from]?.folded ?? '')
      )
        continue;
      // أما فاطمة آدم عيسى، وهي نازحة من الخرطوم، فقالت: a clause about the subject between
      // it and its verb.
      // Or a role in apposition: أما الناقدة أم كلثوم الفيومي، أستاذة الأدب الحديث بجامعة
      // عين شمس، فقد رأت.
      // (Or someone unnamed: أما أحد سكان الحي، وهو عامل بالأجر اليومي، فقال.)
      // (Or an indefinite kin or role, unnamed, after غير أن or where a sentence opens:
      // غير أن زوجة أحد المحبوسين، التي …، قالت. Not طبيبة النساء، التي …، تقول, definite
      // by its genitive, nor one after a mere comma.)
      const unnamedRole =
        mention?.kind === 'role' &&
        (from === 0 ||
          tokens[from].brk === 'sentence' ||
          SUBJECT_OPENERS.has(tokens[from - 1].folded)) &&
        (tokens
          .slice(mention.role.from, mention.role.to)
          .some((token) => /^(?:احد|احدي)$/u.test(token.folded)) ||
          // (Or a kin with "his", "her": جارتها، التي رافقتها، روت. Not a role made definite
          // by a name, which may be someone met: مدرب برشلونة، والدة محمد، رئيس مصر.)
          (mention.role.to - mention.role.from === 1 &&
            isOwnedKin(tokens[mention.role.from].folded, tokens[mention.role.from].raw)));
      const described =
        !!mention &&
        (mention.kind === 'person' || mention.kind === 'anonymous' || unnamedRole) &&
        mention.end < end &&
        tokens[mention.end].brk === 'clause' &&
        // (Or a clause of what they did: أحد الفلاحين، وقد جرّب الجهاز منذ سنة، قال.)
        // (Or one of many: أم يوسف، إحدى الأمهات اللواتي يرسلن أبناءهن، تقول.)
        (/^(?:وهو|وهي|وهم|الذي|التي|وقد|من)$/u.test(tokens[mention.end].folded) ||
          (mention.kind === 'person' &&
            /^(?:احد|احدي)$/u.test(tokens[mention.end].folded) &&
            !tokens.slice(mention.end + 1, end).some((token) => token.brk === 'clause')) ||
          // (Or what they are, a role or an unnamed source's noun: فاطمة حسن، بائعة خضار
          // في السوق، تقول.)
          ((roleHeadOf(stripArticle(tokens[mention.end].folded)) !== null ||
            (mention.kind === 'person' &&
              !isDefiniteToken(tokens[mention.end]) &&
              (ANONYMOUS_HEADS.has(tokens[mention.end].folded) ||
                // (Or any noun without the article, after a name a known given name opens:
                // أما حمد، طالب الصف العاشر، فيرى.)
                ((genderOfGivenName(tokens[mention.name.from].folded) !== null ||
                  kunyaGender(tokens[mention.name.from]) !== null) &&
                  /^[\u0621-\u064A]{3,}$/u.test(tokens[mention.end].folded) &&
                  // (Not a clause of its own: أحمد سالم، ويبلغ من العمر ثلاثين عاماً، وأضاف.)
                  !/^[وف]/u.test(tokens[mention.end].folded) &&
                  !FUNCTION_WORDS.has(tokens[mention.end].folded))))) &&
            !tokens.slice(mention.end + 1, end).some((token) => token.brk === 'clause'))) &&
        tokens[end].brk === 'clause' &&
        // (Inside a clause of وهو، وهي the words say who they are, whatever the verbs:
        // وهو معلم متقاعد جاء ليصلح ساعة، وهو مزارع فضّل عدم ذكر اسمه.)
        (/^(?:وهو|وهي|وهم)$/u.test(tokens[mention.end].folded) ||
          !tokens.slice(mention.end, end).some((token) => cueOf(token.raw, token.folded)));
      // غير أن مسؤولاً رفيعاً في الوزارة، طلب عدم الكشف عن اسمه، قال: an anonymous source,
      // its wish not to be named, then its verb.
      // (Or a description no list calls a source, with where it is: لكن صاحب مولدة في منطقة
      // الحسينية، طلب عدم ذكر اسمه، قال.)
      let wish = mention ? mention.end : -1;
      while (
        wish >= 0 &&
        wish < end &&
        wish - (mention?.end ?? 0) < 6 &&
        tokens[wish].brk !== 'clause'
      )
        wish++;
      const unnamed =
        !!mention &&
        (mention.kind === 'anonymous' ||
          (mention.kind === 'role' && !isDefiniteToken(tokens[mention.role.from]))) &&
        wish >= 0 &&
        wish < end &&
        tokens[wish].brk === 'clause' &&
        // (Or with a relative: أحد الباعة، الذي رفض ذكر اسمه، قال.)
        (ASKED_NOT_TO.has(tokens[wish].folded) ||
          (RELATIVE_PRONOUNS.has(tokens[wish].folded) &&
            ASKED_NOT_TO.has(tokens[wish + 1]?.folded ?? ''))) &&
        tokens[end].brk === 'clause' &&
        // (ذكر in «عدم ذكر اسمه» is no verb of saying.)
        !tokens.slice(mention.end, wish).some((token) => cueOf(token.raw, token.folded)) &&
        !tokens.slice(wish, end).some((token) => token.brk === 'clause' && token !== tokens[wish]);
      // امرأة عراقية في الثلاثينيات، قدّمت نفسها باسم أم يوسف، قالت: someone unnamed, the
      // name they gave between commas, then the verb: that name.
      if (
        mention &&
        (mention.kind === 'anonymous' ||
          (mention.kind === 'role' && !isDefiniteToken(tokens[mention.role.from]))) &&
        wish >= 0 &&
        wish < end &&
        tokens[wish].brk === 'clause' &&
        tokens[end].brk === 'clause' &&
        /^[وف]?(?:قدم|قدمت|عرف|عرفت)$/u.test(tokens[wish].folded)
      ) {
        // (باسم right after نفسها, or after an adverb: قدّمت نفسها فقط باسم.)
        let by = wish + 1;
        while (by < end && by - wish <= 3 && !byNameAt(tokens, by)) by++;
        const called = byNameAt(tokens, by) ? readMention(tokens, by + 1) : null;
        if (called?.kind === 'person' && called.role === null && called.end === end) {
          const entity = entities.person(slice(called.name), null, null, gender ?? called.gender);
          inSentence(sentence, entity);
          return { entity, mention: mentionText(called) };
        }
      }
      // إن الصندوق "يراهن …"، ولفتت: a subject whose predicate was the quote between it and
      // the verb belongs to what was said, not to who said it.
      // (Or a short quote of theirs, a scare quote's words, read into it: اعتبرت فلانة أن
      // الإجراءات المعلنة «جاءت متأخرة»، وكتبت.)
      const quoteBetween =
        !!mention &&
        (statements.some(
          (statement) => statement.next === end && statement.sentence === sentence,
        ) ||
          (mention.kind !== 'person' &&
            !!tokens[end - 1]?.quoted &&
            tokens[end].brk === 'clause' &&
            // (Not a body's or a role's quoted name: أن جماعة «أنصار الله»، أعلنت.)
            !tokens.some(
              (token, k) =>
                k > from &&
                k < end &&
                token.quoted &&
                !tokens[k - 1].quoted &&
                (BODY_HEADS.has(stripArticle(tokens[k - 1].folded)) ||
                  roleHeadOf(stripArticle(tokens[k - 1].folded)) !== null),
            ))) &&
        SUBJECT_OPENERS.has(tokens[from - 1]?.folded ?? '') &&
        /^[وف]?[اإأ]ن$/u.test(tokens[from - 1]?.folded ?? '');
      // أما سائق أجرة قرب المحطة فقال: after أما, someone unnamed with what describes them, up
      // to the ف of the answer, is the subject.
      const unnamedTopic =
        !!mention &&
        /^و?اما$/u.test(tokens[from - 1]?.folded ?? '') &&
        (tokens[verb].folded.startsWith('ف') ||
          /^(?:فقد|فانه|فانها|فان)$/u.test(tokens[verb - 1]?.folded ?? '')) &&
        (mention.kind === 'anonymous' ||
          (mention.kind === 'role' && !isDefiniteToken(tokens[mention.role.from]))) &&
        plainUpTo(mention.end, end);
      // أحد الصاغة في وسط البلد قال: someone unnamed opening the sentence, where they are,
      // then the bare verb: that source.
      // (Or after لكن، غير أن that open it: لكن مهندساً يعمل مع إحدى الشركات قال.)
      const opening = from > 0 ? sentenceStart(from) : 0;
      const unnamedOpener =
        !!mention &&
        mention.kind === 'anonymous' &&
        (from === 0 ||
          tokens[from].brk === 'sentence' ||
          (from > opening && from === pastOpeningParticle(opening))) &&
        !/^[وف]/u.test(tokens[verb].folded) &&
        end - mention.end <= 6 &&
        !ends(tokens[end].brk) &&
        plainUpTo(mention.end, end);
      if (
        mention &&
        !quoteBetween &&
        (mention.end === end || described || unnamed || unnamedTopic || unnamedOpener)
      ) {
        // After a mere comma, a lone unknown word is no subject (…، رفضت ذكر اسمها).
        const weakOpener =
          from > 0 &&
          tokens[from].brk === 'clause' &&
          !SUBJECT_OPENERS.has(tokens[from - 1].folded);
        const lone =
          mention.kind === 'person' &&
          mention.role === null &&
          mention.name.to - mention.name.from === 1 &&
          !entities.findSurname(mention.lead.folded, null);
        if (weakOpener && lone) continue;
        // (قبل أن يتقاعد، يقول: a present verb of the form يتفعّل/يتفاعل alone is no name;
        // mention.ts's present-verb shape stops at five letters.)
        if (lone && /^[يت]ت[\u0621-\u064A]{3,}$/u.test(mention.lead.folded)) continue;
        // …، إطلاق أي رصاص، وقال: after a mere comma, words that are no known name, role
        // or person met before are the first verb's object, not the second's subject.
        const unknown =
          mention.kind === 'person' &&
          mention.role === null &&
          genderOfGivenName(mention.lead.folded) === null &&
          !JOINERS.has(mention.lead.folded) &&
          !entities.findSurname(mention.lead.folded, null) &&
          !entities.findSurname(tokens[mention.name.to - 1].folded, null);
        if (weakOpener && unknown) continue;
        // أمام المصنفة الثانية، الأمريكية جيسيكا مونرو، قالت: a nationality and a name after
        // a mere comma describe the one just mentioned, not the verb's subject.
        const apposed =
          mention.kind === 'person' &&
          mention.role !== null &&
          mention.role.to === mention.name.from &&
          mention.name.from === from + 1 &&
          isNisba(tokens[from].folded);
        if (weakOpener && apposed) continue;
        // ونعت الوزارة الفقيد، الرقيب فلان، ووصفته بأنه: after a mere comma, someone the
        // verb's gender does not agree with is its object's apposition, not its subject.
        // (The gender its given name tells, not its title's: المدير العام لليونسكو أودري
        // أزولاي قالت.)
        if (
          weakOpener &&
          mention.kind === 'person' &&
          gender !== null &&
          mention.gender !== null &&
          mention.gender !== gender
        )
          continue;
        const entity = entityOf(mention, gender);
        if (!entity) return null;
        inSentence(sentence, entity);
        // غير أن الدكتور فلان، أستاذ الصحة العامة في كلية …، رأى: the role in apposition, for
        // later references (وأضاف أستاذ الصحة العامة).
        if (entity.kind === 'person' && mention.kind === 'person' && mention.end < end)
          rememberRoleAfter(entity, mention.end, startOf(mention));
        return { entity, mention: mentionText(mention) };
      }
    }
    return null;
  };

  /** A text noun right before `at`, or before an adjective of it (نشيد شعبي يقول). */
  const textBefore = (at: number): boolean => {
    // قصيدة شعبية حسانية تقول، مقطعاً من أغنية «…» يقول، مقطع من قصيدة شعبية متوارثة يقول:
    // the text noun, its adjectives, من and the work's quoted name between it and the verb.
    for (let k = at - 1; k >= 0 && at - k <= 6; k--) {
      const word = tokens[k];
      // (Not across a sentence's end, before a statement too: تقطّع الكرات بسرعة لافتة. «…»،
      // تقول رنا.)
      const gap = text.slice(word.end, tokens[k + 1].start);
      const opening = gap.search(/["“«„]/u);
      if (/[.!?؟]/u.test(opening >= 0 ? gap.slice(0, opening) : gap)) return false;
      if (
        TEXT_NOUNS.has(stripArticle(word.folded.replace(/^[وب]/u, ''))) ||
        TEXT_NOUNS.has(stripArticle(word.folded))
      )
        // (Not بهذه العبارة يلخّص فلان: words pointed back at, the verb's object.)
        return !POINTING_WITH.has(tokens[k - 1]?.folded ?? '');
      if (ends(tokens[k + 1]?.brk ?? 'none') && !tokens[k + 1]?.quoted && k < at - 1) return false;
      const between =
        word.quoted ||
        word.folded === 'من' ||
        isNisba(`ال${word.folded}`) ||
        isNisba(word.folded) ||
        /(?:ه|ة)$/u.test(word.folded);
      if (!between) return false;
    }
    return false;
  };

  /** The last attribution a verb of saying took from the subject named right after it. */
  let lastExplicit: Attribution | null = null;
  /**
   * A text at `from` (لائحة الاتهام، مذكرة حديثة، تقرير), past one word of its own and التي or
   * الذي if any, then a verb of drawing it up with "it" on it (أعدتها، أصدرته، أجراها,
   * نشرته): the author named after that verb.
   */
  const authoredBy = (from: number): Attribution | null => {
    const noun = tokens[from];
    if (
      !noun ||
      !(AUTHORED.test(noun.folded) || AUTHORED.test(noun.folded.replace(/^ل(?=[^ل])/u, '')))
    )
      return null;
    // (Past its genitive or an adjective: لائحة الاتهام، مذكرة حديثة; التي or الذي when the
    // text has the article.)
    let k = from + 1;
    if (
      tokens[k] &&
      tokens[k].brk === 'none' &&
      !RELATIVE_PRONOUNS.has(tokens[k].folded) &&
      !DREW_UP.test(tokens[k].folded)
    )
      k++;
    if (tokens[k] && tokens[k].brk === 'none' && RELATIVE_PRONOUNS.has(tokens[k].folded)) k++;
    const verb = tokens[k];
    if (!verb || verb.brk !== 'none' || !DREW_UP.test(verb.folded)) return null;
    const author = mentionAt(k + 1, false);
    if (author?.kind !== 'body' && author?.kind !== 'person') return null;
    const found = named(k + 1);
    return found?.entity ? found : null;
  };
  /**
   * أكدوا، قالوا: a plural verb never means one person met before; where no one is named
   * with it, the words are no one's rather than theirs.
   */
  const attribute = (at: number, cue: Cue, after: boolean): Attribution | null => {
    const found = attributeOf(at, cue, after);
    // على منصة "إكس"، كتبت فلانة: a platform carries words, it never says them.
    if (found?.entity?.kind === 'body' && PLATFORMS.has(normalizeArabic(found.entity.name ?? '')))
      return { entity: null, mention: null };
    return found?.entity?.kind === 'person' &&
      !found.mention &&
      cue.kind === 'verb' &&
      /^[\u0621-\u064A]{3,}وا$/u.test(tokens[at].folded)
      ? { entity: null, mention: null }
      : found;
  };
  const attributeOf = (at: number, cue: Cue, after: boolean): Attribution | null => {
    const next = tokens[at + 1];
    const sentence = tokens[at].sentence;
    switch (cue.kind) {
      case 'verb':
      case 'wrote': {
        // قلت لفريقي: «…»: "I said" has no subject after it; the one who speaks is the one the
        // text gives the floor to (an interview's answer: the one interviewed).
        // (In the answer to an interview's question, the one interviewed; in a transcript's
        // turn, حدادين: …، the one whose name opens it.)
        if (/^[وف]?(?:قلت|اقول|قلنا|اقولها)$/u.test(tokens[at].folded))
          return {
            entity: ANSWER_OPENING.test(text)
              ? interview?.question === paragraph - 1
                ? interview.entity
                : pronoun(sentence, null, at)
              : turnOf(),
            mention: null,
          };
        // في مباراة وصفها فالنتي بالصعبة، قبل أن يختم حديثه قائلاً: after قبل أن or بعد أن, a
        // verb whose subject is its pronoun, before what it owns (حديثه، كلمتها), goes on from
        // the one met before whom the sentence named as the subject of a verb before it.
        if (
          /^ان$/u.test(tokens[at - 1]?.folded ?? '') &&
          /^(?:قبل|بعد)$/u.test(tokens[at - 2]?.folded ?? '') &&
          next &&
          next.brk === 'none' &&
          /^[\u0621-\u064A]{3,}(?:ه|ها)$/u.test(next.folded) &&
          isOwnedNoun(next)
        ) {
          const earlier = earlierSubject(at - 2, cue.gender);
          if (earlier) return { entity: earlier, mention: null };
        }
        // أطلقت فلانة نداءً عبر مواقع التواصل، كتبت فيه: «…»: a verb that points back with فيه
        // at the text the sentence's subject put out, with no subject after it, is theirs.
        if (
          next &&
          /^(?:فيه|فيها)$/u.test(next.folded) &&
          next.brk === 'none' &&
          ends(tokens[at].brk) &&
          (!tokens[at + 2] || ends(tokens[at + 2].brk) || SAYING_OPENERS.has(tokens[at + 2].folded))
        ) {
          const subject = pronoun(sentence, cue.gender, at);
          if (subject) return { entity: subject, mention: null };
        }
        // وأوردت الوكالة عن الوزير قوله: أورد with عن relays, as نقل does.
        if (
          /^[وف]?اورد(?:ت)?$/u.test(tokens[at].folded) &&
          tokens
            .slice(at + 1, at + 10)
            .some((word) => word.folded === 'عن' && word.sentence === tokens[at].sentence)
        )
          return relay(at);
        if (cue.kind === 'wrote' && next && WRITTEN_ON.has(next.folded))
          return { entity: null, mention: null };
        // وتساءل تعليق متداول: a comment or a post as the subject, with no author after it
        // (تعليق لأحد المشجعين has one), says words no one is named for.
        if (
          cue.kind === 'verb' &&
          next &&
          !ends(next.brk) &&
          UNSIGNED_TEXTS.test(next.folded) &&
          !/^ل/u.test(tokens[at + 2]?.folded ?? '') &&
          !tokens
            .slice(at + 2, at + 8)
            .some((word) => /^(?:كتبه|كتبها|نشره|نشرها)$/u.test(word.folded))
        )
          return { entity: null, mention: null };
        // كتب على اللافتة: written on something that is no one's page has no writer.
        if (
          cue.kind === 'wrote' &&
          next?.folded === 'علي' &&
          tokens[at + 2] &&
          !OWN_PAGES.test(tokens[at + 2].folded)
        )
          return { entity: null, mention: null };
        // أما رئيس اللجنة، فلان، فقد دعا الفرق البرلمانية إلى …: after أما … ف the subject
        // came first, and what follows the verb is its object.
        // وكان المهندي قد وصف الجولة السابقة بأنها، كانت زميلته قد وصفت المجلس بأنه: after
        // كان … قد the subject came first too.
        if (fronted(at) || kanaBefore(at) >= 0) {
          // أما تحالف السيادة، فقد أكد رئيس كتلته النيابية، فلان الفلاني، أن: a role of the
          // topic's own (its pronoun on a word of the role) and a name, right after the
          // verb, are its subject.
          const own = mentionAt(at + 1, false);
          if (
            // (Not a verb whose object is a person: فقد حث رئيس حكومته فلاناً على، طالب نظيره.)
            !TAKES_PERSON.test(tokens[at].folded) &&
            own?.kind === 'person' &&
            own.role !== null &&
            own.name.to - own.name.from >= 2 &&
            tokens
              .slice(own.role.from, own.role.to)
              .some((word) => /(?:ه|ها|هم)$/u.test(word.raw.replace(/[\u064B-\u0652\u0640]/gu, '')))
          ) {
            const subject = named(at + 1, {}, cue.gender);
            if (subject) return subject;
          }
          // (Or the one after أما, past what describes it: أما الحكومة اليمنية المعترف بها
          // دولياً فقد اعتبرت.)
          const first =
            kanaSubject(at, cue.gender) ??
            subjectBefore(at, cue.gender) ??
            (firstAnswer(at) ? topicOf(at, cue.gender) : null);
          if (first) return first;
          // كان الوزير الإسرائيلي المكلّف بملف الاستيطان فلان قد صرّح: a subject of three words
          // or more stands between كان and قد; when it cannot be read, it is still no one
          // who spoke before.
          // (قد itself, not وقد of a clause of its own, and no comma on the way.)
          const kana = kanaBefore(at);
          if (
            kana >= 0 &&
            tokens[at - 1].folded === 'قد' &&
            at - 1 - (kana + 1) >= 3 &&
            !tokens.slice(kana + 1, at).some((token) => ends(token.brk)) &&
            // (A body's long name is read on below: وكانت مديرية التربية والتعليم بالمنيا قد.)
            mentionAt(kana + 1, false)?.kind !== 'body'
          ) {
            // (A role met before is its holder: وكان المتحدث باسم الحكومة السودانية قد أكد.)
            const known =
              mentionAt(kana + 1, false)?.kind === 'role' ? named(kana + 1, {}, cue.gender) : null;
            return known?.entity ? known : { entity: null, mention: null };
          }
        }
        // رئيس الجامعة فلان طالب الحكومة بنشر «…»، فلانة، طالبت الحكومة بـ«…»: a verb whose
        // object is a person or a body, with no و before it, right after someone named: that
        // one is its subject, and who follows the verb is whom it calls on.
        if (
          TAKES_PERSON.test(tokens[at].folded) &&
          !/^[وف]/u.test(tokens[at].folded) &&
          tokens[at].brk !== 'sentence' &&
          // (Not a frame's word: «…»، هكذا حذّر الوزير المقاولين.)
          !FUNCTION_WORDS.has(tokens[at - 1]?.folded ?? '') &&
          !/^[وف]?(?:هكذا|كذلك)$/u.test(tokens[at - 1]?.folded ?? '')
        ) {
          const first = subjectBefore(at, cue.gender);
          if (first?.entity?.kind === 'person') return first;
        }
        // قالت إنها كتبت الرواية، لكنه دعا المجتمع الدولي: right after إنها، أنه، لكنه the
        // verb's subject is that pronoun, the one the sentence is about; the word after the
        // verb is its object.
        if (
          /^(?:[وف]?(?:[اإ]?ن|لكن)|ب?ان)(?:ه|ها|هم|هما)$/u.test(tokens[at - 1]?.folded ?? '') &&
          tokens[at].brk === 'none'
        )
          return { entity: pronoun(sentence, cue.gender, at), mention: null };
        // إن التحريات الأولية تشير إلى أن، أن تحريات المباحث كشفت أنه: a finding reports
        // nothing of its own; the words are the sentence's speaker's, else no one's.
        // (Not بهذه الأرقام افتتح فلان: the findings are the quote, pointed back at.)
        const pointing = POINTING_WITH.has(tokens[at - 2]?.folded ?? '');
        if (
          (isEvidence(at + 1) && tokens[at + 1].brk === 'none') ||
          (tokens[at].brk === 'none' &&
            ((isEvidence(at - 1) && !pointing) ||
              (isEvidence(at - 2) && tokens[at - 1].brk === 'none')))
        ) {
          return { entity: sentenceSpeaker(sentence), mention: null };
        }
        // ووصف القرار بأنه «…»: what was described right after the verb, then بأن; the
        // subject is the one the sentence is about.
        // (ووصفت الاستجابة الأردنية بأنها: the object with its adjectives.)
        let as = at + 2;
        while (
          as < at + 4 &&
          tokens[as] &&
          !ends(tokens[as].brk) &&
          isDefiniteToken(tokens[as]) &&
          isDefiniteAdjective(tokens[as].folded)
        )
          as++;
        if (
          DESCRIBE.test(tokens[at].folded) &&
          !fronted(at) &&
          // (Not after أما: the subject stands before the verb, met or not.)
          !tokens
            .slice(0, at)
            .some((word) => word.sentence === sentence && /^[وف]?اما$/u.test(word.folded)) &&
          next &&
          !ends(next.brk) &&
          isDefiniteToken(next) &&
          AS_THAT.test(tokens[as]?.folded ?? '') &&
          (as === at + 2 ||
            (roleHeadOf(stripArticle(next.folded)) === null &&
              !BODY_HEADS.has(stripArticle(next.folded))))
        )
          // (A subject right before the verb says who: إلا أن النقابة العامة وصفت الخطة بأنها.)
          return (
            subjectBefore(at, cue.gender) ?? {
              entity: pronoun(sentence, cue.gender, at),
              mention: null,
            }
          );
        // غير أن النائبة فلانة اعتبرت القرار "متأخراً": what is considered, right after the
        // verb and right before the words, is its object; the subject came before, or is the
        // one the sentence is about.
        if (
          CONSIDER.test(tokens[at].folded) &&
          !after &&
          next &&
          !ends(next.brk) &&
          isDefiniteToken(next) &&
          roleHeadOf(stripArticle(next.folded)) === null &&
          !BODY_HEADS.has(stripArticle(next.folded)) &&
          !entities.findSurname(next.folded, null) &&
          (!tokens[as] || tokens[as].brk !== 'none')
        ) {
          // (Or a body: لكن تحالف القوى الحية المعارض اعتبر الاستفتاء "…".)
          const before = subjectBefore(at, cue.gender);
          if (before?.entity?.kind === 'person' || before?.entity?.kind === 'body') return before;
        }
        // الوزير فلان حمّل الظروف الاستثنائية مسؤولية التأخير: a subject right before حمّل says
        // who; what follows it is what is blamed.
        if (/^حمل(?:ت)?$/u.test(tokens[at].folded) && tokens[at].brk === 'none') {
          const before = subjectBefore(at, cue.gender);
          if (before) return before;
        }
        // طالبت بعقد دورة استثنائية، رحّب بالقرار: what a verb governs with ب is its object.
        // (أوصى بتوزيع 0.75 ريال: ب on a verbal noun is what any verb governs.)
        const governed =
          !!next &&
          (GOVERNS_BI.test(tokens[at].folded) ||
            (next.folded.startsWith('ب') && isVerbalNoun(next.folded.slice(1)))) &&
          /^ب[\u0621-\u064A]{3,}$/u.test(next.folded) &&
          !isWrittenGivenName(next.raw) &&
          // (وختمت بنعيسى الحلقة: a surname met before is the subject.)
          !entities.findSurname(next.folded, null);
        // ووصف اعتداءات المستوطنين بأنها «…»: what is described as something is the object.
        const describedAs =
          DESCRIBE.test(tokens[at].folded) &&
          (() => {
            // ووصف اعتداءات المستوطنين بأنها: a noun read as a name (no role, no known given
            // name, no article) and its definite genitive, then بأنها: the object.
            const object = mentionAt(at + 1, false);
            const first = tokens[at + 1];
            if (
              !object ||
              object.kind !== 'person' ||
              object.role !== null ||
              isDefiniteToken(first) ||
              genderOfGivenName(first.folded) !== null ||
              isWrittenGivenName(first.raw) ||
              // (ووصف بنشقرون سباق اللقب بأنه: the surname of someone met is the subject.)
              entities.findSurname(first.folded, cue.gender)?.kind === 'person'
            )
              return false;
            let end = object.end;
            while (
              end < object.end + 2 &&
              tokens[end] &&
              !ends(tokens[end].brk) &&
              isDefiniteToken(tokens[end])
            )
              end++;
            const as = tokens[end];
            return !!as && !ends(as.brk) && /^ب(?:ان|انه|انها|انهم|انهما)?$/u.test(as.folded);
          })();
        // نشيد شعبي يقول: «…»، أغنية تقول: a text that says the words is no one.
        if (/^ل?[يت]/u.test(tokens[at].folded) && textBefore(at))
          return { entity: null, mention: null };
        // ويشدد قانون سلطة المياه …، تقول المادة: a text as the subject is no one.
        // (أغنية «…» التي تقول كلماتها: its words, its text.)
        if (
          next &&
          !ends(next.brk) &&
          (TEXT_NOUNS.has(stripArticle(next.folded)) ||
            /^(?:كلمات|نص|مطلع)(?:ها|ه)$/u.test(next.folded))
        )
          return { entity: null, mention: null };
        // وهو ما نفته وزارة الخارجية الهندية في بيان قالت فيه إن: a verb in a clause about the
        // statement a body issued is that body's.
        const issuer = statementIssuer(at, cue.gender);
        if (issuer) return issuer;
        // ردّ عليه النائب فلان، قال لها الطبيب: an object pronoun before the subject.
        const subjectAt =
          next &&
          !ends(next.brk) &&
          (/^(?:عليه|عليها|عليهم|له|لها|لهم|لهن|لنا|لكم|لك)$/u.test(next.folded) ||
            // (قال لي أحد المستثمرين، تقول لي دائماً: "to me", where no name follows it; لي
            // تشيانغ is a name.)
            (next.folded === 'لي' && !opensNameAfterLi(tokens[at + 2])) ||
            // (التي قال عنها يوفانوفيتش إنها: what a relative points at, said of.)
            // (Or any verb with عنه before someone named: وقالت عنها صديقتها فلانة.)
            (/^(?:عنه|عنها|عنهم)$/u.test(next.folded) &&
              !!tokens[at + 2] &&
              !ends(tokens[at + 2].brk) &&
              !SAYING_OPENERS.has(tokens[at + 2].folded)) ||
            // (وهو ما رحّب به ناقد سينمائي: after ما, what the verb takes with ب.)
            (/^(?:به|بها|بهم)$/u.test(next.folded) && tokens[at - 1]?.folded === 'ما') ||
            // (عرض استطلاعاً قال فيه أحد الشباب: in which someone named after it said.)
            // (Only قال and يقول, which take no object: في بيان دعت فيه الحكومة إلى.)
            (/^(?:فيه|فيها)$/u.test(next.folded) &&
              /^[وف]?(?:قال|قالت|يقول|تقول)$/u.test(tokens[at].folded) &&
              !!tokens[at + 2] &&
              !ends(tokens[at + 2].brk) &&
              !SAYING_OPENERS.has(tokens[at + 2].folded)))
            ? at + 2
            : at + 1;
        // ماريا غونزاليس، التي دعت الدول العربية إلى «…»: after a relative, who follows a verb
        // of calling on is called on; the one who calls is the relative's antecedent.
        const relativeCall =
          RELATIVE_PRONOUNS.has(tokens[at - 1]?.folded ?? '') &&
          !ends(tokens[at].brk) &&
          CALLS.test(tokens[at].folded);
        // أحد الفلاحين، وقد جرّب الجهاز، قال لهسبريس إن: after a subject that came first,
        // a word with ل right before إن is whom the words were told.
        const told =
          !!next &&
          at > 0 &&
          tokens[at - 1].sentence === sentence &&
          tokens[at].brk === 'clause' &&
          /^ل[\u0621-\u064A]{3,}$/u.test(next.folded) &&
          !isWrittenGivenName(next.raw) &&
          /^[وف]?(?:ان|بان)$/u.test(tokens[at + 2]?.folded ?? '');
        // مصدر …، طلب عدم الكشف عن هويته، أبلغ الوكالة أن: whom one informs, then أن.
        // (Only after a subject that came first: غير أن مصدراً …، أبلغ الوكالة أن; in
        // وأبلغت الشرطة بأن the police is the subject.)
        const informed =
          /^[وف]?ابلغ(?:ت|وا)?$/u.test(tokens[at].folded) &&
          tokens
            .slice(0, at)
            .some((word) => word.sentence === sentence && SUBJECT_OPENERS.has(word.folded)) &&
          !!next &&
          !ends(next.brk) &&
          /^(?:ان|بان|انه|انها|بانه|بانها)$/u.test(tokens[at + 2]?.folded ?? '');
        // إذ سبق لجمعية هيئات المحامين أن اعتبرت: the one سبق names with ل had said it
        // before, whatever follows the verb.
        const preceded = precededBy(at, cue.gender);
        if (preceded) return preceded;
        // المنظمة الدولية للهجرة التي وصفت الوضع في المدينة بأنه «…»: after a relative, a
        // verb of describing with no object on it has the antecedent as its subject.
        if (
          RELATIVE_PRONOUNS.has(tokens[at - 1]?.folded ?? '') &&
          /^(?:وصف|وصفت)$/u.test(tokens[at].folded)
        ) {
          const antecedent = relativeAntecedent(at, cue.gender);
          if (antecedent?.entity) return antecedent;
          // (A body right before the relative: the longest name that ends there.)
          let body: Mention | null = null;
          for (let k = at - 2; k >= 0 && k >= at - 10; k--) {
            if (ends(tokens[k + 1].brk) && k + 1 < at - 1) break;
            const mention = mentionAt(k, false);
            if (mention?.kind === 'body' && mention.end === at - 1) body = mention;
          }
          const entity = body ? entityOf(body, cue.gender) : null;
          if (entity) return { entity, mention: null };
        }
        // قبل أن يسأل ضيوفه: «…؟»، ثم خاطب الحضور: «…»: a verb of asking or addressing, then
        // the ones asked (a noun with its possessive, or people as an object) and a colon:
        // no subject after the verb; the one who asks is the sentence's.
        const addressed =
          !!next &&
          ASKS_OR_ADDRESSES.test(tokens[at].folded) &&
          next.brk === 'none' &&
          (isOwnedNoun(next) || OBJECT_NOUNS.has(stripArticle(next.folded))) &&
          /^\s*:/u.test(text.slice(next.end));
        const explicit =
          governed || describedAs || relativeCall || told || informed || addressed
            ? null
            : named(subjectAt, {}, cue.gender);
        lastExplicit = explicit;
        // اعتبرت منظمة العفو …، ودعت السلطات التونسية إلى: a second verb that calls on
        // someone shares the subject its sentence named; who follows it is called on.
        const shared =
          explicit &&
          CALLS_ON.test(tokens[at].folded) &&
          lastCue?.sentence === sentence &&
          lastCue.named &&
          lastCue.attribution.entity &&
          lastCue.attribution.entity !== explicit.entity &&
          (!cue.gender ||
            !lastCue.attribution.entity.gender ||
            lastCue.attribution.entity.gender === cue.gender);
        if (shared) {
          const end = tokens.findIndex((token, k) => k > at && ends(token.brk));
          const object = tokens
            .slice(at + 2, end < 0 ? undefined : end)
            .some((token) => /^(?:الي|ب)$/u.test(token.folded));
          if (object) return { entity: lastCue!.attribution.entity, mention: null };
        }
        if (explicit) return explicit;
        // في خطوة وصفها معارضوها بأنها «…»، عبارة يصفها أهالي البلدة بأنها «…»: a verb of
        // describing with the thing on it as a pronoun, then a subject that names no one, then
        // بأن: unnamed people describe it, not whoever the sentence is about.
        const subject = tokens[at + 1];
        if (
          DESCRIBED_AS.test(tokens[at].folded) &&
          !!subject &&
          subject.brk === 'none' &&
          !AS_THAT.test(subject.folded) &&
          tokens
            .slice(at + 2, at + 6)
            .some((token) => !ends(token.brk) && AS_THAT.test(token.folded)) &&
          (UNNAMED_GROUPS.test(subject.folded) ||
            /^[\u0621-\u064A]{3,}و(?:ه|ها|هم)$/u.test(subject.folded))
        ) {
          let end = at + 2;
          while (
            end < at + 5 &&
            tokens[end] &&
            !ends(tokens[end].brk) &&
            !AS_THAT.test(tokens[end].folded) &&
            !TIME_WORDS.has(tokens[end].folded) &&
            !/^(?:حينها|انذاك|وقتها)$/u.test(tokens[end].folded)
          )
            end++;
          const who = text.slice(subject.start, tokens[end - 1].end);
          return { entity: entities.anonymous(who, cue.gender), mention: who };
        }
        // «…»، قالت وهي تمسح الغبار: after the words, a verb with no subject whose gender
        // tells is the one the sentence or the story is about, as before them.
        // (A person only: the words of a body are not said with قالت and nothing after it.)
        if (after) {
          const them = cue.gender ? pronoun(sentence, cue.gender, at) : null;
          return them?.kind === 'person' ? { entity: them, mention: null } : null;
        }
        // سأله مراسل: «…؟»، فأجاب: «…»: who answers is the one the question was put to.
        if (
          ANSWERS.test(tokens[at].folded) &&
          addressee &&
          (!cue.gender || !addressee.gender || addressee.gender === cue.gender)
        )
          return { entity: addressee, mention: null };
        const antecedent = relativeAntecedent(at, cue.gender);
        if (antecedent) return antecedent;
        // وردّاً على سؤال حول منافستها، البولندية فلانة، المصنفة الثالثة، قالت: what comes
        // before the verb is the question's, and whoever it names is asked about: the one
        // answering goes on from before. (A relative clause inside the question has its own
        // subject: …حول تصريحات فلان، الذي أكد أن "…"، قال.)
        if (answersQuestion(at)) return { entity: entities.carry(cue.gender), mention: null };
        // …، مضيفاً أن شركته تتوقع "…": a verb inside what someone in the sentence said,
        // after أن and a noun with "his", "her", tells what they said of their own; its
        // words stay theirs (not "his company", nor someone the verb's gender points back to).
        const subjectNoun = tokens[at - 1];
        // (Whose words they are: the sentence's speaker, after أن and a plain noun.)
        const insideSaying =
          lastCue?.sentence === sentence &&
          !!lastCue.attribution.entity &&
          !!subjectNoun &&
          subjectNoun.brk === 'none' &&
          tokens[at].brk === 'none' &&
          /^(?:ان|بان)$/u.test(tokens[at - 2]?.folded ?? '') &&
          /^[\u0621-\u064A]{3,}$/u.test(subjectNoun.folded) &&
          !FUNCTION_WORDS.has(subjectNoun.folded) &&
          genderOfGivenName(subjectNoun.folded) === null &&
          !isWrittenGivenName(subjectNoun.raw);
        if (
          insideSaying &&
          /[\u0621-\u064A]{2}(?:ه|ها)[\u064B-\u0652]*$/u.test(subjectNoun.raw) &&
          !isDefiniteToken(subjectNoun) &&
          // (Not kin, who speak for themselves: إن ابنه قال.)
          !isOwnedKin(subjectNoun.folded, subjectNoun.raw)
        )
          return lastCue!.attribution;
        const withheld = withheldNameBefore(at, cue.gender);
        if (withheld) return withheld;
        // (The one named in full the sentence opened on, before an apposition of theirs
        // is read as someone else: غير أن فلان، والد الضحية، رفض هذا الطرح، وقال.)
        const opener = frontedSubject(sentenceStart(at), at, cue.gender);
        if (opener) {
          inSentence(sentence, opener);
          return { entity: opener, mention: null };
        }
        const before = subjectBefore(at, cue.gender);
        if (before) return before;
        // من جانبها، نبّهت …: the one just mentioned, whether or not they spoke before.
        if (fromTheirSide(at)) return { entity: entities.lastMentioned(cue.gender), mention: null };
        const introduced = introducedBefore(at, cue.gender);
        if (introduced) return introduced;
        // (So with any noun of its own there that names no one met: مذكّراً بأن الخرطوم
        // تطالب "…".)
        if (insideSaying) return lastCue!.attribution;
        return { entity: pronoun(sentence, cue.gender, at), mention: null };
      }
      case 'participle': {
        if (after) return null;
        // فردّ عليه النائب فلان بالقول، وأضافت فلانة أن الإدارة …، مستدركةً: the participle is
        // the subject of the sentence's last verb of saying that named its subject after it,
        // or before it (أما لين فقالت إنها تحلم بدراسة الطب في جامعة دمشق، مضيفةً).
        const fronted =
          lastCue?.sentence === sentence &&
          !lastCue.named &&
          lastCue.attribution.entity?.kind === 'person' &&
          sentenceEntities.sentence === sentence &&
          sentenceEntities.list[0] === lastCue.attribution.entity;
        // اكتفت وزارة الخارجية بالقول إن، ختم الوزير كلمته بالقول: after a masdar, the
        // subject of the verb right before it, whatever that verb.
        // (فبادر فلان إلى القول: the subject of the verb before إلى, or no one: وخلص التقرير
        // إلى القول names a text, ذهبت بعض الصحف إلى القول no one.)
        if (tokens[at].folded === 'القول')
          return subjectOfVerbBefore(at - 1, cue.gender) ?? { entity: null, mention: null };
        const masdar = MASDAR_FRAME.test(tokens[at].folded);
        const masdarSubject = masdar ? subjectOfVerbBefore(at, cue.gender) : null;
        if (masdarSubject) return masdarSubject;
        // غير أن القحطاني ردّ على ذلك بالقول، غير أن النائب فلان ردّ عليها بالقول: the subject
        // that stands before the verb the masdar completes.
        if (masdar) {
          let verb = at - 1;
          while (verb > at - 4 && REPLY_FILLERS.has(tokens[verb]?.folded ?? '')) verb--;
          const reply = tokens[verb];
          if (
            verb < at &&
            reply &&
            reply.sentence === sentence &&
            !tokens.slice(verb + 1, at + 1).some((word) => ends(word.brk)) &&
            cueOf(reply.raw, reply.folded)?.kind === 'verb'
          ) {
            const before = subjectBefore(verb, cue.gender);
            if (before?.entity) return before;
          }
        }
        // …، وهو ما نفاه المصرف المركزي في بيان، مؤكداً: the subject of the relative clause
        // right before it, which answered what was said.
        const answering = subjectOfRelative(at, cue.gender);
        if (answering) return { entity: answering, mention: null };
        // فيما قاطعه أحد الزبائن قائلاً: a subject right before it comes first.
        const subject = subjectOfClause(at, cue.gender);
        if (subject) return { entity: subject, mention: null };
        // …"، قبل أن يتدخل رئيس الجلسة، فلان، مطالباً: the subject of the verb after قبل أن
        // or بعد أن, who took the floor after the one quoted.
        const stepped = subjectAfterThen(at, cue.gender);
        if (stepped) return { entity: stepped, mention: null };
        // وأوضح أن سعر صندوق البندورة ارتفع …، مشيراً: a verb with no subject after it
        // keeps its own subject through the clauses it opens, whatever they name.
        const main =
          lastCue?.sentence === sentence &&
          (lastCue.named || fronted || lastCue.attribution.mention === null)
            ? lastCue.attribution.entity
            : null;
        // (وأضاف البيان أن …، داعياً: the participle agrees with the statement, البيان, not
        // with the ministry it speaks for.)
        const statement =
          lastCue?.at !== undefined &&
          STATEMENT_NOUNS.has(stripArticle(tokens[lastCue.at + 1]?.folded ?? '')) &&
          main?.kind === 'body';
        if (
          main &&
          main.kind !== 'anonymous' &&
          (!cue.gender || !main.gender || main.gender === cue.gender || statement)
        )
          return { entity: main, mention: null };
        // أكد الأمين العام … فلان أن المشروع يسير وفق الجدول الزمني، متوقعاً أن: the subject
        // of the sentence's verb of saying, though no words of theirs were quoted after it.
        if (lastCue?.sentence !== sentence) {
          const opener = sentenceVerbSubject(sentence, at, cue.gender);
          if (opener) return opener;
        }
        return { entity: pronoun(sentence, cue.gender, at), mention: null };
      }
      case 'according': {
        let from = at + 1;
        // بحسب أحدث تقرير لمنصة "ماغنيت"، وفق آخر أرقام الوزارة: a superlative before the
        // text is no one's name.
        if (
          /^(?:احدث|اخر|اخير|اول|ابرز|اهم)$/u.test(tokens[from]?.folded ?? '') &&
          tokens[from + 1] &&
          !ends(tokens[from + 1].brk)
        )
          from++;
        // ووفقاً لأزناك، فإن: ل on the family name alone of someone the story named in full.
        const lone = tokens[from];
        if (
          lone &&
          /^ل[^ل][\u0621-\u064A]{2,}$/u.test(lone.folded) &&
          (!tokens[from + 1] || ends(tokens[from + 1].brk))
        ) {
          const known = entities.findSurname(lone.folded.slice(1), null);
          if (known?.kind === 'person' && known.parts.length >= 2)
            return { entity: known, mention: null };
        }
        // قال المتحدث فلان، وفقاً لبيان نشرته الوزارة، إن / ورد فلان، وفق ما أوردته القناة:
        // after a verb whose subject the sentence named, "according to" a text or to what
        // an outlet reported tells where the words were read, not who said them.
        const reported =
          // (A text a clause says who issued, not بحسب بيان لوزارة الصحة, whose owner says.)
          (/^ل?(?:بيان|تقرير|تصريح|تصريحات|مذكره|رساله|وثيقه)$/u.test(tokens[from]?.folded ?? '') &&
            /^(?:نشر|اصدر|اورد|وزع|بث)(?:ت|ته|تها|ه|ها)$/u.test(tokens[from + 1]?.folded ?? '')) ||
          (/^(?:ما|لما)$/u.test(tokens[from]?.folded ?? '') &&
            /^(?:اورد|نقل|ذكر|نشر|بث)(?:ت|ته|تها|ه|ها)$/u.test(tokens[from + 1]?.folded ?? '')) ||
          // (A statement issued by a body, between commas inside the verb's sentence, before
          // what it says: وأكدت الحوراني، بحسب بيان صادر عن الوزارة، أن; not ووفقاً لبيان صادر
          // عن مجلس الوزراء، فإن, a clause of its own.)
          (/^ل?(?:بيان|تقرير)$/u.test(tokens[from]?.folded ?? '') &&
            /^صادر[اه]?$/u.test(tokens[from + 1]?.folded ?? '') &&
            tokens[at].brk === 'clause' &&
            /^(?:ان|بان|انه|انها)$/u.test(
              tokens.slice(from + 2, from + 12).find((word) => word.brk === 'clause')?.folded ?? '',
            ));
        // أما حفتر فقال، بحسب بيان للقيادة العامة: "…": a body's statement between a verb's
        // comma and its words, after a verb whose subject came first.
        // (Or after the verb, its named subject and a phrase of time or place: وقال تشانغ خلال
        // اللقاء، بحسب بيان للخارجية الصينية: "…".)
        const inserted =
          /^(?:بيان|تقرير)$/u.test(tokens[from]?.folded ?? '') &&
          /^ل/u.test(tokens[from + 1]?.folded ?? '') &&
          tokens[at].brk === 'clause' &&
          (!!cueOf(tokens[at - 1]?.raw ?? '', tokens[at - 1]?.folded ?? '') ||
            (lastCue?.sentence === sentence &&
              lastCue.named === true &&
              lastCue.attribution.entity?.kind === 'person' &&
              // (Right before the words, after إن or a colon: not وهي مبادرة تهدف، بحسب بيان
              // للوزارة، إلى "…", the text's own words.)
              (/^(?:ان|بان|انه|انها)$/u.test(
                tokens.slice(from + 2, from + 12).find((word) => word.brk === 'clause')?.folded ??
                  '',
              ) ||
                /^[^:："“”«»،.]*(?:،[^:："“”«»،.]*)?[:：]\s*["“«]/u.test(
                  text.slice(tokens[from + 1].end, tokens[from + 1].end + 60),
                ))));
        if (
          (reported || inserted) &&
          lastCue?.sentence === sentence &&
          // (Or whose subject came first: وكانت المفوضية قد أكدت، بحسب ما نقلته الوكالة، أن.)
          (lastCue.named || inserted || lastCue.attribution.mention !== null) &&
          lastCue.attribution.entity &&
          lastCue.attribution.entity.kind !== 'anonymous'
        )
          return { entity: lastCue.attribution.entity, mention: null };
        // وبحسب لائحة الاتهام التي أعدتها نيابة أمن الدولة، وفق الدراسة التي أجرتها
        // الجمعية: a text and the clause that says who drew it up; the one named there.
        const written = authoredBy(from);
        if (written?.entity) return written;
        // وفق ما قالته، ووفقاً لما قاله الوزير.
        if (tokens[from]?.folded === 'ما' || tokens[from]?.folded === 'لما') from++;
        const relative = tokens[from];
        // بحسب ما اطلعت عليه "الرياضية": what an outlet saw, a document's words, no one's.
        if (from > at + 1 && /^[وف]?اطلع(?:ت)?$/u.test(relative?.folded ?? '')) return null;
        // حسب ما أفادت به ليندكفيست: after a relative verb the subject has no ل to drop; nor
        // after بحسب and حسب, which take their noun directly (بحسب لوكلير-فونتين).
        let dative =
          !/^[وف]?(?:ب?حسب|راي|براي)$/u.test(tokens[at].folded) ||
          /^(?:ل|لل.*)$/u.test(tokens[from]?.folded ?? '');
        if (
          relative &&
          relative.folded !== 'عن' &&
          from > at + 1 &&
          isRelativeVerb(relative.folded)
        ) {
          from++;
          dative = false;
          if (tokens[from] && /^(?:به|بها)$/u.test(tokens[from].folded)) from++;
        }
        if (tokens[from] && cueOf(tokens[from].raw, tokens[from].folded)?.kind === 'relay')
          return relay(from);
        // بحسب ما نقلته وكالة السودان للأنباء عن مسؤول …: the one the outlet relayed.
        if (from > at + 1 && /^نقل(?:ت|ته|تها|ه|ها)?$/u.test(relative?.folded ?? '')) {
          const about = tokens.slice(from, from + 10).findIndex(
            (word, k, near) =>
              word.folded === 'عن' &&
              // (Past the outlet's name in quotes: وكالة أنباء الإمارات "وام" عن …)
              !near.slice(0, k + 1).some((w) => w.brk === 'sentence'),
          );
          const relayed = about >= 0 ? named(from + about + 1) : null;
          if (relayed?.entity || relayed?.mention) return relayed;
        }
        // وفق ما جاء في لائحة صادرة عن هيئته: what a text said, whoever issued it (the body
        // the pronoun points back to, or the one named after عن), never the verb as a name.
        if (from > at + 1 && CAME.has(tokens[from]?.folded ?? '')) {
          const came = tokens.slice(from + 1, from + 8).findIndex((word) => FROM.has(word.folded));
          const issuer = came >= 0 ? named(from + 2 + came) : null;
          if (issuer?.entity) return issuer;
          return {
            entity: sentenceSpeaker(sentence) ?? pronoun(sentence, null, at),
            mention: null,
          };
        }
        // أثبتت بحسب تعبيره، وفق وصفها: in the words of the one the pronoun points back to,
        // who spoke in the sentence.
        const own = /^(?:تعبير|وصف|قول|تقدير|راي)(ه|ها)$/u.exec(tokens[from]?.folded ?? '');
        if (own) return { entity: pronoun(sentence, own[1] === 'ه' ? 'm' : 'f'), mention: null };
        // بحسب شهادة حارس العقار، فلان، وفق إفادة الشاهدة فلانة، بحسب رواية فلان: a
        // testimony or an account is the words of the one it is of.
        if (
          /^(?:شهاده|شهادات|افاده|افادات|اقوال|اعترافات|روايه|تصريحات)$/u.test(
            tokens[from]?.folded ?? '',
          ) &&
          tokens[from + 1] &&
          !ends(tokens[from + 1].brk)
        ) {
          const witness = named(from + 1);
          if (witness?.entity) return witness;
        }
        // وأفادت الوكالة نقلاً عنه بأن …: the person the pronoun points back to.
        const back = /^عن(ه|ها)$/u.exec(tokens[from]?.folded ?? '');
        if (back) return pointedBack(sentence, back[1] === 'ه' ? 'm' : 'f');
        if (tokens[from] && FROM.has(tokens[from].folded)) from++;
        // وفقاً لبيان صادر عن الهيئة: the issuer of the statement speaks.
        const issuer = issuerAfter(from);
        if (issuer) return issuer;
        // وفق الجدول الزمني المعتمد، حسب الخطة الموضوعة: according to a thing, not to a body
        // the lists know, is no one's saying.
        // وفق نص طلب الاستجواب، بحسب الأرقام: a text or a finding is no one's saying.
        // (The sentence's speaker still speaks: وأشار إلى أن …، وفق أرقام الهيئة، أن "…".)
        // (Where no one speaks in the sentence, a body's figures are the body's: ووفقاً
        // لإحصاءات وزارة الداخلية الإيطالية، فإن "…"، بحسب أرقام الهيئة، وفق تقديرات الأمم
        // المتحدة.)
        const figure = stripArticle(tokens[from]?.folded.replace(/^ل(?!ل)/u, '') ?? '');
        const owner = tokens[from + 1];
        if (
          (EVIDENCE.test(figure) || figure === 'تقديرات') &&
          owner &&
          !ends(owner.brk) &&
          !sentenceSpeaker(sentence) &&
          figuresQuoted(at, sentence) &&
          mentionAt(from + 1, false)?.kind === 'body'
        ) {
          const body = named(from + 1);
          if (body?.entity) return body;
        }
        if (isEvidence(from) || /^(?:ال)?نص$/u.test(tokens[from]?.folded ?? ''))
          return { entity: sentenceSpeaker(sentence), mention: null };
        const thing = mentionAt(from, dative);
        if (thing?.kind === 'body' && !BODY_HEADS.has(thing.head) && !thing.short) return null;
        // حسب تصريح لـ«…»: an according frame that names no one leaves the sentence's frame.
        return named(from, { dative });
      }
      case 'relay':
        return relay(at);
    }
  };

  /**
   * The subject named right after the first verb of saying of a sentence, before `at`, if
   * it agrees with the gender asked for.
   */
  const sentenceVerbSubject = (
    sentence: number,
    at: number,
    gender: Gender | null,
  ): Attribution | null => {
    for (let k = at - 1; k >= 0 && tokens[k].sentence === sentence; k--) {
      if (tokens[k].brk === 'sentence' || k === 0 || tokens[k - 1].sentence !== sentence) {
        // The sentence opens at k: its first verb of saying within a few words.
        for (let v = k; v < at && v < k + 4; v++) {
          const verb = cueOf(tokens[v].raw, tokens[v].folded);
          if (verb?.kind !== 'verb') continue;
          if (gender && verb.gender && verb.gender !== gender) return null;
          const mention = mentionAt(v + 1, false);
          if (mention?.kind !== 'person' && mention?.kind !== 'body') return null;
          const found = named(v + 1, {}, verb.gender);
          return found?.entity ? found : null;
        }
        // رفض المدرب الفرنسي …، باسكال دوبوا، الاستجابة …، مؤكداً: any past verb that opens
        // the sentence, then a role and a name: the participle tells how its subject went on.
        const first = tokens[k];
        if (
          first.brk !== 'none' ||
          k === 0 ||
          (tokens[k - 1].sentence !== sentence && isArabicVerbLike(first))
        ) {
          const verb = /^[وف]?(?:قد)$/u.test(first.folded) ? k + 1 : k;
          const mention =
            isArabicVerbLike(tokens[verb]) &&
            // (A verb like رفض that the word lists keep for other readings is a verb here;
            // a particle or a preposition is none.)
            !SUBJECT_OPENERS.has(tokens[verb].folded) &&
            !PREPOSITIONS.has(tokens[verb].folded) &&
            !/^[وف]?(?:لكن|حيث|كما|بينما|فيما|منذ|عندما|حين|بعد|قبل|في|من|عن|مع)$/u.test(
              tokens[verb].folded,
            ) &&
            !AUXILIARIES.has(tokens[verb].folded) &&
            tokens[verb + 1] &&
            !ends(tokens[verb + 1].brk)
              ? mentionAt(verb + 1, false)
              : null;
          if (
            mention?.kind === 'person' &&
            mention.role !== null &&
            mention.name.to - mention.name.from >= 2 &&
            (!gender || !mention.gender || mention.gender === gender)
          ) {
            const entity = entityOf(mention, gender);
            if (entity) return { entity, mention: null };
          }
        }
        return null;
      }
    }
    return null;
  };

  /**
   * اكتفت وزارة الخارجية الكورية بالقول: the subject named right after a verb, ending where
   * the masdar starts (a verb the lists do not know: any past verb opens it).
   */
  const subjectOfVerbBefore = (at: number, gender: Gender | null): Attribution | null => {
    // (A description between commas may stand between the subject and the masdar: أكده
    // البروفيسور فلان، قائد الفريق البحثي، بقوله; or the occasion: اكتفى الوزير، رداً على
    // سؤال آخر حول أعداد الإصابات، بالقول.)
    if (tokens[at].brk === 'clause') {
      let opens = at - 1;
      while (opens > 0 && at - opens < 10 && !ends(tokens[opens].brk)) opens--;
      if (opens > 0 && opens < at - 1 && tokens[opens].brk === 'clause') {
        const subject = subjectOfVerbBefore(opens, gender);
        if (subject) return subject;
      }
    }
    for (let v = at - 1; v >= 0 && at - v <= 8; v--) {
      if (tokens[v].sentence !== tokens[at].sentence) return null;
      if (ends(tokens[v + 1].brk) && v + 1 < at) return null;
      // (After ما, a verb of saying with its object on it: وهو ما أكده فلان بقوله.)
      const stem = /^[وف]?(?:ما|مما)$/u.test(tokens[v - 1]?.folded ?? '')
        ? /^([\u0621-\u064A]{3,})(?:ه|ها)$/u.exec(tokens[v].folded)?.[1]
        : undefined;
      const saidIt = stem !== undefined && cueOf(stem, stem)?.kind === 'verb';
      if (!isArabicVerbLike(tokens[v]) && !cueOf(tokens[v].raw, tokens[v].folded) && !saidIt)
        continue;
      if (joinedByHyphen(v)) continue;
      // (والي بنك المغرب: a role's noun that opens with و is no verb after و.)
      if (roleHeadOf(tokens[v].folded) !== null) continue;
      // (فقد اكتفت بالقول: قد only announces the verb.)
      if (/^[وفل]?(?:قد|فقد)$/u.test(tokens[v].folded)) return null;
      // The verb opens its clause (واكتفت، فقد اكتفت): a name that looks like a verb does not
      // (أما برونيتي فاكتفى بالقول).
      const opensClause =
        /^[وف]/u.test(tokens[v].folded) ||
        v === 0 ||
        tokens[v].sentence !== tokens[v - 1].sentence ||
        ends(tokens[v].brk) ||
        /^[وف]?(?:قد|فقد|ثم)$/u.test(tokens[v - 1].folded) ||
        // (Or after a conjunction of time or contrast: فيما اكتفى شمس الدين بالقول.)
        /^[وف]?(?:فيما|بينما|حين|حينما|عندما)$/u.test(tokens[v - 1].folded) ||
        // (Or after ما: وهو ما أكده فلان بقوله.)
        /^[وف]?(?:ما|مما)$/u.test(tokens[v - 1].folded);
      if (!opensClause) continue;
      const mention = mentionAt(v + 1, false);
      if (!mention || mention.end !== at) continue;
      // (Or a role alone, its holder met before: بينما اكتفى وزير الصحة بالقول.)
      if (mention.kind === 'role' && !FUNCTION_WORDS.has(tokens[v].folded)) {
        const entity = entityOf(mention, gender);
        return entity ? { entity, mention: null } : null;
      }
      if (mention.kind !== 'person' && mention.kind !== 'body') continue;
      const found = named(v + 1, {}, gender);
      if (found?.entity && (!gender || !found.entity.gender || found.entity.gender === gender))
        return found;
      return null;
    }
    return null;
  };

  /**
   * هنأت الجامعة الملكية العداءة في بلاغ وصفت فيه إنجازها بـ"…": a verb of saying with فيه
   * right after a text that someone issued, whose subject is the sentence's.
   */
  const inIssuedText = (at: number): boolean =>
    /^(?:فيه|فيها)$/u.test(tokens[at + 1]?.folded ?? '') &&
    !ends(tokens[at + 1].brk) &&
    (putOutBefore(at) ||
      // (Or one's own post a few words before, where it was posted between.)
      ownPost(at) ||
      // (Or after a quoted platform's name: على "تويتر" كتب فيها.)
      ((!ends(tokens[at].brk) || (tokens[at].brk === 'mark' && !!tokens[at - 1]?.quoted)) &&
        (ISSUED_TEXTS.test(tokens[at - 1]?.folded ?? '') ||
          // في تغريدة على "تويتر" كتب فيها: the text and the platform it was posted on.
          (ISSUED_TEXTS.test(tokens[at - 3]?.folded ?? '') &&
            /^(?:علي|عبر)$/u.test(tokens[at - 2]?.folded ?? '') &&
            PLATFORMS.has(tokens[at - 1]?.folded ?? '') &&
            tokens[at - 2].sentence === tokens[at].sentence) ||
          // أصدر المجلس بياناً مشتركاً أكد فيه: an adjective between the text and the verb
          // (not رسالة للسائقين قالت فيها, a preposition's noun).
          (ISSUED_TEXTS.test(tokens[at - 2]?.folded ?? '') &&
            !ends(tokens[at - 1].brk) &&
            !isDefiniteToken(tokens[at - 1]) &&
            !/^[لب]/u.test(tokens[at - 1].folded) &&
            // (رسمياً is an adverb elsewhere; after بياناً it agrees with it: بياناً رسمياً.)
            (!FUNCTION_WORDS.has(tokens[at - 1].folded) ||
              /^[^وف].{2,}يا$/u.test(tokens[at - 1].folded))))));

  /**
   * نشر بلقاسم رسالة وداع مطولة على حسابه في «إنستغرام»، كتب فيها: a text that the clause
   * before put out (its verb a few words before it), with its words and where it was posted
   * between it and the verb of saying, and a comma right before that verb at most.
   */
  const putOutNoun = (at: number): number => {
    const sentence = tokens[at].sentence;
    for (let k = at - 1; k > 0 && k >= at - 8 && tokens[k].sentence === sentence; k--) {
      const word = tokens[k];
      if (!word.quoted && cueOf(word.raw, word.folded)) return -1;
      // (Not ب or في glued on the text, a venue: ببيان، في تغريدة; بيان and بلاغ open with
      // a ب of their own.)
      if (ISSUED_TEXTS.test(word.folded) && !/^(?:في|ب(?!يان|لاغ))/u.test(word.folded))
        return !ends(word.brk) &&
          tokens
            .slice(Math.max(0, k - 3), k)
            .some(
              (verb, i, near) =>
                ISSUING.test(verb.folded) &&
                verb.sentence === sentence &&
                !near.slice(i + 1).some((between) => ends(between.brk)),
            )
          ? k
          : -1;
      // (Only a comma before the verb of saying, and the marks of a platform's name.)
      if (ends(word.brk) && word.brk !== 'mark') return -1;
    }
    return -1;
  };
  const putOutBefore = (at: number): boolean => putOutNoun(at) >= 0;

  /**
   * بمنشور كتبت فيه:، في تغريدة على "إكس" كتب فيها:: one's own post or tweet right before,
   * and no writer named after فيها (a letter كتب فيها is as often the passive, or someone
   * else's: رسالة كتب فيها مستمع من حلب).
   */
  const ownPost = (at: number): boolean => {
    // (Or أن after it: تدوينة نشرها …، كتب فيها أن "…".)
    if (tokens[at + 2] && !ends(tokens[at + 2].brk) && !/^(?:ان|بان)$/u.test(tokens[at + 2].folded))
      return false;
    // (Or where it was posted between: في منشور على حسابه في إنستغرام، كتب فيه.)
    for (let back = 1; back <= 6 && at - back >= 0; back++) {
      const word = tokens[at - back];
      if (OWN_POSTS.test(word.folded)) return true;
      if (back > 3 && ends(word.brk) && word.brk !== 'mark') return false;
      if (back > 3 && !/^(?:علي|عبر|في|ب)?[\u0621-\u064A]*$/u.test(word.folded)) return false;
    }
    return false;
  };

  /**
   * قبل أن يلقي نقيب المحامين، فلان، كلمة قال فيها: the subject of the verb whose object is
   * the text, named right after it and right before the text's noun.
   */
  const issuingSubject = (at: number, gender: Gender | null): Attribution | null => {
    const noun = ISSUED_TEXTS.test(tokens[at - 1]?.folded ?? '')
      ? at - 1
      : ISSUED_TEXTS.test(tokens[at - 2]?.folded ?? '') || !putOutBefore(at)
        ? at - 2
        : putOutNoun(at);
    const sentence = tokens[at].sentence;
    // غير أن الوزارة عادت ونشرت بياناً …، أكدت فيه: the verb right before the text, its
    // subject where the sentence opens, a verb or two before it.
    if (noun > 0 && ISSUING.test(tokens[noun - 1].folded) && !ends(tokens[noun].brk)) {
      const k = pastOpeningParticle(sentenceStart(noun));
      const opener = k < noun - 1 ? mentionAt(k, false) : null;
      if (
        (opener?.kind === 'person' || opener?.kind === 'body') &&
        opener.end < noun - 1 &&
        noun - 1 - opener.end <= 2 &&
        !tokens
          .slice(opener.end, noun - 1)
          .some((word) => ends(word.brk) || cueOf(word.raw, word.folded) || word.quoted) &&
        !ends(tokens[noun - 1].brk)
      ) {
        const found = named(k, {}, gender);
        if (found?.entity && (!gender || !found.entity.gender || found.entity.gender === gender))
          return { entity: found.entity, mention: null };
      }
    }
    for (let v = noun - 2; v >= 0 && noun - v <= 16; v--) {
      if (tokens[v].sentence !== sentence) return null;
      if (!ISSUING.test(tokens[v].folded) || ends(tokens[v + 1].brk)) continue;
      const mention = mentionAt(v + 1, false);
      if ((mention?.kind !== 'person' && mention?.kind !== 'body') || mention.end !== noun)
        continue;
      const found = named(v + 1, {}, gender);
      return found?.entity && (!gender || !found.entity.gender || found.entity.gender === gender)
        ? { entity: found.entity, mention: null }
        : null;
    }
    return null;
  };

  /** A past verb, of any meaning, at `at`: أصدر، هنأت، ونعت. */
  const isOpeningVerb = (at: number): boolean => {
    const token = tokens[at];
    if (!token || isDefiniteToken(token) || joinedByHyphen(at)) return false;
    const bare = token.folded.replace(/^[وف]/u, '');
    if (FUNCTION_WORDS.has(bare) || FUNCTION_WORDS.has(token.folded)) return false;
    // (عبد السلام، أحمد: a name's word after a comma opens no clause.)
    if (JOINERS.has(token.folded) || genderOfGivenName(token.folded) !== null) return false;
    return (
      !!cueOf(token.raw, token.folded) ||
      isArabicVerbLike(token) ||
      /^[\u0621-\u064A]{3,}ت$/u.test(token.folded)
    );
  };

  /**
   * أما الشاذلي نفسها، فقد اكتفت بتدوينة كتبت فيها: the one the sentence opened on with أما,
   * of the verb's gender, wrote the text.
   */
  const topicOf = (at: number, gender: Gender | null): Attribution | null =>
    topic?.sentence === tokens[at].sentence &&
    (!gender || !topic.entity.gender || topic.entity.gender === gender)
      ? { entity: topic.entity, mention: null }
      : null;

  /** The subject named right after the verb that opens the sentence of `at`, any verb. */
  const openingVerbSubject = (at: number, gender: Gender | null): Attribution | null => {
    const sentence = tokens[at].sentence;
    let start = at;
    while (start > 0 && tokens[start - 1].sentence === sentence && tokens[start].brk !== 'sentence')
      start--;
    // The verb opens the sentence, or its first clause after a comma (من جهتها، هنأت; وفي
    // سياق متصل، أصدرت).
    // (After a particle that opens the sentence: إذ سخر فلان، وقد علّق فلان.)
    const particle = (k: number) => /^(?:اذ|حيث|وقد|فقد|قد|ثم|كما)$/u.test(tokens[k].folded);
    let v = particle(start) ? start + 1 : start;
    if (!isOpeningVerb(v)) {
      v = start + 1;
      while (v < at && v - start <= 5 && tokens[v].brk !== 'clause') v++;
      // (Or the clause of the text, after a particle: غير أن المبادرة لم تسلم من الانتقادات،
      // إذ سخر فلان منها في تغريدة كتب فيها.)
      if (v >= at || tokens[v].brk !== 'clause') {
        v = at - 1;
        while (v > start && tokens[v].brk !== 'clause') v--;
        if (v <= start || !particle(v)) return null;
      }
      if (particle(v)) v++;
      if (v >= at || !isOpeningVerb(v)) return null;
    }
    const mention = mentionAt(v + 1, false);
    if (mention?.kind !== 'person' && mention?.kind !== 'body') return null;
    const found = named(v + 1, {}, gender);
    if (!found?.entity || (gender && found.entity.gender && found.entity.gender !== gender))
      return null;
    return { entity: found.entity, mention: null };
  };

  /** بيان صادر عن X، بيان لـX: the body or person who issued a statement. */
  const issuerAfter = (at: number): Attribution | null => {
    const noun = tokens[at];
    if (!noun) return null;
    const text = /^(?:ل|ب)?(?:ال)?(?:بيان|تقرير|رساله|بلاغ)$/u.test(noun.folded);
    // (Or figures or a study someone issued: معطيات رسمية صادرة عن وزارة العدل; not بحسب
    // أرقام الوزارة, دراسة للمعهد, whose owners the figures' reading finds.)
    const figures =
      /^(?:ل|ب)?(?:ال)?(?:بيانات|دراسه|معطيات|ارقام|احصاءات|احصائيات)$/u.test(noun.folded) &&
      tokens
        .slice(at + 1, at + 4)
        .some((word) => /^(?:ال)?صادر[اه]?$/u.test(word.folded) || ISSUED.test(word.folded));
    if (!text && !figures) return null;
    // (Past its title: لتقرير بعنوان «لا مكان آمن» أصدرته المفوضية.)
    let first = at + 1;
    if (tokens[first]?.folded === 'بعنوان' && tokens[first + 1]?.quoted) {
      first += 1;
      while (tokens[first]?.quoted) first++;
    }
    for (let k = first; k < tokens.length && k <= first + 2; k++) {
      if (ends(tokens[k].brk) && !(k === first && first > at + 1)) return null;
      if (FROM.has(tokens[k].folded)) return named(k + 1);
      // بيان لجنة التحكيم، لبيان الشرطة: a body in construct with the statement, its ل its
      // own.
      if (k === at + 1 && BODY_HEADS.has(stripArticle(tokens[k].folded))) return named(k);
      // بيان نشره الاتحاد على صفحته، بيان أصدرته الوزارة: who published it (its
      // adjectives between: تقرير ربع سنوي أصدرته الشركة).
      if (ISSUED.test(tokens[k].folded)) return named(k + 1);
      if (tokens[k].folded[0] === 'ل' && tokens[k].folded.length > 2)
        return named(k, { dative: true });
    }
    return null;
  };

  /** سبق لفلان أن قال: the one named with ل after سبق, when أن comes right after them. */
  const precededBy = (verb: number, gender: Gender | null): Attribution | null => {
    if (!/^[وف]?ان$/u.test(tokens[verb - 1]?.folded ?? '') || ends(tokens[verb].brk)) return null;
    for (let k = verb - 2; k >= 0 && verb - k <= 9; k--) {
      if (tokens[k].sentence !== tokens[verb].sentence || ends(tokens[k + 1].brk)) return null;
      if (!/^[وف]?سبق$/u.test(tokens[k].folded)) continue;
      if (!/^ل[\u0621-\u064A]{2,}/u.test(tokens[k + 1]?.folded ?? '')) return null;
      const mention = mentionAt(k + 1, true);
      if (!mention || mention.kind === 'anonymous' || mention.end !== verb - 1) return null;
      return named(k + 1, { dative: true }, gender);
    }
    return null;
  };

  /**
   * في بيان قالت فيه، في بلاغ أكد فيه: the body named right before the statement, when the
   * verb of saying points back at the statement with فيه and agrees with the body.
   */
  const statementIssuer = (verb: number, gender: Gender | null): Attribution | null => {
    if (!/^فيه$/u.test(tokens[verb + 1]?.folded ?? '') || ends(tokens[verb + 1].brk)) return null;
    const noun = tokens[verb - 1];
    const venue = tokens[verb - 2];
    if (!noun || !venue || venue.folded !== 'في' || ends(noun.brk) || ends(venue.brk)) return null;
    if (!/^(?:بيان|بلاغ|تقرير)$/u.test(noun.folded)) return null;
    // (The longest body that ends there: وزارة الخارجية الهندية, not الخارجية الهندية.)
    let start = -1;
    for (let j = verb - 3; j >= 0 && verb - 2 - j <= 6; j--) {
      if (tokens[j].sentence !== tokens[verb].sentence || ends(tokens[j + 1].brk)) break;
      const mention = mentionAt(j, false);
      if (
        mention?.kind === 'body' &&
        mention.end === verb - 2 &&
        (!gender || mention.gender === gender)
      )
        start = j;
    }
    if (start < 0) return null;
    const found = named(start, {}, gender);
    return found?.entity?.kind === 'body' ? found : null;
  };

  /** Whether the verb opens with من جانبه، من جهتها، بدوره. */
  const fromTheirSide = (verb: number): boolean => {
    const before = tokens[verb - 1];
    if (!before || before.sentence !== tokens[verb].sentence) return false;
    return /^(?:جانب|جهت|بدور|وبدور)(?:ه|ها|هم)$/u.test(before.folded);
  };

  /**
   * نقلاً عنه، نقلت الصحيفة عنها قولها: the person a pronoun after عن points back to, the
   * last of its gender named in the sentence, else the last met in the story.
   */
  const pointedBack = (sentence: number, gender: Gender): Attribution => {
    const listed = sentenceEntities.sentence === sentence ? sentenceEntities.list : [];
    const person = listed.findLast(
      (entity) => entity.kind === 'person' && (!entity.gender || entity.gender === gender),
    );
    return { entity: person ?? entities.lastMentioned(gender, 'person'), mention: null };
  };

  /** نقلت الوكالة عن الوزير قوله: the speaker follows عن. */
  const relay = (at: number): Attribution => {
    // (Words of a quoted name are not counted: نقل موقع «كل شيء عن الجزائر» عن مصدر.)
    for (let k = at + 1, words = 0; k < tokens.length && words < 10; k++) {
      if (tokens[k].brk === 'sentence') break;
      if (tokens[k].quoted) continue;
      words++;
      if (tokens[k].folded === 'عن') return named(k + 1) ?? { entity: null, mention: null };
      // نقلت صحيفة "النهار" عنها قولها: the one the pronoun points back to.
      const back = /^عن(ه|ها)$/u.exec(tokens[k].folded);
      if (back) {
        // …عنه قوله: the verbal noun after it is part of the frame, not a verb of its own
        // whose subject would be the one who relays.
        if (/^قول(?:ه|ها)$/u.test(tokens[k + 1]?.folded ?? ''))
          consumed = Math.max(consumed, k + 2);
        return pointedBack(tokens[at].sentence, back[1] === 'ه' ? 'm' : 'f');
      }
    }
    return { entity: null, mention: null };
  };

  /** جاء في بيان لوزارة الصحة / صادر عن … / رسالة وجهها فلان. */
  /**
   * تصريحاً لوزير المال فلان، بياناً للهيئة العامة: a text of someone's, with ل, within a few
   * words before `at` in its sentence: the one it is of, named surely.
   */
  const textOwnerBefore = (at: number): Attribution | null => {
    for (
      let k = at - 1;
      k >= 0 && at - k <= 12 && tokens[k].sentence === tokens[at].sentence;
      k--
    ) {
      if (!ISSUED_TEXTS.test(tokens[k].folded) || !tokens[k + 1] || ends(tokens[k + 1].brk))
        continue;
      if (!tokens[k + 1].folded.startsWith('ل')) continue;
      const owner = mentionAt(k + 1, true);
      // (A role or a body's noun after ل: not لاقت, a verb.)
      const sure =
        (owner?.kind === 'person' && owner.role !== null && owner.name.to - owner.name.from >= 2) ||
        (owner?.kind === 'body' && !owner.short);
      if (!sure || owner.end > at) continue;
      const found = named(k + 1, { dative: true });
      if (found?.entity) return { entity: found.entity, mention: null };
    }
    return null;
  };
  /** The body a sentence opened with as its verb's subject last (أصدر نادي الرجاء بلاغاً). */
  const issuingBody = (): Entity | null => {
    let issuer: Entity | null = null;
    for (const entity of entities.all())
      if (entity.kind === 'body' && entity.subject && (!issuer || entity.subject > issuer.subject!))
        issuer = entity;
    return issuer;
  };
  const came = (at: number): Attribution | null => {
    // أصدر الاتحاد بياناً شكر فيه اللاعبين والجهاز الفني، وجاء فيه: the statement of the one
    // the sentence is about, who issued it (its subject, met first), not whom it thanked.
    if (/^فيه(?:ا)?$/u.test(tokens[at + 1]?.folded ?? '')) {
      const sentence = tokens[at].sentence;
      // وتلا فلان البيان الختامي الصادر عن القمة، وجاء فيه: the statement is of the one it
      // came from, not of the one who read it out (who, with no issuer named, is no answer).
      // (Only a statement read out, not his own speech, كلمته، nor تلت, "followed".)
      let readOut = false;
      let issuedBy: number = -1;
      for (let k = at - 1; k >= 0 && tokens[k].sentence === sentence; k--) {
        if (
          /^ال(?:صادر|صادره)$/u.test(tokens[k].folded) &&
          FROM.has(tokens[k + 1]?.folded ?? '') &&
          !ends(tokens[k + 1].brk)
        )
          issuedBy = k + 2;
        if (
          /^[وف]?(?:تلا|قرا|يتلو)$/u.test(tokens[k].folded) &&
          !RELATIVE_PRONOUNS.has(tokens[k - 1]?.folded ?? '') &&
          tokens
            .slice(k + 1, at)
            .some((word) => /^(?:ال)?(?:بيان|رساله|تقرير|بلاغ|وثيقه)$/u.test(word.folded))
        )
          readOut = true;
      }
      if (readOut) {
        if (issuedBy >= 0) {
          const issuer = named(issuedBy);
          if (issuer?.entity) return { entity: issuer.entity, mention: null };
        }
        // (رسالة وجهها شقيقه الشاعر فلان، رسالة كتبها موكله: the one who wrote what was read.)
        for (let k = at - 1; k > 0 && tokens[k].sentence === sentence; k--)
          if (
            /^(?:كتب|وجه|بعث|ارسل|خط)(?:ها|ه)$/u.test(tokens[k].folded) &&
            ISSUED_TEXTS.test(tokens[k - 1].folded.replace(/^[لب]/u, ''))
          ) {
            const writer = named(k + 1);
            return writer?.entity ? { entity: writer.entity, mention: null } : null;
          }
        return null;
      }
      // نشرت الصحيفة تصريحاً لوزير المال فلان جاء فيه: the text is of the one it is of.
      const of = textOwnerBefore(at);
      if (of) return of;
      const subject =
        sentenceEntities.sentence === sentence
          ? sentenceEntities.list.find(
              (entity) =>
                !(entity.kind === 'body' && PLATFORMS.has(normalizeArabic(entity.name ?? ''))),
            )
          : undefined;
      if (subject) return { entity: subject, mention: null };
      // اكتفى الجبوري بنشر تدوينة جاء فيها: the subject, met before, of the verb that opens
      // the sentence, who put out the text.
      const open = sentenceStart(at);
      for (let verb = open; verb < at && verb < open + 5; verb++) {
        if (!isArabicVerbLike(tokens[verb]) || ends(tokens[verb + 1]?.brk ?? 'sentence')) continue;
        const mention = mentionAt(verb + 1, false);
        if (mention?.kind !== 'person' && (mention?.kind !== 'body' || mention.short)) continue;
        // (A text they put out: نشر، أصدر، كتب، بعث; not وثيقة they keep, يحتفظ بوثيقة.)
        if (!tokens.slice(verb, at).some((word) => PUT_OUT.test(word.folded))) return null;
        const before = entities.all().length;
        const found = named(verb + 1);
        return found?.entity && entities.all().length === before
          ? { entity: found.entity, mention: null }
          : null;
      }
      return null;
    }
    if (tokens[at + 1]?.folded !== 'في') return null;
    // جاء في بيان البنك المركزي: the statement of the body in construct with it.
    const noun = tokens[at + 2];
    const owner = tokens[at + 3];
    // وجاء في حيثيات الحكم أن: the reasons of a ruling are the court's, the last met.
    if (
      noun &&
      owner &&
      /^(?:حيثيات|منطوق|نص|اسباب|قرار)$/u.test(noun.folded) &&
      owner.folded === 'الحكم' &&
      !ends(owner.brk) &&
      // (Not حيثيات الحكم، التي تلاها رئيس المحكمة: then they are the reader's words; التي
      // اطلعت عليها «القبس» is only who saw them.)
      !(
        RELATIVE_PRONOUNS.has(tokens[at + 4]?.folded ?? '') &&
        /^(?:تلا|تلاها|تلاه|قرا|قراها|قراه|اعلنها)$/u.test(tokens[at + 5]?.folded ?? '')
      )
    ) {
      // (The last that was a sentence's subject first: أيدت محكمة التمييز حكم محكمة
      // الاستئناف, the court that ruled.)
      let court: Entity | null = null;
      const rank = (entity: Entity) => (entity.subject ?? 0) * 1e6 + entity.seen;
      for (const entity of entities.all())
        if (
          entity.kind === 'body' &&
          entity.bodyHead === 'محكمه' &&
          (!court || rank(entity) > rank(court))
        )
          court = entity;
      return { entity: court, mention: null };
    }
    // أعلنت الوزارة، في بيان، …. وجاء في البيان: «…»: the statement met before, of the one who
    // issued it, the last to speak.
    // (And أن after it: وجاء في البيان أن "…"; or a decision: أصدرت البلدية قراراً. وجاء في
    // القرار: «…».)
    const statementNoun = !!noun && /^ال(?:بيان|رساله|تقرير|بلاغ|قرار)$/u.test(noun.folded);
    // (Before أن, only a body that a sentence opened with as the subject of its verb: أصدر
    // نادي الرجاء بلاغاً …. وجاء في البلاغ أن.)
    if (statementNoun && owner && /^(?:ان|انه|انها|بان|بانه|بانها)$/u.test(owner.folded)) {
      const issuer = issuingBody();
      return issuer ? { entity: issuer, mention: null } : null;
    }
    if (statementNoun && (!owner || owner.quoted || ends(owner.brk))) {
      // وكان البنك الدولي قد قدّر في تقرير حديث …، وجاء في التقرير: the text its sentence's
      // subject put out a moment before, in the same sentence.
      const bare = noun!.folded.slice(2);
      const opening = sentenceStart(at);
      const opened =
        opening < at - 1 && isArabicVerbLike(tokens[opening])
          ? mentionAt(opening + 1, false)
          : null;
      const subject =
        (sentenceEntities.sentence === tokens[at].sentence
          ? sentenceEntities.list[0]
          : undefined) ??
        (opened && (opened.kind === 'body' || opened.kind === 'person')
          ? (entityOfMention(opened, null) ?? undefined)
          : undefined);
      const putOut = tokens
        .slice(sentenceStart(at), at)
        .some((word) => new RegExp(`^(?:[وف]?[بل]?|في)${bare}(?:ا|ه)?$`, 'u').test(word.folded));
      if (subject && subject.kind !== 'anonymous' && putOut)
        return { entity: subject, mention: null };
      // (Or, where no one spoke yet, the body the story met last: ندد الترجي، في بيان، …)
      const issuer = entities.current() ?? entities.lastMentioned(null, 'body');
      return issuer ? { entity: issuer, mention: null } : null;
    }
    if (
      noun &&
      owner &&
      // (Or a decision or ruling: وجاء في قرار المحكمة أن.)
      /^(?:بيان|رساله|تقرير|بلاغ|قرار|حكم)$/u.test(noun.folded) &&
      !ends(owner.brk) &&
      isDefiniteToken(owner)
    )
      return named(at + 3);
    for (let k = at + 2; k < tokens.length && k <= at + 6; k++) {
      const token = tokens[k];
      if (k > at + 2 && ends(token.brk)) break;
      if (FROM.has(token.folded)) return named(k + 1);
      // هنّأ الاتحاد الفريق، وجاء في بيان صادر عنه: the subject of the sentence, which the
      // pronoun points back to (not its object), or no one.
      const back = /^(?:عن|من)(ه|ها)$/u.exec(token.folded);
      if (back && k > at + 2) {
        const gender = back[1] === 'ه' ? 'm' : 'f';
        const subject =
          sentenceEntities.sentence === tokens[at].sentence ? sentenceEntities.list[0] : undefined;
        const fits = subject && (!subject.gender || subject.gender === gender);
        return { entity: fits ? subject : null, mention: null };
      }
      // وجاء في البيان الختامي للقمة: the body that held the meeting, its verb's subject.
      if (/^لل(?:قمه|اجتماع|موتمر|دوره|لقاء|جلسه|اجتماعات)$/u.test(token.folded)) {
        const issuer = issuingBody();
        return issuer ? { entity: issuer, mention: null } : null;
      }
      // وجاء في البيان على لسان رئيس الاتحاد فلان أن: whose tongue the text speaks with (not
      // a dative ل on سان).
      if (token.folded === 'لسان' && /^علي$/u.test(tokens[k - 1].folded)) return named(k + 1);
      if (token.folded[0] === 'ل' && k > at + 2) return named(k, { dative: true });
      if (
        /(?:ها|ه)$/u.test(token.folded) &&
        k > at + 2 &&
        tokens[k + 1] &&
        !ends(tokens[k + 1].brk)
      ) {
        const mention = named(k + 1);
        if (mention) return mention;
      }
    }
    return null;
  };

  /** A role with a name or a named body met where no one speaks, for later references. */
  const remember = (at: number) => {
    // وصفت التجربة بأنها «مدرسة حقيقية»: words in quotes are what was said, not who.
    if (tokens[at].quoted || isAdjectiveAt(at)) return;
    const mention = mentionAt(at, tokens[at].folded.startsWith('لل'));
    if (!mention) return;
    // رفض رئيس هيئة النزاهة الخوض في التفاصيل، مكتفياً بالقول: a role in construct, held by
    // someone met with it, names them, not the body inside it.
    // (The subject of a verb that opens its clause right before it.)
    const verb = tokens[at - 1];
    if (
      mention.kind === 'role' &&
      mention.role.to - mention.role.from >= 2 &&
      isDefiniteToken(tokens[mention.role.to - 1]) &&
      !!verb &&
      isArabicVerbLike(verb) &&
      // (رفض، دعم: verbs the lists know as verbal nouns too.)
      !PREPOSITIONS.has(verb.folded) &&
      !SUBJECT_OPENERS.has(verb.folded) &&
      !TIME_WORDS.has(verb.folded) &&
      (at - 1 === 0 || ends(verb.brk)) &&
      !ends(tokens[at].brk)
    ) {
      const holder = entities.findRole(mention.head, slice(mention.role), mention.gender);
      if (holder?.name) {
        consumed = Math.max(consumed, mention.end);
        inSentence(tokens[at].sentence, holder);
      }
      return;
    }
    // مواطنة من محافظة المنيا، يقيم في ولاية سطيف: a place someone is from or in, which
    // says nothing.
    if (
      mention.kind === 'body' &&
      isPlaceNoun(stripArticle(tokens[at].folded)) &&
      /^[وف]?(?:من|في)$/u.test(tokens[at - 1]?.folded ?? '')
    )
      return;
    const worth =
      (mention.kind === 'person' && mention.role !== null) ||
      (mention.kind === 'body' && !mention.short && mention.end - at >= 2);
    if (!worth) return;
    // وكيلة الوزارة، …، برئاسة السيد فيليب لومبار: a woman's role does not name a man, nor a
    // man's a woman; the words between were not the role.
    if (mention.kind === 'person' && mention.gender) {
      const given = onlyGenderOfGivenName(tokens[mention.name.from].folded);
      if (given && given !== mention.gender) return;
    }
    // أرسلته إلى وكالة فرانس برس، عبر قناة …: the outlet told, not a body of the story.
    const before = tokens[at - 1]?.folded;
    if (
      mention.kind === 'body' &&
      (before === 'الي' || before === 'عبر') &&
      MEDIA_HEADS.has(mention.head)
    )
      return;
    consumed = Math.max(consumed, mention.end);
    const entity = entityOf(mention, null);
    if (!entity) return;
    inSentence(tokens[at].sentence, entity);
    // أيدت محكمة التمييز حكم محكمة الاستئناف …، ان المحكمة "…": the body that opens the
    // sentence as its verb's subject is the one a later short name means, as a speaker is.
    if (
      entity.kind === 'body' &&
      at > 0 &&
      at - 1 === sentenceStart(at) &&
      isArabicVerbLike(tokens[at - 1]) &&
      !FUNCTION_WORDS.has(tokens[at - 1].folded)
    )
      entities.subjectOf(entity);
    // تفقد اللواء فلان، محافظ الجيزة، …: a later المحافظ is this person.
    if (mention.kind === 'person' && entity.kind === 'person')
      rememberRoleAfter(entity, mention.end, startOf(mention));
    // زوجها، الطاهر الزواري، يجلس في فناء البيت. ويقول: a kin that opens the sentence, its
    // name set off by commas: met, for a later verb of saying with no subject.
    if (
      mention.kind === 'person' &&
      entity.kind === 'person' &&
      mention.role !== null &&
      mention.role.from === at &&
      mention.role.to === at + 1 &&
      at === sentenceStart(at) &&
      isOwnedKin(tokens[at].folded, tokens[at].raw) &&
      tokens[mention.name.from].brk === 'clause' &&
      tokens[mention.end]?.brk === 'clause' &&
      mention.name.to - mention.name.from >= 2
    ) {
      // (The kin says the gender: زوجها a man, زوجته a woman.)
      entity.gender ??= genderOfRole(tokens[at]);
      paragraphPeople.push({ entity, at: mention.name.from });
    }
  };

  /**
   * أما أم زينب، 45 عاماً، فقد اضطرت …، وقالت: the person or body after أما is what the
   * sentence is about, named or not by a role, and the subject of its verbs.
   */
  const rememberTopic = (at: number) => {
    let mention = mentionAt(at, false);
    // أما رئيس الحكومة كريم حمادة فاكتفى بالقول: the ف of what is said of the topic ends the
    // name, where no later word opens with it (not أما محمد علي فرحات فقال).
    const last = mention?.kind === 'person' ? tokens[mention.end - 1] : undefined;
    if (
      mention?.kind === 'person' &&
      last &&
      mention.end - 1 > mention.name.from &&
      /^ف[\u0621-\u064A]{3,}$/u.test(last.folded) &&
      genderOfGivenName(last.folded) === null &&
      !isWrittenGivenName(last.raw)
    ) {
      // (A verb's complement right after it: فاكتفى بالقول، فرأى أن، فدعا إلى; not a family
      // name that a comma closes, أما ماركوس فيلر، مدرب الفريق، فكتب.)
      const complement = tokens[mention.end];
      let k = mention.end;
      while (k < tokens.length && !ends(tokens[k].brk) && !/^ف/u.test(tokens[k].folded)) k++;
      if (
        !!complement &&
        !ends(complement.brk) &&
        /^(?:[بل][\u0621-\u064A]{2,}|الي|علي|في|عن|ان|بان|من)$/u.test(complement.folded) &&
        (k >= tokens.length || ends(tokens[k].brk))
      ) {
        mention = readMention(tokens.slice(0, mention.end - 1), at, { dative: false });
        mentions.set(at, mention);
      }
    }
    // أما المحامية المتخصصة في قانون التكنولوجيا مريم الكعبي فرأت: a role with a tail, then
    // its holder named before the ف of the answer.
    if (mention?.kind === 'role') {
      const holder = holderAhead(mention.end, false);
      if (holder) {
        const name = text.slice(tokens[holder.from].start, tokens[holder.to - 1].end);
        const entity = entities.person(
          name,
          text.slice(tokens[at].start, tokens[holder.from - 1].end),
          mention.head,
          mention.gender ?? genderOfGivenName(tokens[holder.from].folded),
        );
        consumed = Math.max(consumed, holder.to);
        inSentence(tokens[at].sentence, entity);
        topic = { sentence: tokens[at].sentence, entity };
        return;
      }
    }
    // (Or someone unnamed: أما أحد العاملين في المستشفى فقال.)
    if (
      !mention ||
      (mention.kind !== 'person' &&
        mention.kind !== 'body' &&
        !(mention.kind === 'anonymous' && /^(?:احد|احدي)$/u.test(tokens[at].folded)))
    )
      return;
    // أما نور فتنتظر، أما نور فقالت: the verb after the ف of the answer tells the topic's
    // gender where the name does not.
    const answer = tokens[mention.end];
    const answered =
      answer && !ends(answer.brk) && /^ف[\u0621-\u064A]{3,}$/u.test(answer.folded)
        ? // (A present verb with ت, or a past one ending in ت; not a past verb of the shape
          // تفاعل, فتساءل.)
          (/^فت[\u0621-\u064A]{3,}$/u.test(answer.folded) &&
            !/^فت[\u0621-\u064A]ا[\u0621-\u064A]{2}$/u.test(answer.folded)) ||
          /^ف[^ت][\u0621-\u064A]+ت$/u.test(answer.folded)
          ? 'f'
          : /^في/u.test(answer.folded)
            ? 'm'
            : null
        : null;
    const entity = entityOf(mention, mention.kind === 'person' ? answered : null);
    if (!entity) return;
    // (Met here as the paragraph's topic, for a later تقول with no subject.)
    if (entity.kind === 'person' && mention.kind === 'person') paragraphPeople.push({ entity, at });
    consumed = Math.max(consumed, mention.end);
    inSentence(tokens[at].sentence, entity);
    topic = { sentence: tokens[at].sentence, entity };
  };

  const isStudent = (at: number) => {
    const before = tokens[at - 1];
    const after = tokens[at + 1];
    return (
      (!!before && /^(?:وهو|وهي|هو|هي)$/u.test(before.folded)) ||
      // والدة طالب، زميل طالب: a noun in construct with the student.
      (!!before &&
        !ends(tokens[at].brk) &&
        /^[وف]?(?:والد|والده|ام|اب|ابن|ابنه|اخ|اخت|ولي|اهل|زميل|زميله|صديق|صديقه|معلم|معلمه)$/u.test(
          before.folded,
        )) ||
      (!!after &&
        !ends(after.brk) &&
        !isDefiniteToken(after) &&
        // (A nisba, not في or لدي: فقد طالب في بيان.)
        /^[\u0621-\u064A]{3,}ي$/u.test(after.folded) &&
        !FUNCTION_WORDS.has(after.folded) &&
        genderOfGivenName(after.folded) === null)
    );
  };

  /**
   * ، فضّل عدم ذكر اسمه، / ، الذي رفض الكشف عن هويته: a clause at `at`, after a comma, in
   * which the one just described asks not to be named (not «اسمه كاملاً»: a first name given).
   */
  const withholdsName = (at: number): number => {
    if (!tokens[at] || !commaBefore(at)) return -1;
    const asks = /^(?:الذي|التي)$/u.test(tokens[at].folded) ? at + 1 : at;
    if (!ASKED_NOT_TO.has(tokens[asks]?.folded ?? '')) return -1;
    const refuses = /^رفض/u.test(tokens[asks].folded);
    if (!refuses && tokens[asks + 1]?.folded !== 'عدم') return -1;
    for (let k = asks + 1; k <= asks + 5 && tokens[k]; k++) {
      if (k > asks + 1 && tokens[k].brk !== 'none') return -1;
      if (/^(?:اسم|هويت)(?:ه|ها)$/u.test(tokens[k].folded))
        return /^(?:كامل|كاملا|الكامل|كامله|الحقيقي|الاول|الاخير)$/u.test(
          tokens[k + 1]?.brk === 'none' ? tokens[k + 1].folded : '',
        )
          ? -1
          : k + 1;
    }
    return -1;
  };

  /** لم يشأ ذكر اسمه، لم تكشف عن هويته: the verb at `at` withholds a name. */
  const withheldName = (at: number): boolean => {
    const before = tokens[at - 1]?.folded ?? '';
    const about = tokens[at + 1]?.folded === 'عن' ? 2 : 1;
    return (
      // (Or asked not to be: رفضت ذكر اسمها.)
      // (Or not given: لم تكشف اسمه، لم تكشف عن هويته.)
      (/^[وف]?(?:لم|لن)$/u.test(before) ||
        (about === 1 && (/^(?:يشا|تشا|يرد|ترد)$/u.test(before) || ASKED_NOT_TO.has(before)))) &&
      /^(?:اسم|هويت)(?:ه|ها|هم)$/u.test(tokens[at + about]?.folded ?? '')
    );
  };

  let lastCue: {
    sentence: number;
    attribution: Attribution;
    named?: boolean;
    at?: number;
  } | null = null;
  /** Someone unnamed who called in (اتصالاً من أحد المشاهدين), in the sentence read. */
  let caller: { sentence: number; entity: Entity } | null = null;
  /** A sentence that opens with على لسان فلان, and whose words they are. */
  let tongue: { sentence: number; attribution: Attribution } | null = null;
  /** علي as written with ي, after a given name: the name Ali, not the preposition على. */
  const aliInName = (at: number): boolean =>
    tokens[at].raw.replace(/[\u064B-\u0652\u0640]/gu, '') === 'علي' &&
    at > 0 &&
    !ends(tokens[at].brk) &&
    genderOfGivenName(tokens[at - 1].folded) !== null;
  let t = 0;
  const readCues = (until: number) => {
    for (; t < until; t++) {
      if (t < consumed) continue;
      const token = tokens[t];
      // Words of a quoted name (حملة "لا للهدم دون بديل") are never cues.
      let cue = token.quoted ? null : cueOf(token.raw, token.folded);
      // (Not علي written with its ي after a given name: فاطمة علي تقول, a name, not على.)
      if (
        cue &&
        t > 0 &&
        PREPOSITIONS.has(tokens[t - 1].folded) &&
        !ends(token.brk) &&
        !aliInName(t - 1)
      )
        cue = null;
      // فبادر فلان إلى القول، وذهب فلان إلى القول إن: "went as far as saying", a masdar frame
      // as بالقول is (not القول alone: يمكن القول إن is no one's).
      if (
        !cue &&
        !token.quoted &&
        token.folded === 'القول' &&
        token.brk === 'none' &&
        tokens[t - 1]?.folded === 'الي'
      )
        cue = { kind: 'participle', gender: null };
      // وهو طالب جامعي، طالب ثانوي: the student, not the verb "demanded".
      if (cue && /^[وف]?طالب$/u.test(token.folded) && isStudent(t)) cue = null;
      // التي تتابع قضايا مماثلة: after a relative pronoun, تابع follows a matter; it says
      // nothing.
      if (
        cue &&
        // (Nor تورد after one: the company that supplies wheat.)
        /^(?:[يت]?تابع|[يت]ورد)/u.test(token.folded) &&
        RELATIVE_PRONOUNS.has(tokens[t - 1]?.folded ?? '')
      )
        cue = null;
      // كان له رأي مختلف، لديها رأي آخر: the noun "opinion" after whom it belongs to, not the
      // verb رأى.
      if (
        cue &&
        /^[وف]?راي$/u.test(token.folded) &&
        /^(?:له|لها|لهم|لهما|لي|لنا|لك|لكم|لديه|لديها|لديهم|عنده|عندها|عندهم)$/u.test(
          tokens[t - 1]?.folded ?? '',
        )
      )
        cue = null;
      // وهي طالبة جامعية تابعت الحلقة، الذي أضاف الكتاب إلى قائمته: inside a clause that
      // says who someone is, a verb that goes on with words takes a thing as its object; it
      // followed an episode, added a book, and says nothing.
      if (
        cue &&
        CONTINUES.test(token.folded) &&
        !/^[وف]/u.test(token.raw.replace(/^واصل/u, '')) &&
        !ends(token.brk) &&
        describesSomeone(tokens, t) &&
        /^ال[\u0621-\u064A]{2,}$/u.test(tokens[t + 1]?.folded ?? '') &&
        !ends(tokens[t + 1].brk) &&
        roleHeadOf(stripArticle(tokens[t + 1].folded)) === null &&
        !entities.findSurname(tokens[t + 1].folded, null)
      )
        cue = null;
      // في مداخلة قاطعها نواب من الأغلبية: a verb whose pronoun points back to the
      // indefinite noun right before it describes that noun (an intervention that deputies
      // interrupted); it opens no words of its own.
      const antecedent = tokens[t - 1];
      if (
        cue &&
        antecedent &&
        token.brk === 'none' &&
        /^[\u0621-\u064A]{3,}(?:ه|ها)$/u.test(token.folded) &&
        /^[\u0621-\u064A]{3,}$/u.test(antecedent.folded) &&
        !isDefiniteToken(antecedent) &&
        !antecedent.quoted &&
        // (A speech or a text may be it, كلمة، مداخلة; no particle is.)
        ![antecedent.folded, antecedent.folded.replace(/^[وف]/u, '')].some(
          (word) =>
            (FUNCTION_WORDS.has(word) && !ISSUED_TEXTS.test(word) && !SAID_WORDS.test(word)) ||
            PREPOSITIONS.has(word) ||
            TIME_WORDS.has(word),
        ) &&
        genderOfGivenName(antecedent.folded) === null &&
        !isWrittenGivenName(antecedent.raw) &&
        !isArabicVerbLike(antecedent) &&
        // (Not words that someone said: عبارة قالها لها مهندس الإضاءة, whose subject said
        // them; but a speech that someone interrupted, كلمة قاطعها نواب, is no one's words
        // but the speaker's.)
        (!SAID_WORDS.test(antecedent.folded) || /^[وف]?[يت]?قاطع/u.test(token.folded)) &&
        token.folded.endsWith('ها') === antecedent.folded.endsWith('ه')
      )
        cue = null;
      // على حد تعبير مدير الدائرة فلان، على حد قول فلان: in someone's words.
      if (!cue && !token.quoted && inWordsOf(t)) {
        cue = { kind: 'according', gender: null };
        t += 2;
      }
      // في رأي أستاذ الاقتصاد فلان، فإن …: in someone's view, as بحسب says.
      if (
        !cue &&
        !token.quoted &&
        /^[وف]?في$/u.test(token.folded) &&
        tokens[t + 1]?.folded === 'راي' &&
        !ends(tokens[t + 1].brk) &&
        tokens[t + 2] &&
        !ends(tokens[t + 2].brk)
      ) {
        cue = { kind: 'according', gender: null };
        t++;
      }
      // ووصفها أحد المغردين بأنها «…»: describing something as a whole statement is saying
      // it (not ما وصفه بـ«…», the frame of a scare quote).
      const described = DESCRIBED_AS.exec(token.folded);
      if (
        !cue &&
        !token.quoted &&
        described &&
        // (After ما only with someone named as its subject: في ما تصفه الأمم المتحدة بأنه.)
        // (A present form, only with its subject after it: صيف يصفه خبراء بأنه; not كان
        // والده يصفها بأنها, a clause about the father.)
        ((tokens[t - 1]?.folded !== 'ما' && !described[2]) ||
          namesSubject(t + 1) ||
          ((described[2] !== undefined || tokens[t - 1]?.folded === 'ما') &&
            mentionAt(t + 1, false)?.kind === 'anonymous') ||
          // (ويصفه الخطيب بأنه: the surname of someone met, then بأنه; so after ما: وهو ما
          // وصفه الشامسي حينها بأنه.)
          ((described[2] !== undefined || tokens[t - 1]?.folded === 'ما') &&
            (AS_THAT.test(tokens[t + 2]?.folded ?? '') ||
              (TIME_WORDS.has(tokens[t + 2]?.folded ?? '') &&
                AS_THAT.test(tokens[t + 3]?.folded ?? ''))) &&
            (entities.findSurname(tokens[t + 1]?.folded ?? '', null)?.parts.length ?? 0) >= 2)) &&
        tokens.slice(t + 1, t + 13).some(
          (word, k, near) =>
            (AS_THAT.test(word.folded) ||
              // (ما تصفه مقدمة البرنامج بـ«…»: ب alone, right before the words, after ما.)
              // (Or after a relative: الذي وصفته بن سالم بـ"الأقوى في القارة".)
              ((tokens[t - 1]?.folded === 'ما' ||
                RELATIVE_PRONOUNS.has(tokens[t - 1]?.folded ?? '')) &&
                k > 0 &&
                word.folded === 'ب' &&
                statements.some((statement) => statement.next === t + 2 + k))) &&
            // (Commas may set off who described it: وصفه تلميذه، المخرج فلان، بأنه; and what
            // they asked: مسؤول، فضّل عدم الكشف عن هويته، بأنه.)
            // (Nor the title of their own work in quotes: وصفه فلان في كتابه "…" بأنه.)
            !near
              .slice(0, k)
              .some(
                (w, j) =>
                  ends(w.brk) && w.brk !== 'clause' && !(w.quoted && ownWorkBefore(near, j)),
              ),
        )
      )
        cue = { kind: 'verb', gender: described[1] || described[2] === 'ت' ? 'f' : 'm' };
      // احتجاجاً على ما وصفه بـ"الأخطاء التحكيمية المتكررة": the words are the sentence's
      // subject's (a quote of three words or more; shorter ones are scare quotes).
      if (
        !cue &&
        !token.quoted &&
        described &&
        /^(?:[بل]?ما|مما|عما)$/u.test(tokens[t - 1]?.folded ?? '') &&
        tokens[t + 1]?.folded === 'ب' &&
        statements.some((statement) => statement.next === t + 2)
      )
        cue = { kind: 'participle', gender: described[1] || described[2] === 'ت' ? 'f' : 'm' };
      // إن فرقها نقلت “11 جريحاً إلى المستشفيات”: carried people or things; relaying needs
      // عن (نقلت الوكالة عن الوزير).
      if (
        cue?.kind === 'relay' &&
        !tokens
          .slice(t + 1, t + 24)
          .filter((word) => !word.quoted)
          .slice(0, 15)
          .some((word) => /^(?:عن|عنه|عنها|عنهم)$/u.test(word.folded))
      )
        cue = null;
      // لافتة is a banner unless it points somewhere: لافتةً إلى أن.
      if (cue && BANNER.has(token.folded) && tokens[t + 1]?.folded !== 'الي') cue = null;
      // لن تغادر مجدداً (مهما كان، على الإطلاق): "again", not "renewing" a call, unless what
      // it renews follows: a definite noun or one with its possessive (مجدداً التأكيد،
      // مجدداً دعوته، مجدداً رفضه).
      const renewed = tokens[t + 1];
      if (
        cue &&
        /^[وف]?مجددا$/u.test(token.folded) &&
        !(
          renewed &&
          !ends(renewed.brk) &&
          (isDefiniteToken(renewed) ||
            (/(?:ه|ها|هم)$/u.test(renewed.folded) &&
              !FUNCTION_WORDS.has(renewed.folded) &&
              !/^(?:مهما|فيما|كما|عندما|حينما|ربما)$/u.test(renewed.folded)))
        )
      )
        cue = null;
      // في دوار تابع لجماعة تزارين: تابع before ل is "belonging to", no verb of saying.
      if (
        cue &&
        /^[وف]?تابع(?:ه|ت)?$/u.test(token.folded) &&
        // (Not a name that opens with لا or a given name: وتابعت لارسن، وتابع لؤي.)
        /^ل(?:ل|[^ا])/u.test(tokens[t + 1]?.folded ?? '') &&
        genderOfGivenName(tokens[t + 1].folded) === null &&
        !entities.findSurname(tokens[t + 1].folded, null) &&
        !ends(tokens[t + 1].brk)
      )
        cue = null;
      // قضت المحكمة بأن: a ruling says something only with بأن (قضى عمره، قضت بسجن say nothing).
      if (
        cue &&
        /^[وف]?قض(?:ي|ت)$/u.test(token.folded) &&
        !tokens
          .slice(t + 1, t + 9)
          .some(
            (word, k, near) =>
              /^(?:بان|بانه|بانها|بانهم)$/u.test(word.folded) &&
              !near.slice(0, k + 1).some((w) => w.brk === 'sentence'),
          )
      )
        cue = null;
      // إنها لم تدخل القسم، لم تحدث: after لم, a verb in the jussive, so a past of the form
      // تفعّل is the present of another verb (تدخُل, enters, not تدخّل, intervened): one whose
      // present with ي is no verb of saying.
      if (
        cue &&
        /^[وف]?لم$/u.test(tokens[t - 1]?.folded ?? '') &&
        /^ت/u.test(token.folded) &&
        !cueOf(`ي${token.raw.slice(1)}`, `ي${token.folded.slice(1)}`)
      )
        cue = null;
      // أن المنظومة تدخل الموسم «…»: تدخل after its subject in a clause of أن is the present
      // of "enters" (news puts the verb of تدخّل, intervened, before its subject).
      // (Only inside a clause of أن or إن, or right after one, أن تدخل الوزارة: وعلى الفور
      // تدخل رئيس المجلس is "intervened".)
      if (cue && token.folded === 'تدخل' && t > 0 && !ends(token.brk)) {
        // (Or right after an indefinite noun, its subject: وهي أول امرأة تدخل المجلس; not an
        // adverb, لاحقاً، nor what is one's own, في معرض رده.)
        const subject = tokens[t - 1];
        if (
          !isDefiniteToken(subject) &&
          /ة[\u064B-\u0652]*$/u.test(subject.raw) &&
          !FUNCTION_WORDS.has(subject.folded)
        )
          cue = null;
        for (let k = t - 1; cue && k >= Math.max(0, t - 8); k--) {
          if (/^(?:ان|بان|وان|لان|فان)$/u.test(tokens[k].folded)) {
            cue = null;
            break;
          }
          if (ends(tokens[k].brk)) break;
        }
      }
      // فضّلت عدم ذكر اسمها: after عدم, a verbal noun, never a verb of saying.
      if (cue && tokens[t - 1]?.folded === 'عدم' && !ends(token.brk)) cue = null;
      // لم يشأ ذكر اسمه، لم تكشف عن هويته: a name not given (by the source, or by the outlet
      // that relays it), no saying.
      if (cue && withheldName(t)) cue = null;
      // خلص، تخلص إلى أن: concludes only with إلى (وتخلّص من is "got rid of").
      if (
        cue &&
        /^[وف]?[يت]?خلص(?:ت)?$/u.test(token.folded) &&
        !tokens
          .slice(t + 1, t + 7)
          .some(
            (word, k, near) =>
              word.folded === 'الي' && !near.slice(0, k + 1).some((w) => ends(w.brk)),
          )
      )
        cue = null;
      let attribution: Attribution | null = null;
      // ينص القانون على أن "…"، التي تنص على أن: a law's words are no one's.
      if (!cue && !token.quoted && STIPULATES.test(token.folded))
        attribution = { entity: null, mention: null };
      // لافتة كُتب عليها: the passive, written on a thing by no one named.
      else if (
        !token.quoted &&
        WRITTEN.test(token.folded) &&
        // (Not after a post or a tweet, whose author wrote in it: بمنشور كتبت فيه; nor
        // after a text the clause before put out: نشر فلان رسالة وداع، كتب فيها.)
        !(inIssuedText(t) && (ownPost(t) || putOutBefore(t))) &&
        (WRITTEN_ON.has(tokens[t + 1]?.folded ?? '') ||
          // (كُتب على إحداها: on one of the banners.)
          (tokens[t + 1]?.folded === 'علي' &&
            /^(?:احداها|احدها|احداهما|احدهما)$/u.test(tokens[t + 2]?.folded ?? ''))) &&
        !ends(tokens[t + 1].brk)
      )
        attribution = { entity: null, mention: null };
      // (And كتب فيها after the post or tweet it was: في تغريدة كتب فيها.)
      else if (
        (cue?.kind === 'verb' ||
          (cue?.kind === 'wrote' &&
            (ownPost(t) || (putOutBefore(t) && (!tokens[t + 2] || ends(tokens[t + 2].brk))))) ||
          (!cue && described)) &&
        inIssuedText(t)
      )
        attribution =
          issuingSubject(t, cue?.gender ?? null) ??
          openingVerbSubject(t, cue?.gender ?? null) ??
          topicOf(t, cue?.gender ?? null) ??
          (cue ? attribute(t, cue, false) : null);
      else if (cue) attribution = attribute(t, cue, false);
      else if (CAME.has(token.folded)) attribution = came(t);
      else if (token.folded === 'لسان' && /^[وف]?علي$/u.test(tokens[t - 1]?.folded ?? '')) {
        attribution = named(t + 1);
        // وعلى لسان فلان، نقلت وسائل إعلام أن "…"، جاء في بيان للشركة أن "…": where the
        // sentence opens with whose tongue it was, what relays it later is no speaker.
        // (Or set off by commas after the body whose tongue it was: أما المفوضية فاكتفت،
        // على لسان المتحدث باسمها فلان، بالقول إن.)
        const opens = t === 1 || tokens[t - 1].brk === 'sentence' || tokens[t - 1].brk === 'clause';
        // (Or after a relay's verb: ونقلت الوكالة على لسان مسؤول، لم تذكر اسمه، أن: the
        // words are the official's, named or not, not the agency's.)
        const relayed = tokens
          .slice(Math.max(0, t - 8), t - 1)
          .some(
            (word) =>
              word.sentence === token.sentence && cueOf(word.raw, word.folded)?.kind === 'relay',
          );
        if (
          (opens && attribution?.entity?.kind === 'person') ||
          (relayed &&
            (attribution?.entity?.kind === 'person' || attribution?.entity?.kind === 'anonymous'))
        )
          tongue = { sentence: token.sentence, attribution };
      } else if (/^[وبل]?(?:ال)?سوال$/u.test(token.folded) && askerBeforeColon(t + 1))
        // ورداً على سؤال المذيع: "…"، سؤال أحد الصحفيين: "…": the question is the asker's.
        attribution = named(t + 1);
      else if (token.folded === 'بقول' && tokens[t + 1] && !ends(tokens[t + 1].brk)) {
        // مستشهداً بقول وزير المالية فلان في مؤتمر صحفي: «…»: the words cited are theirs.
        const cited = mentionAt(t + 1, false);
        const sure =
          (cited?.kind === 'person' &&
            (cited.role !== null || cited.name.to - cited.name.from >= 2)) ||
          (cited?.kind === 'body' && !cited.short);
        if (sure) attribution = named(t + 1);
      } else if (/^[وف]?اما$/u.test(token.folded) && tokens[t + 1] && !ends(tokens[t + 1].brk))
        rememberTopic(t + 1);
      else if (
        CONTACT.has(token.folded) &&
        tokens[t + 1]?.folded === 'من' &&
        !ends(tokens[t + 1].brk) &&
        tokens[t + 2] &&
        !ends(tokens[t + 2].brk)
      ) {
        // اتصالاً من سيدة من طرابلس قالت إن: someone unnamed who called in, the subject of
        // the verbs after it in the sentence.
        const mention = mentionAt(t + 2, false);
        const unnamed = mention?.kind === 'anonymous' ? entityOf(mention, null) : null;
        // (Named by the kunya they gave: مواطنة عرّفت نفسها باسم "أم محمود"، قالت فيه.)
        const role = mention?.kind === 'anonymous' ? slice(mention.role) : null;
        const entity = unnamed
          ? (kunyaOfUnnamed({ entity: unnamed, mention: role }, t + 2)?.entity ?? unnamed)
          : null;
        if (entity) caller = { sentence: token.sentence, entity };
      } else if (courtesyOf(token.folded) && tokens[t + 1] && !ends(tokens[t + 1].brk)) {
        // استقبل سمو الشيخ فلان، بحضور معالي فلان: known to سموه، معاليه later.
        const mention = mentionAt(t + 1, false);
        const entity = mention?.kind === 'person' ? entityOf(mention, null) : null;
        if (entity && mention) {
          inSentence(token.sentence, entity);
          consumed = Math.max(consumed, mention.end);
        }
      } else if (DEATH.test(token.folded) || MOURN.test(token.folded)) {
        // رحيل الفنان فلان، توفي فلان، نعى الاتحاد الشاعر فلان، الشاعر فلان الذي توفي:
        // later الراحل means this person.
        const mourned =
          mournedBefore(tokens, t, (at) => mentionAt(at, false)) ??
          mournedAt(tokens, t + 1, (at) => mentionAt(at, false));
        const entity = mourned ? entityOf(mourned, null) : null;
        if (entity) entities.deceased(entity);
      } else if (opensNamedPhrase(token) && !FUNCTION_WORDS.has(tokens[t + 1]?.folded ?? 'ان'))
        remember(t);
      else if (
        // ويدير المحل شاب في العشرينات يُدعى مجاهد، قال إن: someone unnamed by what they are,
        // then the name they go by, met where no one speaks; the subject of the verb after.
        ANONYMOUS_HEADS.has(token.folded.replace(/^[وف]/u, '')) &&
        tokens
          .slice(t + 1, t + 6)
          .some(
            (word, k, near) =>
              CALLED_VERB.test(word.folded) && !near.slice(0, k + 1).some((w) => ends(w.brk)),
          )
      )
        remember(t);
      else if (
        isDefiniteToken(token) &&
        isNisba(token.folded) &&
        !entities.findSurname(token.folded, null)
      ) {
        // أمام البولندية ماغدالينا كوفالسكا: a nationality and a name, known to later
        // references (كوفالسكا) but no subject of this sentence.
        const named = nationalityAndName(tokens, t);
        if (named && entityOf(named, null)) consumed = Math.max(consumed, named.end);
      } else if ((t === 0 || ends(token.brk)) && !token.quoted) {
        // أم سامر، ربة منزل من محافظة الشرقية، واحدة من الضحايا. تقول: a person a sentence or
        // a clause opens with, named surely (a known given name, or a kunya of two words) and
        // set off by a comma, is whom it is about: the subject of a verb without one in the
        // sentence after.
        const mention = mentionAt(t, false);
        const given = genderOfGivenName(token.folded);
        const gender = kunyaGender(token) ?? given;
        const sure =
          mention?.kind === 'person' &&
          mention.role === null &&
          mention.name.from === t &&
          tokens[mention.end]?.brk === 'clause' &&
          mention.end - t >= 2 &&
          gender !== null &&
          // (A kunya and a family name too: أبو محمد الحسين، مزارع من ….)
          (given !== null ||
            mention.name.to - mention.name.from === 2 ||
            (kunyaGender(token) !== null && mention.name.to - mention.name.from === 3));
        // (Or a kin with its pronoun, then a known given name set off by commas: والدته،
        // الحاجة خديجة، التي تجاوزت التسعين، …؛ زوجته سيرانوش، ….)
        const kinGiven =
          !sure &&
          mention?.kind === 'person' &&
          mention.role !== null &&
          mention.role.from === t &&
          mention.role.to - mention.role.from === 1 &&
          isOwnedKin(token.folded.replace(/^[وف]/u, ''), token.raw.replace(/^[وف]/u, '')) &&
          tokens[mention.end]?.brk === 'clause' &&
          genderOfGivenName(tokens[mention.name.from].folded) !== null;
        const kinGender = kinGiven ? genderOfGivenName(tokens[mention.name.from].folded) : null;
        const entity = sure
          ? entityOf(mention, gender)
          : kinGiven
            ? entityOf(mention, kinGender)
            : null;
        const as = sure ? gender : kinGender;
        if (entity && as && namedSurely(entity, as)) {
          inSentence(token.sentence, entity);
          consumed = Math.max(consumed, mention!.end);
        }
      }
      if (!attribution) continue;
      // (Over what relays it or a body that announced it, never over someone named who
      // speaks for themself: …، في حين قال زعيم المعارضة فلان إن.)
      if (
        tongue?.sentence === token.sentence &&
        tongue.attribution !== attribution &&
        attribution.entity?.kind !== 'person' &&
        attribution.entity?.kind !== 'anonymous'
      )
        attribution = tongue.attribution;
      if (attribution.entity) entities.spoke(attribution.entity, cue?.gender ?? null);
      lastCue = {
        sentence: token.sentence,
        attribution,
        named: attribution === lastExplicit,
        at: t,
      };
    }
  };

  /** Whom the last question was put to, while its answer may follow. */
  let addressee: Entity | null = null;
  /**
   * The one a question is put to, from its sentence before the quote: an object pronoun on
   * the verb of asking (سأله، سألتها: whoever spoke before the one asking), or إلى after
   * the words of asking (موجهاً سؤاله إلى فلانة، توجه بسؤاله إلى فلان).
   */
  const addresseeOf = (
    statement: Statement,
    asker: Entity | null,
    before: Entity | null,
  ): Entity | null => {
    let start = statement.next;
    while (start > 0 && tokens[start - 1].sentence === statement.sentence) start--;
    let asking = -1;
    for (let k = start; k < tokens.length && tokens[k].end <= statement.span.start; k++) {
      const { folded } = tokens[k];
      const pronoun = /^[وف]?سالت?(ه|ها)$/u.exec(folded);
      if (pronoun) {
        const gender = pronoun[1] === 'ه' ? 'm' : 'f';
        const fits = before && before !== asker && (!before.gender || before.gender === gender);
        return fits ? before : null;
      }
      if (ASKING.test(folded)) asking = k;
      if (
        folded === 'الي' &&
        asking >= 0 &&
        k - asking <= 3 &&
        !ends(tokens[k + 1]?.brk ?? 'sentence')
      ) {
        const mention = mentionAt(k + 1, false);
        const entity = mention ? entityOf(mention, null) : null;
        return entity && entity !== asker ? entity : null;
      }
    }
    return null;
  };

  /** على حد تعبير/قول/وصف at `at`, then someone: in their words. */
  function inWordsOf(at: number): boolean {
    return (
      /^[وف]?علي$/u.test(tokens[at].folded) &&
      tokens[at + 1]?.folded === 'حد' &&
      /^(?:تعبير|قول|وصف)$/u.test(tokens[at + 2]?.folded ?? '') &&
      !!tokens[at + 3] &&
      !ends(tokens[at + 1].brk) &&
      !ends(tokens[at + 2].brk) &&
      !ends(tokens[at + 3].brk)
    );
  }

  function cueAfter(statement: Statement): Attribution | null {
    // «…». بهذه العبارة افتتحت فلانة حديثها: the next sentence may point back at the quote.
    const first = tokens[statement.next];
    const pointsBack =
      !!first && first.sentence !== statement.sentence && POINTING_BACK.has(first.folded);
    const sentence = pointsBack ? first.sentence : statement.sentence;
    let fillers = 0;
    for (
      let k = statement.next;
      k < tokens.length && k < statement.next + MAX_POST_CUE_DISTANCE;
      k++
    ) {
      const token = tokens[k];
      if (token.sentence !== sentence) return null;
      if (
        statements.some(
          (other) =>
            other !== statement && other.next === k && other.span.start > statement.span.end,
        )
      )
        return null;
      // «…»، هذا ما قاله مصدر أمني: the quote is what the verb after ما says.
      if (
        /^(?:هذا|ذلك)$/u.test(token.folded) &&
        tokens[k + 1]?.folded === 'ما' &&
        tokens[k + 2] &&
        !ends(tokens[k + 1].brk) &&
        !ends(tokens[k + 2].brk) &&
        isRelativeVerb(tokens[k + 2].folded)
      ) {
        const verb = tokens[k + 2].folded;
        const gender = /ت(?:ه|ها)?$/u.test(verb) ? 'f' : 'm';
        return attribute(k + 2, { kind: 'verb', gender }, true);
      }
      // «…»، على حد تعبير مدير الدائرة فلان: in someone's words.
      if (inWordsOf(k)) return attribute(k + 2, { kind: 'according', gender: null }, true);
      // «…»، جاء في بيان صادر عن البيت الأبيض: the statement the quote came in, its issuer's.
      if (
        k === statement.next &&
        CAME.has(token.folded) &&
        tokens[k + 1]?.folded === 'في' &&
        /^(?:ال)?صادر[اه]?$/u.test(tokens[k + 3]?.folded ?? '')
      ) {
        const issued = issuerAfter(k + 2);
        if (issued?.entity) return issued;
      }
      // «…»، بهذه الأرقام افتتح فلان: the noun after بهذه points back at the quote too.
      if (
        fillers > 0 &&
        POINTING_WITH.has(tokens[k - 1].folded) &&
        token.folded.startsWith('ال') &&
        !ends(token.brk)
      ) {
        fillers++;
        continue;
      }
      const cue = cueOf(token.raw, token.folded);
      // «…؟»، أجابت المتحدثة: who answers did not ask.
      if (cue && isQuestion(statement) && ANSWERS.test(token.folded))
        return { entity: null, mention: null };
      if (cue && cue.kind !== 'participle') return attribute(k, cue, true);
      // After بهذه الكلمات / هكذا any verb frames the quote: افتتحت، استهلّ، ختم.
      if (
        fillers > 0 &&
        !POST_QUOTE_FILLERS.has(token.folded) &&
        // (افتتحت، اختتمت: derived verbs run to six letters; an adjective has the article.)
        /^[\u0621-\u064A]{3,6}$/u.test(token.folded) &&
        !token.folded.startsWith('ال')
      )
        return attribute(k, { kind: 'verb', gender: token.folded.endsWith('ت') ? 'f' : 'm' }, true);
      // Only words that point back at the quote may stand before its frame: «…»، بهذه
      // الكلمات وصف فلان; «…»، في حين وصفت الإدارة is someone else's sentence.
      if (!POST_QUOTE_FILLERS.has(token.folded)) return null;
      fillers++;
    }
    return null;
  }

  // Statements first: a story without any has no one to attribute anything to, and the
  // paragraphs after its last statement cannot change an attribution.
  const quoted = [
    ...bodyQuoted,
    ...frames.map((frame, index) => quotedSpansOf(frame.text, frameWords[index])),
  ];
  let last = bodyParagraphs.length - 1;
  while (last >= 0 && quoted[last].statements.length === 0) last--;
  // The body up to its last statement, then the headline's frames that have words to read
  // (a repeat takes its speaker from the body statement it repeats, below).
  const order = [
    ...Array.from({ length: last + 1 }, (_, index) => index),
    ...frames.flatMap((frame, index) => (frame.repeats ? [] : [bodyParagraphs.length + index])),
  ];
  for (paragraph of order) {
    text = paragraphs[paragraph];
    const words = paragraphWords[paragraph];
    const spans = quoted[paragraph].statements;
    const names = quoted[paragraph].all.filter((span) => !spans.includes(span));
    ({ tokens, statements } = segment(text, words, spans, names));
    sentenceEntities = { sentence: -1, list: [] };
    previousSentence = { sentence: -1, list: [] };
    topic = null;
    mentions = new Map();
    consumed = 0;
    lastCue = null;
    caller = null;
    tongue = null;
    t = 0;
    readAliases();
    if (interview && spans.length === 0 && QUESTION_PARAGRAPH.test(text))
      interview.question = paragraph;
    paragraphPeople = [];
    const namedBefore = { m: entities.lastNamedPerson('m'), f: entities.lastNamedPerson('f') };
    readPeople();
    readKunyaWords();
    readCallings(namedBefore);
    // «…»، تقول زهراء، «…»: a frame between two quotes of one sentence frames both.
    let framedAfter: { sentence: number; attribution: Attribution; end: number } | null = null;
    for (const statement of statements) {
      const speakerBefore = entities.current();
      const framed = framedAfter as {
        sentence: number;
        attribution: Attribution;
        end: number;
      } | null;
      readCues(statement.next);
      let attribution: Attribution | null = null;
      const cue = lastCue as { sentence: number; attribution: Attribution } | null;
      if (cue && cue.sentence === statement.sentence) {
        attribution = cue.attribution;
      } else if (
        framed &&
        framed.sentence === statement.sentence &&
        // (Not when a second clause answers after the frame: «…»، يقول محمود، فتقاطعه
        // والدته: «…».)
        !text
          .slice(framed.end, statement.span.start)
          .split(/[،,]/u)
          .map((piece) => piece.trim())
          .filter(Boolean)
          .some((piece, index) => index > 0 && piece.startsWith('ف'))
      ) {
        attribution = { entity: framed.attribution.entity, mention: null };
      } else {
        attribution = cueAfter(statement);
        if (attribution?.entity) {
          entities.spoke(attribution.entity, null);
          framedAfter = { sentence: statement.sentence, attribution, end: statement.span.end };
        } else if (
          !attribution &&
          interview?.question === paragraph - 1 &&
          statement === statements[0] &&
          statement.opensSentence &&
          statement.sentence === 0
        ) {
          // The answer after an interview's question: the one interviewed.
          attribution = { entity: interview.entity, mention: null };
          entities.spoke(interview.entity, null);
          interview.answered = paragraph;
        } else if (!attribution && (attribution = colonSubject(statement))?.entity) {
          entities.spoke(attribution.entity, null);
        } else if (
          !attribution &&
          statement.opensSentence &&
          !SAYING_NOUN_AFTER.test(text.slice(statement.span.end, statement.span.end + 24))
        )
          attribution = { entity: entities.current(), mention: null };
      }
      if (chantedBefore(statement)) attribution = null;
      addressee = isQuestion(statement)
        ? addresseeOf(statement, attribution?.entity ?? null, speakerBefore)
        : null;
      found.push({
        quote: {
          text: statement.span.inner.trim(),
          paragraph,
          start: statement.span.start,
          end: statement.span.end,
          mention: attribution?.mention ?? null,
        },
        entity: attribution?.entity ?? null,
      });
    }
    readCues(tokens.length);
    // - ما الذي تطالبون به؟ / س: …؟ — where an interview's questions begin, the one
    // interviewed is the person the paragraph before names last (الحوار الآتي مع فلان:،
    // التقى الموقع فلاناً); they keep the floor through the questions and answers after.
    const next = paragraph + 1;
    if (
      interview?.answered !== paragraph &&
      next <= last &&
      quoted[next].statements.length === 0 &&
      QUESTION_PARAGRAPH.test(paragraphs[next])
    )
      interview = intervieweeNamed();
  }

  // Entities are final only once the whole story is read (a surname may come first).
  // وقال محافظ دهوك، …، إن … / وأعلن المحافظ دلشاد شعبان هركي: an office named before its
  // holder, who is named later in the story, is that holder (one only).
  const persons = entities.all().filter((entity) => entity.kind === 'person');
  const holderOf = (entity: Entity): Entity | null => {
    const office = entity.key.split(' ').map(stripArticle);
    const head = roleHeadOf(office[0] ?? '');
    const extras = office.slice(1);
    if (head === null || extras.length === 0 || extras.length > 3) return null;
    const holders = persons.filter((person) => {
      if (!person.roleHeads.has(head)) return false;
      // (Not the other parent: والدة الضحية is no والد الضحية.)
      if (entity.gender && person.gender && entity.gender !== person.gender) return false;
      const own = [...person.roleWords].filter(
        (word) => word !== head && word !== `${head}ه` && !HONORIFICS.has(word),
      );
      const named = new Set(person.parts.map(stripArticle));
      // The same office (محافظ الإسكندرية), or the one word of its place where the holder
      // was met by the head alone (محافظ دهوك, then المحافظ فلان).
      // (Or the holder's own name after the role: المعلم الحسين.)
      return (
        (/(?:^|\s)ال/u.test(entity.key) &&
          own.every((word) => extras.includes(word)) &&
          extras.every((word) => own.includes(word) || named.has(word))) ||
        (own.length === 0 &&
          extras.length === 1 &&
          TERRITORIAL.has(head) &&
          !entity.key.includes(' ال') &&
          !isLexical(extras[0]))
      );
    });
    return holders.length === 1 ? holders[0] : null;
  };
  /**
   * الداخلية العراقية: «…»: a headline's speaker named by a body's name without its head
   * noun is that body, when the story names one so (وزارة الداخلية العراقية).
   */
  const bodyByItsTail = (speaker: string): Entity | null => {
    const key = normalizeArabic(speaker).trim();
    if (!key.startsWith('ال')) return null;
    const one = !key.includes(' ');
    const bodies = entities.all().filter((entity) => {
      if (entity.kind !== 'body' || !entity.name) return false;
      const name = normalizeArabic(entity.name);
      // (Or the first of several words after the head, one word alone: التموين: «…» over
      // وزارة التموين والتجارة الداخلية.)
      return (
        (name.endsWith(` ${key}`) && name.split(' ').length === key.split(' ').length + 1) ||
        (one && name.split(' ')[1] === key)
      );
    });
    return bodies.length === 1 ? bodies[0] : null;
  };
  /**
   * مسعف على حاجز عطارة: «…»: a headline's speaker named by an office alone is the one
   * person the body named who holds it (المسعف … إبراهيم الدويك), when there is one.
   */
  const soleHolder = (entity: Entity, speaker: string): Entity | null => {
    const words = normalizeArabic(speaker).split(' ');
    // (The headline's own first word when the reading took it for a title: عميد متقاعد.)
    const head =
      roleHeadOf(stripArticle(entity.key.split(' ')[0] ?? '')) ??
      roleHeadOf(stripArticle(words[0] ?? ''));
    if (head === null) return null;
    // (قاضٍ، محامٍ: a noun that drops its ي with tanween is القاضي، المحامي in the body.)
    const full = /ي$/u.test(head) ? null : roleHeadOf(`${head}ي`);
    const sameGender = (person: Entity) =>
      !entity.gender || !person.gender || entity.gender === person.gender;
    const holders = persons.filter(
      (person) =>
        (person.roleHeads.has(head) || (!!full && person.roleHeads.has(full))) &&
        sameGender(person),
    );
    if (holders.length === 1) return holders[0];
    // باحث عراقي في برلين: «…»: or the one person of that nationality the body describes
    // (البروفيسور العراقي فلان), where no one holds the office by that word.
    const nationality = words.slice(1, 3).find((word) => nationalityOf(word) !== null);
    if (holders.length > 0 || !nationality) return null;
    const bare = stripArticle(nationality);
    const described = persons.filter(
      (person) => sameGender(person) && (person.described?.has(bare) || person.roleWords.has(bare)),
    );
    return described.length === 1 ? described[0] : null;
  };
  // A headline's statement that repeats a body statement's words is that statement's.
  frames.forEach((frame, index) => {
    if (!frame.repeats) return;
    const key = wordsOnly(frame.span.inner);
    const source = found.find(
      (entry) =>
        entry.quote.paragraph < bodyParagraphs.length && wordsOnly(entry.quote.text).includes(key),
    );
    // (Not one the body leaves to no one: a name it took for a statement, as often as not.)
    if (source?.entity)
      found.push({
        quote: {
          text: frame.span.inner.trim(),
          paragraph: bodyParagraphs.length + index,
          start: 0,
          end: 0,
          mention: null,
        },
        entity: source.entity,
      });
  });
  // Who a headline names before its colon is someone the body quotes (or someone unnamed):
  // a headline's own noun phrase (كلفة الحج: «…») is no one.
  entities.endAtFamilyNames(bodyWords);
  const quotedInBody = new Set(
    found.filter((entry) => entry.quote.paragraph < bodyParagraphs.length).map((e) => e.entity),
  );
  return found.map(({ quote, entity: met }) => {
    // The headline's quotes, at their own offsets in it.
    const frame = frames[quote.paragraph - bodyParagraphs.length];
    const place = frame
      ? { paragraph: HEADLINE_PARAGRAPH, start: frame.span.start, end: frame.span.end }
      : { paragraph: quote.paragraph, start: quote.start, end: quote.end };
    const read =
      (frame && !frame.repeats && met?.kind !== 'anonymous' && !quotedInBody.has(met)
        ? null
        : met) ?? (frame && !frame.repeats ? bodyByItsTail(frame.speaker) : null);
    const entity =
      read?.kind === 'anonymous'
        ? (holderOf(read) ??
          (frame && !frame.repeats ? soleHolder(read, frame.speaker) : null) ??
          read)
        : read;
    // A person whose name is one definite word in -ية (الرسمية، الرواية، الدورية) is a noun
    // or an adjective the rules took for a name: no one rather than a wrong one (on dev and
    // hold-out all such names were wrong). A body may be so named, and a nationality may
    // name an airline or a state: الكويتية في بيان.
    const noun =
      entity?.kind === 'person' &&
      ((NOUN_AS_NAME.test(entity.name ?? '') &&
        !isFeminineNationality(normalizeArabic(entity.name ?? ''))) ||
        oneWordNoName(entity.name ?? ''));
    const owned = entity?.kind === 'person' && endsOnOwnedAction(entity.name ?? '');
    // قالت قناة مقربة من الفصائل: a body's noun alone, with no article and no name, names
    // no body.
    const bare =
      entity?.kind === 'body' &&
      !/\s/u.test((entity.name ?? '').trim()) &&
      BODY_HEADS.has(normalizeArabic(entity.name ?? ''));
    const named = noun || owned || bare ? null : entity;
    return {
      text: quote.text,
      ...place,
      speaker: named?.name ?? null,
      speakerKey: named && named.kind !== 'anonymous' ? named.key : null,
      kind: named ? named.kind : 'unknown',
      role: named?.role ?? null,
      mention: named ? quote.mention : null,
    };
  });
}

/**
 * روى العبودي تفاصيل احتجازه: a name that ends on a verbal noun with a possessive as written
 * (احتجازه، رحيلها) is what someone did, not who they are.
 */
function endsOnOwnedAction(name: string): boolean {
  const last = name.trim().split(/\s+/u).pop() ?? '';
  return (
    /(?:ه|ها|هم)$/u.test(last) && isVerbalNoun(normalizeArabic(last).replace(/(?:ه|ها|هم)$/u, ''))
  );
}

/**
 * A person's name of one word that no list knows as a given name, and that shows it is no
 * name: a noun with a possessive as written (أمه، فضيلته، انزعاجه), a verb of four letters
 * (حرصت، سقطت، تخاف), a country or a capital (مصر، طرابلس), a role's or an unnamed
 * source's noun (خطيب، متصل). On dev and hold-out every such name was wrong.
 */
function oneWordNoName(name: string): boolean {
  const written = name.trim();
  if (/\s/u.test(written)) return false;
  const folded = normalizeArabic(written);
  if (genderOfGivenName(folded) !== null || isWrittenGivenName(written)) return false;
  return (
    // (Not -يه or -يته, the French -é and -itte of a foreign name: بيليه، بريجيته.)
    (/^[\u0621-\u064A]{3,}(?:ه|ها|هم|هن)$/u.test(written) &&
      !/يت?ه$/u.test(written) &&
      !KNOWN_IN_H.has(folded)) ||
    /^[\u0621-\u064A]{3}ت$/u.test(written) ||
    /^[يت][^وي][\u0621-\u064A]{2}$/u.test(written) ||
    // (أمه، عمها، خاله: a short kin noun with "his" or "her".)
    /^(?:ام|اب|اخ|عم|خال|جد)(?:ه|ها|هم|هما)$/u.test(folded) ||
    COUNTRIES.has(folded) ||
    CAPITALS.has(folded) ||
    ANONYMOUS_HEADS.has(folded) ||
    roleHeadOf(folded) === folded
  );
}
/** Offices over a place, named by the place's own name (محافظ دهوك، والي الخرطوم). */
const TERRITORIAL = foldedSet('محافظ والي حاكم عمدة امير قائمقام');

/** Names that end in ه as a possessive would: عبده. */
const KNOWN_IN_H = foldedSet('عبده طه');

/** One definite word in -ية: الرسمية، الدورية، المديرية (as written, hamza and all). */
const NOUN_AS_NAME = /^ال[^\s]+ي[ةه]$/u;

/** A paragraph that is an interview's answer: after a dash, or ج: / الجواب. */
const ANSWER_OPENING = /^\s*(?:[-–—]|ج\s*[:：]|(?:ال)?جواب\s*[:：-])/u;

/**
 * «…»، عبارة تتردد على ألسنة كثيرين / «…»، شعار رفعه المحتجون: words the text calls a
 * saying or a slogan going round, no one's in particular (they do not go on with the last
 * speaker).
 */
const SAYING_NOUN_AFTER = /^\s*[،,]?\s*(?:عبارة|عبارات|جملة|كلمات|شعار|هتاف|مقولة|لازمة)\s/u;

/** A paragraph that is an interview's question: after a dash or س:, ending in a question mark. */
const QUESTION_PARAGRAPH = /^\s*(?:[-–—•]|س\s*[:：]|(?:ال)?سؤال\s*[:：\-–])[^]*[؟?]\s*$/u;

/** Verbs of answering: أجاب، أجابت، ردّ، فردّت، يجيب، لترد. */
const ANSWERS = /^[وفل]?(?:اجاب|اجابت|رد|ردت|يرد|ترد|يجيب|تجيب)$/u;
/** Words of putting a question to someone (سؤاله، موجهاً، توجه بسؤاله), before إلى. */
const ASKING = /^[وفب]?(?:سوال(?:ه|ها)?|موجه[اه]|متوجه[اه]|توجه|توجهت|وجه|وجهت)$/u;
/** A quoted question: its answer may follow without naming who answers. */
function isQuestion(statement: Statement): boolean {
  return /[؟?]\s*$/u.test(statement.span.inner.trim());
}

/**
 * The full name that a surname (الزواري، أبو العلا) had where the story first wrote it in
 * full, before `offset` of `paragraph`: the name words right before the surname there.
 */
/**
 * The full name of a body that the story named before `offset` of `paragraph` (its last
 * such mention), for a later reference by its head noun alone (الوزارة، المندوبية).
 */
/**
 * A body's name as met before `offset` with one nationality's adjective after it (وزارة
 * التجارة العراقية for وزارة التجارة), when the story met it so with one only; else null.
 */
function nationalBefore(
  paragraphWords: readonly (readonly Word[])[],
  paragraph: number,
  offset: number,
  name: string,
): string | null {
  const parts = wordsOf(name).map((word) => word.folded);
  if (parts.length < 2 || nationalityOf(parts[parts.length - 1]) !== null) return null;
  const found = new Set<string>();
  let written: string | null = null;
  for (let p = 0; p <= paragraph; p++) {
    const words = paragraphWords[p];
    for (let at = 0; at + parts.length < words.length; at++) {
      if (p === paragraph && words[at + parts.length].start >= offset) break;
      // (The first word may carry و، ف، ل or ب: أمام مبنى وزارة …، بوزارة ….)
      const same = (part: string, k: number) =>
        words[at + k].folded === part ||
        (k === 0 && words[at].folded.replace(/^[وفلب](?=\p{L}{3})/u, '') === part);
      if (!parts.every(same)) continue;
      // (Not inside someone's role: لاعب نادي النسور المصري.)
      const before = words[at - 1];
      if (before && roleHeadOf(stripArticle(before.folded)) !== null) continue;
      const adjective = words[at + parts.length];
      if (!adjective.folded.startsWith('ال') || nationalityOf(adjective.folded) === null) continue;
      found.add(adjective.folded);
      written ??= `${name} ${adjective.raw}`;
    }
  }
  return found.size === 1 ? written : null;
}

function fullBodyBefore(
  texts: readonly string[],
  paragraphWords: readonly (readonly Word[])[],
  paragraph: number,
  offset: number,
  head: string,
): { name: string; gender: Gender } | null {
  let found: { name: string; gender: Gender } | null = null;
  for (let p = 0; p <= paragraph; p++) {
    const words = paragraphWords[p];
    let tokens: Token[] | null = null;
    for (let at = 0; at < words.length; at++) {
      if (p === paragraph && words[at].start >= offset) break;
      const bare = stripArticle(words[at].folded.replace(/^[وفلب](?=\p{L}{3})/u, ''));
      // (وقالت الشركة after للخطوط الجوية القطرية: an airline is a company too.)
      const core = stripArticle(
        words[at].folded.replace(/^[وف](?=\p{L}{3})/u, '').replace(/^(?:لل|بال)/u, 'ال'),
      );
      // (The airline's: الخطوط الجوية, not الخطوط العريضة.)
      const alias =
        (HEAD_ALIASES.get(head)?.has(core) ?? false) &&
        /^ال?جوي[هة]$/u.test(words[at + 1]?.folded ?? '');
      if (bare !== head && stripArticle(words[at].folded) !== head && !alias) continue;
      tokens ??= plainTokens(words, texts[p]);
      // وكيل وزارة الصحة: a body inside someone's role is not the body that speaks.
      const before = tokens[at - 1];
      if (before && !ends(tokens[at].brk) && roleHeadOf(stripArticle(before.folded)) !== null)
        continue;
      // وأضافت الخارجية after وزارة الخارجية العراقية: the ministry's word, met as the
      // genitive of its head noun, means the whole body.
      // (A ministry's only: مجلس إدارة البنك المركزي, then البنك, is the bank.)
      if (
        before &&
        !ends(tokens[at].brk) &&
        /^[وفلب]?وزاره$/u.test(before.folded) &&
        words[at].folded.startsWith('ال')
      ) {
        const whole = readMention(tokens, at - 1);
        if (whole?.kind === 'body' && !whole.short && whole.name.from === at - 1) {
          const name = texts[p].slice(whole.name.start, whole.name.end);
          found = { name: whole.name.alef ? `ا${name}` : name, gender: whole.gender };
          continue;
        }
      }
      // لشركة "فلاي دبي"، منظمة «بتسيلم»: the quoted name right after the head noun.
      // (An indefinite head only: not الشركة "لم تدفع التعويضات", a quote about it.)
      const quotedName = /^\s*["«“]([^"«»“”]{2,40})["»”]/u.exec(texts[p].slice(words[at].end));
      if (
        quotedName &&
        quotedName[1].trim().split(/\s+/u).length <= 4 &&
        !/^[وف]?ال/u.test(words[at].folded)
      ) {
        found = { name: quotedName[1].trim(), gender: BODY_HEADS.get(head) ?? 'f' };
        continue;
      }
      // لوزارة المالية: read as if the preposition were not there.
      const folded = words[at].folded;
      const own = folded[0] === 'ل' && !folded.startsWith('ال');
      // بالبنك المركزي المصري، بوزارة الداخلية: ب on the body's noun, taken off (not from a
      // head that opens with ب itself: بلدية، بنك، بعثة).
      // (Not the object of a verb that takes ب: أشاد بالمجلس الأعلى للقضاء is praised, not
      // met as the one that speaks.)
      const glued =
        folded[0] === 'ب' &&
        !BODY_HEADS.has(stripArticle(folded)) &&
        !GOVERNS_BI.test(tokens[at - 1]?.folded ?? '');
      if (folded[0] === 'ب' && !glued && !BODY_HEADS.has(stripArticle(folded))) continue;
      const view = glued
        ? tokens.map((token, k) =>
            k === at
              ? {
                  ...token,
                  folded: folded.slice(1),
                  raw: token.raw.slice(1),
                  start: token.start + 1,
                }
              : token,
          )
        : tokens;
      const mention = readMention(view, at, { dative: own });
      if (mention?.kind !== 'body' || mention.short || mention.name.to - mention.name.from < 2)
        continue;
      const name = texts[p].slice(mention.name.start, mention.name.end);
      found = { name: mention.name.alef ? `ا${name}` : name, gender: mention.gender };
    }
  }
  return found;
}

/**
 * Whether the word after لي goes on a Chinese or Korean name (لي تشيانغ، لي جاي ميونغ): a bare
 * word with no article, no tanween, no function word and no break before it.
 */
function opensNameAfterLi(word: Token | undefined): boolean {
  return (
    !!word &&
    word.brk === 'none' &&
    !word.quoted &&
    !isDefiniteToken(word) &&
    !/\u064B/u.test(word.raw) &&
    !FUNCTION_WORDS.has(word.folded) &&
    !/^(?:احد|احدي|ابو|ام)$/u.test(word.folded) &&
    // (An Arabic given name after لي is whom it was told to be: قال لي محمد الأحمد.)
    genderOfGivenName(word.folded) === null &&
    isNameWord(word)
  );
}

/** ونادية: a given name the lists know with the و of a list on it (not وفاء, a name itself). */
function givenNameAfterWa(word: Word): boolean {
  return (
    /^و[\u0621-\u064A]{3,}$/u.test(word.folded) &&
    genderOfGivenName(word.folded.slice(1)) !== null &&
    !isWrittenGivenName(word.raw)
  );
}

function fullNameBefore(
  texts: readonly string[],
  paragraphWords: readonly (readonly Word[])[],
  paragraph: number,
  offset: number,
  surname: string,
): string | null {
  const wanted = surname.split(/\s+/).map(normalizeArabic);
  for (let p = 0; p <= paragraph; p++) {
    const words = paragraphWords[p];
    const text = texts[p];
    let tokens: Token[] | null = null;
    for (let at = 1; at + wanted.length <= words.length; at++) {
      if (p === paragraph && words[at].start >= offset) break;
      if (!wanted.every((word, k) => words[at + k].folded === word)) continue;
      // (Not the name of a place named after someone: ملعب محمد الخامس، شارع خالد بن الوليد.)
      if (NAMED_AFTER.has(words[at - 1].folded.replace(/^[وف]?[لب]?(?=\p{L}{3})/u, ''))) continue;
      tokens ??= plainTokens(words, text);
      // The later mention shows that the surname closes a name (وقال العبداللات:): a name
      // that stops short of it here is read again as closing there, though a conjunction
      // follows (النائب معاذ العبداللات والخبيرة …), so a family name shaped like a plural
      // or a trade still is one, and a noun after it is not read into it (للمخرج سمير آيت عمر
      // فعاليات). Not where a given name goes on (آمنة إبراهيم), or the later mention was a
      // given name alone (وتقول آمنة).
      const end = at + wanted.length;
      const next = tokens[end];
      const closes =
        !(wanted.length === 1 && genderOfGivenName(wanted[0]) !== null) &&
        !!next &&
        next.brk === 'none' &&
        !JOINERS.has(next.folded) &&
        (genderOfGivenName(next.folded) === null || FUNCTION_WORDS.has(next.folded));
      const closed = closes ? closedAt(tokens, end) : tokens;
      // The farthest start of the name that is surely a name's start (أم كلثوم بنت سالم
      // البلوشية، كلاوس-ديتر برغمان), else the nearest (إخراج منية الزواري).
      let best = -1;
      let sureStart = false;
      for (let from = at - 1; from >= Math.max(0, at - 6); from--) {
        // الهادي بن عمار، محمد الأمين ولد الشيخ سيدي: a family name that opens with بن or
        // ولد follows a given name, one with the article too.
        const son =
          from === at - 1 &&
          FATHER_JOINERS.has(wanted[0]) &&
          isDefiniteToken(tokens[from]) &&
          !FUNCTION_WORDS.has(tokens[from].folded);
        if (son) {
          best = from;
          continue;
        }
        // عبد الرحمن شمس الدين: a joiner and its word with the article are a given name.
        if (
          isDefiniteToken(tokens[from]) &&
          from - 1 >= 0 &&
          tokens[from - 1].folded === 'عبد' &&
          tokens[from].brk === 'none'
        )
          continue;
        // يقف القلّاف مرهون بن سعيد الغيلاني: before بن or ولد comes a given name, one that no
        // list knows and that is a common word too; not a verb (يقف، التقى، قال بن صالح).
        if (
          best === from + 1 &&
          FATHER_JOINERS.has(tokens[from + 1].folded) &&
          tokens[from + 1].brk === 'none' &&
          isBareGivenBeforeJoiner(tokens[from])
        ) {
          best = from;
          sureStart = true;
          break;
        }
        // نور الدين الكرخي، سيف الإسلام فلان: the second word of a given name in two, with
        // the article, goes with the given name before it.
        if (
          NAME_CONTINUATIONS.has(tokens[from].folded) &&
          from - 1 >= 0 &&
          tokens[from].brk === 'none' &&
          genderOfGivenName(tokens[from - 1].folded) !== null
        )
          continue;
        // الصحفيين أنيس الحمايدي ونادية الزواري: a given name the lists know with و on it
        // opens the second name of a list.
        if (
          givenNameAfterWa(tokens[from]) &&
          tokens[from].brk === 'none' &&
          (best < 0 || best === from + 1)
        ) {
          best = from;
          sureStart = true;
          break;
        }
        if (!isNameWord(tokens[from], from < at - 1) && !JOINERS.has(tokens[from].folded)) break;
        // ابنتي رُبى، أمي فاطمة: kin with "my", inside someone's words, before the name.
        if (MY_KIN.test(tokens[from].folded)) break;
        // تقف جنى، يغادر ماجد بيته: before a given name met alone, a word of a present
        // verb's shape that no list knows as a name is the verb.
        if (
          wanted.length === 1 &&
          genderOfGivenName(wanted[0]) !== null &&
          from === at - 1 &&
          /^[يت][\u0621-\u064A]{2,4}$/u.test(tokens[from].folded) &&
          genderOfGivenName(tokens[from].folded) === null &&
          !isWrittenGivenName(tokens[from].raw)
        )
          break;
        const reach = from === at - 2 && best === at - 1 ? end : nameEnd(tokens, from);
        if (reach !== end && (!closes || nameEnd(closed, from) !== end)) continue;
        const start = tokens[from];
        const sure =
          JOINERS.has(start.folded) ||
          tokens[from + 1]?.brk === 'hyphen' ||
          (isNameWord(start) && !!genderOfGivenName(start.folded));
        // وقفت أم يوسف: a name met that starts with a kunya (أم، أبو) is whole unless a
        // name surely starts before it (محمد أبو بكر).
        if (!sure && /^(?:ابو|بو|ام)$/u.test(wanted[0])) continue;
        // (Not a man's given name before أم: رفعت أم حيدر صورة ابنها, "Umm Haidar raised".)
        if (wanted[0] === 'ام' && onlyGenderOfGivenName(start.folded) === 'm') continue;
        if (best < 0 || sure) {
          best = from;
          sureStart ||= sure;
        }
      }
      // سعاد عثمان محمد الحسن: a given name met alone is not the father's name inside
      // someone else's.
      if (
        wanted.length === 1 &&
        genderOfGivenName(wanted[0]) !== null &&
        tokens[at].brk === 'none' &&
        genderOfGivenName(tokens[at - 1].folded) !== null &&
        nameEnd(tokens, at - 1) > at + 1
      )
        continue;
      // أبو بكر الطيب, آمنة عبد الله: the surname met starts a longer name (a joiner or a
      // family name after it).
      const after = tokens[at + wanted.length];
      const forward = nameEnd(tokens, at);
      if (
        !sureStart &&
        after &&
        forward > at + wanted.length &&
        (JOINERS.has(after.folded) ||
          isDefiniteToken(after) ||
          // تقف آمنة إبراهيم ود النور، حفيدته نور الهدى مصطفى الجبوري: a given name met,
          // then its father's.
          (genderOfGivenName(wanted[0]) !== null &&
            genderOfGivenName(after.folded) !== null &&
            !FUNCTION_WORDS.has(after.folded)) ||
          // رئيس الوزراء ميزوكامي تاداشي … وقال ميزوكامي: a family name written first (as
          // Japanese, Chinese and Korean names are), with no name before it.
          // (Between commas or after a role's words inside a sentence, not after a verb that
          // opens one, التقى أردوغان بوتين, the verb's subject and its object; and where the
          // name visibly ends, at a comma, a relative, a preposition or the sentence's end.)
          (best < 0 &&
            wanted.length === 1 &&
            at > 1 &&
            (tokens[at].brk === 'clause' ||
              (isDefiniteToken(tokens[at - 1]) && tokens[at - 1].brk === 'none')) &&
            isFamilyNameFirst(tokens[at], after) &&
            (!tokens[forward] ||
              ends(tokens[forward].brk) ||
              /^(?:الذي|التي|في|على|من|الي|عن|خلال)$/u.test(tokens[forward].folded))) ||
          // تجلس شمس محمد حاجي مع أطفالها … تقول شمس: a word no list knows right after a
          // present verb, then a father's given name the lists know: her given name, the name
          // in full met first.
          (best < 0 &&
            wanted.length === 1 &&
            at > 0 &&
            isPresentVerbShape(tokens[at - 1]) &&
            tokens[at].brk === 'none' &&
            after.brk === 'none' &&
            onlyGenderOfGivenName(after.folded) === 'm' &&
            !isDefiniteToken(tokens[at]) &&
            forward >= at + 3) ||
          // تحاول نياكوما قاتلواك، وهي أرملة … وصلت نياكوما: a name no list knows met in full
          // first, two words a comma closes, then its first word alone (not تجلس أتونغ وحيدة،
          // an adjective).
          // (Or a given name the lists know, after a kin with a pronoun that introduced
          // her: وحفيدتها سلمى أوبلا، الطالبة … تقول سلمى.)
          (best < 0 &&
            wanted.length === 1 &&
            genderOfGivenName(wanted[0]) !== null &&
            at > 0 &&
            isOwnedKin(
              tokens[at - 1].folded.replace(/^و/u, ''),
              tokens[at - 1].raw.replace(/^و/u, ''),
            ) &&
            forward === at + 2 &&
            tokens[forward]?.brk === 'clause' &&
            after.brk === 'none' &&
            isNameWord(after, true) &&
            !isDefiniteToken(after) &&
            genderOfGivenName(after.folded) === null) ||
          (best < 0 &&
            wanted.length === 1 &&
            genderOfGivenName(wanted[0]) === null &&
            forward === at + 2 &&
            tokens[forward]?.brk === 'clause' &&
            isNameWord(after, true) &&
            !isDefiniteToken(after) &&
            !/[ةهاى][\u064B-\u0652]*$/u.test(after.raw)))
      ) {
        return text.slice(words[at].start, words[forward - 1].end);
      }
      if (best >= 0) {
        // بلوكاس دا سيلفا: the preposition glued on the first name is not part of it.
        const first = words[best];
        const glued =
          (/^[بلو][\u0621-\u064A]{3,}$/u.test(first.folded) &&
            !isWrittenGivenName(first.raw) &&
            best < at - 1) ||
          // (And the و of a list on a given name: ونادية الزواري.)
          givenNameAfterWa(first);
        return text.slice(first.start + (glued ? 1 : 0), words[at + wanted.length - 1].end);
      }
    }
  }
  return null;
}

/**
 * The role written right before the first time a name in full was given in the story, up
 * to `paragraph` (ووزير التموين والتجارة الداخلية مجدي فؤاد عبد المقصود), if any.
 */
function roleBefore(
  texts: readonly string[],
  paragraphWords: readonly (readonly Word[])[],
  paragraph: number,
  name: string,
): { role: string; head: string } | null {
  const wanted = name.split(/\s+/).map(normalizeArabic);
  for (let p = 0; p <= paragraph; p++) {
    const words = paragraphWords[p];
    for (let at = 1; at + wanted.length <= words.length; at++) {
      if (!wanted.every((word, k) => words[at + k].folded === word)) continue;
      const tokens = plainTokens(words, texts[p]);
      // The farthest start of a role whose name is this one (ووزير: without the "and").
      let found: { role: string; head: string } | null = null;
      for (let from = at - 1; from >= Math.max(0, at - 8); from--) {
        if (ends(tokens[from + 1].brk)) break;
        const token = tokens[from];
        const and = /^و\p{L}{3}/u.test(token.folded) && roleHeadOf(token.folded.slice(1)) !== null;
        const read = and
          ? tokens.map((t, k) =>
              k === from
                ? { ...t, raw: t.raw.slice(1), folded: t.folded.slice(1), start: t.start + 1 }
                : t,
            )
          : tokens;
        const mention = readMention(read, from);
        if (mention?.kind !== 'person' || mention.role === null) continue;
        if (mention.name.from !== at || mention.name.to !== at + wanted.length) continue;
        // (A role's noun opens it, not a nationality: الإسبانية ماريا غونزاليس.)
        if (mention.role.from !== from || roleHeadOf(stripArticle(read[from].folded)) === null)
          continue;
        found = {
          role: texts[p].slice(read[from].start, tokens[mention.role.to - 1].end),
          head: headOf(read[from]),
        };
        // (The "and" opens the role: what stands before it is another phrase.)
        if (and) break;
      }
      return found;
    }
  }
  return null;
}

/**
 * The last name in full (a known given name of that gender and at least one more word)
 * that the story gave before `offset`: whom a kunya that people call them by stands for
 * when no one so named spoke (عاد محمد نور الدين جبري إلى ورشته … ويقول أبو عمر، كما
 * يعرفه جيرانه).
 */
function lastFullNameBefore(
  texts: readonly string[],
  paragraphWords: readonly (readonly Word[])[],
  paragraph: number,
  offset: number,
  gender: Gender,
  unlisted = false,
): string | null {
  let found: string | null = null;
  for (let p = 0; p <= paragraph; p++) {
    const words = paragraphWords[p];
    let tokens: Token[] | null = null;
    for (let at = 0; at < words.length; at++) {
      if (p === paragraph && words[at].start >= offset) break;
      const word = words[at];
      const own = genderOfGivenName(word.folded);
      if (FUNCTION_WORDS.has(word.folded)) continue;
      tokens ??= plainTokens(words, texts[p]);
      // (A given name no list knows, where asked: the name of three words at least.)
      const loose =
        unlisted &&
        own === null &&
        isNameWord(tokens[at]) &&
        !isDefiniteToken(tokens[at]) &&
        !isArabicVerbLike(tokens[at]);
      if (own !== gender && !loose) continue;
      if (tokens[at].quoted) continue;
      const end = nameEnd(tokens, at);
      if (end - at < (own === gender ? 2 : 3)) continue;
      found = texts[p].slice(word.start, words[end - 1].end);
      at = end - 1;
    }
  }
  return found;
}

/**
 * The parent of a child the story named before `offset` (ابنها يوسف، ابنه خليل، ابنتها
 * سلمى): the last person named in full, of the parent's gender, before those words in
 * their paragraph, if any.
 */
function parentBefore(
  texts: readonly string[],
  paragraphWords: readonly (readonly Word[])[],
  paragraph: number,
  offset: number,
  child: string,
  gender: Gender,
): string | null {
  let found: string | null = null;
  for (let p = 0; p <= paragraph; p++) {
    const words = paragraphWords[p];
    for (let at = 1; at + 1 < words.length; at++) {
      if (p === paragraph && words[at].start >= offset) break;
      if (words[at + 1].folded !== child || !CHILD_OF.test(words[at].folded)) continue;
      const owner = words[at].folded.endsWith('ها') ? 'f' : 'm';
      if (owner !== gender) continue;
      const parent = lastFullNameBefore([texts[p]], [words], 0, words[at].start, gender, true);
      if (parent) found = parent;
    }
  }
  return found;
}
const CHILD_OF = /^(?:ابن|ابنت|نجل|بكر)(?:ه|ها)$/u;

/** The tokens with a clause break before `at`: a name read from them ends there. */
function closedAt(tokens: readonly Token[], at: number): Token[] {
  const copy = tokens.slice();
  copy[at] = { ...tokens[at], brk: 'clause' };
  return copy;
}

/** المتحدث، الناطقة: who speaks on behalf of a body (باسم after it is "on behalf of"). */
const SPOKESPERSON = /^(?:ال)?(?:متحدث|ناطق)(?:ه)?$/u;

/** Findings that "show" or "say" something: no one's words of their own. */
const EVIDENCE =
  /^(?:تحريات|تحقيقات|تقارير|بيانات|ارقام|معطيات|نتائج|احصاءات|احصائيات|وثائق|ادله|صور|تسجيلات|سجلات|مؤشرات)$/u;

/** ويُدعى، وتُدعى، واسمه، ويُكنّى: the name someone unnamed goes by follows. */
const CALLED = /^[وف]?(?:يدعي|تدعي|اسمه|اسمها|يكني|تكني)$/u;
const CALLED_VERB = /^[وف]?(?:يدعي|تدعي|يكني|تكني)$/u;

/** The man, the woman, the young man…: someone already met, by what they are. */
/** Nouns for people (the victim, the martyr): whose child a ابن or ابنة is, not a city. */
const PEOPLE_NOUNS =
  /^(?:ضحيه|شهيد|شهيده|فقيد|فقيده|راحل|راحله|مرحوم|مرحومه|اسير|اسيره|معتقل|معتقله|مفقود|مفقوده|جريح|قتيل|متهم|متهمه|مريض|مريضه|عم|خال|شيخ|حاج|حاجه)$/u;
/** Words for someone met after which only a given name is a name (الرجل، العجوز، an age). */
const NO_NAME_AFTER =
  /^(?:الرجل|المراه|العجوز|السبعيني|الستيني|الخمسيني|الاربعيني|الثلاثيني|السبعينيه|الستينيه|الخمسينيه|الاربعينيه|الثلاثينيه)$/u;
const GENERIC_PEOPLE = new RegExp(
  `^(?:الرجل|المراه|السيده|الشاب|الشابه|الفتاه|الفتي|العجوز|${OF_DECADES.source.slice(1, -1)})$`,
  'u',
);

/** في بيان، في بلاغ، في رسالة، في كلمة: a text someone issued, before a verb and فيه. */
/** Nouns for words said or written, which a verb of saying after them takes as its object. */
const SAID_WORDS =
  /^[وف]?(?:عباره|جمله|كلمه|كلمات|عبارات|مقوله|وصيه|سؤال|اسئله|نصيحه|رساله|بيت|ابيات|قصيده|شعار|هتاف|دعاء|نكته|حكمه|مثل)$/u;

const ISSUED_TEXTS =
  /^(?:ب|في)?(?:بيان|بلاغ|رساله|كلمه|خطاب|تدوينه|منشور|تغريده|مقال|تصريح|مداخله|نداء)(?:ا)?$/u;

/** Texts that may stand as the subject of a verb of saying, their author unnamed. */
const UNSIGNED_TEXTS = /^(?:تعليق|منشور|تدوينه|تغريده|رساله|لافته|عباره)$/u;
/** One's own posts (تغريدة، منشور، تدوينة), which their author writes in. */
const OWN_POSTS = /^(?:ب|في)?(?:تغريده|منشور|تدوينه)(?:ا)?$/u;

/** Platforms that carry words and never say them. */
const PLATFORMS = foldedSet(`إكس اكس تويتر فيسبوك فيس بوك إنستغرام انستغرام تيك توك يوتيوب تلغرام
  تليغرام واتساب سناب شات لينكد إن ثريدز`);

/**
 * Heads of words for what someone is rather than an office someone holds (المحللة، الطبيبة،
 * المستثمر الإماراتي): after a verb that goes on (وأضافت المحللة) they mean who just spoke.
 * Offices (القاضي، المتحدث، الوزير) are someone else's as often.
 */
const DESCRIPTIVE_HEADS = foldedSet(`محلل خبير مستثمر باحث أكاديمي طبيب ناشط كاتب روائي شاعر
  فنان مخرج لاعب مدرب نائب ممثل مغني مطرب صحفي صحافي إعلامي معلم مدرس طالب مهندس رجل سيدة
  مزارع فلاح تاجر حرفي مصمم رسام موسيقي مؤرخ ناقد مترجم بطل عداء سباح أب أم والد والدة
  ابن ابنة زوج زوجة شقيق شقيقة جد جدة دبلوماسي سياسي اقتصادي قانوني حقوقي ناشر
  خبيرة`);

/** The endings of web addresses written in Arabic or Latin letters (العربية.نت). */
/** The names of Latin letters as Arabic writes a foreign name's initial (جورج دبليو. بوش). */
const LETTER_NAMES = foldedSet('بي سي دي إي جي جيه إتش إف إل إم إس آر تي دبليو كيه كيو واي زد');
const DOMAIN_ENDINGS = foldedSet('نت كوم أورغ اورغ net com org info');

/** Whether the word at `at` stands in a clause that says who someone is, opened by وهو،
 * وهي or a relative pronoun within the few words before it (وهي طالبة جامعية تابعت). */
function describesSomeone(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) {
    if (/^(?:وهو|وهي|وهم)$/u.test(tokens[k].folded) || RELATIVE_PRONOUNS.has(tokens[k].folded))
      return true;
    if (ends(tokens[k].brk) || tokens[k].quoted) return false;
  }
  return false;
}

/** Texts that someone draws up: an indictment, a report, a study, a memo. */
const AUTHORED = /^(?:ال)?(?:لايحه|امر|قرار|مذكره|تقرير|دراسه|وثيقه|ورقه|تحقيق)$/u;
/** أعدّ، أصدر، أجرى، نشر، قدّم، حرّر with "it" on them: who drew the text up. */
const DREW_UP = /^(?:اعد|اصدر|اجرا|اجر|نشر|قدم|حرر|وضع)(?:ت)?(?:ه|ها)$/u;

/** التقى، التقت، اجتمع: verbs of meeting someone, who is named after ب. */
const MEETS = /^[وف]?(?:التقي|التقت|التقينا|التقيت|يلتقي|تلتقي|اجتمع|اجتمعت|اجتمعنا)$/u;
/** An outlet's reporters and crews, who meet someone to hear them (as the outlet does). */
const REPORTERS = foldedSet('مراسل مراسلة فريق');

/** أضاف، تابع، أردف: verbs that go on with what was said before. */
const CONTINUES =
  /^[وف]?(?:اضاف|اضافت|تابع|تابعت|اردف|اردفت|استطرد|استطردت|واصل|واصلت|ختم|ختمت|يضيف|تضيف|يتابع|تتابع)$/u;

/** ألقى، يلقي، أصدر، نشر، وجّه، بعث: verbs whose object is a text someone issues. */
const ISSUING =
  /^[وف]?(?:القي|القت|يلقي|تلقي|اصدر|اصدرت|يصدر|تصدر|نشر|نشرت|ينشر|تنشر|وجه|وجهت|يوجه|توجه|بعث|بعثت|يبعث|تبعث|اذاع|اذاعت|يذيع|تذيع|اطلق|اطلقت|يطلق|تطلق)$/u;

/**
 * نشر، بنشر، نشرها، أصدر، كتب، بعث، دوّن، غرّد: putting out a text, as a verb (with what it
 * put out on it) or a masdar with ب (اكتفى بنشر تدوينة): ISSUING's verbs, and writing.
 */
const PUT_OUT =
  /^[وف]?(?:ب|ي|ت)?(?:نشر|نشرت|اصدر|اصدرت|اصدار|كتب|كتبت|كتابه|بعث|بعثت|وجه|وجهت|توجيه|بث|بثت|دون|دونت|غرد|غردت)(?:ه|ها)?$/u;
/** بالقول، بقوله: a masdar that ends the frame of the verb before it (اكتفى بالقول). */
const MASDAR_FRAME = /^[وف]?(?:بالقول|بقوله|بقولها)$/u;
/** في كتابه "…"، في روايتها «…»: the quoted word at `at` names a work of the one described. */
function ownWorkBefore(near: readonly Token[], at: number): boolean {
  let k = at;
  while (k > 0 && near[k - 1].quoted) k--;
  const owner = near[k - 1]?.folded ?? '';
  return (
    /(?:ه|ها)$/u.test(owner) && TITLE_NOUNS.has(owner.replace(/(?:ه|ها)$/u, '').replace(/ت$/u, 'ه'))
  );
}

/** Head nouns a later mention may use for a body named with another (الشركة for الخطوط). */
const HEAD_ALIASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['شركه', new Set(['خطوط'])],
]);

/** ردّ عليه بالقول، علّق على ذلك بالقول: whom or what a reply answered. */
const REPLY_FILLERS = foldedSet('على عليه عليها عليهم عليهما ذلك هذا');

/** نشره، أصدرته، وزعتها: a verb that publishes a statement, its object a pronoun. */
const ISSUED = /^(?:نشر|اصدر|وزع|بث|اعد)(?:ت)?(?:ه|ها)$/u;

/** A past verb as a sentence opens with it: no article, no tanween, Arabic letters only. */
/**
 * A person met whose name reads as a family name first: met with a role (زعيمة الحزب،
 * نوغوتشي هاروكا), not as a verb's bare subject whose object the reading took in (اتهم
 * نتنياهو حماس), and its other words plain names.
 */
function familyFirst(entity: Entity | null): Entity | null {
  return entity &&
    (entity.role !== null || entity.roleHeads.size > 0) &&
    entity.parts.slice(1).every((part) => !/(?:ه|ها|هم|ة)$/u.test(part))
    ? entity
    : null;
}

/**
 * ميزوكامي تاداشي، خه وي مينغ: a family name written before the given name, met where no
 * name opens before it, then a word of the name: neither a word the lists know, nor one
 * with the article, a pronoun on it (رحلاته، عودته) or the shape of a feminine noun (جملة)
 * or of أفعل (أحدث، أكبر).
 */
function isFamilyNameFirst(token: Token, next: Token): boolean {
  const plain = (word: Token) =>
    !isDefiniteToken(word) &&
    genderOfGivenName(word.folded) === null &&
    !FUNCTION_WORDS.has(word.folded) &&
    !cueOf(word.raw, word.folded) &&
    !/(?:ه|ها|هم|هما|هن)$/u.test(word.folded);
  return (
    next.brk === 'none' &&
    (plain(token) || EAST_ASIAN_FAMILY_NAMES.has(token.folded)) &&
    plain(next) &&
    !/^ا[\u0621-\u064A]{3}$/u.test(token.folded) &&
    isNameWord(next, true)
  );
}

/**
 * A word no list knows that can still be a given name before بن or ولد (مرهون بن سعيد): an
 * Arabic word of four letters or more, without the article, a conjunction, the letters that
 * open a present verb or a derived past one (يقف، تفقّد، التقى), the ت of a feminine verb, or
 * a verb of saying.
 */
function isBareGivenBeforeJoiner(token: Token): boolean {
  return (
    !token.quoted &&
    /^[\u0621-\u064A]{4,}$/u.test(token.folded) &&
    !/^[يتاو]/u.test(token.folded) &&
    !/(?:ت|ه|ها|هم)$/u.test(token.folded) &&
    !FUNCTION_WORDS.has(token.folded) &&
    !cueOf(token.raw, token.folded)
  );
}

/** يثق، تضحك، يطفئ: a word of a present verb's shape (ي or ت and two letters or more) that no list knows as a name. */
function isPresentVerbShape(token: Token): boolean {
  return (
    /^[يت][\u0621-\u064A]{2,}$/u.test(token.folded) &&
    genderOfGivenName(token.folded) === null &&
    !isWrittenGivenName(token.raw)
  );
}

function isArabicVerbLike(token: Token): boolean {
  return (
    // (عدّ، ردّ: a doubled root written with its shadda.)
    (/^[\u0621-\u064A]{3,}$/u.test(token.folded) ||
      (/^[\u0621-\u064A]{2}$/u.test(token.folded) && token.raw.includes('\u0651'))) &&
    !token.folded.startsWith('ال') &&
    !/\u064B/u.test(token.raw) &&
    !/(?:ه|ات|ين|ون)$/u.test(token.folded)
  );
}

function headOf(token: Token): string {
  const bare = stripArticle(token.folded);
  // (للمخرجة: ل on the article, which lost its alef.)
  const dative = /^لل/u.test(bare) ? roleHeadOf(bare.slice(2)) : null;
  return roleHeadOf(bare) ?? dative ?? bare;
}

interface HeadlineFrame {
  /** The statement in the headline. */
  span: QuoteSpan;
  /** Its words repeat a statement of the body, whose speaker they take. */
  repeats: boolean;
  /** Otherwise, the words that say whose they are, read as one more paragraph (or ''). */
  text: string;
  /** The words before the colon (or ''). */
  speaker: string;
}

/** بلقاسم: «…»، والد الضحية بعد حكم النقض: "…": the words before a headline's colon. */
const HEADLINE_SPEAKER = /(?:^|\.\.+|…|[،؛|]|\s[-–—]\s)\s*([^.…،؛|:]{2,60}?)\s*:\s*$/u;

/**
 * The statements of a headline: those whose words a body statement repeats, and those right
 * after a speaker and a colon (الشناوي: “…”), framed as «وبحسب الشناوي، فإن “…”» so that
 * the story's table of people resolves the surname, role or body as in the body. Any other
 * quoted words of a headline (a title, a scare quote) are left alone.
 */
/** A text's words, folded, without its punctuation: to tell the same words said twice. */
const wordsOnly = (text: string): string => tokenize(text).join(' ');

function headlineFrames(
  headline: string,
  body: readonly { all: QuoteSpan[]; statements: QuoteSpan[] }[],
): HeadlineFrame[] {
  const spans = findQuoteSpans(headline);
  if (spans.length === 0) return [];
  const said = body.flatMap((paragraph) => paragraph.statements.map((span) => span.inner));
  // The same words, or the words a body statement opens with, whatever the punctuation
  // between them (لم أسرق أي لحن، والقضاء …); not a name it quotes inside itself (كتبت "بيت
  // على حافة الوادي" لأن …).
  const repeated = (inner: string) => {
    const key = wordsOnly(inner);
    return (
      key.length > 0 &&
      said.some((statement) => {
        const folded = wordsOnly(statement);
        if (folded === key || folded.startsWith(key)) return true;
        const at = statement.indexOf(inner.trim());
        return (
          at > 0 &&
          !/["“”«»]/u.test(statement[at - 1] + (statement[at + inner.trim().length] ?? '')) &&
          key.split(' ').length >= 3
        );
      })
    );
  };
  // (Titles the body quotes as names, بيت على حافة الملح، are no statement in the headline.)
  const titles = new Set(
    body.flatMap(({ all, statements }) =>
      all.filter((span) => !statements.includes(span)).map((span) => normalizeArabic(span.inner)),
    ),
  );
  const frames: HeadlineFrame[] = [];
  for (const span of statementsOf(headline, spans, wordsOf(headline))) {
    const key = normalizeArabic(span.inner);
    if (titles.has(key)) continue;
    if (repeated(span.inner)) {
      frames.push({ span, repeats: true, text: '', speaker: '' });
      continue;
    }
    const before = HEADLINE_SPEAKER.exec(headline.slice(0, span.start));
    if (!before) {
      const framed = headlineVerbFrame(headline, span);
      if (framed) frames.push({ span, repeats: false, text: framed, speaker: '' });
      continue;
    }
    // (والمهندي after "..": the conjunction, not a name's و.)
    let speaker = before[1].trim();
    if (before.index > 0 && /^و[\u0621-\u064A]{3,}/u.test(speaker)) speaker = speaker.slice(1);
    // المخرج فلان بعد سحب فيلمه من الصالات: the occasion after the speaker is not theirs.
    const occasion = /\s(?:بعد|عقب|إثر|اثر|قبيل|قبل|خلال|أمام|امام)\s/u.exec(speaker);
    if (occasion && speaker.slice(0, occasion.index).split(/\s+/u).length >= 2)
      speaker = speaker.slice(0, occasion.index);
    const count = speaker.split(/\s+/u).length;
    if (count > 6 || /["“”«»]/u.test(speaker)) continue;
    frames.push({
      span,
      repeats: false,
      text: `وبحسب ${speaker}، فإن ${headline.slice(span.start, span.end)}`,
      speaker,
    });
  }
  return frames;
}

/**
 * والمجلس الرئاسي يدعو إلى "وقف فوري لإطلاق النار"، وزير الخارجية يحذر من «…»: a headline's
 * clause whose verb of saying frames the quote, as a sentence of its own: its subject from
 * where the clause opens (after "..", a comma, or a و before the article), then the verb
 * and the quote; or the verb first. Null when no such verb stands right before the quote.
 */
function headlineVerbFrame(headline: string, span: QuoteSpan): string | null {
  const clause = /(?:^|\.\.+|…|[،؛|]|\s[-–—]\s)\s*([^.…،؛|:"“”«»]{2,120}?)\s*$/u.exec(
    headline.slice(0, span.start),
  );
  if (!clause) return null;
  const words = clause[1].split(/\s+/u).filter(Boolean);
  // (The verb and at most a preposition or two before the quote: يدعو إلى، يحذر من.)
  let verb = -1;
  for (let k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
    const folded = normalizeArabic(words[k]);
    if (cueOf(words[k], folded)?.kind === 'verb') {
      verb = k;
      break;
    }
  }
  // (Only particles between the verb and the quote: not تعلّق بث «بي بي سي», an object.)
  if (
    verb < 0 ||
    !words
      .slice(verb + 1)
      .every((word) => /^(?:الي|من|عن|علي|ان|بان|ب|بـ)$/u.test(normalizeArabic(word)))
  )
    return null;
  let from = 0;
  for (let k = verb - 1; k > 0; k--) {
    if (/^وال[\u0621-\u064A]{2,}/u.test(normalizeArabic(words[k]))) {
      from = k;
      break;
    }
  }
  const subject = words.slice(from, verb);
  if (subject.length > 6) return null;
  if (subject.length > 0 && /^وال/u.test(normalizeArabic(subject[0])))
    subject[0] = subject[0].replace(/^و/u, '');
  return [...subject, ...words.slice(verb), headline.slice(span.start, span.end)].join(' ');
}

/**
 * الفيلم المصري «صيف في شبرا» … ويروي «صيف في شبرا» قصة: words of three or more that the
 * story quotes once as a name (a work, a body) are that name wherever it quotes them again.
 */
function sameTitleAgain(
  paragraphs: { all: QuoteSpan[]; statements: QuoteSpan[] }[],
): { all: QuoteSpan[]; statements: QuoteSpan[] }[] {
  const names = new Set(
    paragraphs.flatMap(({ all, statements }) =>
      all
        .filter((span) => !statements.includes(span) && span.inner.trim().split(/\s+/u).length >= 3)
        .map((span) => normalizeArabic(span.inner)),
    ),
  );
  if (names.size === 0) return paragraphs;
  return paragraphs.map(({ all, statements }) => ({
    all,
    statements: statements.filter((span) => !names.has(normalizeArabic(span.inner))),
  }));
}

/** A paragraph's quoted spans, and those of them that are statements. */
function quotedSpansOf(
  text: string,
  words: readonly Word[],
): { all: QuoteSpan[]; statements: QuoteSpan[] } {
  const all = findQuoteSpans(text);
  return { all, statements: all.length > 0 ? statementsOf(text, all, words) : all };
}

function statementsOf(text: string, spans: QuoteSpan[], words: readonly Word[]): QuoteSpan[] {
  const statements: QuoteSpan[] = [];
  let w = 0;
  for (const span of spans) {
    while (w < words.length && words[w].end <= span.start) w++;
    let next = w;
    while (next < words.length && words[next].start < span.end) next++;
    if (isStatement(span, text, words.slice(Math.max(0, w - 8), w), words[next]))
      statements.push(span);
  }
  return statements;
}

/** Each paragraph's plain tokens, made once: the searches back for a full name ask again. */
const plainMemo = new WeakMap<readonly Word[], Token[]>();

/** A text's words as tokens with their breaks, all in one sentence (no quotes marked). */
function plainTokens(words: readonly Word[], text: string): Token[] {
  let tokens = plainMemo.get(words);
  if (!tokens) {
    tokens = words.map((word, index) => {
      const gap = index === 0 ? '' : text.slice(words[index - 1].end, word.start);
      const brk = index === 0 ? 'sentence' : breakOf(gap);
      return { ...word, brk, sentence: 0, dash: brk !== 'sentence' && SPACED_DASH.test(gap) };
    });
    plainMemo.set(words, tokens);
  }
  return tokens;
}

/** معالي، سمو (السمو after صاحب)، سعادة، فخامة: a courtesy title, folded; or null. */
function courtesyOf(folded: string): string | null {
  const bare = folded.replace(/^(?:ل|ال)/u, '');
  return COURTESY_TITLES.has(bare) ? bare : null;
}

/** Words that report a death: وفاة، رحيل، توفي، رحلت، جثمان، جنازة (with و ف ب ل). */
const DEATH = /^[وفبل]?(?:وفاه|رحيل|توفي|توفيت|رحل|رحلت|غيب|جثمان|جنازه)$/u;
/** رحل عن عالمنا، غيّب الموت: words between a death and the one who died. */
const DEATH_FILLERS = new Set(['الموت', 'عن', 'عالمنا', 'دنيانا', 'اليوم', 'امس']);

/** نعى، ينعى، ودّعت، تودّع: to mourn someone, whose name follows the mourner's. */
const MOURN = /^[وف]?(?:نعي|نعت|ينعي|تنعي|ودع|ودعت|يودع|تودع)$/u;
/** The past forms open a sentence: the mourner, their subject, comes before the mourned. */
const MOURNED_AFTER_SUBJECT = /^[وف]?(?:نعي|نعت|ودع|ودعت)$/u;

type PersonMention = Extract<Mention, { kind: 'person' }>;
const namedInFull = (mention: Mention | null): mention is PersonMention =>
  mention?.kind === 'person' && (mention.name.to - mention.name.from >= 2 || mention.role !== null);

/**
 * The person named (in full, or with a role) right after a word that reports a death, or
 * after the body that mourns them (نعى اتحاد الكتاب الشاعر فلان).
 */
function mournedAt(
  tokens: readonly Token[],
  from: number,
  read: (at: number) => Mention | null,
): PersonMention | null {
  let at = from;
  while (at < tokens.length && at - from < 3 && DEATH_FILLERS.has(tokens[at].folded)) at++;
  if (at >= tokens.length || (ends(tokens[at].brk) && at > from)) return null;
  const mention = read(at);
  // نعى اتحاد الكتاب الشاعر فلان: after a verb that opens the sentence the mourner comes
  // first, then the one mourned with their role (الشاعر فلان).
  if (MOURNED_AFTER_SUBJECT.test(tokens[from - 1]?.folded ?? '')) {
    if (!mention || mention.end >= tokens.length || ends(tokens[mention.end].brk)) return null;
    const mourned = read(mention.end);
    return namedInFull(mourned) && mourned.role !== null ? mourned : null;
  }
  return namedInFull(mention) ? mention : null;
}

/** الشاعر فلان الذي توفي أمس: the person named right before "who died". */
function mournedBefore(
  tokens: readonly Token[],
  at: number,
  read: (at: number) => Mention | null,
): PersonMention | null {
  const relative = tokens[at - 1];
  if (!relative || !/^(?:الذي|التي)$/u.test(relative.folded) || !DEATH.test(tokens[at].folded))
    return null;
  for (let from = at - 2; from >= 0 && at - from <= 8; from--) {
    if (ends(tokens[from + 1].brk) && from + 1 < at - 1) return null;
    const mention = read(from);
    if (namedInFull(mention) && mention.end === at - 1) return mention;
  }
  return null;
}

/**
 * What a headline tells the story: who is mourned (رحيل الفنان فلان), and a speaker before a
 * colon (`لافروف: روسيا مستعدة…`), to remember who they are.
 */
function readHeadline(headline: string, entities: StoryEntities): void {
  // رحيل الفنان فلان عن 78 عاماً: the one the story mourns, known to later الراحل.
  const headlineTokens = plainTokens(wordsOf(headline), headline);
  headlineTokens.forEach((token, at) => {
    if (!DEATH.test(token.folded) && !MOURN.test(token.folded)) return;
    const mourned = mournedAt(headlineTokens, at + 1, (from) => readMention(headlineTokens, from));
    if (!mourned) return;
    const entity = entities.person(
      headline.slice(mourned.name.start, mourned.name.end),
      mourned.role ? headline.slice(mourned.role.start, mourned.role.end) : null,
      mourned.role ? headOf(headlineTokens[mourned.role.from]) : null,
      mourned.gender,
    );
    entities.deceased(entity);
  });
  const colon = headline.indexOf(':');
  // A speaker before a colon is a few words long: longer, it is a headline's own clause.
  if (colon <= 0 || colon > 60) return;
  const words = wordsOf(headline.slice(0, colon));
  if (words.length === 0 || words.length > 4) return;
  if (words.some((word) => cueOf(word.raw, word.folded))) return;
  const tokens: Token[] = words.map((word, index) => ({
    ...word,
    brk: index === 0 ? 'sentence' : 'none',
    sentence: 0,
  }));
  const mention = readMention(tokens, 0);
  if (mention?.kind === 'person' && mention.end === tokens.length && !isDefiniteToken(tokens[0])) {
    entities.person(
      headline.slice(mention.name.start, mention.name.end),
      null,
      null,
      mention.gender,
    );
  }
}
