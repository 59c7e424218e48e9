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
  ['وعقّب', 'verb', 'm'],
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
  ['الوزير'],
  ['دون'],
  // "its seat": a noun with its pronoun, folded like the participle مقرّة.
  ['ومقره'],
])('%s is no cue', (word) => {
  expect(cue(word)).toBeNull();
});
