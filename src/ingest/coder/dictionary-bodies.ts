/**
 * A state's body that a Phoenix dictionary lists under another state: the country agencies file names
 * many bodies of one state by their generic names ("Environmental Protection Agency" is the United
 * States' `USAGOVENV`), which other states' bodies share. With another country word before or opening
 * the name, the body is that country's (`org:<iso3>-<body>`, eval/README.md), not the dictionary's.
 */
import type { DictionaryActor } from '../dictionaries/dictionary.types';
import type { NlpToken } from '../nlp/corenlp.client';
import { isBody } from './state-bodies';

/** Phoenix codes of a state's own people: its government, military, police, courts, legislature, spies. */
const STATE_CODE = /^[A-Z]{3}(?:GOV|MIL|COP|JUD|LEG|SPY)/u;

/**
 * Dictionary entries that are all one other state's own bodies (Phoenix codes such as `USAGOVENV`),
 * for a name the country word `country` names as its own body ("Guyana's Environmental Protection
 * Agency" is Guyana's, not the United States' agency the dictionary lists).
 */
export function isOtherStatesBody(
  entries: readonly DictionaryActor[],
  country: string | null,
  toks: readonly NlpToken[],
): boolean {
  const iso3 =
    country?.startsWith('country:') === true ? country.slice('country:'.length) : undefined;
  return (
    iso3 !== undefined &&
    entries.length > 0 &&
    isBody(toks) &&
    entries.every(
      a =>
        a.source === 'countries' &&
        a.defaults.length > 0 &&
        a.defaults.every(c => STATE_CODE.test(c) && !c.startsWith(iso3)),
    )
  );
}
