/**
 * "They" as the subject of a clause after a coordinated subject: "Holness and Briceño met on Monday.
 * They agreed to resume talks" is both of them, not the last state named (pronouns.ts). The antecedent
 * is the last subject before the pronoun, in its own sentence or the sentence before, that coordinates
 * two or more actors of one kind ("Guyana and Suriname", "the Jamaican and Belizean prime ministers");
 * nothing when that subject names a single actor or none, or when the pronoun is not a subject.
 */
import type { KgActor } from '../../kg/kg-batch';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';

type Resolve = (view: SentenceView, ctx: EventContext, i: number) => KgActor | null;

const isSubject = (rel: string): boolean => rel === 'nsubj' || rel === 'nsubj:pass';

/** The actors of a coordinated subject at token `s` of `view` (two or more of one kind), or []. */
function coordinated(view: SentenceView, ctx: EventContext, s: number, resolve: Resolve) {
  const tokens = [s, ...view.dependents(s, 'conj')];
  if (tokens.length < 2 || view.token(s).pos === 'PRP') {
    return [];
  }
  const actors = tokens.map(k => resolve(view, ctx, k));
  const ids = new Set(actors.map(a => a?.id));
  const kinds = new Set(actors.map(a => a?.kind));
  const whole = actors.every((a): a is KgActor => a !== null);
  return whole && ids.size === actors.length && kinds.size === 1 ? actors : [];
}

/** The last coordinated subject's actors in `view` before token `before` (or anywhere), or []. */
function lastCoordinated(
  view: SentenceView,
  ctx: EventContext,
  before: number,
  resolve: Resolve,
): KgActor[] {
  for (let k = Math.min(before, view.size + 1) - 1; k >= 1; k--) {
    if (view.headArcs(k).some(a => isSubject(a.rel))) {
      const actors = coordinated(view, ctx, k, resolve);
      if (actors.length > 0) {
        return actors;
      }
    }
  }
  return [];
}

/** The actors a subject "they" at `i` stands for by a coordinated subject before it (above), or []. */
export function pluralAntecedents(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  resolve: Resolve,
): KgActor[] {
  const t = view.token(i);
  if (t.word.toLowerCase() !== 'they' || !view.headArcs(i).some(a => isSubject(a.rel))) {
    return [];
  }
  const own = lastCoordinated(view, ctx, i, resolve);
  if (own.length > 0) {
    return own;
  }
  // only when the pronoun's own sentence names no actor before it
  for (let k = 1; k < i; k++) {
    if (view.token(k).pos !== 'PRP' && resolve(view, ctx, k) !== null) {
      return [];
    }
  }
  const at = ctx.views?.indexOf(view) ?? -1;
  const prev = at > 0 ? ctx.views?.[at - 1] : undefined;
  return prev === undefined ? [] : lastCoordinated(prev, ctx, prev.size + 1, resolve);
}
