/**
 * People named again by a definite numeral: "The three had been detained by police" after "three
 * members of a European Union observation mission". A coercive act (17-20) or a release (084) on
 * "the three" (object or passive subject, naming no actor) is aimed at the state or body the people
 * told in the sentences before belong to: the last earlier plural noun of people (an agent word,
 * "Romanian engineers", or a counted "members of the mission") whose phrase names an actor, other
 * than the act's doers. Only when the verb has no target of its own.
 */
import { type Arg, type EventContext, actorOfToken, stateOf } from './arguments';
import { QUANTITIES, isAgentNoun } from './agent-nouns';
import { determiners } from './pair-words';
import type { SentenceView } from './sentence-view';

/** How many sentences back the people may have been told. */
const REACH = 3;

const fits = (code: string): boolean =>
  ['17', '18', '19', '20'].includes(code.slice(0, 2)) || code.startsWith('084');

/**
 * Is token `i` "the three", "the two": a definite numeral standing for people told before? ("the
 * men", "the crew" were measured too: a false event on the check set, docs/ingest.md)
 */
function isPeopleDescription(view: SentenceView, i: number): boolean {
  return view.token(i).pos === 'CD' && determiners(view, i).includes('the');
}

/** The actor of the last noun of people told in the sentences before `view`, other than `skip`. */
function peopleToldBefore(view: SentenceView, ctx: EventContext, skip: ReadonlySet<string>) {
  const first = Math.max(0, view.sentence.index - REACH);
  for (let s = view.sentence.index - 1; s >= first; s--) {
    const before = ctx.views?.[s];
    if (before === undefined) {
      continue;
    }
    for (let i = before.size; i >= 1; i--) {
      const t = before.token(i);
      if (t.pos !== 'NNS' || !(isAgentNoun(before, i) || QUANTITIES.has(before.lemma(i)))) {
        continue;
      }
      const a = actorOfToken(before, ctx, i);
      if (a !== null && !skip.has(a.id) && !skip.has(stateOf(ctx, a.id))) {
        return a;
      }
    }
  }
  return null;
}

/** The ones the people a coercive act or release at `v` is done to belong to, or []. */
export function peopleTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  doers: ReadonlySet<string>,
): Arg[] {
  if (!fits(code) || doers.size === 0) {
    return [];
  }
  const objects = view.dependents(v, 'obj', 'nsubj:pass');
  const o = objects.find(k => isPeopleDescription(view, k) && actorOfToken(view, ctx, k) === null);
  if (o === undefined) {
    return [];
  }
  const a = peopleToldBefore(view, ctx, doers);
  return a === null ? [] : [{ actor: a, token: o, prep: null }];
}
