/**
 * A body or agent named only through a possessive pronoun, which stands for the one the pronoun points
 * back to:
 * - "his government", "her country": the state of the person "his" / "her" is (the last person named
 *   before, pronouns.ts), when the article ties that person to a state ("He said his government had
 *   asked Vanuatu …" is Solomon Islands' act);
 */
import type { KgActor } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { EventContext } from './arguments';
import { pronounActor } from './pronouns';
import type { SentenceView } from './sentence-view';

type Resolve = (view: SentenceView, ctx: EventContext, i: number) => KgActor | null;

/** Nouns for a person's state: "his government", "her country". */
const STATE_WORDS: ReadonlySet<string> = new Set(['government', 'country', 'administration']);
const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);

/** The state of the person whose government or country the noun at `i` is, or null. */
export function possessorState(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  resolve: Resolve,
): KgActor | null {
  if (!STATE_WORDS.has(view.lemma(i).toLowerCase())) {
    return null;
  }
  const poss = view
    .dependents(i, 'nmod:poss')
    .find(k => PERSON_POSSESSIVES.has(view.token(k).word.toLowerCase()));
  if (poss === undefined) {
    return null;
  }
  const person = pronounActor(view, ctx, poss, resolve);
  const state = person?.kind === ActorKind.PERSON ? ctx.states.get(person.id) : undefined;
  return ctx.actors.actors.find(a => a.id === state && a.kind === ActorKind.COUNTRY) ?? null;
}
