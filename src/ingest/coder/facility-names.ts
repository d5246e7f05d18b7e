/**
 * Names of places that the parse tags as organisations: a facility ("the Arab Gas Pipeline", "the
 * Kariba Dam", "Jomo Kenyatta International Airport") is a thing, never an actor; a building by its name
 * ("Government House", "the Presidential Palace") is the scene of an act after a place preposition ("a
 * ceremony at Government House"), not its doer. Neither is an organisation of the article.
 */
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';

/** Heads of a facility's name: built things that no one speaks or acts for. */
const FACILITY_HEADS: ReadonlySet<string> = new Set(
  ['pipeline', 'bridge', 'dam', 'airport', 'stadium', 'hotel', 'railway', 'highway'].concat([
    'canal',
    'corridor',
    'cable',
    'tunnel',
  ]),
);
/** Heads of a building's name, a place only after a place preposition ("at Government House"). */
const BUILDING_HEADS: ReadonlySet<string> = new Set(['house', 'palace', 'hall']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'outside', 'inside', 'into']);

/** A name of two words or more whose last is a facility's head ("King Abdullah Canal"). */
export function endsInFacility(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && FACILITY_HEADS.has(words[words.length - 1]?.toLowerCase() ?? '');
}

/** The name `toks` names a facility, or a building where something happens. */
export function isFacilityName(sentence: NlpSentence, toks: readonly NlpToken[]): boolean {
  const head = toks.at(-1)?.word.toLowerCase() ?? '';
  if (toks.length > 1 && FACILITY_HEADS.has(head)) {
    return true;
  }
  let k = (toks[0]?.index ?? 1) - 2;
  if (sentence.tokens[k]?.word.toLowerCase() === 'the') {
    k -= 1;
  }
  const before = sentence.tokens[k]?.word.toLowerCase() ?? '';
  return toks.length > 1 && BUILDING_HEADS.has(head) && PLACE_PREPOSITIONS.has(before);
}
