/**
 * State bodies named by their country ("the Polish Foreign Ministry", "Poland's Sejm": an
 * org:<iso3>-<body> PART_OF the country) and the plural references to groups of territories ("two
 * "people's republics" in eastern Ukraine": one mention of each).
 */
import type { CandidateMention } from './names';
import legislaturesData from './gazetteer/legislatures.json';
import type { Gazetteer } from './gazetteer/gazetteer';
import { escapeRegExp, normalise } from './actor-aliases.matcher';

type Mention = CandidateMention;

/** The bodies a country word may name, and the slug and name of the organisation each makes. */
export const BODIES: readonly {
  readonly pattern: string;
  readonly slug: string;
  readonly name: string;
}[] = [
  { pattern: 'Foreign Ministry', slug: 'foreign-ministry', name: 'Foreign Ministry' },
  { pattern: 'Ministry of Foreign Affairs', slug: 'foreign-ministry', name: 'Foreign Ministry' },
  { pattern: 'Foreign Office', slug: 'foreign-ministry', name: 'Foreign Ministry' },
  { pattern: 'State Department', slug: 'foreign-ministry', name: 'Foreign Ministry' },
  { pattern: 'Defence Ministry', slug: 'defence-ministry', name: 'Defence Ministry' },
  { pattern: 'Defense Ministry', slug: 'defence-ministry', name: 'Defence Ministry' },
  { pattern: 'Ministry of Defence', slug: 'defence-ministry', name: 'Defence Ministry' },
  { pattern: 'Ministry of Defense', slug: 'defence-ministry', name: 'Defence Ministry' },
  { pattern: 'parliament', slug: 'parliament', name: 'Parliament' },
  { pattern: 'Parliament', slug: 'parliament', name: 'Parliament' },
  { pattern: 'armed forces', slug: 'armed-forces', name: 'Armed Forces' },
  { pattern: 'military', slug: 'armed-forces', name: 'Armed Forces' },
  // "Poland's Sejm", "the Norwegian Storting": a legislature by its own name (legislatures.json)
  ...Object.values(legislaturesData.legislatures)
    .flat()
    .map(pattern => ({ pattern, slug: 'parliament', name: 'Parliament' })),
];

/** Regular expressions built from a gazetteer, once per gazetteer (not once per article). */
interface GazetteerPatterns {
  readonly territoryGroups: readonly RegExp[];
  readonly bodies: RegExp;
}

const PATTERNS = new WeakMap<Gazetteer, GazetteerPatterns>();

function patternsOf(gaz: Gazetteer): GazetteerPatterns {
  let p = PATTERNS.get(gaz);
  if (p === undefined) {
    const alt = (xs: readonly string[]): string =>
      xs.map(x => escapeRegExp(normalise(x))).join('|');
    const words = [...gaz.countryWords.keys()].sort((a, b) => b.length - a.length);
    p = {
      territoryGroups: gaz.territoryGroups.map(
        g =>
          new RegExp(
            `(?:\\b(?:${alt(g.counts)})\\s+)?"?(?:${alt(g.terms)})"?(?:\\s+(${alt(g.locations)}))?`,
            'gi',
          ),
      ),
      bodies: new RegExp(
        `\\b(${words.map(escapeRegExp).join('|')})(?:'s)? (${BODIES.map(b => escapeRegExp(b.pattern)).join('|')})\\b`,
        'g',
      ),
    };
    PATTERNS.set(gaz, p);
  }
  return p;
}

export function territoryGroupCandidates(norm: string, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const patterns = patternsOf(gaz).territoryGroups;
  for (const [i, g] of gaz.territoryGroups.entries()) {
    const re = patterns[i] as RegExp;
    for (const m of norm.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const window = norm.slice(Math.max(0, start - 300), end + 300);
      if (m[1] === undefined && !g.context.some(c => window.includes(c))) {
        continue;
      }
      out.push({ start, end, ids: g.ids, role: 'territory-group' });
    }
  }
  return out;
}

export function bodyCandidates(norm: string, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const m of norm.matchAll(patternsOf(gaz).bodies)) {
    const word = m[1] as string;
    const body = BODIES.find(b => b.pattern === m[2]);
    const country = gaz.countryWords.get(word);
    if (body === undefined || country === undefined) {
      continue;
    }
    const iso3 = country.slice('country:'.length).toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ids: [`org:${iso3}-${body.slug}`],
      role: 'organization',
    });
  }
  return out;
}
