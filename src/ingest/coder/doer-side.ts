/**
 * The doers' side of an act: the doers themselves and their states. A fallback that looks for whom an
 * act is aimed at (event-targets.ts, channel-addressees.ts, possessed-targets.ts) never takes one of
 * them: "insisted that its troops would stay" asks nothing of its own troops.
 */
import { type Arg, type EventContext, stateOf } from './arguments';

/** Is actor `id` one of `doers` (the doers' ids and their states' ids), or a body of their state? */
export function isDoerSide(ctx: EventContext, doers: ReadonlySet<string>, id: string): boolean {
  return doers.has(id) || doers.has(stateOf(ctx, id));
}

/** `found` without the doers' side. */
export function withoutDoers(
  ctx: EventContext,
  doers: ReadonlySet<string>,
  found: readonly Arg[],
): Arg[] {
  return found.filter(t => !isDoerSide(ctx, doers, t.actor.id));
}
