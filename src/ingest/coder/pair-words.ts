/**
 * Words that name the article's pair as a plural: "the two neighbours", "both sides" (a plural noun
 * with "two" or "both") and "the two" with its noun left out. Read by discourse.ts (which resolves them),
 * mediation-offers.ts and the causes report.
 */
import type { SentenceView } from './sentence-view';

/** Lower-case determiners and number words on token `i`. */
export function determiners(view: SentenceView, i: number): string[] {
  return [...view.dependents(i, 'det'), ...view.dependents(i, 'nummod')].map(k =>
    view.lemma(k).toLowerCase(),
  );
}

/** Is token `i` a plural noun of a pair ("the two neighbours", "both sides")? */
export function isPairNoun(view: SentenceView, i: number): boolean {
  const dets = determiners(view, i);
  return view.token(i).pos === 'NNS' && (dets.includes('two') || dets.includes('both'));
}

/** Is token `i` "the two" with its noun left out ("the two agreed")? */
export function isElidedPair(view: SentenceView, i: number): boolean {
  const t = view.token(i);
  return (
    t.pos === 'CD' && view.lemma(i).toLowerCase() === 'two' && determiners(view, i).includes('the')
  );
}
