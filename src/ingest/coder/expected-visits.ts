/**
 * An announced arrival: "Gen Sarr is expected in Banjul on Monday", "the foreign minister is due in
 * N'Djamena on Tuesday". The one expected (the passive subject of "expected", the subject of "due")
 * visits (042) the state the place of arrival ("in" a capital or a country) names, as a plan. The
 * dictionary reads "expect" as an intent with an agent (the one who expects), which such a sentence
 * never names, so without this the arrival is lost. "is expected to visit" is left to its xcomp.
 */
import { Modality } from '../../schema/domain.enum';
import { type EventContext, args, evidenceOf, stateOf } from './arguments';
import { toLeaders } from './conventions';
import type { DraftEvent } from './draft-event';
import { dateNear } from './event-dates';
import { isNegated } from './modality';
import type { SentenceView } from './sentence-view';

const VISIT = '042';
const MEET = '040';
/** Nouns of a meeting the one expected comes for. */
const MEETINGS: ReadonlySet<string> = new Set(['talk', 'talks', 'meeting', 'meet']);

/** The subject of an arrival announced at `v` ("is expected in", "is due in"), or []. */
function expectedOnes(view: SentenceView, v: number): number[] {
  if (view.dependents(v, 'xcomp', 'ccomp').length > 0) {
    return [];
  }
  const lemma = view.lemma(v);
  if (lemma === 'expect' && view.token(v).pos === 'VBN') {
    return view.dependents(v, 'aux:pass').length > 0 ? view.dependents(v, 'nsubj:pass') : [];
  }
  if (lemma === 'due' && view.dependents(v, 'cop').length > 0) {
    return view.dependents(v, 'nsubj');
  }
  return [];
}

/** The visits the announced arrivals of one sentence tell. */
export function expectedVisits(view: SentenceView, ctx: EventContext): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (let v = 1; v <= view.size; v++) {
    const subjects = expectedOnes(view, v);
    const places = view.dependents(v, 'obl:in');
    if (subjects.length === 0 || places.length === 0 || isNegated(view, v)) {
      continue;
    }
    const sources = args(
      view,
      ctx,
      subjects.map(k => [k, null]),
      true,
    );
    const targets = args(
      view,
      ctx,
      places.map(k => [k, 'in']),
    );
    // "for talks with President Ebrima Jallow": the one met there
    const talks = view.dependents(v, 'obl:for').filter(k => MEETINGS.has(view.lemma(k)));
    const hosts = args(
      view,
      ctx,
      talks.flatMap(k => view.dependents(k, 'nmod:with')).map(k => [k, 'with']),
    );
    const date = dateNear(view, v);
    for (const s of sources) {
      for (const o of targets) {
        if (stateOf(ctx, s.actor.id) === stateOf(ctx, o.actor.id)) {
          continue; // at home: no visit
        }
        const host = hosts.find(h => stateOf(ctx, h.actor.id) !== stateOf(ctx, s.actor.id));
        const [src, tgt] =
          host === undefined ? toLeaders(ctx, s.actor, o.actor) : [s.actor, host.actor];
        const draft = (code: string, t: number, preposition: string): DraftEvent => ({
          code,
          sourceId: src.id,
          targetId: tgt.id,
          modality: Modality.PLANNED,
          date,
          evidence: evidenceOf(view, ctx, [v, s.token, t]),
          verbPhrase: `${view.token(v).word} ${preposition}`,
          preposition,
          passive: false,
          patterned: false,
        });
        out.push(draft(VISIT, o.token, 'in'));
        if (host !== undefined) {
          out.push(draft(MEET, host.token, 'with'));
        }
      }
    }
  }
  return out;
}
