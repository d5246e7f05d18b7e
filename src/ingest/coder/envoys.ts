/**
 * A diplomat who is acted on stands for the state that sent them: "Mauritania summoned Mali's
 * ambassador, Oumar Diakité", "lodged a formal protest with Turkey's ambassador, Ahmet Kaya", "summoned
 * the Canadian ambassador, Louise Gagnon" are acts on Mali, Turkey and Canada, as the annotations code
 * a summons on the envoy's state even when the envoy is named. As a speaker or a doer the envoy stays
 * the person ("Eritrea's ambassador, Tesfay Gebreab, called the resolution …").
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import { actorAt } from './actor-mentions';
import type { Arg, EventContext } from './arguments';
import type { SentenceView } from './sentence-view';

const ENVOYS: ReadonlySet<string> = new Set([
  'ambassador',
  'envoy',
  'chargé',
  'charge',
  'diplomat',
  'consul',
  'attaché',
  'attache',
  'emissary',
]);

/** The state the envoy noun at `i` represents ("Mali's ambassador", "the Canadian envoy"), or null. */
export function envoyState(view: SentenceView, ctx: EventContext, i: number): KgActor | null {
  if (!ENVOYS.has(view.lemma(i).toLowerCase())) {
    return null;
  }
  for (const k of view.dependents(i, 'nmod:poss', 'amod', 'compound', 'nmod:of')) {
    const t = view.token(k);
    const a = actorAt(ctx.actors, t.characterOffsetBegin, t.characterOffsetEnd);
    if (a !== null && a.kind === ActorKind.COUNTRY) {
      return a;
    }
  }
  return null;
}

/** The targets with each envoy replaced by the state it represents (one argument per actor). */
export function envoysAsStates(
  view: SentenceView,
  ctx: EventContext,
  targets: readonly Arg[],
): Arg[] {
  const out: Arg[] = [];
  for (const t of targets) {
    const actor = envoyState(view, ctx, t.token) ?? t.actor;
    if (!out.some(o => o.actor.id === actor.id)) {
      out.push({ ...t, actor });
    }
  }
  return out;
}
