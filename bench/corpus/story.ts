import type { Rng } from './prng';
import type { Gender, Speaker, Topic } from './vocabulary';
import { CHANNELS, SPEAKERS, SPEECH_SETTINGS, TIMES, TOPICS } from './vocabulary';

export interface Story {
  topic: number;
  headline: string;
  body: readonly string[];
}

type Marks = readonly [open: string, close: string];

export const QUOTE_MARKS = {
  curly: ['“', '”'],
  ascii: ['"', '"'],
  guillemets: ['«', '»'],
} as const satisfies Record<string, Marks>;

const ALL_MARKS: readonly Marks[] = Object.values(QUOTE_MARKS);

const CAST_BY_TOPIC: readonly (readonly Speaker[])[] = TOPICS.map((topic) =>
  SPEAKERS.filter((speaker) => speaker.topic === topic.key),
);

const CONNECTORS = ['و', 'كما أن ', 'ولذلك فإن ', 'لكن ', 'في حين أن '];
const OPENERS = [
  'نحن نؤكد أن ',
  'أستطيع القول إن ',
  'من الواضح أن ',
  'الحقيقة أن ',
  'علينا أن ندرك أن ',
];
const TAILS = [
  'وهذا ما نعمل عليه منذ أشهر',
  'ولن نتراجع عن ذلك',
  'وسنرى ما سيحدث في الأسابيع المقبلة',
  'وهذا ليس مجرد كلام',
  'والأرقام تثبت ذلك',
];

/** Mutable state while one story is written: who has been named, who spoke last. */
interface Voice {
  rng: Rng;
  topic: Topic;
  cast: readonly Speaker[];
  mentioned: Set<Speaker>;
  last: Speaker | null;
  lastWasQuote: boolean;
  marks: Marks;
}

const byGender = (gender: Gender, m: string, f: string): string => (gender === 'f' ? f : m);

// Past-tense verbs in the vocabulary are regular: the feminine adds تاء التأنيث.
const conjugate = (verb: string, gender: Gender): string => (gender === 'f' ? `${verb}ت` : verb);

function ref(v: Voice, speaker: Speaker): string {
  if (v.mentioned.has(speaker)) return speaker.last;
  v.mentioned.add(speaker);
  return `${speaker.role} ${speaker.first} ${speaker.last}`;
}

function wrap(v: Voice, text: string): string {
  const [open, close] = v.rng.chance(0.8) ? v.marks : v.rng.pick(ALL_MARKS);
  return open + text + close;
}

function clause(v: Voice, order: 'svo' | 'vso'): string {
  const [noun, gender] = v.rng.pick(v.topic.nouns);
  const [verb, rest] = v.rng.pick(v.topic.actions);
  const conjugated = conjugate(verb, gender);
  return order === 'svo' ? `${noun} ${conjugated} ${rest}` : `${conjugated} ${noun} ${rest}`;
}

function quoteText(v: Voice): string {
  const { rng } = v;
  const claim = rng.pick(v.topic.claims);
  switch (rng.int(5)) {
    case 0:
      return claim;
    case 1:
      return `${claim}، ${rng.pick(CONNECTORS)}${clause(v, 'svo')}`;
    case 2:
      return rng.pick(OPENERS) + claim;
    case 3:
      return `${claim}، و${rng.pick(v.topic.claims)}`;
    default:
      return `${claim}، ${rng.pick(TAILS)}`;
  }
}

function chooseSpeaker(v: Voice): Speaker {
  if (v.last === null) return v.cast[0] as Speaker;
  return v.rng.chance(0.6) ? v.last : v.rng.pick(v.cast);
}

function quoteSentence(v: Voice): string {
  const { rng } = v;
  let style = rng.int(9);
  // Carry-on verbs (وأضاف:, وأوضح أنه) only make sense right after that speaker's quote.
  if ((style === 3 || style === 4) && !(v.lastWasQuote && v.last !== null)) style = 0;
  const speaker = style === 3 || style === 4 ? (v.last as Speaker) : chooseSpeaker(v);
  const g = speaker.gender;
  let sentence: string;
  switch (style) {
    case 0: {
      const setting = rng.chance(0.5) ? ` ${rng.pick(SPEECH_SETTINGS)}` : '';
      sentence = `و${byGender(g, 'قال', 'قالت')} ${ref(v, speaker)}${setting}: ${wrap(v, quoteText(v))}.`;
      break;
    }
    case 1:
      sentence = `${wrap(v, quoteText(v))}، ${byGender(g, 'قال', 'قالت')} ${ref(v, speaker)}.`;
      break;
    case 2:
      sentence = `و${byGender(g, 'أشار', 'أشارت')} ${ref(v, speaker)} إلى أن ${wrap(v, quoteText(v))}.`;
      break;
    case 3:
      sentence = `و${rng.chance(0.5) ? byGender(g, 'أضاف', 'أضافت') : byGender(g, 'تابع', 'تابعت')}: ${wrap(v, quoteText(v))}.`;
      break;
    case 4:
      sentence = `و${byGender(g, 'أوضح', 'أوضحت')} ${byGender(g, 'أنه', 'أنها')} ${wrap(v, quoteText(v))}.`;
      break;
    case 5:
      sentence =
        `${byGender(g, 'أكد', 'أكدت')} ${ref(v, speaker)}، أنّ ${rng.pick(v.topic.claims)}.. ` +
        `${byGender(g, 'مشيراً', 'مشيرةً')} إلى ${byGender(g, 'أنّه', 'أنّها')} ${wrap(v, quoteText(v))}.`;
      break;
    case 6:
      sentence = `وبحسب ${ref(v, speaker)}، ${clause(v, 'vso')} ${rng.pick(TIMES)}، وهو ما يعني أن ${wrap(v, rng.pick(v.topic.claims))}.`;
      break;
    case 7:
      sentence = `وفي تصريح لـ"${rng.pick(CHANNELS)}"، ${byGender(g, 'قال', 'قالت')} ${ref(v, speaker)}: ${wrap(v, quoteText(v))}.`;
      break;
    default:
      sentence = `${byGender(g, 'وشدد', 'وشددت')} ${ref(v, speaker)} ${rng.pick(SPEECH_SETTINGS)} على أن ${wrap(v, quoteText(v))}.`;
  }
  v.last = speaker;
  v.lastWasQuote = true;
  return sentence;
}

function plainSentence(v: Voice): string {
  const { rng, topic } = v;
  let sentence: string;
  switch (rng.int(6)) {
    case 0:
      sentence = `${clause(v, 'vso')} ${rng.pick(topic.contexts)}.`;
      break;
    case 1:
      sentence = `وفي سياق متصل، ${clause(v, 'vso')} ${rng.pick(TIMES)}.`;
      break;
    case 2: {
      const [metric, unit] = rng.pick(topic.metrics);
      const verb = metric.split(' ', 1)[0]?.endsWith('ة') ? 'وبلغت' : 'وبلغ';
      const value = rng.between(12, 980);
      const threshold = Math.floor(value / 10) * 10;
      const bar = rng.chance(0.5) ? `الـ ${threshold}` : `${threshold}`;
      sentence = `${verb} ${metric} نحو ${value} ${unit} ${rng.pick(TIMES)}، بعد تخطي حاجز ${bar}.`;
      break;
    }
    case 3: {
      const channel = rng.pick(CHANNELS);
      const form = rng.int(3);
      if (form === 0) sentence = `وأفادت "${channel}" بأن ${clause(v, 'svo')}.`;
      else if (form === 1)
        sentence = `وذكرت صحيفة "${channel}" أن ${clause(v, 'svo')} ${rng.pick(topic.contexts)}.`;
      else sentence = `ونقلت قناة "${channel}" عن مصادر مطلعة أن ${clause(v, 'svo')}.`;
      break;
    }
    case 4:
      sentence = `ويأتي ذلك ${rng.pick(topic.contexts)}، بعد أن ${clause(v, 'vso')} ${rng.pick(TIMES)}.`;
      break;
    default: {
      const speaker = chooseSpeaker(v);
      const g = speaker.gender;
      sentence = `${byGender(g, 'من جهته', 'من جهتها')}، ${byGender(g, 'أكد', 'أكدت')} ${ref(v, speaker)} ${rng.pick(SPEECH_SETTINGS)} أن ${rng.pick(topic.claims)}.`;
      v.last = speaker;
    }
  }
  v.lastWasQuote = false;
  return sentence;
}

function paragraph(v: Voice, first: boolean): string {
  const { rng } = v;
  if (first) {
    const r = rng.next();
    if (r < 0.45) return quoteSentence(v);
    if (r < 0.75) return `${plainSentence(v)} ${quoteSentence(v)}`;
    return `${clause(v, 'vso')} ${rng.pick(v.topic.contexts)}، ${rng.pick(TIMES)}.`;
  }
  const sentences = rng.chance(0.3) ? 2 : 1;
  let text = '';
  for (let i = 0; i < sentences; i++) {
    const s = rng.chance(0.55) ? quoteSentence(v) : plainSentence(v);
    text = i === 0 ? s : `${text} ${s}`;
  }
  return text;
}

function headline(v: Voice): string {
  const { rng } = v;
  const r = rng.next();
  if (r < 0.55) return `${(v.cast[0] as Speaker).last}: ${rng.pick(v.topic.claims)}`;
  if (r < 0.65) return `${rng.pick(v.topic.nouns)[0]}: ${rng.pick(v.topic.claims)}`;
  return clause(v, 'svo');
}

export function writeStory(rng: Rng, topicIndex: number, bodyLines: number, marks: Marks): Story {
  const topic = TOPICS[topicIndex] as Topic;
  const topicCast = CAST_BY_TOPIC[topicIndex] as readonly Speaker[];
  const main = rng.pick(topicCast);
  const cast: Speaker[] = [main];
  if (rng.chance(0.5)) {
    const second = rng.pick(topicCast);
    if (second !== main) cast.push(second);
  }
  if (rng.chance(0.08)) cast.push(rng.pick(SPEAKERS));
  const v: Voice = {
    rng,
    topic,
    cast,
    mentioned: new Set(),
    last: null,
    lastWasQuote: false,
    marks,
  };
  const title = headline(v);
  const body: string[] = [];
  for (let i = 0; i < bodyLines; i++) body.push(paragraph(v, i === 0));
  return { topic: topicIndex, headline: title, body };
}
