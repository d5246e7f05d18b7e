/**
 * The arguments of a coded verb, read from the parse (its source: event-sources.ts):
 * - the target is its object (obj, iobj), the passive subject, the oblique the pattern names, or an
 *   oblique of a relational preposition (obliques.ts: with, against, to, on …; never a place: in, at,
 *   near; never a reason: over), also when it hangs one or two nouns down the object ("provide 244 million euros in
 *   humanitarian aid to Sudan"; "food worth 90 million euros to Sudan"), unless the object names an
 *   actor itself ("support Moldova's path to the EU" acts on Moldova only); failing all of these, the
 *   object's possessor or `of` complement ("blamed a faction of the MFDC": object-phrase.ts), and for a
 *   force act the state whose nationals a plural demonym names ("deported 10,000 Haitians": nationals.ts);
 * - an argument is the actor its head word or tight modifiers name ("Russian diplomats" → Russia);
 *   pronouns as pronouns.ts says, an object "them" after a pair noun as the pair (pair-pronouns.ts);
 *   a subject named only by its apposition ("His spokesman, Manuel Adorni, accused …") is the
 *   apposition's actor; "whose troops" are the relative clause's noun's.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor, Span } from '../../kg/kg-batch';
import type { IgnoredSpan } from '../clean';
import { actorAt, type CodedActors } from './actor-mentions';
import {
  HELD,
  MEMBERS,
  PLACE_KINDS,
  QUANTITIES,
  isAgentNoun,
  isArmedNonState,
} from './agent-nouns';
import { collectiveActors } from './conventions';
import { coordinatedDemonyms } from './coordinated-demonyms';
import { type Discourse, describedActors } from './discourse';
import { forceThingHolders, objectsOf, phraseHolders, whoseAntecedent } from './object-phrase';
import { nationalsOf } from './nationals';
import { pluralLeaders } from './plural-leaders';
import { possessorState } from './possessed-bodies';
import { possessiveActor, pronounActor } from './pronouns';
import { relativeAntecedents } from './relative-pronouns';
import { seatedOfficials } from './seated-officials';
import { coMentioned } from './co-mentions';
import { withConjuncts } from './conjuncts';
import { obliques } from './obliques';
import { pairOfThem } from './pair-pronouns';
import { hyphenOwners } from './participles';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';

export interface EventContext {
  readonly text: string;
  readonly actors: CodedActors;
  readonly states: ReadonlyMap<string, string>;
  readonly ignored: readonly IgnoredSpan[];
  /** The article's day (YYYY-MM-DD), or null. */
  readonly day: string | null;
  /** The article's discourse model (discourse.ts), for descriptions that name no actor. */
  readonly discourse?: Discourse;
  /** The article's sentences, in order, for a reference to the sentence before. */
  readonly views?: readonly SentenceView[];
}

/** The state an actor stands for or belongs to (a body's, a person's), else the actor itself. */
export function stateOf(ctx: EventContext, id: string): string {
  return ctx.states.get(id) ?? id;
}

export interface Arg {
  readonly actor: KgActor;
  readonly token: number;
  readonly prep: string | null;
}

/** The actor token `i` names: its own span first, then its tight modifiers, nearest first. */
export function actorOfToken(view: SentenceView, ctx: EventContext, i: number): KgActor | null {
  const t = view.token(i);
  const own = actorAt(ctx.actors, t.characterOffsetBegin, t.characterOffsetEnd);
  if (own !== null) {
    return own;
  }
  if (t.pos === 'PRP') {
    return pronounActor(view, ctx, i, actorOfToken);
  }
  // "herders from Mali, dozens of whom were detained": the noun the relative pronoun stands for
  const antecedents = relativeAntecedents(view, i);
  if (antecedents.length > 0) {
    return antecedents.map(k => actorOfToken(view, ctx, k)).find(a => a !== null) ?? null;
  }
  // "his Pakistani counterpart, Muhammad Aurangzeb": the person the apposition names
  for (const k of view.dependents(i, 'appos')) {
    const m = view.token(k);
    const a = actorAt(ctx.actors, m.characterOffsetBegin, m.characterOffsetEnd);
    if (a !== null && a.kind === ActorKind.PERSON) {
      return a;
    }
  }
  // "the opposition group Unidad Azul", "the rice growers' federation Fenarroz": a common noun
  // whose name the parser hung beside it names the body
  if (t.pos.startsWith('NN') && !/^\p{Lu}/u.test(t.word)) {
    for (const k of view.dependents(i, 'appos', 'dep')) {
      const m = view.token(k);
      const a = actorAt(ctx.actors, m.characterOffsetBegin, m.characterOffsetEnd);
      if (a !== null && a.kind !== ActorKind.PERSON && /^\p{Lu}/u.test(m.word)) {
        return a;
      }
    }
  }
  // "a similar number of Polish diplomats": the people counted
  if (QUANTITIES.has(view.lemma(i)) || t.pos === 'CD') {
    const of = view.dependents(i, 'nmod:of')[0];
    return of === undefined ? null : actorOfToken(view, ctx, of);
  }
  // "the independence of Kosovo", "its territory": what a state holds stands for the state
  if (HELD.has(view.lemma(i))) {
    for (const k of view.dependents(i, 'nmod:poss', 'nmod:of')) {
      const a =
        view.token(k).pos === 'PRP$'
          ? possessiveActor(view, ctx, k, actorOfToken)
          : actorOfToken(view, ctx, k);
      if (a !== null) {
        return a;
      }
    }
  }
  // "the breakaway region of Transnistria": a kind of place stands for the place its `of` names
  if (PLACE_KINDS.has(view.lemma(i)) && !/^\p{Lu}/u.test(t.word)) {
    const of = view.dependents(i, 'nmod:of').find(k => view.token(k).pos.startsWith('NNP'));
    const a = of === undefined ? null : actorOfToken(view, ctx, of);
    // a place, not a body ("the states of the Gulf Cooperation Council" are not the council)
    if (a !== null && (a.kind === ActorKind.COUNTRY || a.kind === ActorKind.TERRITORY)) {
      return a;
    }
  }
  // "he said his government had asked …": the state of the person "his" is
  const state = possessorState(view, ctx, i, actorOfToken);
  if (state !== null) {
    return state;
  }
  // "Djibouti, whose troops clashed …": the possessive relative pronoun stands for the clause's noun
  const whose = whoseAntecedent(view, i);
  if (whose !== null) {
    return actorOfToken(view, ctx, whose);
  }
  // "Russian diplomats" are Russia, "Indian investment" is not India, "Peru's demand" is Peru's
  const agent = isAgentNoun(view, i) || MEMBERS.has(view.lemma(i));
  const possessors = new Set(view.dependents(i, 'nmod:poss'));
  // "a Finnish-owned ship": the owner fused to a participle of owning (participles.ts)
  const mods = [...view.phrase(i), ...(agent ? hyphenOwners(view, i) : [])]
    .filter(k => k !== i && (agent || possessors.has(k)))
    .sort((a, b) => Math.abs(a - i) - Math.abs(b - i));
  for (const k of mods) {
    const m = view.token(k);
    const a = actorAt(ctx.actors, m.characterOffsetBegin, m.characterOffsetEnd);
    // "a Chinese foreign ministry spokesman": the body a common-noun compound names, not its state
    const body =
      agent &&
      a !== null &&
      a.kind === ActorKind.ORGANIZATION &&
      view.dependents(i, 'compound').includes(k);
    if (!/^\p{Lu}/u.test(m.word) && !body) {
      continue;
    }
    const member = MEMBERS.has(view.lemma(i)) && !possessors.has(k);
    // "Chadian rebels": armed people of no state are not the state their demonym names
    const stateless =
      a?.kind === ActorKind.COUNTRY && !possessors.has(k) && isArmedNonState(view, i);
    if (a !== null && !stateless && (!member || a.kind === ActorKind.ORGANIZATION)) {
      return a;
    }
  }
  // "officials in Lusaka", "the authorities in Dhaka": the state whose capital or name the place is,
  // when nothing of their own names them ("US officials in Kyiv" are the US's)
  return seatedOfficials(view, ctx.actors, i);
}

export function args(
  view: SentenceView,
  ctx: EventContext,
  tokens: readonly [number, string | null][],
  appositions = false,
  skip: ReadonlySet<string> = new Set(),
  demonyms = false,
): Arg[] {
  const out: Arg[] = [];
  for (const [token, prep] of tokens) {
    // "urged them", told after "both capitals": the pair (pair-pronouns.ts)
    const pair = pairOfThem(view, ctx, token, skip);
    // "The leaders of Panama and Mexico": the two leaders, not Panama
    const leaders = pair.length > 0 ? pair : pluralLeaders(view, ctx, token, actorOfToken);
    const actor = leaders.length > 0 ? null : actorOfToken(view, ctx, token);
    // "Japanese and South Korean officials": each demonym's state, not the nearest one only
    // (a target only: joint doers would be read as acting on each other)
    const states = actor === null || !demonyms ? [] : coordinatedDemonyms(view, ctx, token);
    let found = actor === null ? leaders : states.length > 0 ? states : [actor];
    // a plural noun's person is its first apposition only: "The foreign ministers …, A and B" are both
    const plural = view.token(token).pos === 'NNS';
    if (appositions && (actor === null || actor.kind !== ActorKind.PERSON || plural)) {
      // "The foreign ministers of the two countries, Ararat Mirzoyan and Jeyhun Bayramov, signed":
      // all the people in apposition, not only the first one actorOfToken takes
      const appos = withConjuncts(view, view.dependents(token, 'appos'));
      const people = appos
        .map(k => actorOfToken(view, ctx, k))
        .filter((a): a is KgActor => a !== null && a.kind === ActorKind.PERSON);
      found = people.length > 0 ? people : found;
      if (people.length === 0 && plural) {
        // "by the interior ministers of the two countries, A and B": the parser joins the names to
        // the plural noun of the `of` (conj), which enhanced++ copies as the ministers' `of`
        const ofs = view.dependents(token, 'nmod:of');
        const joined = ofs.filter(k =>
          view
            .headArcs(k)
            .some(
              a =>
                a.rel.startsWith('conj') &&
                ofs.includes(a.head) &&
                view.token(a.head).pos === 'NNS',
            ),
        );
        const named = joined
          .map(k => actorOfToken(view, ctx, k))
          .filter((a): a is KgActor => a !== null && a.kind === ActorKind.PERSON);
        found = named.length > 0 ? named : found;
      }
    }
    if (found.length === 0 && ctx.discourse !== undefined) {
      found = describedActors(view, ctx.discourse, ctx.actors.actors, token, skip);
    }
    found = found.length === 0 ? collectiveActors(view, ctx, token, skip) : found;
    found = found.flatMap(a => coMentioned(view, ctx, a));
    for (const a of found) {
      if (!out.some(x => x.actor.id === a.id)) {
        out.push({ actor: a, token, prep });
      }
    }
  }
  return out;
}

export { withConjuncts } from './conjuncts';

export function targetsOf(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  match: VerbMatch,
  passive: boolean,
  skip: ReadonlySet<string> = new Set(),
): Arg[] {
  const direct = passive
    ? view.dependents(v, 'nsubj:pass')
    : [...objectsOf(view, v), ...view.dependents(v, 'iobj')];
  const tokens: [number, string | null][] = withConjuncts(view, direct).map(t => [t, null]);
  tokens.push(...obliques(view, v, match, passive, 0));
  const visit = (match.code.forward ?? match.code.reverse ?? '').startsWith('04');
  for (const o of objectsOf(view, v)) {
    if (actorOfToken(view, ctx, o) !== null) {
      continue; // "support Moldova's path to the EU": the object names the one acted on
    }
    tokens.push(...obliques(view, o, match, passive, 1));
    // "sent food worth 90 million euros to Sudan": the parser hangs "to" on "worth"
    for (const m of view.dependents(o, 'amod')) {
      tokens.push(...obliques(view, m, match, passive, 0));
    }
    if (visit) {
      // "host a meeting of the two ministers": the guests
      tokens.push(
        ...withConjuncts(view, view.dependents(o, 'nmod:of')).map((k): [number, string] => [
          k,
          'of',
        ]),
      );
    }
  }
  const found = args(view, ctx, tokens, false, skip, true);
  if (found.length > 0) {
    return found;
  }
  // "deported 10,000 Haitians": a force act on a state's nationals (nationals.ts)
  const nationals = nationalsOf(view, ctx, match, withConjuncts(view, direct));
  if (nationals.length > 0) {
    return nationals.map(a => ({ actor: a.actor, token: a.token, prep: null }));
  }
  // "blamed a faction of the MFDC": the one acted on inside an object phrase that names no one
  const names = (k: number): boolean => actorOfToken(view, ctx, k) !== null;
  let inner = withConjuncts(view, direct).flatMap(o => phraseHolders(view, o, names));
  if (inner.length === 0 && !passive) {
    inner = forceThingHolders(view, match, v, direct, names);
  }
  return args(
    view,
    ctx,
    withConjuncts(view, inner).map((k): [number, null] => [k, null]),
    false,
    skip,
  );
}

export function evidenceOf(view: SentenceView, ctx: EventContext, tokens: readonly number[]): Span {
  const lo = Math.min(...tokens);
  const hi = Math.max(...tokens);
  const { start, end } = view.span(lo, hi);
  return { start, end, text: ctx.text.slice(start, end) };
}
