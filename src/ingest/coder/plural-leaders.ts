/**
 * Plural leaders of named states: "The leaders of Panama and Mexico congratulated …", "after their
 * prime ministers met", "the two countries' presidents". The act is the people's (eval/README.md:
 * "their prime ministers met" is between the people), so the noun stands for the leader the article
 * names for each of those states (conventions.ts `leaderOf`): the states are its `of` complements with
 * their conjuncts, or its possessor ("the two countries'", or "their" for the two states named before
 * it in the sentence). Nothing when a state has no leader named, or the noun is singular.
 * Another office in the plural ("their foreign ministers", "the two defence ministers") stands for the
 * person the article titled so in each state (titled-people.ts: "Foreign Minister Kamina Johnson
 * Smith"); for these "their" with no state before it in its sentence, and "the two …" with no
 * possessor, are the article's main dyad (discourse.ts). A leader noun never takes the dyad: "the two
 * leaders" are the two people last named (discourse.ts), who need not be the heads of state.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import type { EventContext } from './arguments';
import { collectiveActors, leaderOf } from './conventions';
import type { SentenceView } from './sentence-view';
import { personTitles } from './titled-people';

/** Plural nouns of a head of state or government ("prime ministers" with its "prime"). */
const LEADER_NOUNS: ReadonlySet<string> = new Set(['leader', 'president', 'premier']);
/** Heads of other offices a plural can name in each state ("foreign ministers", "defence chiefs"). */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'chief', 'envoy']);

const isOffice = (words: readonly string[]): boolean => OFFICE_HEADS.has(words.at(-1) ?? '');

type Resolve = (view: SentenceView, ctx: EventContext, i: number) => KgActor | null;

function isLeaderNoun(view: SentenceView, i: number): boolean {
  const t = view.token(i);
  if (t.pos !== 'NNS') {
    return false;
  }
  const lemma = view.lemma(i);
  const prime = view.dependents(i, 'amod', 'compound').some(k => view.lemma(k) === 'prime');
  return LEADER_NOUNS.has(lemma) || (lemma === 'minister' && prime);
}

/** The states named before token `i` in its sentence, in order of first mention. */
function statesBefore(view: SentenceView, ctx: EventContext, i: number): KgActor[] {
  const from = view.token(1).characterOffsetBegin;
  const to = view.token(i).characterOffsetBegin;
  return ctx.actors.actors.filter(
    a => a.kind === ActorKind.COUNTRY && a.mentions.some(m => from <= m.start && m.end <= to),
  );
}

/** The article's main dyad as actors, or []. */
function dyadStates(ctx: EventContext): KgActor[] {
  const ids = ctx.discourse?.dyad ?? [];
  const states = ids.map(id => ctx.actors.actors.find(a => a.id === id));
  return states.every((a): a is KgActor => a !== undefined) ? states : [];
}

/** The states whose leaders the plural noun at `i` names (see above), or []. */
function statesOf(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  resolve: Resolve,
  dyad: boolean,
): KgActor[] {
  const of = view.dependents(i, 'nmod:of');
  if (of.length > 0) {
    const ks = [...new Set([...of, ...of.flatMap(k => view.dependents(k, 'conj'))])];
    return ks.map(k => resolve(view, ctx, k)).filter((a): a is KgActor => a !== null);
  }
  const poss = view.dependents(i, 'nmod:poss')[0];
  if (poss === undefined) {
    const dets = [...view.dependents(i, 'nummod'), ...view.dependents(i, 'det')];
    const pair = dets.some(k => ['two', 'both'].includes(view.lemma(k).toLowerCase()));
    return pair && dyad ? dyadStates(ctx) : [];
  }
  if (view.token(poss).word.toLowerCase() === 'their') {
    const states = statesBefore(view, ctx, poss);
    return states.length === 2 ? states : states.length === 0 && dyad ? dyadStates(ctx) : [];
  }
  return collectiveActors(view, ctx, poss);
}

/** The office a plural noun names, in the words of a title: "foreign ministers" → foreign minister. */
function officeWords(view: SentenceView, i: number): string[] {
  const mods = view
    .dependents(i, 'amod', 'compound')
    .filter(k => k < i && /^\p{Ll}+$/u.test(view.token(k).word))
    .sort((a, b) => a - b);
  return [...mods.map(k => view.token(k).word), view.lemma(i).toLowerCase()];
}

/** The one person of each state the article titled with `office`, or [] when one is missing. */
function officeHolders(
  view: SentenceView,
  ctx: EventContext,
  states: readonly KgActor[],
  office: string,
): KgActor[] {
  const sentences = ctx.views?.map(v => v.sentence) ?? [view.sentence];
  const titled = new Set(
    personTitles({ sentences }, ctx.actors.actors)
      .filter(t => t.words.join(' ') === office)
      .map(t => t.personId),
  );
  const holders = states.map(s => {
    const people = ctx.actors.actors.filter(a => titled.has(a.id) && ctx.states.get(a.id) === s.id);
    return people.length === 1 ? people[0] : undefined;
  });
  return holders.every((h): h is KgActor => h !== undefined) ? holders : [];
}

/** The leaders (or office holders) a plural office noun at `i` stands for, or [] (see above). */
export function pluralLeaders(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  resolve: Resolve,
): KgActor[] {
  const leader = isLeaderNoun(view, i);
  const office = officeWords(view, i);
  if (!leader && !(view.token(i).pos === 'NNS' && office.length > 1 && isOffice(office))) {
    return [];
  }
  const states = statesOf(view, ctx, i, resolve, !leader);
  if (states.length < 2 || states.some(s => s.kind !== ActorKind.COUNTRY)) {
    return [];
  }
  if (!leader) {
    return officeHolders(view, ctx, states, office.join(' '));
  }
  const leaders = states.map(s => leaderOf(ctx, s.id));
  return leaders.every((l): l is KgActor => l !== null && l.kind === ActorKind.PERSON)
    ? leaders
    : [];
}
