/**
 * Targets told in an earlier sentence. "France and the European Union also pledged new funds at the
 * conference": an act without a target of its own, marked as one more of the same ("also", "too",
 * "likewise"), is aimed at whom the last act of its CAMEO root told before was aimed at (Sudan, in
 * "Germany will provide aid to Sudan … France also pledged funds").
 */
import { type Arg, type EventContext, stateOf } from './arguments';
import type { DraftEvent } from './draft-event';
import type { SentenceView } from './sentence-view';

const ALSO: ReadonlySet<string> = new Set(['also', 'too', 'likewise', 'similarly']);

/** Does the verb at `v` (or the clause it is the xcomp of) say its act is one more of the same? */
function another(view: SentenceView, v: number): boolean {
  const heads = [
    v,
    ...view
      .headArcs(v)
      .filter(a => a.rel === 'xcomp')
      .map(a => a.head),
  ];
  return heads.some(h => view.dependents(h, 'advmod').some(k => ALSO.has(view.lemma(k))));
}

/** The targets of the last earlier act of `code`'s root, for the act at `v` of `sources`, or []. */
export function earlierTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  sources: readonly Arg[],
  prior: readonly DraftEvent[],
): Arg[] {
  if (!another(view, v) || sources.length === 0) {
    return [];
  }
  const own = new Set(sources.map(s => stateOf(ctx, s.actor.id)));
  const begin = view.token(1).characterOffsetBegin;
  const earlier = prior.filter(
    d => d.code.slice(0, 2) === code.slice(0, 2) && d.evidence.start < begin,
  );
  const last = earlier[earlier.length - 1];
  if (last === undefined) {
    return [];
  }
  const ids = new Set(
    earlier
      .filter(d => d.evidence.start === last.evidence.start)
      .map(d => d.targetId)
      .filter(id => !own.has(stateOf(ctx, id))),
  );
  return ctx.actors.actors
    .filter(a => ids.has(a.id))
    .map(actor => ({ actor, token: v, prep: null }));
}
