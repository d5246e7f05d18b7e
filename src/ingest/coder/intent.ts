/**
 * Intent verbs over an action: "plans to provide vessels", "agreed to hold joint patrols", "offered to
 * host talks". When the lower verb codes an act, the act is the event (with the modality PLANNED that
 * modality.ts reads from the intent verb, as the annotations code an aid pledge as 07x PLANNED), and
 * the intent verb codes nothing of its own; when the lower verb codes nothing ("agreed to reopen two
 * crossings"), the intent verb's own reading (03x) stands.
 */
import type { SentenceView } from './sentence-view';

const INTENT_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'intend',
  'aim',
  'agree',
  'pledge',
  'promise',
  'vow',
  'seek',
  'offer',
  'decide',
  'prepare',
  'expect',
  'hope',
  'want',
  'propose',
  'commit',
  'undertake',
]);

/** The action verbs under the intent verb at `v` (its xcomps and their conjuncts); [] if none. */
export function lowerVerbs(view: SentenceView, v: number): number[] {
  if (!INTENT_VERBS.has(view.lemma(v))) {
    return [];
  }
  const x = view.dependents(v, 'xcomp').filter(k => view.token(k).pos.startsWith('VB'));
  return [...new Set([...x, ...x.flatMap(k => view.dependents(k, 'conj'))])];
}
