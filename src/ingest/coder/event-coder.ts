/**
 * Events from the parse. For each verb with a reading (the supplement, a light verb's event noun, or the
 * CAMEO dictionary: verb-match.ts, noun-events.ts), its source and target (arguments.ts) give one event,
 * and a paired code a:b also gives the reverse event b:
 * - an intent verb over a coded action gives the action, not the intent (intent.ts);
 * - joint subjects with no target ("X and Y agreed") act on each other when the act is reciprocal, and
 *   a leader's visit, host, meeting or signing acts on the other leader (conventions.ts);
 * - a reaction to an act named by a noun ("condemned the decision", "criticised the pact") is aimed at
 *   the states of the act told just before, and one in a summative apposition (", a practice Jakarta
 *   condemned") at the subject of the clause it sums up (object-phrase.ts);
 * - "thanked India for a credit line" also gives the credit line, India → the thanker's state;
 * - precision first: no event without actors on both sides, none between an actor and its own state
 *   (two people of one state may act on each other),
 *   none denied ("did not", "refused to"), no 01x (what was said is a statement, not an event).
 */
import { ActorKind } from '../../schema/domain.enum';
import {
  type Arg,
  type EventContext,
  args,
  evidenceOf,
  targetsOf,
  withConjuncts,
  stateOf,
} from './arguments';
import { thereTargets } from './there-targets';
import { isVerbalAct, sourcesOf } from './event-sources';
import { caseTargets } from './case-parties';
import { earlierTargets } from './context-targets';
import { isMutualPair } from './discourse';
import { coordinatedActs } from './coordinated-acts';
import { betweenStates, conventionCode, isLeaderAct, isReciprocal, toLeaders } from './conventions';
import type { DraftEvent } from './draft-event';
import { dateNear } from './event-dates';
import { intentCode, isCommitment, isReadiness, lowerVerbs } from './intent';
import { mediatedTargets } from './mediation-offers';
import { isNegated, modalityOf } from './modality';
import { isOwnGovernment } from './own-government';
import { isForumComplaint } from './forum-complaints';
import { mutualNounEvents } from './mutual-nouns';
import { nominalEvents } from './nominal-events';
import { isReaction, summedUpDoers } from './object-phrase';
import { matchNounEvent, thanksEvents } from './noun-events';
import { participleAgents, participleParties, partnerTokens } from './participles';
import { envoysAsStates } from './envoys';
import { expectedVisits } from './expected-visits';
import { isActNoun, reactionTargets } from './reactions';
import { releaseHolders } from './release-holders';
import { threatEvents } from './threats';
import { captiveHolders } from './held-captives';
import type { SentenceView } from './sentence-view';
import { type VerbMatch, matchVerb, particleOf } from './verb-match';
import { calledOn } from './verb-clauses';
import { readsXcomp } from './verb-supplement';
import { requestNounEvents } from './request-nouns';
import { saidAccusations } from './said-accusations';

export type { EventContext } from './arguments';
export type { DraftEvent } from './draft-event';

/** A saying code (01x) is what a statement tells, not an event. */
const saying = (code: string): boolean => code.startsWith('01');

/** The reading of the verb at `v`: its event noun first, else the supplement and the dictionary. */
function readingOf(view: SentenceView, v: number): VerbMatch | null {
  const m = matchNounEvent(view, v, particleOf(view, v)) ?? matchVerb(view, v);
  const codes = [m?.code.forward, m?.code.reverse].filter((c): c is string => !!c);
  return m !== null && codes.some(c => !saying(c)) ? m : null;
}

function asIntent(code: VerbMatch['code']): VerbMatch['code'] {
  return {
    forward: code.forward === null ? null : intentCode(code.forward),
    reverse: code.reverse === null ? null : intentCode(code.reverse),
  };
}

function verbPhraseOf(view: SentenceView, v: number, match: VerbMatch, passive: boolean): string {
  const word = view.token(v).word;
  // a passive reads "Russia was expelled by Poland": its auxiliary, the participle, "by"
  const words = passive
    ? [...view.dependents(v, 'aux:pass').map(d => view.token(d).word), word, match.particle, 'by']
    : [word, match.particle];
  return words.filter(Boolean).join(' ');
}

/** Is the act at `v` one that joint doers with no other party do to each other? */
function isJointAct(
  view: SentenceView,
  v: number,
  match: VerbMatch,
  sources: readonly Arg[],
): boolean {
  const code = match.code.forward ?? match.code.reverse ?? '';
  return isReciprocal(view, v, match) || isMutualPair(view, sources, code);
}

function pairsOf(
  view: SentenceView,
  v: number,
  match: VerbMatch,
  sources: readonly Arg[],
  targets: readonly Arg[],
): [Arg, Arg][] {
  const pairs: [Arg, Arg][] = [];
  if (targets.length === 0 && sources.length >= 2 && isJointAct(view, v, match, sources)) {
    for (const s of sources) {
      for (const o of sources) {
        if (s !== o) {
          pairs.push([s, o]);
        }
      }
    }
    return pairs;
  }
  const others = targets.filter(o => !sources.some(s => s.actor.id === o.actor.id));
  for (const s of sources) {
    for (const o of others) {
      pairs.push([s, o]);
    }
  }
  return pairs;
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

/** The events the verbs of one sentence code; `prior` are the events of the sentences before. */
export function codeSentenceEvents(
  view: SentenceView,
  ctx: EventContext,
  prior: readonly DraftEvent[] = [],
): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const v of view.verbs()) {
    const t = view.token(v);
    if (ctx.ignored.some(s => t.characterOffsetBegin < s.end && s.start < t.characterOffsetEnd)) {
      continue;
    }
    if (view.headArcs(v).some(a => a.rel === 'xcomp' && a.head > 0 && readsXcomp(view, a.head))) {
      continue; // "offered to mediate": the offer is read with its xcomp
    }
    const read = readingOf(view, v);
    if (read === null || isNegated(view, v)) {
      continue;
    }
    out.push(...saidAccusations(view, ctx, v, read, [...prior, ...out]));
    const lower = [
      ...lowerVerbs(view, v),
      ...(isCommitment(view, v) ? view.dependents(v, 'xcomp') : []),
    ];
    if (!readsXcomp(view, v) && lower.some(x => readingOf(view, x) !== null)) {
      continue; // "plans to provide vessels": the provision is the event
    }
    // "agreed to reopen the crossings": the commitment, coded as intent to the act
    const committed = view
      .headArcs(v)
      .find(a => a.rel === 'xcomp' && a.head > 0 && isCommitment(view, a.head))?.head;
    // "Sofia was ready to hold talks with Skopje": Sofia's intent, not Skopje's
    const ready = view.headArcs(v).some(a => a.rel === 'xcomp' && isReadiness(view, a.head));
    const forward = read.code.forward === null ? null : intentCode(read.code.forward);
    const match =
      committed !== undefined
        ? { ...read, code: asIntent(read.code) }
        : ready
          ? { ...read, code: { forward, reverse: null } }
          : read;
    const verbal = isVerbalAct(match.code.forward);
    const { args: sources, passive } = sourcesOf(view, ctx, v, verbal);
    // "talks hosted by Ghana": the participle's "by" names its doer, as in a passive
    const byAgent = passive || participleAgents(view, v).length > 0;
    const doers = new Set(sources.flatMap(s => [s.actor.id, ctx.states.get(s.actor.id) ?? '']));
    let targets = envoysAsStates(view, ctx, targetsOf(view, ctx, v, match, byAgent, doers));
    if (targets.length === 0) {
      // "called on Caracas to publish", parsed with "Caracas" the subject of "publish"
      targets = args(
        view,
        ctx,
        withConjuncts(view, calledOn(view, v)).map((k): [number, null] => [k, null]),
      );
    }
    if (targets.length === 0) {
      // "offered to host talks between the two governments": the parties mediated between
      targets = mediatedTargets(view, ctx, v, doers);
    }
    if (targets.length === 0) {
      // "Iran freed … and Denmark released …, in an exchange mediated by Oman": the clause's subjects
      const parties = withConjuncts(view, participleParties(view, v));
      targets = args(
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
      const doers = view.dependents(v, 'obj').flatMap(o => summedUpDoers(view, o));
      targets = args(
        view,
        ctx,
        withConjuncts(view, doers).map((k): [number, null] => [k, null]),
      );
    }
    if (targets.length === 0) {
      // "summoned Mali's ambassador and demanded an inquiry": the party of a coordinate act
      targets = coordinateTargets(view, ctx, v, doers, match, {
        prior: [...prior, ...out],
        sources,
      });
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
    if (targets.length === 0 && readsXcomp(view, v)) {
      const x = view.dependents(v, 'xcomp');
      targets = x.flatMap(k => targetsOf(view, ctx, k, match, false));
    }
    const modality = modalityOf(view, committed ?? v);
    const date = dateNear(view, v);
    const verbPhrase = verbPhraseOf(view, v, match, passive);
    const patterned = match.pattern !== null;
    const base = { modality, date, verbPhrase, passive, patterned };
    const evidenceAll = evidenceOf(view, ctx, [v, ...sources.map(s => s.token)]);
    out.push(...thanksEvents(view, ctx, v, sources, { ...base, evidence: evidenceAll }));
    for (const [s, o] of pairsOf(view, v, match, sources, targets)) {
      const ss = stateOf(ctx, s.actor.id);
      const os = stateOf(ctx, o.actor.id);
      // no act between an actor and its own state; two people of one state may act on each other
      // ("the opposition leader criticised the president")
      const people = s.actor.kind === ActorKind.PERSON && o.actor.kind === ActorKind.PERSON;
      if (ss === os && !people) {
        continue;
      }
      if (
        isOwnGovernment(view, ctx, s.actor, o.token, o.actor) ||
        isForumComplaint(ctx, match.code.forward, o.prep, o.actor)
      ) {
        continue;
      }
      const evidence = evidenceOf(view, ctx, [v, s.token, o.token]);
      const { forward, reverse } = match.code;
      // a visit (042) is not also a hosting (043) unless the text tells it: the annotations code each
      // side as told ("travelled to" 042, "hosted" 043)
      const visit = forward?.startsWith('04') && reverse?.startsWith('04') && forward !== reverse;
      const directed: [string | null, Arg, Arg, string | null][] = [
        [
          forward === null
            ? null
            : betweenStates(conventionCode(view, v, forward, o.actor), ss, os),
          s,
          o,
          o.prep,
        ],
        [visit === true ? null : reverse, o, s, null],
      ];
      for (const [code, from, to, preposition] of directed) {
        if (code === null || saying(code)) {
          continue;
        }
        const now =
          date === null || ctx.day === null || date.date.slice(0, 4) >= ctx.day.slice(0, 4);
        const [src, tgt] =
          isLeaderAct(code) && now ? toLeaders(ctx, from.actor, to.actor) : [from.actor, to.actor];
        out.push({ ...base, evidence, code, sourceId: src.id, targetId: tgt.id, preposition });
      }
    }
  }
  out.push(...nominalEvents(view, ctx, [...prior, ...out]));
  out.push(...mutualNounEvents(view, ctx, [...prior, ...out]));
  out.push(...threatEvents(view, ctx, out));
  out.push(...expectedVisits(view, ctx));
  out.push(...requestNounEvents(view, ctx, [...prior, ...out]));
  return out;
}
