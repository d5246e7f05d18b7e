/**
 * A state's legislature, whatever its chambers are called ("National Assembly", "House of Commons",
 * "Chile's Senate", "Peru's Congress"), and its members as a body ("lawmakers", "Kenyan MPs"): all are the
 * body `parliament`, `org:<iso3>-parliament` (eval/README.md), read by state-bodies.ts.
 */
import { slugify } from '../names';
import type { NlpToken } from '../nlp/corenlp.client';

/** Slugs of a legislature's names and of its members, each the body `parliament`. */
export const LEGISLATURE_SLUGS: Readonly<Record<string, 'parliament'>> = {
  'national-assembly': 'parliament',
  'house-of-commons': 'parliament',
  'house-of-representatives': 'parliament',
  'legislative-assembly': 'parliament',
  legislature: 'parliament',
  lawmakers: 'parliament',
  legislators: 'parliament',
  // a legislature by any other name ("Chile's Senate", "Peru's Congress", "Chamber of Deputies") and
  // its members ("Kenyan MPs", "Bolivian senators")
  parliament: 'parliament',
  senate: 'parliament',
  congress: 'parliament',
  'national-congress': 'parliament',
  'national-parliament': 'parliament',
  'chamber-of-deputies': 'parliament',
  'house-of-assembly': 'parliament',
  'federal-assembly': 'parliament',
  mps: 'parliament',
  parliamentarians: 'parliament',
  senators: 'parliament',
  congressmen: 'parliament',
};

/** A legislature's name, whatever its chamber is called ("Senate", "National Congress"). */
export function isLegislature(toks: readonly NlpToken[]): boolean {
  return (
    toks.length > 0 && LEGISLATURE_SLUGS[slugify(toks.map(t => t.word).join(' '))] === 'parliament'
  );
}
