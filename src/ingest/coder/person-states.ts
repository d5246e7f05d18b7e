/**
 * The state a person of the parse belongs to (person-names.ts): a leader's title with its country word
 * right before the name ("Kenyan President William Ruto"), a role in apposition with its country ("X,
 * the foreign minister of Eswatini,"), or the Phoenix person of that name with a role at a date.
 */
import { actorsByAlias, statesAt } from '../dictionaries/dictionary.loader';
import type { Gazetteer } from '../gazetteer/gazetteer';
import rolesData from '../gazetteer/roles.json';
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';

const LEADER_TITLES: Readonly<Record<string, string>> = rolesData.leaderTitles;

/** The state a Phoenix person belonged to on `day`, when exactly one. */
export function phoenixState(name: string, day: string | null): string | null {
  if (day === null) {
    return null;
  }
  const states = new Set(
    actorsByAlias(name)
      .filter(a => a.kind === 'person')
      .flatMap(a => statesAt(a.id, day)),
  );
  return states.size === 1 ? ([...states][0] ?? null) : null;
}

/** "Kenyan President William Ruto": the leader title and its country word right before the name. */
export function leaderBefore(
  sentence: NlpSentence,
  first: NlpToken,
  gaz: Gazetteer,
): { title: string; role: string; countryId: string } | null {
  for (const [title, role] of Object.entries(LEADER_TITLES)) {
    const n = title.split(' ').length;
    const words = sentence.tokens.slice(first.index - 1 - n, first.index - 1);
    if (words.map(t => t.word).join(' ') !== title) {
      continue;
    }
    let k = first.index - 2 - n;
    if (sentence.tokens[k]?.pos === 'POS') {
      k -= 1;
    }
    for (let len = 3; len >= 1; len--) {
      const country = gaz.countryWords.get(
        sentence.tokens
          .slice(Math.max(0, k - len + 1), k + 1)
          .map(t => t.word)
          .join(' '),
      );
      if (country !== undefined) {
        return { title, role, countryId: country };
      }
    }
  }
  return null;
}

/** Role nouns whose apposition ties a person to a country ("X, Azerbaijan's foreign minister,"). */
const ROLE_NOUNS: ReadonlySet<string> = new Set(
  [
    'minister',
    'president',
    'premier',
    'chancellor',
    'leader',
    'ambassador',
    'envoy',
    'diplomat',
  ].concat(
    ['spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'official', 'commander', 'chief'],
    ['governor', 'adviser', 'advisor', 'king', 'queen', 'emir', 'sultan', 'monarch', 'head'],
  ),
);
const COUNTRY_RELATIONS: ReadonlySet<string> = new Set([
  'nmod:poss',
  'nmod:of',
  'amod',
  'compound',
]);

/**
 * The country of a role in apposition to the name: "Jeyhun Bayramov, Azerbaijan's foreign minister,",
 * "Lindiwe Dlamini, the foreign minister of Eswatini,", "the Kenyan envoy, Amos Wako,".
 */
export function appositionCountry(
  sentence: NlpSentence,
  toks: readonly NlpToken[],
  gaz: Gazetteer,
): string | null {
  const inName = new Set(toks.map(t => t.index));
  const deps = sentence.enhancedPlusPlusDependencies;
  const roles = deps
    .filter(d => d.dep === 'appos' && (inName.has(d.governor) || inName.has(d.dependent)))
    .map(d => (inName.has(d.governor) ? d.dependent : d.governor))
    .filter(i => ROLE_NOUNS.has(sentence.tokens[i - 1]?.word.toLowerCase() ?? ''));
  for (const role of roles) {
    for (const d of deps.filter(x => x.governor === role && COUNTRY_RELATIONS.has(x.dep))) {
      const parts = [
        d.dependent,
        ...deps
          .filter(x => x.governor === d.dependent && (x.dep === 'compound' || x.dep === 'flat'))
          .map(x => x.dependent),
      ].sort((a, b) => a - b);
      const phrase = parts.map(i => sentence.tokens[i - 1]?.word ?? '').join(' ');
      const country = gaz.countryWords.get(phrase);
      if (country !== undefined) {
        return country;
      }
    }
  }
  return null;
}
