import { dateLine } from './dates';
import { addDiacritics, addTrailingSpaces, dropHamza } from './noise';
import type { Rng } from './prng';
import { mulberry32, pickWeighted } from './prng';
import type { Story } from './story';
import { QUOTE_MARKS, writeStory } from './story';
import { DATELINES, READ_ALSO_MARKERS, SOURCES, TOPICS } from './vocabulary';

export type { Story } from './story';

export interface StoryPool {
  stories: readonly Story[];
  /** Pool indexes per topic index, so documents can embed related stories. */
  byTopic: readonly (readonly number[])[];
}

export interface GeneratedDocument {
  fileName: string;
  text: string;
}

const TOPIC_WEIGHTS = TOPICS.map((topic) => topic.weight);
const OWN_MARKS = [QUOTE_MARKS.curly, QUOTE_MARKS.ascii, QUOTE_MARKS.guillemets] as const;
const OWN_MARK_WEIGHTS = [5, 3, 2];
const POOL_MARK_WEIGHTS = [3, 5, 2];
const SECTION_COUNT_WEIGHTS = [3, 5, 2];

export function poolSizeFor(count: number): number {
  return Math.max(3, Math.round(count / 20));
}

export function createPool(rng: Rng, size: number): StoryPool {
  const stories: Story[] = [];
  const byTopic: number[][] = TOPICS.map(() => []);
  for (let i = 0; i < size; i++) {
    const topic = pickWeighted(rng, TOPIC_WEIGHTS);
    const marks = OWN_MARKS[pickWeighted(rng, POOL_MARK_WEIGHTS)] ?? QUOTE_MARKS.ascii;
    stories.push(writeStory(rng, topic, rng.between(3, 6), marks));
    byTopic[topic]?.push(i);
  }
  return { stories, byTopic };
}

function hex16(rng: Rng): string {
  return rng.uint32().toString(16).padStart(8, '0') + rng.uint32().toString(16).padStart(8, '0');
}

function pickEmbedded(
  rng: Rng,
  pool: StoryPool,
  topic: number,
  exclude: readonly number[],
): number {
  const total = pool.stories.length;
  const sameTopic = pool.byTopic[topic] ?? [];
  let index: number;
  if (sameTopic.length > 0 && rng.chance(0.7)) {
    // Squaring skews towards the front, so some stories are embedded far more often than others.
    const r = rng.next();
    index = sameTopic[Math.floor(sameTopic.length * r * r)] as number;
  } else {
    index = rng.int(total);
  }
  for (let tries = 0; exclude.includes(index) && tries < total; tries++)
    index = (index + 1) % total;
  return index;
}

export function generateDocument(rng: Rng, index: number, pool: StoryPool): GeneratedDocument {
  const fileName = `${String(index).padStart(5, '0')}_${hex16(rng)}.txt`;

  // About 5% of pages are themselves a pool story, so the same article is both a page and embedded.
  const copiedFrom =
    pool.stories.length > 0 && rng.chance(0.05) ? rng.int(pool.stories.length) : -1;
  const own =
    copiedFrom >= 0
      ? (pool.stories[copiedFrom] as Story)
      : writeStory(
          rng,
          pickWeighted(rng, TOPIC_WEIGHTS),
          rng.between(3, 8),
          OWN_MARKS[pickWeighted(rng, OWN_MARK_WEIGHTS)] ?? QUOTE_MARKS.curly,
        );

  const dirty = rng.chance(0.1);
  const dress = (line: string): string =>
    dirty && rng.chance(0.4) ? addTrailingSpaces(rng, line) : line;

  const lines: string[] = [dress(own.headline)];
  const date = dateLine(rng);
  if (date !== null) lines.push(dress(date));
  if (rng.chance(0.85)) lines.push(dress(`${rng.pick(DATELINES)}/`));

  if (copiedFrom >= 0) {
    for (const line of own.body) lines.push(line);
  } else {
    const diacritics = rng.chance(0.08);
    const hamzaTypos = rng.chance(0.05);
    const blankAt = rng.chance(0.03) ? 1 + rng.int(own.body.length - 1) : -1;
    for (let i = 0; i < own.body.length; i++) {
      let line = own.body[i] as string;
      if (diacritics && rng.chance(0.5)) line = addDiacritics(rng, line);
      if (hamzaTypos && rng.chance(0.5)) line = dropHamza(line);
      if (i === blankAt) lines.push('');
      lines.push(dress(line));
    }
  }

  if (rng.chance(0.6)) lines.push(dress(`المصدر: ${rng.pick(SOURCES)}`));

  const sections = pickWeighted(rng, SECTION_COUNT_WEIGHTS);
  const used = copiedFrom >= 0 ? [copiedFrom] : [];
  for (let s = 0; s < sections && used.length < pool.stories.length; s++) {
    const embedded = pickEmbedded(rng, pool, own.topic, used);
    used.push(embedded);
    const story = pool.stories[embedded] as Story;
    lines.push(rng.pick(READ_ALSO_MARKERS), story.headline);
    for (const line of story.body) lines.push(line);
  }

  const eol = rng.chance(0.1) ? '\r\n' : '\n';
  const bom = rng.chance(0.02) ? '\uFEFF' : '';
  const finalNewline = rng.chance(0.4) ? eol : '';
  return { fileName, text: bom + lines.join(eol) + finalNewline };
}

/** The whole corpus for a count and seed, one document at a time. */
export function* generateCorpus(count: number, seed: number): Generator<GeneratedDocument> {
  const rng = mulberry32(seed);
  const pool = createPool(rng, poolSizeFor(count));
  for (let i = 0; i < count; i++) yield generateDocument(rng, i, pool);
}
