import { expect, test } from 'vitest';
import { buildSearchIndex, shardJson } from '../../../pipeline/search/build-index';
import { analyzeQuery, foldedWords, shardKeyOf, storyKeys } from './analyze';
import { decodePostings, encodePostings, searchPaths } from './format';
import { createSearch, rankDocuments } from './engine';

/** An index over stories given newest first (title, paragraphs), served from memory. */
function searchOver(
  stories: {
    title: string;
    paragraphs: string[];
    publishedAt?: string | null;
    firstSeenAt?: string | null;
  }[],
) {
  const table: string[] = [];
  const ids = new Map<string, number>();
  const documents = stories.map((story, index) => {
    const { keys, length } = storyKeys({
      title: foldedWords(story.title),
      paragraphs: story.paragraphs.map(foldedWords),
      quotes: [],
    });
    const idOf = (key: string) => {
      if (!ids.has(key)) ids.set(key, table.push(key) - 1);
      return ids.get(key)!;
    };
    return {
      id: index.toString(16).padStart(16, '0'),
      title: story.title,
      publishedAt: story.publishedAt ?? null,
      firstSeenAt: story.firstSeenAt ?? null,
      source: null,
      search: {
        ids: Int32Array.from(keys.keys(), idOf),
        tf: Float32Array.from(keys.values(), (stats) => stats.tf),
        first: Int32Array.from(keys.values(), (stats) => stats.first),
        length,
      },
    };
  });
  const index = buildSearchIndex(documents, table);
  const files = new Map<string, unknown>([[searchPaths.meta, index.meta]]);
  for (const [shard, keys] of index.shards) {
    files.set(searchPaths.shard(shard), JSON.parse(shardJson(keys)));
  }
  index.docs.forEach((rows, chunk) => files.set(searchPaths.docs(chunk), rows));
  const fetched: string[] = [];
  const search = createSearch({
    json: async <T>(path: string) => {
      fetched.push(path);
      if (!files.has(path)) throw new Error(`no file ${path}`);
      return files.get(path) as T;
    },
  });
  return { search, fetched, index };
}

const titles = async (search: ReturnType<typeof searchOver>['search'], query: string) =>
  (await search(query)).results.map((result) => result.title);

test('a full name beats pages that hold each half in different places', async () => {
  const { search } = searchOver([
    {
      title: 'محمد يفتتح معرضا للكتاب',
      paragraphs: [
        'افتتح محمد المعرض صباحا.',
        'وحضر الافتتاح وفد من عائلة العلي القادمة من الشمال.',
      ],
    },
    { title: 'العلي يفوز بالجائزة', paragraphs: ['فاز الكاتب سعيد العلي وقال محمد إنه يستحقها.'] },
    {
      title: 'وزير المالية يعرض الموازنة',
      paragraphs: ['عرض وزير المالية محمد العلي موازنة العام المقبل أمام البرلمان.'],
    },
  ]);
  expect((await titles(search, 'محمد العلي'))[0]).toBe('وزير المالية يعرض الموازنة');
});

test('a story with no date of its own is found with the date of the page that first embedded it', async () => {
  const { search, index } = searchOver([
    { title: 'أمطار في بيروت', paragraphs: ['أمطار خفيفة.'], publishedAt: '2024-11-07' },
    { title: 'أمطار في عمان', paragraphs: ['أمطار غزيرة.'], firstSeenAt: '2024-11-07' },
    { title: 'أمطار في دمشق', paragraphs: ['أمطار متفرقة.'] },
  ]);
  const dates = (await search('أمطار')).results.map((result) => [
    result.title,
    result.publishedAt,
    result.firstSeenAt,
  ]);
  expect(dates).toEqual([
    ['أمطار في بيروت', '2024-11-07', null],
    ['أمطار في عمان', null, '2024-11-07'],
    ['أمطار في دمشق', null, null],
  ]);
  // Only the undated story's row carries the fifth column.
  expect(index.docs[0].map((row) => row.length)).toEqual([4, 5, 4]);
});

test('pages with all the words come before pages with some; some only when none has all', async () => {
  const { search } = searchOver([
    { title: 'أمطار غزيرة في عمان', paragraphs: ['هطلت أمطار غزيرة على العاصمة.'] },
    { title: 'أمطار في بيروت', paragraphs: ['أمطار خفيفة على المدينة.'] },
  ]);
  expect(await titles(search, 'أمطار عمان')).toEqual(['أمطار غزيرة في عمان']);
  expect((await search('أمطار دمشق')).total).toBe(2);
});

test('the headline counts more than the body, and a tie goes to the newer article', async () => {
  const { search } = searchOver([
    { title: 'تقرير عن الطقس', paragraphs: ['يتناول التقرير موجة الحر في المنطقة.'] },
    { title: 'موجة الحر تضرب المنطقة', paragraphs: ['ارتفعت درجات الحرارة اليوم.'] },
    { title: 'تقرير آخر عن الطقس', paragraphs: ['يتناول التقرير موجة الحر في المنطقة.'] },
  ]);
  expect(await titles(search, 'موجة الحر')).toEqual([
    'موجة الحر تضرب المنطقة',
    'تقرير عن الطقس',
    'تقرير آخر عن الطقس',
  ]);
});

test('an exact spelling ranks above a stemmed one', async () => {
  const { search } = searchOver([
    { title: 'مفاوضات الحكومات', paragraphs: ['تستمر مفاوضات الحكومات في الجولة الثانية.'] },
    { title: 'مفاوضات الحكومة', paragraphs: ['تستمر مفاوضات الحكومة في الجولة الثانية.'] },
  ]);
  expect(await titles(search, 'الحكومة')).toEqual(['مفاوضات الحكومة', 'مفاوضات الحكومات']);
  expect(await titles(search, 'الحكومات')).toEqual(['مفاوضات الحكومات', 'مفاوضات الحكومة']);
});

test('a query reads only the shards of its keys and the table rows it shows', async () => {
  const stories = Array.from({ length: 120 }, (_, index) => ({
    title: `خبر رقم ${index} عن موضوع ${['الاقتصاد', 'الرياضة', 'الصحة'][index % 3]}`,
    paragraphs: [
      `نص الخبر ${index} وفيه كلمات عن ${['البنوك', 'الملاعب', 'المستشفيات'][index % 3]}.`,
    ],
  }));
  const { search, fetched, index } = searchOver(stories);
  await search('المستشفيات');
  const shards = fetched.filter((path) => path.startsWith('search/shards/'));
  expect(shards.length).toBeLessThanOrEqual(analyzeQuery('المستشفيات')[0].keys.length);
  expect(index.meta.shards).toBeGreaterThan(0);
  expect(fetched.filter((path) => path.startsWith('search/docs/')).length).toBeLessThanOrEqual(
    Math.ceil(120 / index.meta.chunk),
  );
});

test('ranking is deterministic and empty postings rank nothing', () => {
  const words = analyzeQuery('روسيا');
  expect(rankDocuments(words, new Map())).toEqual([]);
  const postings = new Map([[words[0].keys[0].key, [2, 50, 0, 0, 50, 3, 1, 80, 1]]]);
  expect(rankDocuments(words, postings).map((entry) => entry.doc)).toEqual([1, 0, 2]);
});

test('postings are written with gaps between document numbers and read back whole', () => {
  const flat = [3, 120, 0, 7, 80, 12, 40, 95, 3];
  expect(encodePostings(flat)).toEqual([3, 120, 0, 4, 80, 12, 33, 95, 3]);
  expect(decodePostings(encodePostings(flat))).toEqual(flat);
  expect(decodePostings([])).toEqual([]);
});

test("a word's exact spelling shares its stem's shard", () => {
  for (const word of ['الاقتصاد', 'والحكومة', 'بالمستشفى']) {
    const keys = analyzeQuery(word)[0].keys.map((key) => key.key);
    const exact = keys.find((key) => key.startsWith('='));
    expect(exact).toBeDefined();
    expect(shardKeyOf(exact!)).toBe(keys[0]);
  }
});

test("the index writes a word's exact spelling in its stem's shard", () => {
  const words = ['الاقتصاد', 'الحكومة', 'بالمستشفى'].flatMap((word) => {
    const keys = analyzeQuery(word)[0].keys.map((key) => key.key);
    return [keys[0], keys.find((key) => key.startsWith('='))!];
  });
  // Enough other keys for several shards.
  const terms = [...words, ...Array.from({ length: 4000 }, (_, n) => `ك${n.toString(36)}`)];
  const index = buildSearchIndex(
    [
      {
        id: '0000000000000000',
        title: '',
        publishedAt: null,
        firstSeenAt: null,
        source: null,
        search: {
          ids: Int32Array.from(terms, (_, id) => id),
          tf: Float32Array.from(terms, () => 1),
          first: Int32Array.from(terms, () => 0),
          length: terms.length,
        },
      },
    ],
    terms,
  );
  expect(index.meta.shards).toBeGreaterThan(2);
  const shardOfKey = new Map<string, number>();
  for (const [shard, keys] of index.shards) for (const [key] of keys) shardOfKey.set(key, shard);
  for (let k = 0; k < words.length; k += 2)
    expect(shardOfKey.get(words[k + 1])).toBe(shardOfKey.get(words[k]));
});

test('an index of another format version is refused, not read as wrong results', async () => {
  const { search, index } = searchOver([{ title: 'الاقتصاد ينمو', paragraphs: ['نص.'] }]);
  (index.meta as { version: number }).version = 1;
  await expect(search('الاقتصاد')).rejects.toThrow(/version 1/);
});
