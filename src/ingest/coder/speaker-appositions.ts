/**
 * Persons in apposition around a speaker's noun, as the speaker resolver reads them (speakers.ts): a
 * person the parse hung on a place or body after a role noun, and a second person glued on by a misparse.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { SentenceView } from './sentence-view';
import { type Mention, covering } from './speaker-mentions';
import { ROLE_NOUNS, SPOKES_NOUNS } from './speaker-nouns';

/**
 * "the agency's representative in Nicosia, Henrik Solberg, said": the parse hangs the name on the
 * place, so a person in apposition to a place or body after the noun is the one it names.
 */
export function placedPerson(
  mentions: readonly Mention[],
  view: SentenceView,
  i: number,
): Mention | undefined {
  if (!ROLE_NOUNS.has(view.lemma(i)) && !SPOKES_NOUNS.has(view.lemma(i))) {
    return undefined;
  }
  const appos = view
    .arcsFrom(i)
    .filter(a => a.rel.startsWith('nmod') && a.dep > i)
    .flatMap(a => view.arcsFrom(a.dep).filter(x => x.rel === 'appos'))
    .map(a => a.dep);
  return covering(mentions, view, appos).find(m => m.kind === ActorKind.PERSON);
}

/**
 * "In a letter to Malta's justice minister, Clayton Borg, Mr Busnaina had asked": an apposition
 * names the same referent, so a second, different person in apposition after a named person is a
 * misparse that glued a fronted phrase's name to the subject; the later name, next to the verb, is
 * the one the clause is about.
 */
export function distinctAppositive(
  mentions: readonly Mention[],
  view: SentenceView,
  i: number,
  named: Mention,
): Mention | null {
  if (named.kind !== ActorKind.PERSON) {
    return null;
  }
  const appos = view
    .arcsFrom(i)
    .filter(a => a.rel === 'appos' && a.dep > i)
    .map(a => a.dep);
  const other = covering(mentions, view, appos).find(
    m => m.kind === ActorKind.PERSON && m.id !== named.id,
  );
  return other ?? null;
}
