/**
 * The reading the event coder gives a verb: its event noun first (noun-events.ts), else the supplement
 * and the CAMEO dictionary (verb-match.ts); a reading that only says something (01x) is none.
 */
import { matchNounEvent } from './noun-events';
import type { SentenceView } from './sentence-view';
import { type VerbMatch, matchVerb, particleOf } from './verb-match';

/** A saying code (01x) is what a statement tells, not an event. */
export const saying = (code: string): boolean => code.startsWith('01');

/** The reading of the verb at `v`: its event noun first, else the supplement and the dictionary. */
export function readingOf(view: SentenceView, v: number): VerbMatch | null {
  const m = matchNounEvent(view, v, particleOf(view, v)) ?? matchVerb(view, v);
  const codes = [m?.code.forward, m?.code.reverse].filter((c): c is string => !!c);
  return m !== null && codes.some(c => !saying(c)) ? m : null;
}
