import { expect, test } from 'vitest';
import { normalizeArabic } from '../../../src/lib/arabic/normalize';
import { cueOf } from './verbs';

const cue = (word: string) => cueOf(word, normalizeArabic(word));

test.each([
  ['قال', 'verb', 'm'],
  ['وقالت', 'verb', 'f'],
  ['فأضافت', 'verb', 'f'],
  ['أكدَّ', 'verb', 'm'],
  ['دعت', 'verb', 'f'],
  ['تساءل', 'verb', 'm'],
  ['يقول', 'verb', 'm'],
  ['تضيف', 'verb', 'f'],
  ['اعتبره', 'verb', 'm'],
  ['واعتبرتها', 'verb', 'f'],
  ['مشيراً', 'participle', 'm'],
  ['مؤكدةً', 'participle', 'f'],
  ['بالقول', 'participle', null],
  ['قولها', 'participle', 'f'],
  ['كتب', 'wrote', 'm'],
  ['ونشرت', 'wrote', 'f'],
  ['وبحسب', 'according', null],
  ['وفقاً', 'according', null],
  ['نقلت', 'relay', null],
  ['وبيّن', 'verb', 'm'],
  ['ليضيف', 'verb', 'm'],
  ['لتقول', 'verb', 'f'],
  ['سأله', 'verb', 'm'],
  // (Summing something up in a phrase: فتختصر المشهد بجملة واحدة: «…».)
  ['فتختصر', 'verb', 'f'],
  ['يختصر', 'verb', 'm'],
  ['وعقّب', 'verb', 'm'],
  // A derived form's present, its prefix with the active voice's damma; and أرجع's.
  ['ويُرجع', 'verb', 'm'],
  ['يُؤكّد', 'verb', 'm'],
  ['تُشير', 'verb', 'f'],
  // Stipulating, of اشترط: the sentence's subject speaks on.
  ['مشترطاً', 'participle', 'm'],
  ['مشترطةً', 'participle', 'f'],
])('%s is a cue (%s, %s)', (word, kind, gender) => {
  expect(cue(word)).toEqual({ kind, gender });
});

test.each([
  ['بين'],
  ['عبر'],
  ['عقب'],
  ['كُتب'],
  ['قِيل'],
  ['اختُتمت'],
  // A damma on the prefix of a first form's present is the passive: "it is said".
  ['يُقال'],
  ['يُذكر'],
  ['يُرجّح'],
  ['الوزير'],
  ['دون'],
  // "its seat": a noun with its pronoun, folded like the participle مقرّة.
  ['ومقره'],
])('%s is no cue', (word) => {
  expect(cue(word)).toBeNull();
});
