/**
 * A hostile act told as what someone said: "Kabasele told the daily that Ugandan gunners had fired
 * first", "Conteh said Guinea had broken a similar promise", "dollars that Madagascar says were stolen
 * by a former minister". To say that another did such an act is to accuse it (112): the sayer accuses
 * the doer of the said clause (a person stays the person; a body or a force, its state). The annotations
 * code the accusation whether or not the said act itself is coded.
 */
import { ActorKind, Modality } from '../../schema/domain.enum';
import { type EventContext, evidenceOf, stateOf } from './arguments';
import type { DraftEvent } from './draft-event';
import { dateNear } from './event-dates';
import { sourcesOf } from './event-sources';
import { isNegated } from './modality';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';

/** Verbs of saying whose that-clause a sayer asserts ("said", "told … that", "claimed"). */
const SAYING: ReadonlySet<string> = new Set(['say', 'tell', 'claim', 'allege', 'insist', 'write']);

/** CAMEO roots of wrongdoing: threats to mass violence (13-20). */
const WRONGS: readonly string[] = ['13', '17', '18', '19', '20'];

/** Is the said act at `v` told as done: past or perfect, with no modal ("could impose" is a threat)? */
function done(view: SentenceView, v: number): boolean {
  const aux = view.dependents(v, 'aux', 'aux:pass');
  if (aux.some(a => view.token(a).pos === 'MD')) {
    return false;
  }
  const pos = view.token(v).pos;
  const past = aux.some(a => ['VBD', 'VBZ', 'VBP'].includes(view.token(a).pos));
  return pos === 'VBD' || (pos === 'VBN' && past);
}

/**
 * The accusations the said clause at `v`, read as `match`, makes; `coded` are the events drafted
 * before.
 */
export function saidAccusations(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  match: VerbMatch,
  coded: readonly DraftEvent[],
): DraftEvent[] {
  const code = match.code.forward ?? '';
  const arc = view.headArc(v);
  if (
    !WRONGS.includes(code.slice(0, 2)) ||
    arc?.rel !== 'ccomp' ||
    isNegated(view, v) ||
    !done(view, v)
  ) {
    return [];
  }
  if (!SAYING.has(view.lemma(arc.head)) || isNegated(view, arc.head)) {
    return [];
  }
  const sayers = sourcesOf(view, ctx, arc.head).args;
  const doers = sourcesOf(view, ctx, v).args;
  const out: DraftEvent[] = [];
  for (const s of sayers) {
    for (const d of doers) {
      const person = d.actor.kind === ActorKind.PERSON;
      const target = person ? d.actor.id : stateOf(ctx, d.actor.id);
      if (stateOf(ctx, s.actor.id) === stateOf(ctx, d.actor.id)) {
        continue;
      }
      const e: DraftEvent = {
        code: '112',
        sourceId: s.actor.id,
        targetId: target,
        modality: Modality.ASSERTED,
        date: dateNear(view, arc.head),
        evidence: evidenceOf(view, ctx, [arc.head, s.token, d.token]),
        verbPhrase: view.token(arc.head).word,
        preposition: null,
        passive: false,
        patterned: false,
      };
      const known = [...coded, ...out].some(
        x => x.code.startsWith('11') && x.sourceId === e.sourceId && x.targetId === e.targetId,
      );
      if (!known) {
        out.push(e);
      }
    }
  }
  return out;
}
