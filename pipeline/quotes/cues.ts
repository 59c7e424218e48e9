import { normalizeArabic } from '../../src/lib/arabic/normalize';

export type CueKind = 'verb' | 'participle' | 'according';

/** Reporting verbs in the past tense, masculine; feminine and present forms are derived. */
const VERBS = [
  'قال',
  'أكد',
  'أضاف',
  'أوضح',
  'تابع',
  'أشار',
  'صرح',
  'أعلن',
  'لفت',
  'شدد',
  'أفاد',
  'كشف',
  'نوه',
  'أردف',
  'اعتبر',
  'حذر',
  'طالب',
  'ذكر',
  'استطرد',
  'علق',
  'ختم',
  'أبلغ',
  'رأى',
  'دعا',
  'نفى',
];
/** Weak-ending verbs whose feminine drops the last letter: دعا → دعت. */
const FEMININE_EXCEPTIONS: Readonly<Record<string, string>> = {
  دعا: 'دعت',
  نفى: 'نفت',
  رأى: 'رأت',
};
const PRESENT = [
  'يقول',
  'تقول',
  'يؤكد',
  'تؤكد',
  'يضيف',
  'تضيف',
  'يوضح',
  'توضح',
  'يتابع',
  'تتابع',
  'يشير',
  'تشير',
  'يرى',
  'ترى',
  'يعتبر',
  'تعتبر',
  'يحذر',
  'تحذر',
  'يلفت',
  'تلفت',
  'يشدد',
  'تشدد',
  'يكشف',
  'تكشف',
  'يردف',
  'تردف',
];
const PARTICIPLES = [
  'مشيرا',
  'مؤكدا',
  'مضيفا',
  'موضحا',
  'لافتا',
  'معتبرا',
  'محذرا',
  'منوها',
  'مشددا',
  'متابعا',
  'قائلا',
  'مستطردا',
  'مردفا',
  'كاشفا',
  'مطالبا',
  'داعيا',
  'معلنا',
  'مشيرة',
  'مؤكدة',
  'مضيفة',
  'موضحة',
  'لافتة',
  'معتبرة',
  'محذرة',
  'منوهة',
  'مشددة',
  'قائلة',
];
const ACCORDING = ['بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا', 'طبقا'];

function withConjunctions(words: string[]): string[] {
  return words.flatMap((word) => [word, `و${word}`, `ف${word}`]).map(normalizeArabic);
}

const CUES = new Map<string, CueKind>();
for (const verb of VERBS) {
  const feminine = FEMININE_EXCEPTIONS[verb] ?? `${verb}ت`;
  for (const form of withConjunctions([verb, feminine])) CUES.set(form, 'verb');
}
for (const form of withConjunctions(PRESENT)) CUES.set(form, 'verb');
for (const form of withConjunctions(PARTICIPLES)) CUES.set(form, 'participle');
for (const form of withConjunctions(ACCORDING)) CUES.set(form, 'according');

// بيّن "explained" is a cue only when written with its shadda: bare بين is "between".
const BAYYANA =
  /^[وف]?بي[\u064B-\u0650\u0652]*\u0651[\u064B-\u0652]*ن(?:[\u064B-\u0652]*ت)?[\u064B-\u0652]*$/u;

/** Whether a word (as written, and folded) introduces reported speech, and how. */
export function cueKind(raw: string, folded: string): CueKind | null {
  const kind = CUES.get(folded);
  if (kind) return kind;
  return BAYYANA.test(raw.replace(/\u0640/g, '')) ? 'verb' : null;
}
