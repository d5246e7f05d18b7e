/**
 * Relational nouns: a noun that names someone only by their relation to a possessor ("his counterpart",
 * "her guest", "his host", "its neighbour"). The one named is the other party of the possessor:
 * - the possessor is the person or body its possessive points back to (pronouns.ts), or the actor a
 *   possessor noun names ("Briceño's guest");
 * - the other party's state is the one a demonym or name on the noun gives ("his Bruneian
 *   counterpart"), else the other member of the article's main dyad (discourse.ts) from the possessor's
 *   state;
 * - a person's counterpart, guest or host is the person of that state the article names: the one with
 *   the possessor's title ("the counterpart of a foreign minister is the other state's foreign
 *   minister"), else the only one, else the most salient one when unrivalled; a state's neighbour is
 *   the other state itself.
 * Nothing when the possessor, its state or the other party is unclear.
 */
import type { KgActor } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import { actorAt } from './actor-mentions';
import type { EventContext } from './arguments';
import { possessiveActor, pronounActor } from './pronouns';
import type { SentenceView } from './sentence-view';
import { personTitles } from './titled-people';

type Resolve = (view: SentenceView, ctx: EventContext, i: number) => KgActor | null;

/** Nouns for a person's opposite number on the other side. */
const PERSON_RELATIONS: ReadonlySet<string> = new Set(['counterpart', 'guest', 'host']);
/** Nouns for a state's opposite number. */
const STATE_RELATIONS: ReadonlySet<string> = new Set(['neighbour', 'neighbor', 'counterpart']);

/** The actor the possessor at `k` names: a possessive pronoun's antecedent, or the noun's actor. */
function possessor(view: SentenceView, ctx: EventContext, k: number, resolve: Resolve) {
  const t = view.token(k);
  if (t.pos === 'PRP$') {
    return t.word.toLowerCase() === 'its'
      ? possessiveActor(view, ctx, k, resolve)
      : pronounActor(view, ctx, k, resolve);
  }
  return resolve(view, ctx, k);
}

/** The state a demonym or name on the noun at `i` gives ("his Bruneian counterpart"), or null. */
function namedSide(view: SentenceView, ctx: EventContext, i: number): string | null {
  for (const k of view.dependents(i, 'amod', 'compound')) {
    const m = view.token(k);
    const a = actorAt(ctx.actors, m.characterOffsetBegin, m.characterOffsetEnd);
    if (a !== null && a.kind === ActorKind.COUNTRY) {
      return a.id;
    }
  }
  return null;
}

/** The title heads the article gives each person ("minister" of "foreign minister"). */
function titleHeads(view: SentenceView, ctx: EventContext): Map<string, Set<string>> {
  const sentences = ctx.views?.map(v => v.sentence) ?? [view.sentence];
  const out = new Map<string, Set<string>>();
  for (const t of personTitles({ sentences }, ctx.actors.actors)) {
    const words = out.get(t.personId) ?? new Set<string>();
    words.add(t.words.join(' '));
    out.set(t.personId, words);
  }
  return out;
}

/**
 * The person of state `side` who is the opposite number of `owner` (see above), or null. A counterpart
 * holds the owner's office: one named with another office is not it.
 */
function oppositePerson(
  view: SentenceView,
  ctx: EventContext,
  owner: KgActor,
  side: string,
  lemma: string,
): KgActor | null {
  const titles = titleHeads(view, ctx);
  const own = titles.get(owner.id) ?? new Set<string>();
  const sameOffice = (p: KgActor): boolean => [...(titles.get(p.id) ?? [])].some(w => own.has(w));
  const fits = (p: KgActor): boolean =>
    lemma !== 'counterpart' || own.size === 0 || !titles.has(p.id) || sameOffice(p);
  const people = ctx.actors.actors.filter(
    a =>
      a.kind === ActorKind.PERSON && a.id !== owner.id && ctx.states.get(a.id) === side && fits(a),
  );
  const same = people.filter(sameOffice);
  if (same.length === 1 || people.length === 1) {
    return same.length === 1 ? (same[0] ?? null) : (people[0] ?? null);
  }
  if (lemma === 'counterpart' || people.length === 0) {
    return null;
  }
  const at = view.token(1).characterOffsetBegin;
  const ranked = ctx.discourse?.ranked(at, m => people.some(p => p.id === m.actorId), new Set());
  const [first, second] = ranked ?? [];
  const pick = first !== undefined && (second === undefined || first[1] >= 1.5 * second[1]);
  return pick ? (people.find(p => p.id === first[0]) ?? null) : null;
}

/** The actor the relational noun at `i` stands for ("his counterpart", "its neighbour"), or null. */
export function relationalActor(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  resolve: Resolve,
): KgActor | null {
  const t = view.token(i);
  const lemma = view.lemma(i).toLowerCase();
  const poss = view.dependents(i, 'nmod:poss')[0];
  if (t.pos !== 'NN' || poss === undefined) {
    return null;
  }
  const person = PERSON_RELATIONS.has(lemma);
  if (!person && !STATE_RELATIONS.has(lemma)) {
    return null;
  }
  const owner = possessor(view, ctx, poss, resolve);
  if (owner === null) {
    return null;
  }
  const ownState = ctx.states.get(owner.id) ?? owner.id;
  const side = namedSide(view, ctx, i) ?? ctx.discourse?.counterpart(ownState) ?? null;
  if (side === null || side === ownState) {
    return null;
  }
  if (owner.kind === ActorKind.PERSON) {
    return person ? oppositePerson(view, ctx, owner, side, lemma) : null;
  }
  return owner.kind === ActorKind.COUNTRY && STATE_RELATIONS.has(lemma)
    ? (ctx.actors.actors.find(a => a.id === side) ?? null)
    : null;
}
