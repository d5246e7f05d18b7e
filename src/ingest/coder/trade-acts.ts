/**
 * Tests of the clause for hand readings of trade and money (verb-supplement.ts): a ban on carriers
 * restricts movement (191, "extends airspace ban on Moroccan aircraft"), where a ban on goods is a
 * sanction (163); money handed to another is aid (071), where money paid for something is trade (061).
 */
import type { SentenceView } from './sentence-view';
import { CARRIERS } from './supplement-words';

/** A ban on carriers ("airspace ban on Moroccan aircraft"): its modifier or its `on` names them. */
export function bansCarriers(view: SentenceView, v: number): boolean {
  return view
    .dependents(v, 'obj', 'nsubj:pass')
    .flatMap(o => view.dependents(o, 'compound', 'amod', 'nmod:on'))
    .some(k => CARRIERS.includes(view.lemma(k).toLowerCase()));
}

/** "paid Lebanon 1 billion euros": money handed to another (an iobj), not paid for a purchase. */
export function paysOther(view: SentenceView, v: number): boolean {
  return view.dependents(v, 'iobj').length > 0 && view.dependents(v, 'obl:for').length === 0;
}
