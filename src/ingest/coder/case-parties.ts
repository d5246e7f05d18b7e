/**
 * The one a case is brought against. "Iceland could take the case to the International Tribunal for
 * the Law of the Sea", "his government would take the matter to the commission's arbitration panel":
 * taking "the case" (the matter, the dispute) to a court is a lawsuit (115, verb-supplement.ts), and
 * the definite noun points back to the act it is about: the last hostile act (CAMEO roots 11-20) told
 * before, aimed at the state that brings the case by another state. The lawsuit is aimed at that act's
 * doer, as its state ("the Norwegian Coast Guard detained an Icelandic trawler": Norway).
 */
import { type Arg, type EventContext, stateOf } from './arguments';
import type { DraftEvent } from './draft-event';
import { isHostile } from './event-sources';
import type { SentenceView } from './sentence-view';
import { CASES } from './supplement-words';

/** The states a lawsuit at `v` over "the case" its object names is aimed at, or []. */
export function caseTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  sources: readonly Arg[],
  prior: readonly DraftEvent[],
): Arg[] {
  const definite = view
    .dependents(v, 'obj')
    .some(
      o =>
        CASES.includes(view.lemma(o)) &&
        view.dependents(o, 'det').some(d => view.lemma(d) === 'the'),
    );
  if (!code.startsWith('115') || !definite || sources.length === 0) {
    return [];
  }
  const own = new Set(sources.map(s => stateOf(ctx, s.actor.id)));
  const begin = view.token(1).characterOffsetBegin;
  const acts = prior.filter(
    d =>
      d.evidence.start < begin &&
      isHostile(d.code) &&
      own.has(stateOf(ctx, d.targetId)) &&
      !own.has(stateOf(ctx, d.sourceId)) &&
      ctx.states.has(d.sourceId),
  );
  const last = acts[acts.length - 1];
  const state = last === undefined ? undefined : stateOf(ctx, last.sourceId);
  const actor = ctx.actors.actors.find(a => a.id === state);
  return actor === undefined ? [] : [{ actor, token: v, prep: null }];
}
