/**
 * Plural leaders of named states: "The leaders of Panama and Mexico congratulated …", "after their
 * prime ministers met", "the two countries' presidents". The act is the people's (eval/README.md:
 * "their prime ministers met" is between the people), so the noun stands for the leader the article
 * names for each of those states (conventions.ts `leaderOf`): the states are its `of` complements with
 * their conjuncts, or its possessor ("the two countries'", or "their" for the two states named before
 * it in the sentence). Nothing when a state has no leader named, or the noun is singular or names
 * another office ("energy ministers").
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import type { EventContext } from './arguments';
import { collectiveActors, leaderOf } from './conventions';
import type { SentenceView } from './sentence-view';

/** Plural nouns of a head of state or government ("prime ministers" with its "prime"). */
const LEADER_NOUNS: ReadonlySet<string> = new Set(['leader', 'president', 'premier']);

type Resolve = (view: SentenceView, ctx: EventContext, i: number) => KgActor | null;

function isLeaderNoun(view: SentenceView, i: number): boolean {
  const t = view.token(i);
  if (t.pos !== 'NNS') {
    return false;
  }
  const lemma = view.lemma(i);
  const prime = view.dependents(i, 'amod', 'compound').some(k => view.lemma(k) === 'prime');
  return LEADER_NOUNS.has(lemma) || (lemma === 'minister' && prime);
}

/** The states named before token `i` in its sentence, in order of first mention. */
function statesBefore(view: SentenceView, ctx: EventContext, i: number): KgActor[] {
  const from = view.token(1).characterOffsetBegin;
  const to = view.token(i).characterOffsetBegin;
  return ctx.actors.actors.filter(
    a => a.kind === ActorKind.COUNTRY && a.mentions.some(m => from <= m.start && m.end <= to),
  );
}

/** The states whose leaders the plural noun at `i` names (see above), or []. */
function statesOf(view: SentenceView, ctx: EventContext, i: number, resolve: Resolve): KgActor[] {
  const of = view.dependents(i, 'nmod:of');
  if (of.length > 0) {
    const ks = [...new Set([...of, ...of.flatMap(k => view.dependents(k, 'conj'))])];
    return ks.map(k => resolve(view, ctx, k)).filter((a): a is KgActor => a !== null);
  }
  const poss = view.dependents(i, 'nmod:poss')[0];
  if (poss === undefined) {
    return [];
  }
  if (view.token(poss).word.toLowerCase() === 'their') {
    const states = statesBefore(view, ctx, poss);
    return states.length === 2 ? states : [];
  }
  return collectiveActors(view, ctx, poss);
}

/** The leaders a plural leader noun at `i` stands for, or [] (see above). */
export function pluralLeaders(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  resolve: Resolve,
): KgActor[] {
  if (!isLeaderNoun(view, i)) {
    return [];
  }
  const states = statesOf(view, ctx, i, resolve);
  if (states.length < 2 || states.some(s => s.kind !== ActorKind.COUNTRY)) {
    return [];
  }
  const leaders = states.map(s => leaderOf(ctx, s.id));
  return leaders.every((l): l is KgActor => l !== null && l.kind === ActorKind.PERSON)
    ? leaders
    : [];
}
