/**
 * "…was in contact with both capitals and urged them to find a solution": an object "them" whose nearest
 * plural noun before it in the sentence is a pair noun ("both capitals", "the two governments") stands
 * for that pair, which the discourse model resolves (discourse.ts). pronouns.ts reads only named actors
 * and passed over the pair to a name further back (here the doer itself, so no target was left).
 */
import type { KgActor } from '../../kg/kg-batch';
import type { EventContext } from './arguments';
import { describedActors } from './discourse';
import { isPairNoun } from './pair-words';
import type { SentenceView } from './sentence-view';

/** The pair noun the object pronoun "them" at `i` stands for, else null. */
export function pairAntecedent(view: SentenceView, i: number): number | null {
  if (view.token(i).pos !== 'PRP' || view.token(i).word.toLowerCase() !== 'them') {
    return null;
  }
  for (let k = i - 1; k >= 1; k--) {
    if (view.token(k).pos === 'NNS') {
      return isPairNoun(view, k) ? k : null;
    }
  }
  return null;
}

/** The two actors "them" at `i` stands for when it points back to a pair noun, else []. */
export function pairOfThem(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  skip: ReadonlySet<string>,
): KgActor[] {
  const pair = pairAntecedent(view, i);
  return pair === null || ctx.discourse === undefined
    ? []
    : describedActors(view, ctx.discourse, ctx.actors.actors, pair, skip);
}
