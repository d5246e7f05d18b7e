/**
 * The speaker of a reporting verb in the passive ("was told that …", "were reported"): its agent, or
 * none; its subject is the one told or the thing reported.
 */
import type { BasicTree } from './basic-tree';
import type { SentenceView } from './sentence-view';

/** Verbs of telling, whose object is the one told ("told him that …"). */
const TELLING_LEMMAS: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'notify',
  'advise',
  'warn',
]);

/**
 * "The ambassador … was received at the ministry and told that …": a reporting verb in the passive
 * (its own "was", or a participle conjoined to a passive verb without an auxiliary of its own) has
 * the one told or the thing reported as its subject, never the speaker; the speaker is its agent
 * ("was told by X"), or none. `undefined` when the verb is active.
 */
export function passiveAgent(
  view: SentenceView,
  tree: BasicTree,
  v: number,
): number | null | undefined {
  const up = tree.head(v);
  // a verb of telling without the one told is passive too, whatever its tag ("and told that …")
  const participle =
    view.token(v).pos === 'VBN' ||
    (TELLING_LEMMAS.has(view.lemma(v)) && tree.children(v, 'obj', 'iobj').length === 0);
  const shared =
    participle &&
    up?.rel === 'conj' &&
    tree.children(up.head, 'aux:pass').length > 0 &&
    tree.children(v, 'aux', 'aux:pass', 'nsubj').length === 0;
  if (tree.children(v, 'aux:pass').length === 0 && !shared) {
    return undefined;
  }
  const agent = view.arcsFrom(v).find(a => a.rel === 'obl:agent' || a.rel === 'obl:by');
  return agent?.dep ?? null;
}
