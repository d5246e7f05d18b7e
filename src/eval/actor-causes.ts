/**
 * Why the coder misses a gold actor or finds a false one (`npm run eval -- --causes`): each actor id
 * the score counts as a miss or an extra gets one cause, read off the gold annotation, the parse's
 * entities and what the coder found at the gold mentions. Pure; the seed, corpus and fixtures only.
 *
 * A missed actor is, by the strongest cause over its mentions: found under another id (of another
 * kind, a short name not joined to the full name, a title kept in the name, or another id of the same
 * kind), a parse entity the coder has no entry or rule for (a demonym, capital or metonym of a state,
 * a short name alone, an entity of a given type), no parse entity at all (a description such as "the
 * foreign minister", or a name the parse does not see), or named only in boilerplate. A false actor is
 * a split duplicate of a gold actor that is also found, another id for a gold actor that is not, a
 * wrong kind, or no actor of the gold at all.
 */
import type { KgActor } from '../kg/kg-batch';
import { ActorKind } from '../kg/domain';
import type { NlpDocument } from '../ingest/nlp/corenlp.client';

/** A character span (gold and found spans and parse entities alike). */
type Span = { readonly start: number; readonly end: number };

export type ActorLike = Pick<KgActor, 'id' | 'kind' | 'name' | 'mentions'>;

/** One miss or extra: its cause (a row of the table) and an example for `--details`. */
export interface CauseCase {
  readonly cause: string;
  readonly example: string;
}

export interface ActorCauseInput {
  readonly text: string;
  readonly doc: NlpDocument;
  readonly gold: readonly ActorLike[];
  readonly found: readonly ActorLike[];
  readonly ignored: readonly Span[];
}

/** Parse entity types that can name an actor (not dates, numbers, places inside a state). */
const ACTOR_NER: ReadonlySet<string> = new Set([
  'PERSON',
  'ORGANIZATION',
  'COUNTRY',
  'NATIONALITY',
  'CITY',
  'LOCATION',
  'STATE_OR_PROVINCE',
  'TITLE',
  'MISC',
]);

const KIND_WORD: Record<ActorKind, string> = {
  [ActorKind.COUNTRY]: 'state',
  [ActorKind.PERSON]: 'person',
  [ActorKind.ORGANIZATION]: 'org',
  [ActorKind.MEDIA_OUTLET]: 'outlet',
  [ActorKind.TERRITORY]: 'territory',
  [ActorKind.HISTORICAL_STATE]: 'historical state',
  [ActorKind.GROUP]: 'group',
};

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
const inside = (m: Span, spans: readonly Span[]): boolean =>
  spans.some(s => s.start <= m.start && m.end <= s.end);
const words = (name: string): string[] => name.toLowerCase().split(/[\s-]+/u);
const quoted = (text: string, m: Span): string => JSON.stringify(text.slice(m.start, m.end));

/** How a found person's name relates to the gold one: a part of it, or the gold name plus a title. */
function nameRelation(gold: string, found: string): 'short' | 'title' | null {
  const g = words(gold);
  const f = words(found);
  if (f.length < g.length && f.every(w => g.includes(w))) {
    return 'short';
  }
  return g.length < f.length && g.every(w => f.includes(w)) ? 'title' : null;
}

interface MentionCause {
  readonly rank: number;
  readonly cause: string;
  readonly example: string;
}

/** The cause of one gold mention of a missed actor; a higher rank is a cause closer to a hit. */
function mentionCause(input: ActorCauseInput, actor: ActorLike, m: Span): MentionCause {
  const { text, doc, gold, found } = input;
  const shown = `${actor.id} ${quoted(text, m)}@${m.start}`;
  // found mentions here that are not another gold actor's own mention ("China" in "China's ministry")
  const rightElsewhere = (a: ActorLike, x: Span): boolean =>
    gold.some(g => g.id === a.id && g.mentions.some(y => same(x, y)));
  const other = found.find(a =>
    a.mentions.some(x => overlaps(x, m) && !rightElsewhere(a, x) && a.id !== actor.id),
  );
  if (other !== undefined) {
    const example = `${shown} -> ${other.id}`;
    if (other.kind !== actor.kind) {
      const kinds = `${KIND_WORD[actor.kind]} as ${KIND_WORD[other.kind]}`;
      return { rank: 3, cause: `other id: wrong kind (${kinds})`, example };
    }
    const rel = actor.kind === ActorKind.PERSON ? nameRelation(actor.name, other.name) : null;
    const cause =
      rel === 'short'
        ? 'other id: short name not joined to the full name'
        : rel === 'title'
          ? 'other id: title kept in the name'
          : `other id: same kind (${KIND_WORD[actor.kind]})`;
    return { rank: 3, cause, example };
  }
  const entity = doc.sentences
    .flatMap(s => s.entitymentions)
    .find(e => ACTOR_NER.has(e.ner) && overlaps(m, toSpan(e)));
  const said = text.slice(m.start, m.end);
  if (entity !== undefined) {
    const state = actor.kind === ActorKind.COUNTRY || actor.kind === ActorKind.TERRITORY;
    const cause =
      entity.ner === 'TITLE'
        ? 'parse entity, no entry: a title without a name ("the foreign minister")'
        : state && words(said).join(' ') !== words(actor.name).join(' ')
          ? 'parse entity, no entry: demonym, capital or metonym of a state'
          : actor.kind === ActorKind.PERSON && !/\s/u.test(said.trim())
            ? 'parse entity, no entry: a person by one name'
            : `parse entity, no entry: ${KIND_WORD[actor.kind]} (${entity.ner})`;
    return { rank: 2, cause, example: shown };
  }
  const lower = /^\p{Ll}/u.test(said);
  const cause = lower
    ? 'no parse entity: a description ("the minister", "the army")'
    : `no parse entity: ${KIND_WORD[actor.kind]} name`;
  return { rank: 1, cause, example: shown };
}

function toSpan(e: { characterOffsetBegin: number; characterOffsetEnd: number }): Span {
  return { start: e.characterOffsetBegin, end: e.characterOffsetEnd };
}

/** The cause of each gold actor id the coder misses. */
export function missedActorCauses(input: ActorCauseInput): CauseCase[] {
  const foundIds = new Set(input.found.map(a => a.id));
  return input.gold
    .filter(a => !foundIds.has(a.id))
    .map(a => {
      const body = a.mentions.filter(m => !inside(m, input.ignored));
      if (body.length === 0) {
        return { cause: 'only in boilerplate', example: a.id };
      }
      const best = body
        .map(m => mentionCause(input, a, m))
        .reduce((x, y) => (y.rank > x.rank ? y : x));
      return { cause: best.cause, example: best.example };
    });
}

/** The cause of each actor id the coder finds that the gold does not have. */
export function falseActorCauses(input: ActorCauseInput): CauseCase[] {
  const { text, gold, found } = input;
  const goldIds = new Set(gold.map(a => a.id));
  const foundIds = new Set(found.map(a => a.id));
  return found
    .filter(a => !goldIds.has(a.id))
    .map(a => {
      const m = a.mentions[0];
      const shown = m === undefined ? a.id : `${a.id} ${quoted(text, m)}@${m.start}`;
      if (a.mentions.every(x => inside(x, input.ignored))) {
        return { cause: 'only in boilerplate', example: shown };
      }
      const under = gold.find(g => g.mentions.some(y => a.mentions.some(x => overlaps(x, y))));
      if (under === undefined) {
        return { cause: `not an actor of the gold (${KIND_WORD[a.kind]})`, example: shown };
      }
      const example = `${shown} on ${under.id}`;
      if (under.kind !== a.kind) {
        const kinds = `${KIND_WORD[a.kind]} for ${KIND_WORD[under.kind]}`;
        return { cause: `wrong kind (${kinds})`, example };
      }
      return foundIds.has(under.id)
        ? { cause: 'split duplicate of a found gold actor', example }
        : { cause: 'another id for a missed gold actor', example };
    });
}
