/**
 * What the PETRARCH dictionaries don't cover: the ONE hand-typed list of verb readings the coder adds
 * to CAMEO.2.0 (src/ingest/dictionaries/generated/cameo-verbs.json). Each entry is a general CAMEO
 * reading a human coder would agree with, never a phrase of one article. They are tried before the
 * dictionary, so an entry here also corrects a dictionary reading that codes a different root:
 * - signing an agreement of any kind is 057 both ways (CAMEO.2.0 codes "sign a trade agreement" as 0311,
 *   intent, and "sign a loan deal" as 061; the codebook's 057 is "sign formal agreement");
 * - cutting, severing, ending or suspending ties or relations is 161 (the dictionary has only "sever");
 * - "urge" is missing altogether; "call on / upon X to" is an appeal (020);
 * - "order X to leave" is an expulsion (174; diplomats make it 161, conventions.ts);
 * - "offer to mediate" is 039, "offer to host" 043 (the dictionary codes the offer as 030).
 */
import type { DirectedCodes } from '../dictionaries/dictionary.types';
import type { SentenceView } from './sentence-view';

interface SupplementEntry {
  /** Verb lemmas (lower case). */
  readonly verbs: readonly string[];
  /** Head lemmas of the object, one of which must be there (none: any object or none). */
  readonly objects?: readonly string[];
  /** An oblique `obl:<prep>` that must be there; the target sits in it. */
  readonly prep?: string;
  /** Lemmas of an xcomp verb that must be there ("ordered them to leave"). */
  readonly xcomps?: readonly string[];
  readonly code: DirectedCodes;
}

const AGREEMENTS = [
  'agreement',
  'deal',
  'pact',
  'treaty',
  'accord',
  'protocol',
  'memorandum',
  'declaration',
  'convention',
];
const TIES = ['tie', 'ties', 'relation', 'relations', 'relationship'];
const both = (code: string): DirectedCodes => ({ forward: code, reverse: code });
const one = (code: string): DirectedCodes => ({ forward: code, reverse: null });

const SUPPLEMENT: readonly SupplementEntry[] = [
  { verbs: ['sign', 'ink'], objects: AGREEMENTS, code: both('057') },
  { verbs: ['cut', 'sever', 'end', 'break', 'suspend'], objects: TIES, code: one('161') },
  { verbs: ['urge'], code: one('020') },
  { verbs: ['call'], prep: 'on', code: one('020') },
  { verbs: ['call'], prep: 'upon', code: one('020') },
  { verbs: ['order', 'tell', 'instruct'], xcomps: ['leave', 'depart'], code: one('174') },
  { verbs: ['offer', 'propose'], xcomps: ['mediate'], code: one('039') },
  { verbs: ['offer', 'propose'], xcomps: ['host'], code: { forward: '043', reverse: '042' } },
];

export interface SupplementMatch {
  readonly code: DirectedCodes;
  readonly preps: readonly string[];
}

function holds(view: SentenceView, v: number, e: SupplementEntry): boolean {
  if (!e.verbs.includes(view.lemma(v))) {
    return false;
  }
  if (e.objects !== undefined) {
    const objs = [...view.dependents(v, 'obj'), ...view.dependents(v, 'nsubj:pass')];
    if (!objs.some(o => e.objects?.includes(view.lemma(o)))) {
      return false;
    }
  }
  if (e.prep !== undefined && view.dependents(v, `obl:${e.prep}`).length === 0) {
    return false;
  }
  if (e.xcomps !== undefined) {
    if (!view.dependents(v, 'xcomp').some(x => e.xcomps?.includes(view.lemma(x)))) {
      return false;
    }
  }
  return true;
}

/** The supplement's reading of the verb at `v`, or null. */
export function matchSupplement(view: SentenceView, v: number): SupplementMatch | null {
  const e = SUPPLEMENT.find(x => holds(view, v, x));
  return e === undefined ? null : { code: e.code, preps: e.prep === undefined ? [] : [e.prep] };
}

/** Is the verb at `v` read by the supplement through its xcomp (the xcomp itself is then not coded)? */
export function readsXcomp(view: SentenceView, v: number): boolean {
  return SUPPLEMENT.some(e => e.xcomps !== undefined && holds(view, v, e));
}
