import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseDocument, type ParsedDocument } from './document';

const realText = readFileSync(
  new URL('../../content/000_e8dd7afff7bd6bee.txt', import.meta.url),
  'utf8',
);

function parsed(text: string): ParsedDocument {
  const result = parseDocument(text);
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result.data;
}

const body = 'قال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.';

test('the real document has its page story and one embedded story', () => {
  const doc = parsed(realText);
  expect(doc.page.title).toBe('لافروف: روسيا مستعدّة للحوار مع الولايات المتحدة دون إملاءات');
  expect(doc.page.publishedAt).toBe('2024-11-07');
  expect(doc.page.dateline).toBe('الثورة نت');
  expect(doc.page.source).toBe('الثورة نت');
  expect(doc.page.paragraphs.map((p) => p.line)).toEqual([4, 5, 6, 7, 8]);
  expect(doc.embedded).toHaveLength(1);
  expect(doc.embedded[0].title).toBe('الكرملين: بوتين منفتح على الحوار مع الولايات المتحدة');
  expect(doc.embedded[0].titleLine).toBe(11);
  expect(doc.embedded[0].publishedAt).toBeNull();
  expect(doc.embedded[0].paragraphs).toHaveLength(8);
  expect(doc.problems).toEqual([]);
});

test.each([['إقرأ أيضاً:'], ['اقرأ أيضا:'], ['اقرأ ايضا'], ['اقرأ أيضًا'], ['اقرأ أيضاً :']])(
  'read-also marker spelled %s',
  (marker) => {
    const doc = parsed(`عنوان\n${body}\n${marker}\nعنوان آخر\n${body}`);
    expect(doc.embedded.map((story) => story.title)).toEqual(['عنوان آخر']);
    expect(doc.page.paragraphs).toHaveLength(1);
  },
);

test('a marker with the headline on the same line', () => {
  const doc = parsed(`عنوان\n${body}\nاقرأ أيضا: عنوان آخر\n${body}`);
  expect(doc.embedded[0].title).toBe('عنوان آخر');
});

test('several read-also sections, each with one story', () => {
  const doc = parsed(`عنوان\n${body}\nاقرأ أيضا:\nالأولى\n${body}\nإقرأ أيضاً:\nالثانية\n${body}`);
  expect(doc.embedded.map((story) => story.title)).toEqual(['الأولى', 'الثانية']);
});

test('CRLF, a byte-order mark, blank lines and trailing spaces', () => {
  const doc = parsed(`\uFEFFعنوان  \r\n\r\nالثورة نت/ \r\n\r\n${body}   \r\n`);
  expect(doc.page.title).toBe('عنوان');
  expect(doc.page.dateline).toBe('الثورة نت');
  expect(doc.page.paragraphs).toEqual([{ text: body, line: 5 }]);
});

test('no date line, dateline or source line', () => {
  const doc = parsed(`عنوان\n${body}\n${body}`);
  expect(doc.page).toMatchObject({ publishedAt: null, dateline: null, source: null });
  expect(doc.page.paragraphs).toHaveLength(2);
});

test('an impossible date is a problem on its line, not a guess', () => {
  const doc = parsed(`عنوان\nتاريخ النشر: 31st, February 2024 GMT\n${body}`);
  expect(doc.page.publishedAt).toBeNull();
  expect(doc.problems).toEqual([{ line: 2, message: expect.stringContaining('impossible date') }]);
  expect(doc.page.paragraphs).toHaveLength(1);
});

test('markup in the text stays text', () => {
  const doc = parsed(`<script>alert(1)</script>\n<img src=x onerror=alert(1)> ${body}`);
  expect(doc.page.title).toBe('<script>alert(1)</script>');
  expect(doc.page.paragraphs[0].text).toContain('<img src=x onerror=alert(1)>');
});

test('control characters are removed and reported', () => {
  const doc = parsed(`عنوان\n${body}\u0001\uFFFD`);
  expect(doc.page.paragraphs[0].text).toBe(body);
  expect(doc.problems[0].message).toContain('removed 2');
});

test.each([
  ['empty', '', 0],
  ['white space only', '  \n\t\r\n  ', 0],
  ['a headline and nothing else', 'عنوان فقط\n', 1],
  ['a headline and a date', '\nعنوان\nتاريخ النشر: 7th, November 2024 GMT', 2],
  ['a marker before any headline', 'اقرأ أيضا:\nعنوان\n' + body, 1],
])('rejects %s with a reason and a line', (_case, text, line) => {
  const result = parseDocument(text);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.reason).not.toBe('');
    expect(result.line).toBe(line);
  }
});

test('a marker with nothing after it is a problem, the page still parses', () => {
  const doc = parsed(`عنوان\n${body}\nاقرأ أيضا:\n`);
  expect(doc.embedded).toEqual([]);
  expect(doc.problems).toEqual([{ line: 3, message: 'read-also marker with no story after it' }]);
});

test('an embedded headline with no body is skipped with a problem', () => {
  const doc = parsed(`عنوان\n${body}\nاقرأ أيضا:\nعنوان آخر`);
  expect(doc.embedded).toEqual([]);
  expect(doc.problems[0].line).toBe(4);
});
