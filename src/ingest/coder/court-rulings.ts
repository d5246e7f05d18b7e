/**
 * Asking a court, a tribunal or a trade body to rule ("Bolivia will ask the International Court of
 * Justice to rule that Chile has breached a treaty", "Mexico will ask the WTO to rule on the duties
 * Brazil imposed") is no appeal to the court (020 at it, as the dictionary's ASK reads): the act is the
 * case against the party the ruling is sought on, which the annotations code as a lawsuit (115) at that
 * party, never at the court. The supplement (verb-supplement.ts) gives such an ask no reading.
 */
import type { SentenceView } from './sentence-view';

/** What a court is asked to do. */
const RULINGS: ReadonlySet<string> = new Set(['rule', 'adjudicate', 'arbitrate']);

/** Does `v` ask for a ruling ("to rule that …", "to rule on …"; "to rule out" is none)? */
export function asksRuling(view: SentenceView, v: number): boolean {
  return view
    .dependents(v, 'xcomp')
    .some(k => RULINGS.has(view.lemma(k)) && view.dependents(k, 'compound:prt').length === 0);
}

/** Courts by their head word ("the Caribbean Court of Justice", "the tribunal"). */
const COURT_HEADS: ReadonlySet<string> = new Set(['court', 'tribunal', 'icj', 'ccj']);

/**
 * Is the subject of `v` a court ("The Caribbean Court of Justice ordered Suriname to lift …")? A court's
 * order binds the one ordered: the annotations code it as a finding against that party (116), never as
 * a demand (100, the dictionary's ORDER).
 */
export function courtSubject(view: SentenceView, v: number): boolean {
  return view.dependents(v, 'nsubj').some(s => COURT_HEADS.has(view.lemma(s).toLowerCase()));
}
