/**
 * "Similar" links that share real subject matter: on the search gold set and the fixtures,
 * each document labelled with its topics by hand (gold-topics.json), a similar link counts
 * as right when the two share a topic. The seed's embedded story is a page of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildDataset } from '../dataset';

const root = new URL('../../', import.meta.url).pathname;
const folders = [join(root, 'pipeline/search/gold/docs'), join(root, 'e2e/fixtures/content')];
const topics = JSON.parse(
  readFileSync(new URL('./gold-topics.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;

function datasetOf(files: { folder: string; file: string }[]) {
  return buildDataset(
    files.map(({ folder, file }) => ({ file, read: () => readFileSync(join(folder, file)) })),
  );
}

test('similar links share a topic (precision ≥ 0.9), and there are links to judge', () => {
  const files = folders.flatMap((folder) => readdirSync(folder).map((file) => ({ folder, file })));
  const dataset = datasetOf(files);
  const fileOf = new Map(dataset.articles.map((article) => [article.id, article.file]));
  let links = 0;
  const wrong: string[] = [];
  for (const article of dataset.articles) {
    for (const link of article.related.filter((related) => related.kind === 'similar')) {
      links++;
      const mine = topics[article.file] ?? [];
      const theirs = topics[fileOf.get(link.id)!] ?? [];
      if (!mine.some((topic) => theirs.includes(topic)))
        wrong.push(`${article.title} → ${link.title}`);
    }
  }
  expect(links).toBeGreaterThanOrEqual(40);
  expect(wrong.length / links, wrong.join('\n')).toBeLessThanOrEqual(0.1);
});

test('three unrelated stories: the vaccination story lists no similar one', () => {
  const dataset = datasetOf([
    { folder: folders[1], file: '105_5e1f00a1b2c3d4e6.txt' },
    { folder: folders[1], file: '000_e8dd7afff7bd6bee.txt' },
    { folder: folders[0], file: '223_ea1c057bd29b54b4.txt' },
  ]);
  const vaccination = dataset.articles.find((article) => article.file.startsWith('105_'))!;
  expect(vaccination.related.filter((related) => related.kind === 'similar')).toEqual([]);
});
