/**
 * The relational obliques of a verb or noun: the prepositional phrases that name the one acted on
 * ("sanctions on X", "talks with X", "aid to X", "a loan for X" for what is given), not where the act
 * happens ("in", "at", "near") nor the court a case is taken to (case-venues.ts).
 */
import { isVenue } from './case-venues';
import { withConjuncts } from './conjuncts';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';

/** Prepositions whose object is the one acted on ("sanctions on", "talks with", "aid to"). */
const TARGET_PREPS: ReadonlySet<string> = new Set([
  'with',
  'against',
  'to',
  'on',
  'toward',
  'towards',
  'from',
  'into',
  'upon',
  'between',
]);
/** "for" names the one acted on only for what is given or done for someone ("a loan for Pakistan"). */
const BENEFIT_ROOTS: ReadonlySet<string> = new Set(['05', '06', '07', '08']);
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'across']);

/**
 * Relational obliques and nmods of `h` (and of its nouns' "in"/"of" nmods, `depth` levels down), with
 * their prepositions.
 */
export function obliques(
  view: SentenceView,
  h: number,
  match: VerbMatch,
  passive: boolean,
  depth: number,
): [number, string][] {
  const out: [number, string][] = [];
  const root = (match.code.forward ?? match.code.reverse ?? '').slice(0, 2);
  for (const a of view.arcsFrom(h)) {
    const [rel, prep] = a.rel.split(':');
    if ((rel !== 'obl' && rel !== 'nmod') || prep === undefined || prep === 'agent') {
      continue;
    }
    const p = prep.replace(/_/g, ' ');
    const named = match.preps.includes(p);
    if ((passive && p === 'by') || match.venues?.includes(p) === true || isVenue(view, h, a)) {
      continue; // "took Chile to the court": the court is where, not whom
    }
    const place = PLACE_PREPS.has(p) && !named;
    if (!place && (named || TARGET_PREPS.has(p) || (p === 'for' && BENEFIT_ROOTS.has(root)))) {
      out.push(...withConjuncts(view, [a.dep]).map((t): [number, string] => [t, p]));
    } else if (rel === 'nmod' && depth > 0 && (p === 'in' || p === 'of')) {
      // "244 million euros in humanitarian aid to Sudan": the aid's "to" names the target
      out.push(...obliques(view, a.dep, match, passive, depth - 1));
    }
  }
  return out;
}
