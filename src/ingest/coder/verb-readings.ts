/**
 * The reading the event coder gives a verb: its event noun first (noun-events.ts), else the supplement
 * and the CAMEO dictionary (verb-match.ts); a reading that only says something (01x) is none.
 */
import { matchNounEvent } from './noun-events';
import type { SentenceView } from './sentence-view';
import { type VerbMatch, matchVerb, particleOf } from './verb-match';

/**
 * A saying code (01x) is what a statement tells, not an event; a denial (016: "denied the charge",
 * "rejected the accusation") is an act answering the accuser, coded on the accuser as the
 * annotations do (eval/README.md).
 */
export const saying = (code: string): boolean => code.startsWith('01') && !code.startsWith('016');

/**
 * CAMEO.2.0 files REJECT with DENY: "rejected the accusation" reads 016 as "denied the accusation"
 * does, where the annotations code a rejection (120) and keep 016 for a denial.
 */
function asRejection(view: SentenceView, v: number, m: VerbMatch): VerbMatch {
  const denial = m.code.forward?.startsWith('016') === true;
  return denial && view.lemma(v) === 'reject'
    ? { ...m, code: { forward: '120', reverse: m.code.reverse } }
    : m;
}

/** The reading of the verb at `v`: its event noun first, else the supplement and the dictionary. */
export function readingOf(view: SentenceView, v: number): VerbMatch | null {
  const found = matchNounEvent(view, v, particleOf(view, v)) ?? matchVerb(view, v);
  const m = found === null ? null : asRejection(view, v, found);
  const codes = [m?.code.forward, m?.code.reverse].filter((c): c is string => !!c);
  return m !== null && codes.some(c => !saying(c)) ? m : null;
}
