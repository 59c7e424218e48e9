import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildDataset, type InputDocument } from './dataset';
import { LIST_PAGE_SIZE, problemLines, SPEAKER_QUOTES_PAGE_SIZE } from './plan';
import { articleSchema, indexSchema, reportSchema, speakerPageSchema } from './schema';

const realFile = '000_e8dd7afff7bd6bee.txt';
const realBytes = readFileSync(new URL(`../content/${realFile}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);
const input = (file: string, text: string): InputDocument => ({ file, read: () => utf8(text) });
const body = 'قال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.';

test('the real document end to end: two articles, linked both ways, nine attributions', () => {
  const dataset = buildDataset([{ file: realFile, read: () => realBytes }]);
  expect(dataset.articles).toHaveLength(2);
  const page = dataset.articles.find((a) => a.id === 'e8dd7afff7bd6bee')!;
  const embedded = dataset.articles.find((a) => a.id !== page.id)!;
  expect(page.title).toBe('لافروف: روسيا مستعدّة للحوار مع الولايات المتحدة دون إملاءات');
  expect(page.publishedAt).toBe('2024-11-07');
  expect(page.paragraphs).toHaveLength(5);
  expect(embedded.title).toBe('الكرملين: بوتين منفتح على الحوار مع الولايات المتحدة');
  expect(embedded.paragraphs).toHaveLength(8);
  expect(embedded.id).toMatch(/^[0-9a-f]{16}$/);

  expect(page.related).toEqual([
    expect.objectContaining({ id: embedded.id, kind: 'read-also', direction: 'embeds' }),
  ]);
  expect(embedded.related).toEqual([
    expect.objectContaining({ id: page.id, kind: 'read-also', direction: 'embedded-in' }),
  ]);
  expect(embedded.embeddedIn).toEqual([page.id]);
  expect(page.embeddedIn).toEqual([]);

  expect(page.quotes.map((q) => q.speaker)).toEqual(Array(5).fill('سيرغي لافروف'));
  expect(embedded.quotes.map((q) => q.speaker)).toEqual(Array(4).fill('دميتري بيسكوف'));
  for (const article of dataset.articles) {
    for (const quote of article.quotes) {
      const marked = article.paragraphs[quote.paragraph].slice(quote.start, quote.end);
      expect(marked.slice(1, -1).trim()).toBe(quote.text);
    }
    expect(() => articleSchema.parse(article)).not.toThrow();
  }

  expect(dataset.speakers.map((s) => [s.name, s.role, s.quoteCount])).toEqual([
    ['سيرغي لافروف', 'وزير الخارجية الروسي', 5],
    ['دميتري بيسكوف', 'المتحدث باسم الكرملين', 4],
  ]);
  expect(dataset.index.articles.map((a) => a.id)).toEqual([page.id, embedded.id]);
  // The embedded story has no date of its own: it keeps none, and is known by its host's.
  expect(embedded.publishedAt).toBeNull();
  expect(embedded.firstSeenAt).toBe('2024-11-07');
  expect(page.firstSeenAt).toBeNull();
  expect(() => indexSchema.parse(dataset.index)).not.toThrow();
  expect(dataset.report).toEqual({
    documents: [{ file: realFile, status: 'ok', articles: [page.id, embedded.id], problems: [] }],
  });
});

test('the same embedded story under many pages is one article, linked from each', () => {
  const shared = `اقرأ أيضا:\nقصة مشتركة\n${body}`;
  const dataset = buildDataset([
    input('1_aaaaaaaaaaaaaaaa.txt', `الأولى\n${body}\n${shared}`),
    input('2_bbbbbbbbbbbbbbbb.txt', `الثانية\n${body}\n${shared.replace('أيضا', 'أيضاً')}`),
  ]);
  expect(dataset.articles).toHaveLength(3);
  const story = dataset.articles.find((a) => a.title === 'قصة مشتركة')!;
  expect(story.embeddedIn).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
});

test('an embedded story that is also a page of its own merges into that page', () => {
  const dataset = buildDataset([
    input('1_aaaaaaaaaaaaaaaa.txt', `المضيفة\n${body}\nاقرأ أيضا:\nالقصة الأصلية\n${body}`),
    input('2_bbbbbbbbbbbbbbbb.txt', `القصة الأصليّة\nتاريخ النشر: 1st, May 2025 GMT\n${body}`),
  ]);
  expect(dataset.articles.map((a) => a.id)).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
  const original = dataset.articles[1];
  expect(original.publishedAt).toBe('2025-05-01');
  expect(original.embeddedIn).toEqual(['aaaaaaaaaaaaaaaa']);
});

test('newest first, undated last, then by id', () => {
  const dated = (day: string) => `عنوان ${day}\nتاريخ النشر: ${day}, May 2025 GMT\n${body}`;
  const dataset = buildDataset([
    input('1_cccccccccccccccc.txt', `بلا تاريخ\n${body}`),
    input('2_aaaaaaaaaaaaaaaa.txt', `بلا تاريخ أيضا\n${body}`),
    input('3_dddddddddddddddd.txt', dated('1st')),
    input('4_bbbbbbbbbbbbbbbb.txt', dated('2nd')),
  ]);
  expect(dataset.index.articles.map((a) => a.id)).toEqual([
    'bbbbbbbbbbbbbbbb',
    'dddddddddddddddd',
    'aaaaaaaaaaaaaaaa',
    'cccccccccccccccc',
  ]);
});

test('every input file is accounted for, broken ones with a reason and a line', () => {
  const windows1256 = new Uint8Array([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x0a, 0xe4, 0xd5]);
  const dataset = buildDataset([
    input('1_aaaaaaaaaaaaaaaa.txt', `عنوان\n${body}`),
    input('2_bbbbbbbbbbbbbbbb.txt', ''),
    input('3_cccccccccccccccc.txt', '   \n\n'),
    input('4_dddddddddddddddd.txt', 'عنوان فقط'),
    { file: '5_eeeeeeeeeeeeeeee.txt', read: () => new Uint8Array([0, 1, 2, 255, 254, 0, 7]) },
    { file: '6_ffffffffffffffff.txt', read: () => windows1256 },
    input('odd name.txt', `عنوان آخر\n${body}`),
    input('notes.md', 'not a document'),
    input('7_aaaaaaaaaaaaaaaa.txt', `نسخة ثانية\n${body}`),
  ]);
  const entries = dataset.report.documents;
  expect(entries).toHaveLength(9);
  const status = Object.fromEntries(entries.map((e) => [e.file, e.status]));
  expect(status).toEqual({
    '1_aaaaaaaaaaaaaaaa.txt': 'ok',
    '2_bbbbbbbbbbbbbbbb.txt': 'rejected',
    '3_cccccccccccccccc.txt': 'rejected',
    '4_dddddddddddddddd.txt': 'rejected',
    '5_eeeeeeeeeeeeeeee.txt': 'rejected',
    '6_ffffffffffffffff.txt': 'ok',
    '7_aaaaaaaaaaaaaaaa.txt': 'rejected',
    'notes.md': 'rejected',
    'odd name.txt': 'ok',
  });
  for (const entry of entries.filter((e) => e.status === 'rejected')) {
    expect(entry.problems.length).toBeGreaterThan(0);
  }
  expect(problemLines(dataset.report)).toContain(
    '4_dddddddddddddddd.txt:1: error: a headline with no body: the page has no paragraphs',
  );
  const decoded = dataset.articles.find((a) => a.id === 'ffffffffffffffff')!;
  expect(decoded.title).toBe('السلام');
  expect(dataset.articles).toHaveLength(3);
  expect(() => reportSchema.parse(dataset.report)).not.toThrow();
});

test('the same input gives the same output, whatever the order of the files', () => {
  const files = Array.from({ length: 30 }, (_, i) =>
    input(`${i}_${i.toString(16).padStart(16, '0')}.txt`, `عنوان رقم ${i % 7}\n${body} ${i % 3}`),
  );
  const once = JSON.stringify(buildDataset(files));
  expect(JSON.stringify(buildDataset([...files].reverse()))).toBe(once);
  // The front page, then the archive pages.
  expect(buildDataset(files).listPages).toHaveLength(1 + Math.ceil(30 / LIST_PAGE_SIZE));
});

test('hostile documents build: a 200,000-character line, 10,000 quotation marks', () => {
  const longLine = 'كلمة '.repeat(40_000);
  const marks = `قال سامي: ${'"«“'.repeat(3_334)} "نص عادي بين علامتين هنا".`;
  const dataset = buildDataset([
    input(
      '1_aaaaaaaaaaaaaaaa.txt',
      `عنوان\n${longLine}\n${marks}\nاقرأ أيضا:\n${'اقرأ أيضا:\n'.repeat(500)}`,
    ),
  ]);
  expect(dataset.report.documents[0].status).toBe('ok');
  const [article] = dataset.articles;
  expect(article.paragraphs[0]).toBe(longLine.trim());
  expect(article.quotes.map((quote) => quote.text)).toContain('نص عادي بين علامتين هنا');
});

test("a much-quoted speaker's quotes come a page at a time, newest first, each once", () => {
  // Seventy statements by one minister, one a day: more than two pages of them.
  const days = Array.from({ length: 70 }, (_, day) => day);
  const inputs = days.map((day) => {
    const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    return input(
      `${String(day).padStart(3, '0')}.txt`,
      `الوزير يتحدث عن الموازنة ${day}\n${date}\n` +
        `قال وزير المالية سامر الخطيب إن "العجز سيتراجع في الربع رقم ${day} من العام".`,
    );
  });
  const dataset = buildDataset(inputs);
  const pages = dataset.speakerPages.filter((page) => page.name === 'سامر الخطيب');
  expect(pages.map((page) => [page.page, page.pageCount, page.quotes.length])).toEqual([
    [1, 3, SPEAKER_QUOTES_PAGE_SIZE],
    [2, 3, SPEAKER_QUOTES_PAGE_SIZE],
    [3, 3, 70 - 2 * SPEAKER_QUOTES_PAGE_SIZE],
  ]);
  for (const page of pages) {
    expect(page.quoteCount).toBe(70);
    expect(() => speakerPageSchema.parse(page)).not.toThrow();
  }
  const dates = pages.flatMap((page) => page.quotes.map((quote) => quote.publishedAt));
  expect(dates.every((date) => date !== null)).toBe(true);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(new Set(pages.flatMap((page) => page.quotes.map((q) => q.articleId))).size).toBe(70);
});
