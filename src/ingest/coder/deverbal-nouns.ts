/**
 * Nouns derived from verbs ("the detention", "the accusation", "the bans", "the criticism"): the noun
 * is undone by the regular suffixes of English nominalisation (-ation, -ention, -ulsion, -sion, -ism,
 * -ment, -al, -ure, and the zero derivation of "ban", "protest") and each verb so formed is looked up
 * in CAMEO.2.0; the code of its plain entry is the act the noun names. The dictionary, not a list of
 * nouns, says which nouns name an act: a form that is not a CAMEO verb names none. Nouns in -ing are
 * left out: they name a thing or a result as often as an act ("the crossing", "the funding", "the
 * killings" of soldiers the reactor cannot be aimed at), and on the development set their one use was
 * a false event.
 */
import { verbEntries } from '../dictionaries/dictionary.loader';

/** Nominalising suffixes and what each stood for on the verb, tried in order. */
const SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['ention', ['ain']],
  ['ulsion', ['el']],
  ['nsion', ['nd']],
  ['ation', ['e', '', 'ate']],
  ['sion', ['de']],
  ['ism', ['ise', 'ize']],
  ['ment', ['']],
  ['ure', ['e']],
  ['al', ['', 'e']],
];

/** The verbs a noun with lemma `noun` may be derived from, the noun itself first. */
export function baseVerbs(noun: string): string[] {
  const out = [noun];
  for (const [suffix, ends] of SUFFIXES) {
    const stem = noun.slice(0, -suffix.length);
    if (noun.endsWith(suffix) && stem.length >= 3) {
      out.push(...ends.map(e => stem + e));
    }
  }
  return out;
}

/**
 * The CAMEO root (two digits) of the act a noun derived from a verb names ("accusation" → accuse,
 * 112 → '11'), or null when no verb it comes from codes an act (sayings, 01x, are not acts).
 */
export function deverbalRoot(noun: string): string | null {
  for (const verb of baseVerbs(noun)) {
    const code = verbEntries(verb, '').find(e => e.code.forward !== null)?.code.forward;
    if (code !== undefined && code !== null && !code.startsWith('01')) {
      return code.slice(0, 2);
    }
  }
  return null;
}
