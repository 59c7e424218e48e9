import { expect, test } from 'vitest';
import { normalizeArabic } from '../../../src/lib/arabic/normalize';
import { NAMED_WITH_HEAD } from './bodies';
import { EPITHET_NAMES, FAITH_PHRASES, genderOfGivenName } from './names';

test.each([
  // [word, list, in it]
  ['الصغير', EPITHET_NAMES, true],
  ['الكبير', EPITHET_NAMES, true],
  // (Not any adjective: الجديد after a name is no epithet of it.)
  ['الجديد', EPITHET_NAMES, false],
  ['رجل', FAITH_PHRASES, true],
  ['بسم', FAITH_PHRASES, true],
  // (قسم الله، بحر الدين are names in two words.)
  ['قسم', FAITH_PHRASES, false],
  ['حزب', NAMED_WITH_HEAD, true],
  ['حركة', NAMED_WITH_HEAD, true],
  // (A company or an organisation goes by its quoted name alone.)
  ['شركة', NAMED_WITH_HEAD, false],
  ['منظمة', NAMED_WITH_HEAD, false],
])('%s in the list: %s', (word, list, inIt) => {
  expect(list.has(normalizeArabic(word))).toBe(inIt);
});

test.each([
  ['بكري', 'm'],
  ['مزمل', 'm'],
  ['إيثار', 'f'],
  ['كاهنة', 'f'],
  // (Not a noun of the lists: مغترب is an expatriate.)
  ['مغترب', null],
])('the gender of the given name %s is %s', (name, gender) => {
  expect(genderOfGivenName(normalizeArabic(name))).toBe(gender);
});
