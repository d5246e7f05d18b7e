/**
 * The noun phrase a speaker's token heads, as the speaker resolver reads it (speakers.ts): its names,
 * modifiers, possessors, appositions and of/for/from/at phrases, and which actor kind a phrase that
 * mentions several actors names first (a person before the body, the body before its state).
 */
import { ActorKind } from '../../schema/domain.enum';
import type { SentenceView } from './sentence-view';
import type { Mention } from './speaker-mentions';

/** Relations that stay inside one noun phrase (names, modifiers, possessors, appositions, of/for). */
const NP_RELATIONS = new Set([
  'compound',
  'flat',
  'amod',
  'nmod:poss',
  'appos',
  'nmod:of',
  'nmod:for',
  'nmod:from',
  'nmod:at',
  'det',
  'nummod',
]);

const BY_PREFERENCE = [
  ActorKind.PERSON,
  ActorKind.ORGANIZATION,
  ActorKind.COUNTRY,
  ActorKind.TERRITORY,
  ActorKind.GROUP,
  ActorKind.HISTORICAL_STATE,
  ActorKind.MEDIA_OUTLET,
];

/** The noun phrase `i` heads, within the phrase relations, sorted. */
export function nounPhrase(view: SentenceView, i: number): number[] {
  const out = new Set([i]);
  const stack = [i];
  while (stack.length > 0) {
    const h = stack.pop() as number;
    for (const a of view.arcsFrom(h)) {
      // "the state news agency Agencia Brasil": the name hangs loose (dep) off the noun
      const loose = a.rel === 'dep' && view.token(a.dep).pos.startsWith('NNP');
      if ((NP_RELATIONS.has(a.rel) || loose) && !out.has(a.dep) && a.dep !== i) {
        out.add(a.dep);
        stack.push(a.dep);
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The mention of the most specific kind among `ms` (a person, else a body, else a state …), or null. */
export function preferred(ms: readonly Mention[]): Mention | null {
  for (const kind of BY_PREFERENCE) {
    const m = ms.find(x => x.kind === kind);
    if (m !== undefined) {
      return m;
    }
  }
  return null;
}

/**
 * The names hung on `i` with no preposition after it ("the Lisbon daily Diario da Ribeira", parsed
 * with the outlet's name a bare nmod of the capital): a name placed beside the head, not a phrase of it.
 */
export function looseNames(view: SentenceView, i: number): number[] {
  return view
    .arcsFrom(i)
    .filter(a => a.rel === 'nmod' && a.dep > i && view.token(a.dep).pos.startsWith('NNP'))
    .flatMap(a => nounPhrase(view, a.dep));
}
