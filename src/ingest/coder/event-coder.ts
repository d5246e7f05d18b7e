/**
 * Events from the parse. For each verb with a reading (the supplement, a light verb's event noun, or the
 * CAMEO dictionary: verb-match.ts, noun-events.ts, verb-readings.ts), its source and target
 * (arguments.ts, with the target's fallbacks in event-targets.ts) give one event, and a paired code
 * a:b also gives the reverse event b:
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
import { envoySummoners } from './summoned-envoys';
import { ActorKind } from '../../schema/domain.enum';
import { type Arg, type EventContext, evidenceOf, stateOf } from './arguments';
import { isVerbalAct, sourcesOf } from './event-sources';
import { betweenStates, conventionCode, isLeaderAct, toLeaders } from './conventions';
import type { DraftEvent } from './draft-event';
import { dateNear } from './event-dates';
import { eventTargets, isJointAct } from './event-targets';
import { intentCode, isCommitment, isReadiness, lowerVerbs } from './intent';
import { isNegated, modalityOf } from './modality';
import { isUnasserted } from './unasserted-clauses';
import { isOwnGovernment } from './own-government';
import { isFeltPassive } from './feeling-verbs';
import { isForumComplaint } from './forum-complaints';
import { mutualNounEvents } from './mutual-nouns';
import { nominalEvents } from './nominal-events';
import { thanksEvents } from './noun-events';
import { participleAgents } from './participles';
import { expectedVisits } from './expected-visits';
import { threatEvents } from './threats';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';
import { readingOf, saying } from './verb-readings';
import { readsXcomp } from './verb-supplement';
import { requestNounEvents } from './request-nouns';
import { saidAccusations } from './said-accusations';

export type { EventContext } from './arguments';
export type { DraftEvent } from './draft-event';

/**
 * The reading `read` of `v` as the coder codes it, and the commitment over it if any: "agreed to reopen
 * the crossings" is an intent (03x) to the act, and so is readiness ("Sofia was ready to hold talks with
 * Skopje": Sofia's intent, not Skopje's). The causes report (src/eval) reads it from here too.
 */
export function intentReading(
  view: SentenceView,
  v: number,
  read: VerbMatch,
): { readonly match: VerbMatch; readonly committed: number | undefined } {
  const committed = view
    .headArcs(v)
    .find(a => a.rel === 'xcomp' && a.head > 0 && isCommitment(view, a.head))?.head;
  const ready = view.headArcs(v).some(a => a.rel === 'xcomp' && isReadiness(view, a.head));
  const forward = read.code.forward === null ? null : intentCode(read.code.forward);
  const match =
    committed !== undefined
      ? { ...read, code: asIntent(read.code) }
      : ready
        ? { ...read, code: { forward, reverse: null } }
        : read;
  return { match, committed };
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
  // "Malawi was disappointed by Zambia": a verb of feeling keeps its passive with the feeler as doer
  const words =
    passive || isFeltPassive(view, v)
      ? [...view.dependents(v, 'aux:pass').map(d => view.token(d).word), word, match.particle, 'by']
      : [word, match.particle];
  return words.filter(Boolean).join(' ');
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
    if (read === null || isNegated(view, v) || isUnasserted(view, v)) {
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
    const { match, committed } = intentReading(view, v, read);
    const verbal = isVerbalAct(match.code.forward);
    const { args: subjects, passive } = sourcesOf(view, ctx, v, verbal);
    // "Uganda's ambassador was summoned to the foreign ministry in Kinshasa": the host summoned
    const sources =
      subjects.length > 0
        ? subjects
        : envoySummoners(view, ctx, v, match.code.forward ?? '', passive);
    // "talks hosted by Ghana": the participle's "by" names its doer, as in a passive
    const byAgent = passive || participleAgents(view, v).length > 0;
    const doers = new Set(sources.flatMap(s => [s.actor.id, ctx.states.get(s.actor.id) ?? '']));
    const targets = eventTargets(view, ctx, v, match, { sources, byAgent, doers, prior, out });
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
