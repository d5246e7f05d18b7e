/**
 * Where a case goes is not whom an act is aimed at: "agreed to submit the dispute to the court",
 * "referred the matter to the WTO's dispute panel" (arguments.ts skips such an oblique as a target).
 */
import type { SentenceView } from './sentence-view';
import { CASES, COURTS } from './supplement-words';

/**
 * Is the arc `a` of `h` the court a case is taken to? When `h`'s object is a case (a dispute, a
 * matter), a court its "to" names is where the case goes, whatever the verb, never the one acted on.
 */
export function isVenue(view: SentenceView, h: number, a: { rel: string; dep: number }): boolean {
  const courtly = (k: number): boolean => COURTS.includes(view.lemma(k).toLowerCase());
  const court = courtly(a.dep) || view.dependents(a.dep, 'compound').some(courtly);
  return (
    a.rel.endsWith(':to') &&
    court &&
    view.dependents(h, 'obj').some(o => CASES.includes(view.lemma(o).toLowerCase()))
  );
}
