import { expect, test } from 'vitest';
import { idFromFileName, idFromHeadline, speakerIdFromKey } from './ids';

test.each([
  ['000_e8dd7afff7bd6bee.txt', 'e8dd7afff7bd6bee'],
  ['12345_ABCDEF0123456789.txt', 'abcdef0123456789'],
  ['sub/dir/7_0000000000000001.txt', '0000000000000001'],
])('the file name %s gives the id %s', (file, id) => {
  expect(idFromFileName(file)).toEqual({ id, wellFormed: true });
});

test('an odd file name still gets a stable 16 hex digit id', () => {
  const { id, wellFormed } = idFromFileName('odd name.txt');
  expect(wellFormed).toBe(false);
  expect(id).toMatch(/^[0-9a-f]{16}$/);
  expect(idFromFileName('odd name.txt').id).toBe(id);
  expect(idFromFileName('other name.txt').id).not.toBe(id);
});

test('a headline gives one id however it is spelled or marked', () => {
  const id = idFromHeadline('الكرملين: بوتين منفتح على الحوار');
  expect(id).toMatch(/^[0-9a-f]{16}$/);
  expect(idFromHeadline('الكرملين:  بوتينُ منفتحٌ على الحـوار')).toBe(id);
  expect(idFromHeadline('الكرملين: بوتين منغلق')).not.toBe(id);
});

test('speaker ids are 12 hex digits', () => {
  expect(speakerIdFromKey('سيرغي لافروف')).toMatch(/^[0-9a-f]{12}$/);
});
