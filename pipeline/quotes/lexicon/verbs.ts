import { normalizeArabic } from '../../../src/lib/arabic/normalize';
import { foldedSet } from './fold';

/**
 * Reporting verbs and their relatives. Each entry is folded; feminine and conjunction
 * forms are derived, not listed, so a verb added once is known in every form.
 */
export type Gender = 'm' | 'f';
export type CueKind =
  /** A finite verb: its subject follows it, precedes it, or is the current speaker. */
  | 'verb'
  /** A written statement: the subject must be named (كتب على اللافتة is no one's). */
  | 'wrote'
  /** A participle (مشيراً) or a masdar frame (بالقول): the subject of the sentence. */
  | 'participle'
  /** بحسب، وفقاً لـ، نقلاً عن، على لسان: the speaker follows. */
  | 'according'
  /** نقل/نقلت …: the speaker follows عن, the subject only relayed it. */
  | 'relay';

export interface Cue {
  kind: CueKind;
  gender: Gender | null;
}

// Past tense, masculine. Weak endings list their feminine after a slash (دعا/دعت).
const PAST = `قال أكد أضاف أوضح تابع أشار صرح أعلن لفت شدد أفاد كشف نوه أردف اعتبر حذر
  طالب ذكر استطرد علق ختم أبلغ رأى/رأت دعا/دعت نفى/نفت تساءل نبه استدرك أقر لاحظ أجاب
  وصف أعرب اعترف توقع رجح تعهد هدد أوصى/أوصت ناشد وعد انتقد اتهم استنكر أدان رحب أشاد
  اختتم أبدى/أبدت روى/روت حكى/حكت أفصح جدد بيّن عبّر أدلى/أدلت زاد أسهب واصل اعتبر
  قالوا أكدوا أضافوا أوضحوا رد ردت لخص اختصر برر عقب سأل زعم ادعى/ادعت استهل اشتكى/اشتكت
  تدخل شرح اعتقد استبعد اشترط عزا/عزت أرجع التمس استذكر خلص حث أهاب لوّح صرخ صاح/صاحت
  تمتم أورد استرسل قضى/قضت أكمل حمّل نصح اعترض عدّ/عدّت توعد أسند طمأن`;
const WROTE = 'كتب غرد نشر';
// Present tense, masculine (ي…); the feminine swaps ي for ت.
const PRESENT = `يقول يؤكد يضيف يوضح يتابع يشير يرى يعتبر يحذر يلفت يشدد يكشف يردف يعلن
  يتساءل ينبه يذكر يصرح يقر يلاحظ يعلق يختم يطالب يدعو يستدرك يروي يوضح يجيب يصف يعرب
  يتوقع يرجح يفيد يبين يلخص يعقب يسأل يزعم يرد يشتكي يشرح يعتقد يستبعد يلتمس يعترف يتذكر يستذكر يحكي يخلص يعزو
  يهيب يورد يتهم ينصح يتوعد يرجع يختصر يطمئن`;
// Participles, masculine (…ا after folding the tanween); the feminine ends in ة.
const PARTICIPLES = `مشيرا مؤكدا مضيفا موضحا لافتا معتبرا محذرا منوها مشددا متابعا قائلا
  مستطردا مردفا كاشفا مطالبا داعيا معلنا متسائلا مستدركا معربا منبها واصفا مذكرا
  مختتما مقرا متوقعا مرجحا متعهدا مهددا مناشدا منتقدا متهما مبينا مجددا مخاطبا ملتمسا
  حاثا مشيدا مثمنا متوعدا مشترطا`;
const FEMININE_PARTICIPLE_EXTRA = 'مشيره مؤكده مضيفه موضحه لافته';
// Masdar frames that continue the sentence's subject: وختم بالقول، قوله.
const MASDAR = 'بالقول قوله قولها بقوله بقولها بسؤال بسؤاله بسؤالها';
const ACCORDING = 'بحسب حسب وفقا وفق طبقا نقلا برأي';
const RELAY = 'نقل نقلت ينقل تنقل';

const CUES = new Map<string, Cue>();
function add(form: string, cue: Cue): void {
  const folded = normalizeArabic(form);
  for (const prefixed of [folded, `و${folded}`, `ف${folded}`]) {
    if (!CUES.has(prefixed)) CUES.set(prefixed, cue);
  }
}
for (const entry of PAST.split(/\s+/).filter(Boolean)) {
  const [masc, fem] = entry.split('/');
  if (masc.endsWith('وا')) {
    add(masc, { kind: 'verb', gender: 'm' });
    continue;
  }
  add(masc, { kind: 'verb', gender: 'm' });
  add(fem ?? `${masc}ت`, { kind: 'verb', gender: 'f' });
}
for (const verb of WROTE.split(/\s+/)) {
  add(verb, { kind: 'wrote', gender: 'm' });
  add(`${verb}ت`, { kind: 'wrote', gender: 'f' });
}
// يكتب، تكتب: he, she writes (present).
add('يكتب', { kind: 'wrote', gender: 'm' });
add('تكتب', { kind: 'wrote', gender: 'f' });
// دوّنت على صفحتها: she wrote (not دون, "without", which its masculine is written as).
add('دونت', { kind: 'wrote', gender: 'f' });
for (const verb of PRESENT.split(/\s+/).filter(Boolean)) {
  add(verb, { kind: 'verb', gender: 'm' });
  add(`ت${verb.slice(1)}`, { kind: 'verb', gender: 'f' });
  // ليضيف، لتقول: the present after ل of consequence (…، ليضيف الوزير: «…»).
  add(`ل${verb}`, { kind: 'verb', gender: 'm' });
  add(`لت${verb.slice(1)}`, { kind: 'verb', gender: 'f' });
}
// سأله أحد الصحفيين: «…؟»: asking is speaking, the one asked comes first as a pronoun.
for (const [form, gender] of [
  ['سأله', 'm'],
  ['سألها', 'm'],
  ['سألهم', 'm'],
  ['سألته', 'f'],
  ['سألتها', 'f'],

  // قاطعه فلان، قاطعتها فلانة: "interrupted him/her", then the words (bare قاطع is also
  // "boycotted" and "cutting": سد قاطع).
  ['قاطعه', 'm'],
  ['قاطعها', 'm'],
  ['قاطعته', 'f'],
  ['قاطعتها', 'f'],
  // أجابه فلان، فأجابتها فلانة: "answered him/her", the one answered as a pronoun.
  ['أجابه', 'm'],
  ['أجابها', 'm'],
  ['أجابهم', 'm'],
  ['أجابته', 'f'],
  ['أجابتها', 'f'],
  ['أجابتهم', 'f'],
  // (همست only: همس is also the noun, "a whisper": وسرى همس بين الأهالي.)
  ['همست', 'f'],
] as const)
  add(form, { kind: 'verb', gender });
// ويسأله حفيده حمد: «…؟»: the present of asking, with و or ف only, a clause of its own (not
// قبل أن يسأله أحد, where no one asked).
for (const [form, gender] of [
  ['يسأله', 'm'],
  ['يسألها', 'm'],
  ['تسأله', 'f'],
  ['تسألها', 'f'],
] as const) {
  for (const prefix of ['و', 'ف'])
    CUES.set(normalizeArabic(`${prefix}${form}`), { kind: 'verb', gender });
}
// وأبلغهم بأن، فأخبرها: "told them, her", the one told as a pronoun, then the words, where
// the verb opens a clause with و or ف (أن الضحية أبلغهم، إن نظيره أبلغه: the words of the
// one who reports the telling).
for (const verb of ['أبلغ', 'أخبر'])
  for (const object of ['ه', 'ها', 'هم', 'ني', 'نا'])
    for (const and of ['و', 'ف']) {
      add(`${and}${verb}${object}`, { kind: 'verb', gender: 'm' });
      add(`${and}${verb}ت${object}`, { kind: 'verb', gender: 'f' });
    }
// دعاها فيه إلى «…»، حثّهم على، ناشدها: calling on someone, with them on the verb; the
// words are what the subject called for.
for (const [masc, fem] of [
  ['دعا', 'دعت'],
  ['حث', 'حثت'],
  ['ناشد', 'ناشدت'],
])
  for (const object of ['ه', 'ها', 'هم']) {
    add(`${masc}${object}`, { kind: 'verb', gender: 'm' });
    add(`${fem}${object}`, { kind: 'verb', gender: 'f' });
  }
for (const participle of PARTICIPLES.split(/\s+/).filter(Boolean)) {
  add(participle, { kind: 'participle', gender: 'm' });
  add(`${participle.slice(0, -1)}ة`, { kind: 'participle', gender: 'f' });
}
for (const participle of FEMININE_PARTICIPLE_EXTRA.split(/\s+/)) {
  add(participle, { kind: 'participle', gender: 'f' });
}
for (const form of MASDAR.split(/\s+/)) {
  add(form, { kind: 'participle', gender: form.endsWith('ها') ? 'f' : null });
}
for (const form of ACCORDING.split(/\s+/)) add(form, { kind: 'according', gender: null });
// قلت لفريقي: «…»، أقولها بوضوح: "I said", in an interview's answer: the one interviewed, who
// spoke last.
for (const form of ['قلت', 'وقلت', 'فقلت', 'اقول', 'واقول', 'قلنا', 'وقلنا', 'اقولها'])
  CUES.set(form, { kind: 'verb', gender: null });
// «…»، قالها فلان: the verb with the quote as its object pronoun.
for (const form of ['قالها', 'يقولها']) add(form, { kind: 'verb', gender: 'm' });
for (const form of ['قالتها', 'تقولها']) add(form, { kind: 'verb', gender: 'f' });
for (const form of RELAY.split(/\s+/)) {
  add(form, { kind: 'relay', gender: null });
}

// بيّن "explained", عبّر "expressed" and عقّب "commented" are verbs only with their shadda:
// bare بين is "between", عبر "across", عقب "right after" (عقب المباراة). (Not بينت: "she
// explained" is the only word written so, shadda or none.)
const SHADDA_ONLY = new Set(
  ['بين', 'عبر', 'عبرت', 'عقب', 'عقبت', 'حمل', 'حملت'].map(normalizeArabic),
);
const SHADDA = /\u0651/;

/** Whether a word (as written, and folded) introduces reported speech, and how. */
// A damma on one of the first letters: كُتب، قِيل، اختُتم، افتُتح.
const PASSIVE = /^[وف]?(?:[\u0621-\u064A]|[\u0621-\u064A]{3})\u064F|^[وف]?[\u0621-\u064A]\u0650ي/u;

/**
 * Presents of the derived forms (يُؤكّد، يُضيف، يُرجع): the damma on their prefix is the
 * active voice's, not a passive's (يُقال، يُذكر). Masculine; the feminine swaps ي for ت.
 */
const DAMMA_ACTIVE = new Set(
  `يؤكد يضيف يوضح يشير يشدد يحذر ينبه يصرح يقر يلاحظ يعلق يطالب يجيب يعرب يفيد يبين
  يلخص يعقب يرجع يورد يهيب يردف يناشد يهدد`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalizeArabic),
);
function isDerivedPresent(folded: string): boolean {
  const bare = folded[0] === 'و' || folded[0] === 'ف' ? folded.slice(1) : folded;
  return DAMMA_ACTIVE.has(bare) || (bare[0] === 'ت' && DAMMA_ACTIVE.has(`ي${bare.slice(1)}`));
}

export function cueOf(raw: string, folded: string): Cue | null {
  // كُتب على اللافتة، قِيل: a passive verb has no speaker.
  if (PASSIVE.test(raw) && !isDerivedPresent(folded)) return null;
  const bare = folded[0] === 'و' || folded[0] === 'ف' ? folded.slice(1) : folded;
  if (SHADDA_ONLY.has(bare)) return SHADDA.test(raw) ? (CUES.get(folded) ?? null) : null;
  // وأبان، وأبانت: "made clear", the Gulf's verb of saying, written with أ (إبان, with إ,
  // is "during").
  if (/^[وف]?أبان(?:ت)?$/u.test(raw.replace(/[\u064B-\u0652\u0640]/gu, '')))
    return { kind: 'verb', gender: folded.endsWith('ت') ? 'f' : 'm' };
  // وتقاطعه زوجته: «…»، قاطعها أحد الحضور قائلاً: interrupting someone, with them on the verb.
  // (لتقاطعه الدوسري: ل of what followed, as in ليرد.)
  const interrupting = /^(?:[وف]?|[وف]?ل)(قاطعت|قاطع|يقاطع|تقاطع)(?:ه|ها|هم|هما)$/u.exec(folded);
  if (interrupting)
    return { kind: 'verb', gender: /^(?:قاطعت|تقاطع)$/u.test(interrupting[1]) ? 'f' : 'm' };
  // وهو ما اعتبره مدربه فلان «…»: considering something, with it on the verb; the one who
  // considers follows.
  // (So in the present, وهو ما يعتبره الباحث فلان «…»; and accusing someone, with them on
  // the verb: يتهمه فيه بـ«…», the accuser's words.)
  const considering = /^[وف]?(اعتبر|اعتبرت|يعتبر|تعتبر|اتهم|اتهمت|يتهم|تتهم)(?:ه|ها|هم)$/u.exec(
    folded,
  );
  if (considering)
    return {
      kind: 'verb',
      gender: /^(?:اعتبرت|تعتبر|اتهمت|تتهم)$/u.test(considering[1]) ? 'f' : 'm',
    };
  const cue = CUES.get(folded) ?? null;
  // ومقره عدن: a feminine participle ends in ة as written (مقرّة "acknowledging"); with ه
  // it is a noun and its pronoun ("its seat"), folded to the same letters.
  if (cue?.kind === 'participle' && cue.gender === 'f' && /ه[\u064B-\u0652]*$/u.test(raw))
    return null;
  return cue;
}

/** Verbs of being and their particles that stand between a subject and its verb. */
export const AUXILIARIES = foldedSet(`كان كانت وكان وكانت فكان فكانت قد فقد وقد لقد يكون تكون
  بدوره بدورها وبدوره وبدورها ف`);

/** A verb form (with object pronoun) inside وفق ما قاله / حسب ما أفاد به. */
export function isRelativeVerb(folded: string): boolean {
  const stem = folded.replace(/(?:ته|ه|ها|تها)$/u, '');
  return CUES.has(stem) || CUES.has(`${stem}ت`) || CUES.has(folded);
}

/**
 * يعرفه، يناديها، يلقبونه، ويكنّيه: knowing or calling someone by a name, with the pronoun of
 * the one called (its gender in the group); و or ف may open it.
 */
export const CALLED_BY =
  /^[وف]?(?:يعرف|تعرف|ينادي|تنادي|يناد|يلقب|تلقب|يسمي|تسمي|يكني|تكني)(ه|ها|ونه|ونها)$/u;

/**
 * Verbs of saying whose complement is a clause (قال إن، أعلن أن، أكد أن), not an object:
 * a short quoted name right after one of them, before إن or أن, is its subject (أعلن "حزب
 * الله" في بيان أن); after طالب، ناشد، أبدى، أدان it is what they ask of or express.
 */
const CLAUSE_VERBS = foldedSet(`قال قالت أعلن أعلنت أكد أكدت أوضح أوضحت أشار أشارت اعتبر اعتبرت
  رأى رأت كشف كشفت نفى نفت أضاف أضافت صرح صرحت شدد شددت لفت لفتت بين بينت نوه نوهت حذر
  حذرت زعم زعمت ادعى ادعت قدر قدرت رجح رجحت توقع توقعت ذكر ذكرت أورد أوردت كتب كتبت`);
export const takesAClause = (folded: string): boolean =>
  CLAUSE_VERBS.has(folded) || CLAUSE_VERBS.has(folded.replace(/^[وف]/u, ''));

/**
 * Verbs whose object takes ب (طالب بـ، رحّب بـ، أشاد بـ، نصح بـ، اتهم بـ; ختم بأغنية، أدلى بتصريح), past or
 * present. Bare طالب is also "a student": callers that read a subject after it say so.
 */
export const GOVERNS_BI =
  /^[وف]?(?:[يت]?(?:طالب|رحب|شيد|ندد|نوه|نصح|تهم)|طالب|رحب|اشاد|ندد|نوه|تعهد|وعد|هدد|اقر|اعترف|ختم|اختتم|استهل|افتتح|حدد|ادلي|ادل|نصح|اتهم)(?:ت|وا)?$/u;
