import type { SpeakerKind } from './extract';

/** A quote as the corpus pass sees it: who the story said spoke it, and where it is. */
export interface AttributedQuote {
  speaker: string | null;
  speakerKey: string | null;
  kind: SpeakerKind;
  role: string | null;
}

export interface CorpusSpeaker<Q, A> {
  key: string;
  name: string;
  kind: 'person' | 'body';
  /** Roles the speaker was introduced with, in the order met, each once. */
  roles: string[];
  quotes: { quote: Q; article: A }[];
}

/**
 * Groups attributed quotes by speaker across the corpus. A surname alone (لافروف) joins
 * the one full name in the corpus that ends with it; when several do, it stays apart
 * (null beats a wrong name). Quotes that join a full name are rewritten in place so that
 * the article shows the same name as the speaker page. Anonymous and unknown sources are
 * no speakers: they are left to the caller's list of unattributed quotes.
 */
export function groupSpeakers<Q extends AttributedQuote, A>(
  quotesByArticle: ReadonlyMap<A, readonly Q[]>,
): Map<string, CorpusSpeaker<Q, A>> {
  const byKey = new Map<string, CorpusSpeaker<Q, A>>();
  for (const [article, quotes] of quotesByArticle) {
    for (const quote of quotes) {
      if (quote.speakerKey === null || quote.speaker === null) continue;
      if (quote.kind !== 'person' && quote.kind !== 'body') continue;
      let speaker = byKey.get(quote.speakerKey);
      if (!speaker) {
        speaker = {
          key: quote.speakerKey,
          name: quote.speaker,
          kind: quote.kind,
          roles: [],
          quotes: [],
        };
        byKey.set(quote.speakerKey, speaker);
      }
      addRole(speaker, quote.role);
      speaker.quotes.push({ quote, article });
    }
  }
  const aliases = surnameAliases(byKey);
  for (const [surname, full] of aliases) {
    const short = byKey.get(surname)!;
    for (const entry of short.quotes) full.quotes.push(entry);
    for (const role of short.roles) addRole(full, role);
    byKey.delete(surname);
  }
  for (const quotes of quotesByArticle.values()) {
    for (const quote of quotes) {
      const full = quote.speakerKey === null ? undefined : aliases.get(quote.speakerKey);
      if (full) {
        quote.speakerKey = full.key;
        quote.speaker = full.name;
        quote.role ??= full.roles[0] ?? null;
      }
    }
  }
  return byKey;
}

function addRole(speaker: { roles: string[] }, role: string | null): void {
  if (role !== null && !speaker.roles.includes(role)) speaker.roles.push(role);
}

/** Single-word speakers (a surname) that exactly one person's full name ends with. */
function surnameAliases<S extends { key: string; kind: string }>(
  byKey: ReadonlyMap<string, S>,
): Map<string, S> {
  const fullNamesByLastWord = new Map<string, S[]>();
  for (const speaker of byKey.values()) {
    const words = speaker.key.split(' ');
    if (words.length < 2 || speaker.kind !== 'person') continue;
    const last = words[words.length - 1];
    const list = fullNamesByLastWord.get(last);
    if (list) list.push(speaker);
    else fullNamesByLastWord.set(last, [speaker]);
  }
  const aliases = new Map<string, S>();
  for (const speaker of byKey.values()) {
    if (speaker.key.includes(' ') || speaker.kind !== 'person') continue;
    const candidates = fullNamesByLastWord.get(speaker.key);
    if (candidates?.length === 1) aliases.set(speaker.key, candidates[0]);
  }
  return aliases;
}
