/**
 * A body's name with its short form in brackets after it, "the Community of Sahel States (CSS)": the
 * tagger often leaves the long name untagged (and the parser hangs the short form on its head as
 * appos or dep), so the bracketed all-caps short form names the body the head noun stands for.
 */
import type { KgActor } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import { actorAt, type CodedActors } from './actor-mentions';
import type { SentenceView } from './sentence-view';

/** An all-caps short form ("CSS", "ECOWAS"). */
const SHORT_FORM = /^\p{Lu}{2,}$/u;

/** The body a bracketed short form after the noun at `i` names, or null. */
export function bracketedShortForm(
  view: SentenceView,
  actors: CodedActors,
  i: number,
): KgActor | null {
  if (!view.token(i).pos.startsWith('NN')) {
    return null;
  }
  for (const k of view.dependents(i, 'appos', 'dep').filter(d => d > i)) {
    const m = view.token(k);
    if (view.token(k - 1).pos !== '-LRB-' || !SHORT_FORM.test(m.word)) {
      continue;
    }
    const a = actorAt(actors, m.characterOffsetBegin, m.characterOffsetEnd);
    if (a !== null && a.kind !== ActorKind.PERSON) {
      return a;
    }
  }
  return null;
}
