/**
 * Help given "there": the place "there" points back to is the target (pronouns.ts finds it).
 */
import { type Arg, type EventContext, actorOfToken, args } from './arguments';
import { thereAntecedent } from './pronouns';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';

/** Roots of acts done for a place when done "there": cooperation (06), aid (07). */
const THERE_ROOTS: ReadonlySet<string> = new Set(['06', '07']);

/**
 * "personnel might be deployed there to assist": help given "there" (on the verb or the verb it is the
 * xcomp of) is given to the place "there" points back to (pronouns.ts).
 */
export function thereTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  match: VerbMatch,
  sources: readonly Arg[],
): Arg[] {
  if (!THERE_ROOTS.has((match.code.forward ?? '').slice(0, 2))) {
    return [];
  }
  const heads = [
    v,
    ...view
      .headArcs(v)
      .filter(a => a.rel === 'xcomp')
      .map(a => a.head),
  ];
  const there = heads
    .flatMap(h => view.dependents(h, 'advmod'))
    .find(k => view.lemma(k) === 'there');
  const skip = new Set(sources.map(s => s.actor.id));
  const k = there === undefined ? null : thereAntecedent(view, ctx, there, skip, actorOfToken);
  return k === null ? [] : args(view, ctx, [[k, null]]);
}
