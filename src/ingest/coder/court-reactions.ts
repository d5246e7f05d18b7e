/**
 * A reaction to a court's ruling ("The ruling was welcomed by Honduras's security minister", "hailed
 * it as a victory for international law" after "The judgment … found that …") is aimed at the court
 * that ruled: the most salient court or tribunal named before it. The ruling is named by its noun, or
 * by "it" when the sentence before is about the ruling (its subject is the noun).
 */
import { ActorKind } from '../../schema/domain.enum';
import type { Arg, EventContext } from './arguments';
import type { SentenceView } from './sentence-view';

/** Nouns that name a court's decision. */
const RULING_NOUNS: ReadonlySet<string> = new Set(['ruling', 'judgment', 'judgement', 'verdict']);
/** Words in the name of a body that rules. */
const COURT_WORDS: ReadonlySet<string> = new Set(['court', 'tribunal']);

/** The lemma of the noun subject of the main clause of `view`, or null. */
function subjectLemma(view: SentenceView): string | null {
  const root = view.arcsFrom(0).find(a => a.rel === 'ROOT')?.dep;
  const [subj] = root === undefined ? [] : view.dependents(root, 'nsubj', 'nsubj:pass');
  return subj === undefined || !view.token(subj).pos.startsWith('NN') ? null : view.lemma(subj);
}

/** Does token `i` name a ruling: its noun, or "it" for the subject of the sentence before? */
function namesRuling(view: SentenceView, ctx: EventContext, i: number): boolean {
  const lemma = view.lemma(i);
  if (RULING_NOUNS.has(lemma)) {
    return true;
  }
  const before = ctx.views?.[view.sentence.index - 1];
  if (lemma !== 'it' || before === undefined) {
    return false;
  }
  const antecedent = subjectLemma(before);
  return antecedent !== null && RULING_NOUNS.has(antecedent);
}

/** The court whose ruling token `obj` names, as the target of a reaction, or []. */
export function rulingTargets(view: SentenceView, ctx: EventContext, obj: number): Arg[] {
  const discourse = ctx.discourse;
  if (discourse === undefined || !namesRuling(view, ctx, obj)) {
    return [];
  }
  const at = view.token(obj).characterOffsetBegin;
  const courts = ctx.actors.actors.filter(
    a =>
      a.kind === ActorKind.ORGANIZATION &&
      a.name
        .toLowerCase()
        .split(/\W+/)
        .some(w => COURT_WORDS.has(w)),
  );
  const ids = new Set(courts.map(a => a.id));
  const [first] = discourse.ranked(at, m => ids.has(m.actorId), new Set());
  const court = first === undefined ? undefined : courts.find(a => a.id === first[0]);
  return court === undefined ? [] : [{ actor: court, token: obj, prep: null }];
}
