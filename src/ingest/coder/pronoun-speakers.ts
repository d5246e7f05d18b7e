/**
 * "He said" / "she told" as a speaker goes on with the person who spoke last: a reporter names a speaker
 * and then takes them up with a pronoun, whatever people the reported words themselves name ("Minister
 * X told reporters that the rule ignored Y's advice. She denied …" is X, not Y). So a "he" or "she"
 * speaker is the speaker of the last statement found before it, when that statement was told in the same
 * sentence or the one before what the pronoun's act reports, and its speaker phrase was a person's (a
 * person named, or a person noun: "a spokesman for the ministry said. “…,” he said" speaks as the
 * spokesman did), unless an honorific tells that person's sex and it is not the pronoun's ("Mr X" is
 * no "she") or a person is the subject of a sentence between them. Otherwise nothing, and the speaker
 * resolver's own reading stands.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { Mention, Resolved } from './speakers';
import type { SentenceView } from './sentence-view';
import { ROLE_NOUNS, SPOKES_NOUNS } from './speaker-nouns';
import type { Draft } from './statement-parts';

/** The pronouns that take up a person speaker, with the sex each tells. */
const PERSON_PRONOUNS: ReadonlyMap<string, 'M' | 'F'> = new Map([
  ['he', 'M'],
  ['she', 'F'],
]);
/** Honorifics before a name that tell the person's sex. */
const HONORIFICS: ReadonlyMap<string, 'M' | 'F'> = new Map([
  ['mr', 'M'],
  ['sir', 'M'],
  ['mrs', 'F'],
  ['ms', 'F'],
  ['miss', 'F'],
  ['madam', 'F'],
  ['dame', 'F'],
]);

/** The sexes the honorifics on the mentions of `id` tell (in or right before the mention). */
function honorificSexes(text: string, id: string, mentions: readonly Mention[]): Set<'M' | 'F'> {
  const out = new Set<'M' | 'F'>();
  for (const m of mentions.filter(x => x.id === id)) {
    const words = text
      .slice(Math.max(0, m.start - 8), m.end)
      .toLowerCase()
      .split(/[^a-z]+/u);
    for (const w of words.slice(0, -1)) {
      const sex = HONORIFICS.get(w);
      if (sex !== undefined) {
        out.add(sex);
      }
    }
  }
  return out;
}

/** What a statement scope gives to take up a speaker: the text, its mentions, its sentences' starts. */
export interface SpeakerThread {
  readonly text: string;
  readonly mentions: readonly Mention[];
  /** The character offset each sentence of the parse opens at, by sentence index. */
  readonly starts: readonly number[];
  /** The mentions that are the subject of a clause (speaker-mentions.ts). */
  readonly subjects: ReadonlySet<Mention>;
}

/** The index of the sentence holding character `offset`. */
function sentenceAt(starts: readonly number[], offset: number): number {
  let k = 0;
  while (k + 1 < starts.length && (starts[k + 1] ?? Infinity) <= offset) {
    k += 1;
  }
  return k;
}
/** Person nouns a speaker phrase can have without a name ("an official said"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([...SPOKES_NOUNS, ...ROLE_NOUNS, 'official']);

/** Is the speaker phrase headed by `subject` a person's (`speaker` the actor it resolved to)? */
export function isPersonal(
  view: SentenceView,
  subject: number | null,
  speaker: Resolved,
  mentions: readonly Mention[],
): boolean {
  if (subject === null) {
    return false;
  }
  const lemma = view.lemma(subject).toLowerCase();
  return (
    (view.token(subject).pos === 'PRP' && PERSON_PRONOUNS.has(lemma)) ||
    PERSON_NOUNS.has(lemma) ||
    mentions.some(m => m.id === speaker.id && m.kind === ActorKind.PERSON)
  );
}

/**
 * The speaker a "he" / "she" subject at `subject` of `view` takes up from `drafts` (above), or null;
 * `before` is where what its act reports opens when that comes first ("“…,” she said").
 */
export function priorSpeaker(
  thread: SpeakerThread,
  view: SentenceView,
  subject: number,
  drafts: readonly Draft[],
  before?: number,
): Resolved | null {
  const sex = view.token(subject).pos === 'PRP' ? PERSON_PRONOUNS.get(view.lemma(subject)) : null;
  if (sex === null || sex === undefined) {
    return null;
  }
  const at = Math.min(view.token(subject).characterOffsetBegin, before ?? Infinity);
  const last = drafts
    .filter(d => d.span.start < at)
    .sort((a, b) => a.span.start - b.span.start)
    .at(-1);
  if (
    last === undefined ||
    last.personal !== true ||
    last.sentence < sentenceAt(thread.starts, at) - 1
  ) {
    return null;
  }
  // "X said …. Minister Y defended the ban …. She warned": a person who is the subject of a sentence
  // after the statement's is the one taken up
  const newer = [...thread.subjects].some(
    m =>
      m.kind === ActorKind.PERSON &&
      m.start >= last.span.end &&
      m.start < at &&
      sentenceAt(thread.starts, m.start) > last.sentence,
  );
  if (newer) {
    return null;
  }
  const told = honorificSexes(thread.text, last.speaker.id, thread.mentions);
  return told.size > 0 && !told.has(sex) ? null : { id: last.speaker.id, how: 'anaphor' };
}
