import { toWesternDigits } from '../../src/lib/arabic/normalize';
import { WORD, wordsOf, type Word } from '../text/words';
import { ANONYMOUS_HEADS, BODY_HEADS } from './lexicon/bodies';
import {
  BODY_NAME_NOUNS,
  FUNCTION_WORDS,
  INSTITUTION_NOUNS,
  NAMING_WORDS,
  TITLE_NOUNS,
} from './lexicon/common';
import { foldedSet } from './lexicon/fold';
import { genderOfGivenName } from './lexicon/names';
import { roleHeadOf } from './lexicon/roles';
import { takesAClause } from './lexicon/verbs';
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
  const forms: string[] = [];
  // With and without what may be a prefix: فيلمه starts with ف, and is no فـ + يلمه.
  // (بألبوم: ب on a noun whose own first letters are ال.)
  // (للسفينة: ل and the article, its alef dropped.)
  for (const word of [
    folded,
    folded.replace(PREFIX, ''),
    folded.replace(/^[وف]?[بلك]/u, ''),
    folded.replace(/^[وف]?لل/u, ''),
  ]) {
    forms.push(word);
    const unsuffixed = word.replace(SUFFIX, '');
    // A feminine noun with a suffix writes its ة as ت: روايته → روايت → روايه.
    if (unsuffixed !== word) forms.push(unsuffixed, unsuffixed.replace(/ت$/u, 'ه'));
    // Two of them: عرضا «…» و«…»، فيلمين هما.
    const single = word.replace(/(?:ان|ين|ا)$/u, '');
    if (single !== word && single.length >= 3) forms.push(single);
  }
  return forms;
}

// (نادية is a woman's name, not نادي "club" and its ة; باسم stays "by the name".)
const isTitleWord = (folded: string) =>
  !(folded.endsWith('ه') && genderOfGivenName(folded) === 'f') &&
  (BODY_NAME_NOUNS.has(folded.replace(/^[وفبل]/u, '')) ||
    BODY_NAME_NOUNS.has(folded) ||
    titleStem(folded).some(
      (form) =>
        TITLE_NOUNS.has(form) ||
        NAMING_WORDS.has(form) ||
        (INSTITUTION_NOUNS.has(form) && !/^[وف]?[بلك]?ال/u.test(folded)),
    ));

/** Adjectives that often stand between a work and its name: ديوانها الجديد "…". */
const WORK_ADJECTIVES = foldedSet(`الجديد الجديدة جديد جديدة الأخير الأخيرة الأول الأولى الثاني
  الثانية الثالث الثالثة الشهير الشهيرة القصير الطويل الطويلة المقبل المقبلة القادم القادمة
  السابق السابقة الحالي الحالية`);

/** A word that can stand between a title noun and its quoted name: حملة وطنية "…". */
const isAdjective = (folded: string) =>
  WORK_ADJECTIVES.has(folded) ||
  (/(?:ي|يه)$/u.test(folded) && folded.length > 3 && !/^[وفبلك]?ان/u.test(folded));

/** أشهرها، أبرزها، أحدثها: the best known, the latest of someone's works, before one. */
const BEST_KNOWN = /^[وف]?(?:اشهر|ابرز|احدث|اجمل|اهم)(?:ها|ه|هم|هما)$/u;

/** A part of a work, before من and the work's name: مقطعاً من "…"، فصلاً من "…". */
const PARTS_OF_WORKS = foldedSet(`مقطع مقطعا مقاطع بيت بيتا أبيات أبياتا فصل فصلا مشهد مشهدا
  مشاهد جزء جزءا أجزاء سطور سطرا فقرة فقرات`);

/** نقلت "الوكالة الوطنية للإعلام" عن …: the quoted words are the name of who reports. */
const REPORTS = /^[وف]?(?:نقل|نقلت|تنقل|ينقل)$/u;

/** Works, whose names are often a clause of their own. */
const WORKS = foldedSet(`رواية روايات ديوان كتاب فيلم أفلام مسلسل مسرحية أغنية أغاني ألبوم
  قصيدة قصة مجموعة سيرة مذكرات أغنيات شريط لوحة عرض`);

/** Someone's works as a whole, that a list of their names follows: أعماله، ومنها «…». */
const WORKS_PLURALS = foldedSet(`أعمال مؤلفات دواوين روايات كتب أفلام مسلسلات مسرحيات أغان أغاني
  قصائد قصص مجموعات لوحات إصدارات`);

/** منها، ومن بينها، بينها: "among them", before the name of one of many. */
const AMONG = /^[وف]?(?:منها|بينها|ومنها|من بينها)$/u;

/**
 * أصدر أهم أعماله، ومنها «…»: "among them", a few words after someone's works: what
 * follows is one work's name.
 */
function amongWorks(before: readonly Word[], at: number): boolean {
  const among = before[at];
  if (!among || !AMONG.test(among.folded)) return false;
  const from =
    among.folded.endsWith('بينها') && before[at - 1]?.folded.endsWith('من') ? at - 2 : at - 1;
  return before
    .slice(Math.max(0, from - 3), from + 1)
    .some((word) => titleStem(word.folded).some((form) => WORKS_PLURALS.has(form)));
}

/** A quote that opens with a verb, a negation or كان: سيكون، فاقت، لم تُحسم، ليست. */
function opensWithVerb(inner: string): boolean {
  const first = wordsOf(inner)[0]?.folded ?? '';
  return (
    opensWithParticle(inner) ||
    /^(?:لا|ما|كانوا)$/u.test(first) ||
    // (Not a plural or a feminine noun: حكايات، تجربه; nor ن, which opens nouns as often as
    // verbs: نوافذ.)
    (/^(?:س?[يت][\u0621-\u064A]{3,}|سن[\u0621-\u064A]{3,}|[\u0621-\u064A]{3,}(?:ت|وا))$/u.test(
      first,
    ) &&
      !/(?:ات|ه)$/u.test(first))
  );
}

/** قد، لن، لم، كان، سيكون: a clause's opening no title has (its first word, folded). */
function opensWithParticle(inner: string): boolean {
  const first = wordsOf(inner)[0]?.folded ?? '';
  return (
    /^(?:قد|لقد|لن|لم|سوف|ليس|ليست|كان|كانت|بات|باتت|صار|صارت)$/u.test(first) ||
    /^س[يت](?:كون|صبح|بقي|ظل)$/u.test(first)
  );
}

/** لن، لم، قد، إن: words that only a clause has. */
const CLAUSE_WORDS = foldedSet(
  'لن لم لا قد لقد إن أن ليس ليست هو هي هم نحن كان كانت صار صارت بات باتت أقوى أكبر أفضل فوق',
);

/** Documents and gatherings whose names are quoted as a body's are: «اللائحة التنفيذية لـ…». */
const NAMED_THINGS = foldedSet(`لائحة قانون مؤتمر تقرير خطة استراتيجية مبادرة ملتقى مهرجان معرض
  جائزة ميثاق وثيقة إعلان اتفاقية`);

/**
 * A feminine adjective's shapes, a participle (منتهية، مفتوحة) or فاعلة (واضحة): after a
 * noun without the article it describes the noun. (Masculine ones are not told from the
 * names in construct that take their place: صندوق مشترك، بنك ناصر، منتدى أبوظبي.)
 */
const DESCRIBES = /^(?:م[\u0621-\u064A]{3,}ه|[\u0621-\u064A]ا[\u0621-\u064A]{2}ه)$/u;

/** A word of a verb's shape: يحمي، تتابع، سيعمل (not a noun that ends as one: تجارة). */
const VERB_SHAPE = /^(?:س?[يت]|سن)[\u0621-\u064A]{3,}$/u;

/**
 * "حراك المعلمين الموحد"، “مؤسسة كهرباء لبنان”، «جمعية ضحايا حوادث السير»، «الجامعة
 * الوطنية لمهنيي النقل الطرقي»: a body's noun (or a document's, a gathering's) and words
 * that make no clause is the body's name, not its words. A name goes on with adjectives
 * that carry the article, with nouns in construct that end on one (ضحايا حوادث السير), and
 * with ل and a noun (للإعلام، لمهنيي النقل); a sentence does not: a definite noun then one
 * without the article is a subject and its predicate (المنتخب جاهز، الشركة ضحية الفساد),
 * and a verb or a particle makes a clause (الحكومة ستسد العجز، الحكومة لن تتراجع).
 */
function namesABody(inner: string): boolean {
  // (Punctuation inside makes a sentence: «الاتحاد بطل.. الاتحاد عميد الكرة».)
  if (/[.،,:؛!?؟]/u.test(inner)) return false;
  const words = wordsOf(inner);
  if (words.length < 2 || words.length > 6) return false;
  const first = words[0].folded;
  const head = first.replace(/^(?:ال|لل)/u, '');
  if (!BODY_HEADS.has(head) && !NAMED_THINGS.has(head)) return false;
  // In construct (after a noun without the article), a noun without it may follow.
  let construct = !/^(?:ال|لل)/u.test(first);
  let definiteEnd = !construct;
  for (const word of words.slice(1)) {
    const bare = word.folded.replace(/^[وف]/u, '');
    if (CLAUSE_WORDS.has(bare) || FUNCTION_WORDS.has(bare)) return false;
    if (/^(?:و?ال|لل)/u.test(word.folded)) {
      construct = false;
      definiteEnd = true;
    } else if (/^ل[\u0621-\u064A]{3,}$/u.test(word.folded) && !VERB_SHAPE.test(bare.slice(1))) {
      // لمهنيي، لإعادة، لحماية: ل and a noun in construct with what follows.
      construct = true;
      definiteEnd = false;
    } else if (/^[0-9٠-٩]+$/u.test(word.raw) && word === words[words.length - 1]) {
      // «منتدى مستقبل الطيران 2025»: a year after the name ends it.
      definiteEnd = true;
    } else if (
      construct &&
      !VERB_SHAPE.test(bare) &&
      /^[\u0621-\u064A]+$/u.test(bare) &&
      // (Not an adjective: «حكومة منتهية الصلاحية»، «خطة واضحة للنمو» describe, they name
      // nothing.)
      !(word === words[1] && (DESCRIBES.test(bare) || DESCRIBES.test(word.folded)))
    ) {
      definiteEnd = false;
    } else return false;
  }
  return definiteEnd;
}

/** النائب، المرشحة، الممثل: who stands for a bloc or a list (… عن «الكتلة»). */
const REPRESENTS = /^[وف]?(?:ال)?(?:نايب|نايبه|مرشح|مرشحه|ممثل|ممثله|متحدث|متحدثه|ناطق|ناطقه)$/u;

/** (قسد)، (أوتشا)، (PKK): an abbreviation of one word in brackets, no agency of the list. */
const ABBREVIATION_AFTER =
  /^\s*\(\s*(?!رويترز|الاناضول|الأناضول|الجزيرة|واس|وام|قنا|كونا|سانا|بترا)[^()\s]{2,8}\s*\)/u;

/** ، وهو شبكة محلية، وهي منظمة …: what kind of thing a name just quoted is. */
const KIND_AFTER_NAME =
  /^\s*[،,]\s*(?:وهو|وهي)\s+(?:شبكة|منظمة|جماعة|حركة|حزب|تحالف|ائتلاف|مجموعة|منصة|موقع|جمعية|مؤسسة|هيئة|تجمع|فصيل|صفحة|حساب|قناة|صحيفة|وكالة|شركة|مبادرة|حملة|برنامج)/u;

/** What opens the saying after its speaker's name: إن، أن، في بيان أن. */
const SAYING_AFTER_NAME =
  /^["»”]?\s*(?:ب?[اإأ]ن(?:ه|ها|هم)?\s|في\s+(?:بيان|تقرير|تغريدة|منشور|تصريح|رسالة)\s+(?:[\u0621-\u064A]+ي(?:ه|ة)?\s+)?(?:[اإأ]ن|قال|جاء))/u;

/** أنّ، إنّ، بأنّ، لأنّ: the word that opens a reported clause. */
const THAT = /^[وفلب]?[اإأ]ن(?:ه|ها|هم)?$/u;

/**
 * Whether a quote is the predicate that closes a clause opened by أن a few words before it:
 * بأن نسبة الإقبال على عروض هذه الدورة "فاقت 85 في المائة"، إن الدورة المقبلة «ستكون
 * نسائية بامتياز»، أن شركات الأدوية «نجحت في …». A name stands inside the clause, and its
 * predicate follows it (أن الدورة «ربيع الفنون» ستنطلق); nor does one come after a naming
 * word (أن اسمها «…»), nor after a title noun in construct with it (أن فيلم «…»).
 */
function endsThatClause(text: string, span: QuoteSpan, before: readonly Word[]): boolean {
  if (countUpTo(WORD, span.inner, 4) < 3) return false;
  // أن فيلم «…»: a title noun in construct with the quote is named by it.
  const last = before[before.length - 1];
  if (!last || (isTitleWord(last.folded) && !/^[وفبلك]?ال/u.test(last.folded))) return false;
  // روايتها الجديدة "نوافذ على شارع السلط"، فيلمها الوثائقي القصير «حين تتكلم الآلة
  // بلغتنا»: after a work (and its adjectives) only a quote that opens with a verb says
  // something of it (أن الطبعة الأولى من الرواية "نفدت من المكتبات").
  let noun = before.length - 1;
  while (noun > before.length - 3 && noun > 0 && isAdjective(before[noun].folded)) noun--;
  if (titleStem(before[noun].folded).some((form) => WORKS.has(form)) && !opensWithVerb(span.inner))
    return false;
  const after = text.slice(span.end);
  if (!/^\s*(?:[،,.:؛;!?؟]|$)/u.test(after)) return false;
  for (let k = before.length - 2; k >= 0 && before.length - k <= 7; k--) {
    const word = before[k];
    if (/[،,.:؛;!?؟«»"“”]/u.test(text.slice(word.end, before[k + 1].start))) return false;
    if (NAMING_WORDS.has(word.folded)) return false;
    if (THAT.test(word.folded)) {
      return before.slice(k + 1).every((inner) => !NAMING_WORDS.has(inner.folded));
    }
  }
  return false;
}

/**
 * Whether a quoted span is a statement: at least three words, two of them Arabic (a
 * Latin-only run in quotation marks is a title or a piece of code), and not the name of a
 * work, campaign, outlet or programme (رواية "…"، تحت شعار "…"، لصحيفة "…"), whatever
 * its length. `before` are the paragraph's words before the span (a few), nearest last.
 */
export function isStatement(
  span: QuoteSpan,
  text: string,
  before: readonly Word[],
  after?: Word,
): boolean {
  const count = countUpTo(WORD, span.inner, 7);
  if (count < MIN_STATEMENT_WORDS) return false;
  if (countUpTo(ARABIC_WORD, span.inner, 2) < 2) return false;
  if (count <= 6 && namesABody(span.inner)) return false;
  // «قوات سوريا الديمقراطية» (قسد)، «تجمع أحرار حوران»، وهو شبكة محلية: a short name, then
  // its abbreviation in brackets or what kind of thing it is.
  const following = text.slice(span.end, span.end + 48);
  const first = wordsOf(span.inner)[0]?.folded ?? '';
  if (
    count <= 5 &&
    !/[.،,:؛!?؟]/u.test(span.inner) &&
    // (تجمع، تحالف: a body's noun of a verb's shape.)
    (!opensWithVerb(span.inner) || BODY_HEADS.has(first.replace(/^ال/u, ''))) &&
    (ABBREVIATION_AFTER.test(following) || KIND_AFTER_NAME.test(following)) &&
    // (Not «الوضع تحت السيطرة» (رويترز) after قال: or إن: the agency that carried it.)
    !/[:：]\s*["«“]?\s*$/u.test(text.slice(Math.max(0, span.start - 3), span.start + 1)) &&
    !THAT.test(before[before.length - 1]?.folded ?? '')
  )
    return false;
  const last = before[before.length - 1];
  if (!last || !/^[\s\u0640]*$/.test(text.slice(last.end, span.start))) return true;
  // أكدت "هيومن رايتس ووتش" في تقرير أن، قالت "أطباء بلا حدود" إن: a short name between a
  // verb of saying and what opens the saying is who speaks.
  // (Up to seven words where a body's noun opens it: قالت «الجمعية اللبنانية من أجل
  // ديمقراطية الانتخابات» في تقرير أولي إنها.)
  const bodyHead = BODY_HEADS.has(first.replace(/^(?:ال|لل)/u, ''));
  if (
    (count <= 5 || (count <= 7 && bodyHead)) &&
    !/[.،,:؛!?؟]/u.test(span.inner) &&
    takesAClause(last.folded) &&
    !opensWithVerb(span.inner) &&
    !opensWithParticle(span.inner) &&
    SAYING_AFTER_NAME.test(text.slice(span.end, span.end + 36))
  )
    return false;
  // رئيس "التجمع اللبناني في مونتريال"، مديرة «بيت الحكمة»: a short name right after the
  // head noun of a role, in construct with it, is what the role is of.
  const head = last.folded.replace(/^[وف](?=[\u0621-\u064A]{3})/u, '');
  if (
    count <= 6 &&
    !/[.،,:؛!?؟]/u.test(span.inner) &&
    !/^(?:ال|لل)/u.test(head) &&
    roleHeadOf(head) === head.replace(/ه$/u, '') &&
    // (Not one with a possessive: إن موكله "نادم أشد الندم" is what the client is.)
    !/(?:ه|ها|هم|هما|نا|ي)[\u064B-\u0652]*$/u.test(text.slice(last.start, last.end)) &&
    !ANONYMOUS_HEADS.has(head) &&
    // (Not an adjective that also heads roles: أرباح كبيرة "غير دقيق"; nor words that open
    // with a preposition or a verb: مدرب "من الطراز الأوروبي", what kind of coach.)
    !/^كبير/u.test(head) &&
    !FUNCTION_WORDS.has(first) &&
    !opensWithVerb(span.inner) &&
    !opensWithParticle(span.inner)
  )
    return false;
  // ومنها «…» after أعماله: one of someone's works.
  if (count <= 7 && amongWorks(before, before.length - 1)) return false;
  // ما يُعرف بـ"…"، المعروفة بـ«…»: a name after a naming verb and its ب.
  const named = before[before.length - 2];
  if (last.folded === 'ب' && named && NAMING_WORDS.has(named.folded)) return false;
  // المعروف إعلامياً بـ"…": an adverb between the naming word and its ب.
  const adverb = before[before.length - 3];
  if (
    last.folded === 'ب' &&
    named &&
    adverb &&
    /(?:اً|ًا)$/u.test(named.raw) &&
    // (عُرفت إعلامياً بـ: the passive of "to know" too.)
    (NAMING_WORDS.has(adverb.folded) || /^(?:عرف|عرفت)$/u.test(adverb.folded))
  )
    return false;
  // عضو المكتب السياسي لـ"الحزب الديمقراطي الكردستاني": a short name after لـ is what one
  // belongs to (تقديره لـ"الدور الكويتي المتوازن في أزمات المنطقة" is a partial quote).
  // So is one after في، لدى، مع: رئيسة قسم البحوث في "المركز المالي الخليجي".
  if (/^(?:ل|في|لدي|مع)$/u.test(last.folded) && count <= 4) return false;
  // النائبة عن "تكتل لبنان القوي": whom a member or a candidate stands for.
  if (last.folded === 'عن' && count <= 5 && named && REPRESENTS.test(named.folded)) return false;
  // أغنيتا "…" و"النيل يحكي للقمر": a short name joined by و to a quoted name before it.
  // (Only when that name is a title too: لافتات كتب عليها «…» و«…» are two slogans.)
  if (
    last.folded === 'و' &&
    count <= 4 &&
    named &&
    /["»”]\s*$/u.test(text.slice(named.end, last.start + 1).replace(/و$/u, ''))
  ) {
    const opening = Math.max(
      text.lastIndexOf('"', named.start),
      text.lastIndexOf('«', named.start),
      text.lastIndexOf('“', named.start),
    );
    const titled = [...before].reverse().find((word) => word.end <= opening);
    if (titled && (isTitleWord(titled.folded) || BEST_KNOWN.test(titled.folded))) return false;
    if (titled && amongWorks(before, before.indexOf(titled))) return false;
  }
  // «المدينة التي نسيت اسمها» للمصري أحمد عبد الستار: a work, then whose it is.
  if (
    count <= 7 &&
    after &&
    /^\s+$/.test(text.slice(span.end, after.start)) &&
    /^لل[\u0621-\u064A]{2,}(?:ي|يه)$/u.test(after.folded)
  )
    return false;
  // الدورة السادسة والستون من "معرض بيروت الدولي للكتاب": the event a session is of.
  if (
    count <= 6 &&
    last.folded === 'من' &&
    before.slice(-5, -1).some((word) => /^ال(?:دوره|نسخه)$/u.test(word.folded))
  )
    return false;
  // ستستضيف فلاناً للحديث عن "…": what someone will talk about, a topic.
  if (
    countUpTo(WORD, span.inner, 9) <= 8 &&
    last.folded === 'عن' &&
    named &&
    /^(?:للحديث|لمناقشه|محاضره|ندوه)$/u.test(named.folded)
  )
    return false;
  // ما تسميه السلطات «أخلقة الحياة العامة»: a naming verb, its subject, then the name.
  if (
    count <= 5 &&
    named &&
    /^[يت]سم(?:يه|يها|ونه|ونها)$/u.test(named.folded) &&
    /^\s+$/u.test(text.slice(named.end, last.start))
  )
    return false;
  // بعد «صيف في الفيوم» (2019): a work and the year it came out.
  if (
    countUpTo(WORD, span.inner, 8) <= 7 &&
    /^\s*\(\s*(?:1[89]|20)[0-9]{2}\s*\)/u.test(toWesternDigits(text.slice(span.end, span.end + 16)))
  )
    return false;
  // بعد “البحر لا يعد موتاه” عام 2014 و“ملح الأمهات” عام 2018: works listed with the
  // year each came out.
  if (
    countUpTo(WORD, span.inner, 7) <= 6 &&
    (/^[وف]?(?:بعد|قبل|و)$/u.test(last.folded) || isTitleWord(last.folded)) &&
    !opensWithVerb(span.inner) &&
    /^\s*(?:عام|سنة|سنه)\s+(?:1[89]|20)[0-9]{2}(?![0-9])/u.test(
      toWesternDigits(text.slice(span.end, span.end + 16)),
    )
  )
    return false;
  // عن دوره في «آخر أيام الصيف في بغداد»: a role in a film or a play.
  if (last.folded === 'في' && named && /^[وف]?ب?(?:دور|ادوار)(?:ه|ها|هم)?$/u.test(named.folded))
    return false;
  // ما أُطلق عليه «عملية نهر الأمل»: what something was named.
  if (
    count <= 6 &&
    named &&
    /^(?:عليه|عليها|عليهم)$/u.test(last.folded) &&
    /^[وف]?(?:اطلق|اطلقت|اطلقوا|يطلق|تطلق)$/u.test(named.folded)
  )
    return false;
  // أشهرها "…"، أفلام مثل "…": the best known of someone's works, works such as.
  if (count <= 5 && BEST_KNOWN.test(last.folded)) return false;
  if (last.folded === 'مثل' && named && isTitleWord(named.folded)) return false;
  // مقطعاً من "ألف ليلة وليلة"، أبياتاً من "…": a part of a work, then the work.
  if (last.folded === 'من' && named && PARTS_OF_WORKS.has(named.folded)) return false;
  if (
    REPORTS.test(last.folded) &&
    after?.folded === 'عن' &&
    /^\s+$/.test(text.slice(span.end, after.start))
  )
    return false;
  // A definite noun before a long quote is the subject of a partial quote (أن المشروع
  // "أُنجز بكوادر وطنية…"), not the name of a project.
  // So is a noun with a possessive before a long quote (إن فرقه "رصدت …").
  const longClause =
    count > 6 &&
    (/^(?:[وفبلك]?ال|[وف]?لل)/u.test(last.folded) ||
      // خطّ مجهول على الجدار عبارة "…": a long text written somewhere is someone's words.
      /^[وف]?عبار(?:ه|ات)$/u.test(last.folded) ||
      // A possessive as written: حملة folds to حمله, and has none.
      /[^ت](?:ه|ها|هم)[\u064B-\u0652]*$/u.test(text.slice(last.start, last.end))) &&
    !NAMING_WORDS.has(last.folded);
  // After إن/أن a noun with a possessive is the subject of a partial quote: إن وكالتها
  // "تحتاج إلى ممرات آمنة"، أن كتلتها "لن تمنح الثقة".
  // So is a definite one when the quote ends its clause (أن الاتفاقية "تكرّس منطق بيع
  // الثروة"، …), where a title would go on with its verb (أن الفيلم "…" سيُعرض).
  const endsClause = !after || /[،,.:؛;!?؟\n]/u.test(text.slice(span.end, after.start));
  const afterThat =
    count >= 4 &&
    // A possessive as written (ه، ها، هم), not a ة that folding wrote as ه.
    (/(?:ه|ها|هم)[\u064B-\u0652]*$/u.test(text.slice(last.start, last.end)) ||
      (/^[وف]?ال/u.test(last.folded) && endsClause)) &&
    !NAMING_WORDS.has(last.folded) &&
    !!before[before.length - 2] &&
    /^[وفلب]?[اإأ]ن$/u.test(before[before.length - 2].folded);
  if (isTitleWord(last.folded) && !longClause && !afterThat && !endsThatClause(text, span, before))
    return false;
  // One adjective or two between the noun and its name: حملة وطنية "…"، الفيلم الوثائقي
  // السوداني "…"; not
  // before a long clause (إن الفيلم المقبل "سيكون أكثر جرأة في طرح أسئلة الهوية"، فإن
  // برنامجها الاقتصادي "سيخفض العجز …").
  // (الفيلم الوثائقي السوداني "…": the noun two words back.)
  const second = before[before.length - 2];
  const twoAdjectives =
    count <= 6 &&
    !!second &&
    isAdjective(second.folded) &&
    !isTitleWord(second.folded) &&
    // (Not a noun after a preposition: البطولة الخليجية للأندية "…".)
    ![second, last].some((word) => /^(?:لل|بال)/u.test(word.folded)) &&
    /^\s+$/.test(text.slice(second.end, last.start)) &&
    isAdjective(last.folded);
  const previous = twoAdjectives ? before[before.length - 3] : before[before.length - 2];
  const subject =
    /^[وفبلك]?ال/u.test(previous?.folded ?? '') ||
    /(?:ه|ها|هم)[\u064B-\u0652]*$/u.test(previous ? text.slice(previous.start, previous.end) : '');
  return !(
    previous &&
    !(count > 6 && subject) &&
    !endsThatClause(text, span, before) &&
    // (حذرت الوزارة من موسم صيفي "قد يكون الأصعب منذ قرن": a clause that opens with a
    // verb says something of the noun.)
    !(count >= 4 && opensWithParticle(span.inner)) &&
    isAdjective(last.folded) &&
    /^\s+$/.test(text.slice(previous.end, (twoAdjectives ? second : last).start)) &&
    isTitleWord(previous.folded)
  );
}
