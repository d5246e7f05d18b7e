/**
 * The holder of captives whose release is asked for: "Denmark would keep pressing for the release of two
 * other Europeans held in Iran", "It had demanded … the release of fighters held in Ouagadougou". The
 * act (a demand, an appeal) is aimed at the state where, or by whom, the people are held: the place or
 * agent of the participle "held" ("detained", "jailed") on the people released. Tried in event-coder.ts
 * only when the verb has no target of its own.
 */
import type { SentenceView } from './sentence-view';

/** Nouns naming a captive's release. */
const RELEASES: ReadonlySet<string> = new Set(['release', 'freedom', 'liberation']);
/** Participles of holding someone captive. */
const HOLDING: ReadonlySet<string> = new Set(['hold', 'detain', 'jail', 'imprison']);
/** Where or by whom they are held. */
const HOLDER_RELS: readonly string[] = ['obl:in', 'obl:by', 'obl:agent'];

/** The tokens naming the holder of the captives whose release verb `v` asks for, or []. */
export function captiveHolders(view: SentenceView, v: number): number[] {
  const asked = view.dependents(v, 'obj', 'obl:for');
  const group = [...new Set([...asked, ...asked.flatMap(o => view.dependents(o, 'conj'))])];
  const releases = group.filter(o => RELEASES.has(view.lemma(o)));
  if (releases.length === 0) {
    return [];
  }
  // the people released; the parser sometimes hangs "held" on a coordinated object ("a ransom and the
  // release of fighters held in Ouagadougou")
  const people = [...group, ...releases.flatMap(r => view.dependents(r, 'nmod:of'))];
  const held = people
    .flatMap(p => view.dependents(p, 'acl'))
    .filter(h => HOLDING.has(view.lemma(h)) && view.token(h).pos === 'VBN');
  return held.flatMap(h => view.dependents(h, ...HOLDER_RELS));
}
