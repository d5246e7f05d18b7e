/**
 * Verbs of feeling told by the one who feels: CAMEO.2.0 codes its DISMAY block (disappoint, dismay,
 * sadden, discourage, dishearten) 110 forward, for the party that was disappointed, and OFFEND
 * (offend, outrage, shock, appal) `[:110]`, for the party offended by another's act. In the passive
 * ("Malawi was dismayed by Zambia's decision") the one who feels is the subject: for DISMAY it is the
 * source, and the "by" phrase names what it disapproves of, so the passive is read as the active of
 * "disapprove" (OFFEND's reverse code already reads the passive's subject as its source).
 */
import { verbEntries } from '../dictionaries/dictionary.loader';
import type { SentenceView } from './sentence-view';

const FEELER_SOURCE_BLOCKS: ReadonlySet<string> = new Set(['DISMAY']);

/** Is `v` a passive verb of feeling whose subject is the one who feels and acts ("was dismayed by")? */
export function isFeltPassive(view: SentenceView, v: number): boolean {
  return (
    view.dependents(v, 'nsubj:pass').length > 0 &&
    verbEntries(view.lemma(v), '').some(e => FEELER_SOURCE_BLOCKS.has(e.block.label))
  );
}
