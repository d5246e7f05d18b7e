/**
 * The clauses a verb governs that the parser hangs in more than one way: the "to" clauses of "agreed to
 * stop firing" and the clauses asked for in "called on X to …".
 */
import type { SentenceView } from './sentence-view';

/**
 * The clauses a verb governs with "to": its xcomps, and an advcl marked "to" that the parser gave a
 * stray subject ("agreed on Wednesday to stop firing", with "Wednesday" the subject of "stop").
 */
export function toClauses(view: SentenceView, v: number): number[] {
  const advcl = view
    .dependents(v, 'advcl')
    .filter(c => view.dependents(c, 'mark').some(m => view.lemma(m) === 'to'));
  return [...view.dependents(v, 'xcomp'), ...advcl];
}

/**
 * "The WFP called on Chad's government to let the convoy through": the parser makes "on" a mark of
 * "let" and "government" its subject. Returns the clauses asked for (the advcl heads), or [].
 */
export function calledOnClauses(view: SentenceView, v: number): number[] {
  if (view.lemma(v) !== 'call') {
    return [];
  }
  return view
    .arcsFrom(v)
    .filter(a => a.rel.startsWith('advcl'))
    .map(a => a.dep)
    .filter(c => view.dependents(c, 'mark').some(m => ['on', 'upon'].includes(view.lemma(m))));
}

/** The ones called on ("called on Caracas to publish"): the subjects of those clauses. */
export function calledOn(view: SentenceView, v: number): number[] {
  return calledOnClauses(view, v).flatMap(c => view.dependents(c, 'nsubj'));
}

/** Roots of acts that ask something of another party: appeals (02) and demands (10). */
const ASKING_ROOTS: readonly string[] = ['02', '10'];

/**
 * "insisted that Skopje must first amend its constitution", "demanded that Bolivia withdraw its
 * troops": an appeal or demand (`code` of root 02 or 10) told with a finite clause of its own (ccomp)
 * asks it of that clause's subject, the one who is to act. Returns the subjects after the verb, or [].
 */
export function askedInClause(view: SentenceView, v: number, code: string): number[] {
  if (!ASKING_ROOTS.some(r => code.startsWith(r))) {
    return [];
  }
  return view
    .dependents(v, 'ccomp')
    .flatMap(c => view.dependents(c, 'nsubj'))
    .filter(k => k > v);
}
