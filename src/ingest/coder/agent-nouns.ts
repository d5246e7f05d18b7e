/**
 * Nouns whose modifiers name whom they act for: people and bodies ("Russian diplomats", "U.S.
 * officials": the Phoenix agent words and a few more), goods ("Tajik goods") and craft ("Indonesian
 * fishing boats"), but not things ("Indian investment" is not India). Counted people ("a number of Polish diplomats", "members of the
 * mission") are the people counted.
 */
import { agentsFor } from '../dictionaries/dictionary.loader';
import type { SentenceView } from './sentence-view';

export const QUANTITIES: ReadonlySet<string> = new Set([
  'number',
  'group',
  'dozen',
  'hundred',
  'thousand',
  'handful',
  'team',
  'member',
  'all',
  'some',
  'most',
  'many',
  'several',
]);
/** Goods named by their country's demonym ("a ban on Tajik goods" aims at Tajikistan). */
const GOODS: ReadonlySet<string> = new Set(['good', 'goods', 'product', 'import', 'export']);
/**
 * Craft and their crews, named by their state's demonym: "seized three Indonesian fishing boats", "a
 * Turkish navy frigate forced a Greek research vessel …" act by and on those states.
 */
const CRAFT: ReadonlySet<string> = new Set([
  'boat',
  'vessel',
  'ship',
  'trawler',
  'tanker',
  'frigate',
  'warship',
  'destroyer',
  'submarine',
  'aircraft',
  'jet',
  'drone',
  'fisherman',
  'fishermen',
  'sailor',
]);

/** Words for people or bodies acting for a state, beyond the Phoenix agents ("officials", "leader"). */
const AGENT_WORDS: ReadonlySet<string> = new Set([
  'official',
  'leader',
  'counterpart',
  'force',
  'authority',
  'delegation',
  'president',
  'premier',
  'administration',
  'regime',
  'side',
  'unit',
  'troop',
  'soldier',
  'patrol',
  'guard',
  'coastguard',
  'gendarme',
  'police',
  'mission',
  'personnel',
  'staff',
  'worker',
  'expert',
  'adviser',
  'advisor',
  'engineer',
  'instructor',
  'officer',
  'pilot',
  'crew',
  'citizen',
  'national',
]);

/**
 * Members of an alliance or a bloc, named by it: "its NATO allies", "EU partners" act for the body. A
 * state's allies are not that state ("US allies"), so only a body's name counts (arguments.ts).
 */
export const MEMBERS: ReadonlySet<string> = new Set(['ally', 'partner']);

/**
 * What a state holds and stands for when acted on: "recognised the independence of Kosovo", "an
 * invasion of its territory", "violated Greek airspace" act on the state.
 */
export const HELD: ReadonlySet<string> = new Set([
  'independence',
  'sovereignty',
  'territory',
  'integrity',
  'airspace',
  'border',
  'soil',
  'waters',
]);

/**
 * Kinds of place whose `of` names the place itself: "the breakaway region of Transnistria", "the
 * island of Bougainville", "the enclave of Cabinda" stand for the place their proper name names.
 */
export const PLACE_KINDS: ReadonlySet<string> = new Set([
  'region',
  'province',
  'island',
  'enclave',
  'exclave',
  'republic',
  'kingdom',
  'emirate',
  'state',
  'city',
  'town',
  'district',
  'archipelago',
]);

/** Is `code` a Phoenix agent code of armed non-state actors: rebels (REB), unidentified armed forces (UAF)? */
export function isArmedAgentCode(code: string): boolean {
  return code.startsWith('REB') || code.startsWith('UAF');
}

/**
 * Does token `i` name armed people who act for no state ("rebels", "militants", "gunmen",
 * "fighters")? Their demonym tells where they are from, not whom they act for: "Chadian rebels
 * attacked a Cameroonian post" is no act of Chad.
 */
export function isArmedNonState(view: SentenceView, i: number): boolean {
  const t = view.token(i);
  // a craft is its state's, and "a Chinese fighter intercepted …" is a jet (plural "fighters" are people)
  const jet = t.word.toLowerCase() === 'fighter';
  if (t.pos.startsWith('NNP') || CRAFT.has(t.lemma.toLowerCase()) || jet) {
    return false;
  }
  const codes = [...agentsFor(t.word.toUpperCase()), ...agentsFor(t.lemma.toUpperCase())];
  return codes.length > 0 && codes.every(c => isArmedAgentCode(c.code));
}

/** Does token `i` name people or a body (so that its modifiers name whom they act for)? */
export function isAgentNoun(view: SentenceView, i: number): boolean {
  const t = view.token(i);
  if (t.pos.startsWith('NNP')) {
    return true;
  }
  return (
    AGENT_WORDS.has(view.lemma(i)) ||
    GOODS.has(view.lemma(i)) ||
    CRAFT.has(view.lemma(i)) ||
    agentsFor(t.word.toUpperCase()).length > 0 ||
    agentsFor(t.lemma.toUpperCase()).length > 0
  );
}
