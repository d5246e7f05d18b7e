/**
 * Small clauses: in 'called the bans "blackmail"' or "called the decision premature" the parser often
 * makes the one named the subject (nsubj) of the predicate ("blackmail", "premature"), which hangs on
 * the verb by xcomp, instead of the verb's object.
 */
import type { SentenceView } from './sentence-view';

/**
 * The subjects of the small clauses of verb `v`: nsubj of its xcomps that come after the verb and are
 * not its own dependents (the controlled subject of "refused to apologise" is the verb's subject).
 */
export function smallClauseSubjects(view: SentenceView, v: number): number[] {
  const own = new Set(view.arcsFrom(v).map(a => a.dep));
  return view
    .dependents(v, 'xcomp')
    .flatMap(x => view.dependents(x, 'nsubj'))
    .filter(k => k > v && !own.has(k));
}

/**
 * "helped Tonga rebuild its ports", "let Fiji resume fishing": the subject of a bare-infinitive clause
 * (a ccomp headed by a base-form verb with no "that", "to" or auxiliary) after verb `v`, which the parser
 * makes the clause's subject where the sense makes it the verb's object; else [].
 */
export function bareClauseSubjects(view: SentenceView, v: number): number[] {
  return view
    .dependents(v, 'ccomp')
    .filter(c => c > v && view.token(c).pos === 'VB')
    .filter(c => view.dependents(c, 'mark', 'aux', 'aux:pass').length === 0)
    .flatMap(c => view.dependents(c, 'nsubj'))
    .filter(k => k > v);
}
