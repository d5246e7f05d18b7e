/**
 * Intent verbs over an action: "plans to provide vessels", "agreed to hold joint patrols", "offered to
 * host talks". When the lower verb codes an act, the act is the event (with the modality PLANNED that
 * modality.ts reads from the intent verb, as the annotations code an aid pledge as 07x PLANNED), and
 * the intent verb codes nothing of its own; when the lower verb codes nothing ("agreed to reopen two
 * crossings"), the intent verb's own reading (03x) stands.
 *
 * A commitment ("agreed to", "vowed to", "promised to") is itself the event: intent (03x) in the lower
 * act's category (`intentCode`: to meet 036, to cooperate diplomatically 032, materially 031, to give
 * aid 033, to yield 034), as the annotations code "agreed to reopen two crossings" 030 and "vows to
 * expand its relations" 030; a plan or a pledge is the act itself, PLANNED ("plans to provide patrol
 * vessels" 072, an aid pledge 07x).
 */
import type { SentenceView } from './sentence-view';

const INTENT_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'intend',
  'aim',
  'pledge',
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

const COMMITMENTS: ReadonlySet<string> = new Set(['agree', 'vow', 'promise', 'commit', 'resolve']);
const INTENT_BY_ROOT: ReadonlyMap<string, string> = new Map([
  ['04', '036'],
  ['05', '032'],
  ['06', '031'],
  ['07', '033'],
  ['08', '034'],
]);

/** Is the verb at `v` a commitment ("agreed to …") over an act? */
export function isCommitment(view: SentenceView, v: number): boolean {
  return (
    COMMITMENTS.has(view.lemma(v)) &&
    view.dependents(v, 'xcomp').some(k => view.token(k).pos.startsWith('VB'))
  );
}

/**
 * Readiness ("Sofia was ready to hold talks with Skopje", "remained willing to discuss") is the
 * subject's intent to the act (03x), as the annotations code it: its own side only, never the other's.
 */
const READINESS: ReadonlySet<string> = new Set(['ready', 'willing', 'prepared']);

/** Is `k` an adjective of readiness over an act ("ready to hold talks")? */
export function isReadiness(view: SentenceView, k: number): boolean {
  return (
    READINESS.has(view.lemma(k).toLowerCase()) &&
    view.token(k).pos.startsWith('JJ') &&
    view.dependents(k, 'xcomp').some(x => view.token(x).pos.startsWith('VB'))
  );
}

/** The intent code (03x) of a commitment to an act coded `code`. */
export function intentCode(code: string): string {
  return INTENT_BY_ROOT.get(code.slice(0, 2)) ?? '030';
}
