/**
 * The host of a visit. The annotations aim a visit at the person the article has receiving, hosting or
 * meeting the visitor, else at the state visited (eval/README.md, conventions): "Chowdhury, who arrived
 * in Colombo on Sunday, was received by Prime Minister Dilani Wickramage" is Chowdhury → Wickramage, not
 * → Sri Lanka. A visit (042) of a person to a state is aimed instead at the one person who receives,
 * welcomes, greets or hosts that visitor anywhere in the article ("X was received by Y", "Y received
 * X"), or whom the visitor meets ("will travel to Apia to meet Prime Minister Tala Fono", "met Y"),
 * when that person is of the state visited or of no known state, and never of the visitor's own.
 * The leader convention (conventions.ts `toLeaders`) has already turned a leader's visit to a state into
 * one to its leader; this covers the visitors who are no leaders and the hosts it cannot see.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import { type EventContext, args, stateOf } from './arguments';
import type { DraftEvent } from './draft-event';
import { sourcesOf } from './event-sources';
import { isNegated } from './modality';
import type { SentenceView } from './sentence-view';

const VISIT = '042';
/** Verbs of receiving a visitor. */
const HOSTING: ReadonlySet<string> = new Set(['receive', 'welcome', 'greet', 'host']);
/** Verbs of the visitor meeting its host ("travel to Lome … to meet Ms Dogbe"). */
const MEETING: ReadonlySet<string> = new Set(['meet']);

const people = (view: SentenceView, ctx: EventContext, tokens: readonly number[]): KgActor[] =>
  args(
    view,
    ctx,
    tokens.map((k): [number, null] => [k, null]),
  )
    .map(a => a.actor)
    .filter(a => a.kind === ActorKind.PERSON);

/** [host, guest] person pairs of every verb of receiving in `views`, active or passive. */
function receptions(views: readonly SentenceView[], ctx: EventContext): [KgActor, KgActor][] {
  const out: [KgActor, KgActor][] = [];
  for (const view of views) {
    for (const v of view.verbs()) {
      if (isNegated(view, v)) {
        continue;
      }
      if (MEETING.has(view.lemma(v))) {
        // the visitor meets the host: its subject (one a purpose clause inherits) is the guest
        const met = people(view, ctx, [
          ...view.dependents(v, 'obj'),
          ...view.dependents(v, 'obl:with'),
        ]);
        const guests = sourcesOf(view, ctx, v)
          .args.map(a => a.actor)
          .filter(a => a.kind === ActorKind.PERSON);
        for (const h of met) {
          out.push(...guests.map((g): [KgActor, KgActor] => [h, g]));
        }
        continue;
      }
      if (!HOSTING.has(view.lemma(v))) {
        continue;
      }
      const passive = view.dependents(v, 'nsubj:pass').length > 0;
      const hosts = passive
        ? people(view, ctx, view.dependents(v, 'obl:agent', 'obl:by'))
        : people(view, ctx, view.dependents(v, 'nsubj'));
      const guests = people(view, ctx, view.dependents(v, passive ? 'nsubj:pass' : 'obj'));
      for (const h of hosts) {
        out.push(...guests.map((g): [KgActor, KgActor] => [h, g]));
      }
    }
  }
  return out;
}

/** `drafts` with each person's visit to a state aimed at the one person who received them (above). */
export function withVisitHosts(
  drafts: readonly DraftEvent[],
  views: readonly SentenceView[],
  ctx: EventContext,
): DraftEvent[] {
  const kind = (id: string): ActorKind | undefined =>
    ctx.actors.actors.find(a => a.id === id)?.kind;
  const visits = drafts.filter(
    d =>
      d.code === VISIT &&
      kind(d.sourceId) === ActorKind.PERSON &&
      kind(d.targetId) === ActorKind.COUNTRY,
  );
  if (visits.length === 0) {
    return [...drafts];
  }
  const received = receptions(views, ctx);
  return drafts.map(d => {
    if (!visits.includes(d)) {
      return d;
    }
    const own = stateOf(ctx, d.sourceId);
    const hosts = received
      .filter(([h, g]) => g.id === d.sourceId && h.id !== d.sourceId)
      .map(([h]) => h)
      .filter(h => {
        const state = stateOf(ctx, h.id);
        return state !== own && (state === h.id || state === d.targetId);
      });
    const ids = [...new Set(hosts.map(h => h.id))];
    return ids.length === 1 && ids[0] !== undefined ? { ...d, targetId: ids[0] } : d;
  });
}
