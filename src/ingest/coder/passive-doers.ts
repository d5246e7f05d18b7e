/**
 * The doer of a passive act that names none ("was arrested", "were killed"), read from what the
 * sentence says of the act instead of a by-phrase (event-sources.ts asks here when there is none):
 * - a state's act on someone (arrest, detention, deportation, a sentence, a charge) done in a place is
 *   the act of the state the place is in: "was arrested on arrival in Manama", "were detained at the
 *   airport in Quito";
 * - an act of violence told with the clause of how it happened is the act of that clause's subject:
 *   "three soldiers were killed when Malian troops opened fire", "were wounded after rebels shelled".
 */
import { type Arg, type EventContext, args } from './arguments';
import type { SentenceView } from './sentence-view';

/** Acts only a state does to people: their place names the state that did them. */
const STATE_ACTS: ReadonlySet<string> = new Set([
  'arrest',
  'detain',
  'jail',
  'imprison',
  'sentence',
  'convict',
  'deport',
  'expel',
  'indict',
  'prosecute',
]);

/** Acts of violence whose doer a "when" / "after" clause names. */
const VIOLENCE: ReadonlySet<string> = new Set([
  'kill',
  'wound',
  'injure',
  'shoot',
  'hurt',
  'abduct',
  'kidnap',
]);

/** Subordinators of a clause telling how or right after what the act happened. */
const HOW: ReadonlySet<string> = new Set(['when', 'after', 'as']);

/** The places an act is told in: its "in" / "at" / "on" obliques and their own "in" / "at". */
function placesOf(view: SentenceView, v: number): number[] {
  const near = view
    .arcsFrom(v)
    .filter(a => a.rel === 'obl:in' || a.rel === 'obl:at' || a.rel === 'obl:on')
    .map(a => a.dep);
  const inner = near.flatMap(n =>
    view
      .arcsFrom(n)
      .filter(a => a.rel === 'nmod:in' || a.rel === 'nmod:at')
      .map(a => a.dep),
  );
  return [...near, ...inner].filter(k => view.token(k).ner !== 'DATE');
}

/** "was arrested in Manama": the state of the place, as an argument list ([] when none). */
function placeStates(view: SentenceView, ctx: EventContext, v: number): Arg[] {
  if (!STATE_ACTS.has(view.lemma(v))) {
    return [];
  }
  for (const p of placesOf(view, v)) {
    if (!view.token(p).pos.startsWith('NNP')) {
      continue;
    }
    const found = args(view, ctx, [[p, null]]).filter(a => a.actor.id.startsWith('country:'));
    if (found.length > 0) {
      return found;
    }
  }
  return [];
}

/** "were killed when Malian troops opened fire": the subject of the clause telling how. */
function howDoers(view: SentenceView, ctx: EventContext, v: number): Arg[] {
  if (!VIOLENCE.has(view.lemma(v))) {
    return [];
  }
  const clauses = view
    .arcsFrom(v)
    .filter(a => a.rel.startsWith('advcl'))
    .map(a => a.dep)
    .filter(c => view.dependents(c, 'mark', 'advmod').some(m => HOW.has(view.lemma(m))))
    .filter(c => view.dependents(c, 'nsubj:pass', 'aux:pass').length === 0);
  const subjects = clauses.flatMap(c => view.dependents(c, 'nsubj'));
  return args(
    view,
    ctx,
    subjects.map((t): [number, null] => [t, null]),
  );
}

/** The doers of the agentless passive at `v`, or []. */
export function passiveDoers(view: SentenceView, ctx: EventContext, v: number): Arg[] {
  const how = howDoers(view, ctx, v);
  return how.length > 0 ? how : placeStates(view, ctx, v);
}
