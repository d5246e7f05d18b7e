/**
 * Whom an event's act is aimed at (event-coder.ts): the verb's own targets (arguments.ts), else the
 * first of a chain of fallbacks that finds one: the one called on, the subject of the clause a demand
 * or appeal asks for ("demanded that Bolivia withdraw"), the subject of a bare-infinitive or small
 * clause ("helped Tonga put down the revolt", "found Uganda liable"), the parties mediated between, the
 * clause's parties, the act reacted to, the doers a summative apposition sums up, the target of the
 * act a warning warns of ("… would seize them, Ghana warned": warned-acts.ts), a coordinate act's
 * target, a partner or the holder of captives, the state "there" names, a party told in an earlier
 * sentence, the doer of the act a case is about, the holder of the people whose release is asked, the
 * holder "its" names on a coerced object ("detained 43 of its members"), whom the people "the three"
 * stand for belong to, the target of the verb's xcomp, and the addressee of the letter or call a
 * verbal act went by ("asked for water in a letter to his counterpart").
 */
import { type Arg, type EventContext, args, targetsOf, withConjuncts } from './arguments';
import { withoutDoers } from './doer-side';
import { thereTargets } from './there-targets';
import { caseTargets } from './case-parties';
import { earlierTargets } from './context-targets';
import { apologyOwers } from './owed-apologies';
import { isMutualPair } from './discourse';
import { coordinatedActs } from './coordinated-acts';
import { isReciprocal } from './conventions';
import type { DraftEvent } from './draft-event';
import { mediatedTargets } from './mediation-offers';
import { isNegated } from './modality';
import { isReaction, summedUpDoers } from './object-phrase';
import { agentParticipleNoun, participleParties, partnerTokens } from './participles';
import { envoysAsStates } from './envoys';
import { possessedTargets } from './possessed-targets';
import { peopleTargets } from './people-targets';
import { isActNoun, reactionTargets } from './reactions';
import { captiveHolders, releaseHolders, withBrokeredHolders } from './release-holders';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';
import { askedInClause, calledOn } from './verb-clauses';
import { readsXcomp } from './verb-supplement';
import { readingOf } from './verb-readings';
import { bareClauseSubjects, smallClauseSubjects } from './small-clauses';
import { channelAddressees } from './channel-addressees';
import { purposeHead } from './purpose-clauses';
import { warnedActTargets } from './warned-acts';
import { isHostile } from './event-sources';

/**
 * Codes whose act joint doers can only do to each other: "India and Kenya established diplomatic
 * relations" (054) is each one's recognition of the other.
 */
const MUTUAL_CODES: ReadonlySet<string> = new Set(['054']);

/** Is the act at `v` one that joint doers with no other party do to each other? */
export function isJointAct(
  view: SentenceView,
  v: number,
  match: VerbMatch,
  sources: readonly Arg[],
): boolean {
  const code = match.code.forward ?? match.code.reverse ?? '';
  const mutual = sources.length >= 2 && MUTUAL_CODES.has(code);
  return mutual || isReciprocal(view, v, match) || isMutualPair(view, sources, code);
}

/**
 * The one acted on by the nearest coded act coordinated with `v` under the same subject
 * (coordinated-acts.ts), found as that act's own target.
 */
function coordinateTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  doers: ReadonlySet<string>,
  match: VerbMatch,
  reacted: { readonly prior: readonly DraftEvent[]; readonly sources: readonly Arg[] },
): Arg[] {
  if (isReaction(match) && view.dependents(v, 'obj').some(o => isActNoun(view.lemma(o)))) {
    return []; // "called the decision premature and urged the EU": a reaction to the act the noun names
  }
  for (const c of coordinatedActs(view, v)) {
    const read = readingOf(view, c);
    if (read === null || isNegated(view, c)) {
      continue;
    }
    const found = envoysAsStates(view, ctx, targetsOf(view, ctx, c, read, false, doers));
    if (found.length > 0) {
      return found;
    }
    // "denounced the deal as a plot and warned of countermeasures": the parties of the act reacted
    // to, for an act with no object of its own ("and urged other members" is aimed at them)
    const free = view.dependents(v, 'obj').length === 0;
    const parties = free ? reactionTargets(view, ctx, c, read, reacted.prior, reacted.sources) : [];
    if (parties.length > 0) {
      return parties;
    }
  }
  return [];
}

/** What the coder knows of an act at a verb when it looks for its targets. */
export interface ActFacts {
  /** The act's doers. */
  readonly sources: readonly Arg[];
  /** Does a "by" name the doer (a passive, or a participle's agent)? */
  readonly byAgent: boolean;
  /** The doers' ids and their states' ids. */
  readonly doers: ReadonlySet<string>;
  /** The events of the sentences before. */
  readonly prior: readonly DraftEvent[];
  /** The events of this sentence so far. */
  readonly out: readonly DraftEvent[];
}

/** The ones the act at `v` is aimed at: its own targets, else the first fallback that finds some. */
export function eventTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  match: VerbMatch,
  { sources, byAgent, doers, prior, out }: ActFacts,
): Arg[] {
  let targets = envoysAsStates(view, ctx, targetsOf(view, ctx, v, match, byAgent, doers));
  // "mediated the release of soldiers detained in Mali": the holder as well as the captives' state
  targets = withBrokeredHolders(view, ctx, v, match.code.forward ?? '', doers, targets);
  if (targets.length === 0) {
    // "called on Caracas to publish", parsed with "Caracas" the subject of "publish"
    targets = args(
      view,
      ctx,
      withConjuncts(view, calledOn(view, v)).map((k): [number, null] => [k, null]),
    );
  }
  if (targets.length === 0) {
    // "demanded that Bolivia withdraw its troops": the subject of the clause asked for, unless it is
    // the doers' own side ("insisted that its troops would stay": the one asked is told elsewhere)
    const code = match.code.forward ?? '';
    targets = withoutDoers(
      ctx,
      doers,
      args(
        view,
        ctx,
        withConjuncts(view, askedInClause(view, v, code)).map((k): [number, null] => [k, null]),
      ),
    );
  }
  if (targets.length === 0) {
    // "helped Tonga rebuild its ports": the subject of the bare-infinitive clause is the one helped;
    // "found Uganda liable": the subject of the small clause is the one found so
    targets = withoutDoers(
      ctx,
      doers,
      args(
        view,
        ctx,
        withConjuncts(view, [...bareClauseSubjects(view, v), ...smallClauseSubjects(view, v)]).map(
          (k): [number, null] => [k, null],
        ),
      ),
    );
  }
  if (targets.length === 0) {
    // "offered to host talks between the two governments": the parties mediated between
    targets = mediatedTargets(view, ctx, v, doers);
  }
  // "called the tariffs a copy of a ban imposed by Vienna": a hostile act a noun names is aimed at
  // no party of the clause that mentions it (talks, exchanges and deals are)
  const hostile = isHostile(match.code.forward ?? match.code.reverse ?? '');
  if (targets.length === 0) {
    // "Kinshasa accused Rwandan-backed rebels": the participle acts on the noun it modifies when
    // that noun names an actor; "Iran freed … and Denmark released …, in an exchange mediated by
    // Oman": an act noun's parties are the clause's subjects
    const noun = agentParticipleNoun(view, v);
    // (a subject noun is participleParties' own: "two of them, detained by police, …")
    const subject = (n: number): boolean => view.headArcs(n).some(a => /^nsubj/.test(a.rel));
    const acted = noun === null || subject(noun) ? [] : withConjuncts(view, [noun]);
    const named = args(
      view,
      ctx,
      acted.map((k): [number, null] => [k, null]),
    ).filter(t => !doers.has(t.actor.id));
    // (joint doers of a reciprocal act, "an agreement signed by A and B", act on each other)
    const jointly = sources.length >= 2 && isJointAct(view, v, match, sources);
    const parties = jointly || hostile ? [] : withConjuncts(view, participleParties(view, v));
    targets =
      named.length > 0
        ? named
        : args(
            view,
            ctx,
            parties.map((k): [number, null] => [k, null]),
          );
  }
  if (targets.length === 0) {
    targets = reactionTargets(view, ctx, v, match, [...prior, ...out], sources);
  }
  if (targets.length === 0 && isReaction(match)) {
    // "…accused Mauritania of sheltering rebels, a charge Nouakchott rejects"
    // "…, a demand that North Macedonia's government has turned down": the parser hangs the clause on
    // the noun (ccomp, acl:relcl) with no object, the noun is the one reacted to
    const objects = view.dependents(v, 'obj');
    const up = view.headArcs(v).find(a => ['ccomp', 'acl:relcl', 'acl'].includes(a.rel));
    const noun = objects.length === 0 && up !== undefined && up.head > 0 && up.head < v;
    const doers = [...objects, ...(noun ? [up.head] : [])].flatMap(o => summedUpDoers(view, o));
    targets = args(
      view,
      ctx,
      withConjuncts(view, doers).map((k): [number, null] => [k, null]),
    );
  }
  if (targets.length === 0) {
    // "The navy would board Liberian ships, he warned": whom the act warned of is aimed at
    targets = warnedActTargets(view, ctx, v, match.code.forward ?? '', doers);
  }
  if (targets.length === 0) {
    // "summoned Mali's ambassador and demanded an inquiry": the party of a coordinate act
    targets = coordinateTargets(view, ctx, v, doers, match, {
      prior: [...prior, ...out],
      sources,
    });
  }
  if (targets.length === 0) {
    // "telephoned his counterpart to ask for help": the one the act a purpose clause serves is aimed at
    const h = purposeHead(view, v);
    const read = h === null ? null : readingOf(view, h);
    if (h !== null && read !== null && !isNegated(view, h)) {
      targets = envoysAsStates(view, ctx, targetsOf(view, ctx, h, read, false, doers));
    }
  }
  if (targets.length === 0) {
    targets = args(
      view,
      ctx,
      [...partnerTokens(view, v), ...captiveHolders(view, v)].map(k => [k, null]),
    );
  }
  if (targets.length === 0) {
    targets = thereTargets(view, ctx, v, match, sources);
  }
  // "The two ministers also discussed a direct air link": joint doers of a reciprocal act with no
  // party in their sentence act on each other, not on a party told in an earlier sentence
  const joint = sources.length >= 2 && isJointAct(view, v, match, sources);
  if (targets.length === 0 && !joint) {
    const code = match.code.forward ?? match.code.reverse ?? '';
    targets = earlierTargets(view, ctx, v, code, sources, prior);
  }
  if (targets.length === 0 && !joint) {
    // "Iceland could take the case to the tribunal": the doer of the act the case is about
    const code = match.code.forward ?? '';
    targets = caseTargets(view, ctx, v, code, sources, prior);
  }
  if (targets.length === 0) {
    // "Manila demanded their immediate release": whoever holds the people told before
    const code = match.code.forward ?? '';
    targets = releaseHolders(view, ctx, v, code, sources, prior);
  }
  if (targets.length === 0) {
    // "Madrid demanded a public apology": whoever gave the offence told before
    targets = apologyOwers(view, ctx, v, match.code.forward ?? '', sources, prior);
  }
  if (targets.length === 0) {
    // "Police detained 43 of its members": the holder "its" stands for, told before
    targets = possessedTargets(view, ctx, v, match.code.forward ?? '', doers);
  }
  if (targets.length === 0) {
    // "The three had been detained by police": whom the people told before belong to
    targets = peopleTargets(view, ctx, v, match.code.forward ?? '', doers);
  }
  if (targets.length === 0 && readsXcomp(view, v)) {
    const x = view.dependents(v, 'xcomp');
    targets = x.flatMap(k => targetsOf(view, ctx, k, match, false));
  }
  if (targets.length === 0) {
    // "had asked for the water in a letter to his counterpart": whom the channel was addressed to
    targets = channelAddressees(view, ctx, v, match.code.forward ?? '', doers);
  }
  return targets;
}
