/**
 * State bodies: a country word before or opening a name with a word of government ("the Kenyan Interior
 * Ministry", "Chile's Supreme Court") is the body `org:<iso3>-<body>` of that country. The body's slug
 * is normalised ("Ministry of Foreign Affairs", "Foreign Office" and "State Department" are all the
 * `foreign-ministry`; "Ministry of X" is the `x-ministry`; a legislature, whatever its chamber is called
 * ("National Assembly", "House of Commons"), and its members ("lawmakers") are the `parliament`). A
 * generic body named with no country
 * ("the Foreign Office said") belongs to the state whose capital is the wire story's dateline
 * ("BERLIN (Reuters) -"), the one state the story is told from; with no such dateline it is left out.
 */
import type { Span } from '../../kg/kg-batch';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { slugify } from '../names';
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { spanOf } from './name-spans';
import { agentsFor } from '../dictionaries/dictionary.loader';
import { LEGISLATURE_SLUGS, isLegislature } from './legislatures';

/** Slug words of a body: "Ministry of Foreign Affairs" and "Foreign Ministry" are one body. */
const BODY_SLUGS: Readonly<Record<string, string>> = {
  'foreign-ministry': 'foreign-ministry',
  'ministry-of-foreign-affairs': 'foreign-ministry',
  'foreign-office': 'foreign-ministry',
  'state-department': 'foreign-ministry',
  // a ministry or department of foreign affairs, whatever else it has ("… Affairs and Trade")
  'foreign-affairs-ministry': 'foreign-ministry',
  'foreign-affairs-department': 'foreign-ministry',
  'external-affairs-ministry': 'foreign-ministry',
  'defence-ministry': 'defence-ministry',
  'defense-ministry': 'defence-ministry',
  'ministry-of-defence': 'defence-ministry',
  'ministry-of-defense': 'defence-ministry',
  'treasury-department': 'treasury',
  'department-of-the-treasury': 'treasury',
  'home-office': 'interior-ministry',
  // a portfolio under another of its names ("Ministry of External Relations", "Ministry of Armed
  // Forces", "Ministry of National Defence", "Ministry of Internal Affairs")
  'external-relations-ministry': 'foreign-ministry',
  'foreign-relations-ministry': 'foreign-ministry',
  'international-relations-ministry': 'foreign-ministry',
  'armed-forces-ministry': 'defence-ministry',
  'national-defence-ministry': 'defence-ministry',
  'national-defense-ministry': 'defence-ministry',
  'internal-affairs-ministry': 'interior-ministry',
  // a state's police by its full name ("Malawi Police Service", "the National Police")
  'police-service': 'police',
  'police-force': 'police',
  'national-police': 'police',
  'national-police-service': 'police',
  army: 'armed-forces',
  ...LEGISLATURE_SLUGS,
};

/** Words of a state body: with a country word before them the body is `org:<iso3>-<body>`. */
const BODY_WORDS: ReadonlySet<string> = new Set(
  [
    'ministry',
    'department',
    'office',
    'court',
    'parliament',
    'council',
    'assembly',
    'senate',
  ].concat(
    ['congress', 'army', 'navy', 'police', 'guard', 'commission', 'forces', 'force', 'cabinet'],
    ['presidency', 'embassy', 'treasury', 'government', 'legislature', 'tribunal', 'customs'],
    ['prosecutor', 'authority', 'directorate', 'committee', 'bank', 'agency', 'service'],
    ['commons', 'representatives', 'legislature'],
  ),
);
/** Words that name a government body and nothing else: "Foreign Office", "Treasury Department". */
const GENERIC_BODY_WORDS: ReadonlySet<string> = new Set(
  [
    'foreign',
    'interior',
    'home',
    'defence',
    'defense',
    'finance',
    'treasury',
    'justice',
    'trade',
  ].concat(
    ['economy', 'health', 'ministry', 'department', 'office', 'supreme', 'constitutional', 'court'],
    ['parliament', 'cabinet', 'presidency', 'presidential', 'police', 'army', 'navy', 'armed'],
    [
      'forces',
      'of',
      'the',
      'affairs',
      'state',
      'national',
      'security',
      'council',
      'central',
      'bank',
    ],
    ['assembly', 'house', 'commons', 'representatives', 'legislature', 'service'],
  ),
);

/**
 * A state's diplomatic mission abroad ("the Costa Rican embassy", "Belize's consulate in Flores") acts
 * for its state and is no body of its own: the gold marks only the country word, as the state.
 */
const MISSION_SLUGS: ReadonlySet<string> = new Set(
  ['embassy', 'embassies', 'consulate', 'consulates', 'consulate-general'].concat([
    'high-commission',
  ]),
);

/** A body slug that names a diplomatic mission: the state itself, not `org:<iso3>-embassy`. */
export function isMission(slug: string): boolean {
  return MISSION_SLUGS.has(slug);
}

/** A field's body slug under its usual name: "foreign-affairs-department" is the `foreign-ministry`. */
function normalSlug(slug: string): string {
  return BODY_SLUGS[slug] ?? slug;
}

/** The slug of a body's name: "Ministry of Foreign Affairs" → `foreign-ministry`. */
export function bodySlug(toks: readonly NlpToken[]): string {
  const slug = slugify(toks.map(t => t.word).join(' '));
  const known = BODY_SLUGS[slug];
  if (known !== undefined) {
    return known;
  }
  const words = toks.map(t => t.word);
  if (/^customs$/i.test(words.at(-1) ?? '')) {
    return 'customs'; // "General Administration of Customs", "Customs Service" (no "of" after it)
  }
  // "Ministry of Foreign and European Affairs", "Department of Water and Sanitation": a ministry or
  // department of several fields is named by its first one ("Ministry of Agriculture, Forestry and
  // Fisheries" is the agriculture ministry)
  const field = /^(Ministry|Department) of (?:the )?(.+?)(?:,| and )/u.exec(words.join(' '));
  if (field?.[1] !== undefined && field[2] !== undefined) {
    return normalSlug(`${slugify(field[2])}-${field[1].toLowerCase()}`);
  }
  const of = /^(ministry|department)-of-(?:the-)?(.+)$/.exec(slug);
  if (of?.[1] !== undefined && of[2] !== undefined) {
    return normalSlug(`${of[2]}-${of[1]}`);
  }
  // "home affairs department" is the department of home affairs: `home-affairs`, as "Treasury
  // Department" is the `treasury`
  return /^(.+)-department$/.exec(slug)?.[1] ?? slug;
}

/** A state body's name: it has a word of government ("Interior Ministry", "Supreme Court"). */
export function isBody(toks: readonly NlpToken[]): boolean {
  // a legislature by a name with no word of government ("Chamber of Deputies") is a body too
  return toks.some(t => BODY_WORDS.has(t.word.toLowerCase())) || isLegislature(toks);
}

/** A body's name that says nothing but what the body is ("Foreign Office", not "Andean Community"). */
export function isGenericBody(toks: readonly NlpToken[]): boolean {
  return isBody(toks) && toks.every(t => GENERIC_BODY_WORDS.has(t.word.toLowerCase()));
}

/** The state whose capital opens the text as a dateline ("BERLIN (Example Wire) -"), or null. */
export function datelineState(text: string, gaz: Gazetteer): string | null {
  const line = /^([A-Z][A-Z .'-]+?)(?:,[^\n(]{0,40})? \(/m.exec(text.slice(0, 600));
  const city = line?.[1]?.trim();
  if (city === undefined) {
    return null;
  }
  const owners = new Set(
    gaz.aliases.filter(a => a.role === 'capital' && a.text.toUpperCase() === city).map(a => a.id),
  );
  return owners.size === 1 ? ([...owners][0] ?? null) : null;
}

/** The country word ending right before token `i` (skipping a possessive): its id and span. */
export function countryBefore(
  sentence: NlpSentence,
  toks: readonly NlpToken[],
  gaz: Gazetteer,
): (Span & { id: string }) | null {
  let k = (toks[0]?.index ?? 1) - 2;
  if (PLACE_NOUNS.has(toks[0]?.word ?? '')) {
    return null; // "Indian" before "Ocean Commission"
  }
  if (sentence.tokens[k]?.pos === 'POS') {
    k -= 1;
  }
  for (let n = Math.min(3, k + 1); n >= 1; n--) {
    const word = sentence.tokens.slice(k - n + 1, k + 1);
    const id = gaz.countryWords.get(word.map(t => t.word).join(' '));
    if (id !== undefined && word.length > 0) {
      const { start, end } = spanOf(word);
      return { id, start, end, text: word.map(t => t.word).join(' ') };
    }
  }
  return null;
}

/** Nouns that make a country word before them part of a place's name ("Indian Ocean"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'Ocean',
  'Sea',
  'Gulf',
  'Basin',
  'River',
  'Lake',
  'Peninsula',
  'Desert',
  'Highlands',
]);

/** "Ocean Commission" cut after "Indian": the country word that begins a place's name is the name's. */
export function withPlaceWord(
  sentence: NlpSentence,
  toks: readonly NlpToken[],
  gaz: Gazetteer,
): NlpToken[] {
  const first = toks[0];
  if (first === undefined || !PLACE_NOUNS.has(first.word)) {
    return [...toks];
  }
  for (let n = Math.min(3, first.index - 1); n >= 1; n--) {
    const word = sentence.tokens.slice(first.index - 1 - n, first.index - 1);
    if (gaz.countryWords.has(word.map(t => t.word).join(' '))) {
      return [...word, ...toks];
    }
  }
  return [...toks];
}

/** The country word opening the tokens ("Kenyan Foreign Ministry"), with what remains after it. */
export function countryOpening(
  toks: readonly NlpToken[],
  gaz: Gazetteer,
): { id: string; word: NlpToken[]; rest: NlpToken[] } | null {
  for (let n = Math.min(3, toks.length - 1); n >= 1; n--) {
    const word = toks.slice(0, n);
    const id = gaz.countryWords.get(word.map(t => t.word).join(' '));
    // "Indian Ocean Commission", "Caspian Sea …": the country word names a place, not the body's state
    if (id !== undefined && !PLACE_NOUNS.has(toks[n]?.word ?? '')) {
      const rest = toks.slice(n).filter(t => t.pos !== 'POS');
      return rest.length > 0 ? { id, word, rest } : null;
    }
  }
  return null;
}

/**
 * The country closing a body's name ("Supreme Court of Mauritius", "Ministry of Foreign Affairs of
 * Ruritania", "Central Bank of the Bahamas"): the same body as the one the country word opens, with the
 * body's words before "of" and the country's after it; null when the words before "of" name no body.
 */
export function countryClosing(
  toks: readonly NlpToken[],
  gaz: Gazetteer,
): { id: string; word: NlpToken[]; rest: NlpToken[] } | null {
  for (let n = Math.min(4, toks.length - 2); n >= 1; n--) {
    const word = toks.slice(toks.length - n);
    const id = gaz.countryWords.get(word.map(t => t.word).join(' '));
    const cut = toks.length - n - (toks[toks.length - n - 1]?.word.toLowerCase() === 'the' ? 1 : 0);
    if (id === undefined || toks[cut - 1]?.word !== 'of') {
      continue;
    }
    const rest = toks.slice(0, cut - 1);
    // "Bank of America", "Bank of Ireland": a bare "Bank of <country>" is a company's name, not the
    // state's bank ("Central Bank of the Bahamas" is)
    const company = rest.length === 1 && rest[0]?.word === 'Bank';
    return rest.length > 0 && !company && isBody(rest) ? { id, word, rest } : null;
  }
  return null;
}

/** Phoenix agent codes of the state's own people: government, military, police, courts, spies. */
const STATE_AGENT = /^(?:GOV|MIL|COP|JUD|LEG|SPY)/u;

/**
 * A name whose words name the people of a civil sector ("Bhutanese Refugee Representative Council":
 * refugees; "Kenyan Farmers Union", "the Danish Business Council"): a Phoenix agent word with no state
 * code. Its country word says whose people they are, not whose state body it is: the body is a
 * civil-society organisation `org:<slug of its full name>` (eval/README.md, conventions).
 */
export function isCivilName(toks: readonly NlpToken[]): boolean {
  return toks.some(t => {
    const codes = agentsFor(t.word.toLowerCase()).map(a => a.code);
    return codes.length > 0 && !codes.some(c => STATE_AGENT.test(c));
  });
}

/**
 * A state's own body named with a possessive country and no word of government: an acronym ("Belarus's
 * KGB") or a party ("Denmark's Liberal Party"); a company's or outlet's name ("Japan's Mitsubishi
 * Heavy Industries") is not the state's.
 */
export function isPossessedStateName(sentence: NlpSentence, toks: readonly NlpToken[]): boolean {
  const before = sentence.tokens[(toks[0]?.index ?? 1) - 2];
  const words = toks.map(t => t.word);
  return (
    before?.pos === 'POS' &&
    ((words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0] ?? '')) || words.at(-1) === 'Party')
  );
}
