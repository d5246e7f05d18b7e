/**
 * An envoy is summoned by the state that hosts them. "Chile's ambassador was summoned to the foreign
 * ministry in Lima", "Norway's envoy was summoned on Friday …, a Danish official said": a summons (114)
 * told in the passive with no agent is the act of the
 * state whose ministry the envoy is summoned to: the state of the place the ministry is "in", else the
 * one state other than the envoy's own named in the sentence or the sentence before (none when two
 * are: the host is then unclear).
 */
import { type Arg, type EventContext, actorOfToken, stateOf } from './arguments';
import { envoyState } from './envoys';
import { relativeAntecedents } from './relative-pronouns';
import type { SentenceView } from './sentence-view';

/** The states of the envoys the passive verb at `v` has for its subject. */
function envoyStates(view: SentenceView, ctx: EventContext, v: number): Set<string> {
  const out = new Set<string>();
  for (const s of view.dependents(v, 'nsubj:pass')) {
    // "the Israeli ambassador, who was summoned": the relative pronoun stands for its noun
    const noun = ['who', 'whom'].includes(view.lemma(s).toLowerCase())
      ? relativeAntecedents(view, s)[0]
      : s;
    const state = noun === undefined || noun <= 0 ? null : envoyState(view, ctx, noun);
    if (state !== null) {
      out.add(state.id);
    }
  }
  return out;
}

/** The states other than `skip` whose actors are named in the sentence of `view`. */
export function namedStates(
  view: SentenceView,
  ctx: EventContext,
  skip: ReadonlySet<string>,
): string[] {
  const from = view.token(1).characterOffsetBegin;
  const to = view.token(view.size).characterOffsetEnd;
  const states = ctx.actors.actors
    .filter(a => a.mentions.some(m => from <= m.start && m.end <= to))
    .map(a => stateOf(ctx, a.id))
    .filter(s => s.startsWith('country:') && !skip.has(s));
  return [...new Set(states)];
}

/** The host state that summoned the envoy of the agentless passive summons at `v`, or []. */
export function envoySummoners(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  passive: boolean,
): Arg[] {
  if (!passive || !code.startsWith('114')) {
    return [];
  }
  const sent = envoyStates(view, ctx, v);
  if (sent.size === 0) {
    return [];
  }
  // "summoned to the foreign ministry in Lima", "summoned in Lima": the place's state
  const places = [
    ...view.dependents(v, 'obl:to').flatMap(m => view.dependents(m, 'nmod:in')),
    ...view.dependents(v, 'obl:in'),
  ];
  for (const p of places) {
    const a = actorOfToken(view, ctx, p);
    const host = a === null ? null : stateOf(ctx, a.id);
    const actor = ctx.actors.actors.find(x => x.id === host);
    if (actor !== undefined && !sent.has(actor.id)) {
      return [{ actor, token: p, prep: null }];
    }
  }
  const before = ctx.views?.[view.sentence.index - 1];
  const hosts = [
    ...new Set([
      ...namedStates(view, ctx, sent),
      ...(before === undefined ? [] : namedStates(before, ctx, sent)),
    ]),
  ];
  const [host] = hosts;
  const actor = ctx.actors.actors.find(x => x.id === host);
  return hosts.length === 1 && actor !== undefined ? [{ actor, token: v, prep: null }] : [];
}
