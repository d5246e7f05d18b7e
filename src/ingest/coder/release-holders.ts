/**
 * The one holding the people whose release is demanded, found in two places of the target chain
 * (event-targets.ts): early, the holder the demand's own phrase names (`captiveHolders`); late, after
 * the sentence's own candidates failed, the holder of people told before (`releaseHolders`). A
 * brokered release is aimed at the holder its phrase names as well as at the captives' state
 * (`withBrokeredHolders`).
 *
 * `releaseHolders`: "Manila … demanded their immediate release"
 * after "Houthis seize Emirati-owned cargo ship …, hold crew", "Cotonou had asked for the men's
 * release" after "Niger … detains five Beninese workers", "Their release had been demanded … by
 * Switzerland" after "the release … of 30 prisoners … by the government in Managua": a demand or an
 * appeal (roots 10, 02) whose object is the release of people told before (a possessor or an `of`
 * complement that names no actor: "their", "the men's", "of the hostages") is aimed at whoever holds
 * them: the one the release noun's own phrase says holds them ("the release of two other Europeans
 * held in Iran"), else the doer of the last seizure, detention or abduction (roots 17-18) told before,
 * else the one an earlier sentence says releases or holds people ("the release … by the government in
 * Managua"). Never the demander's own state.
 */
import { type Arg, type EventContext, actorOfToken, args, stateOf } from './arguments';
import { withoutDoers } from './doer-side';
import type { DraftEvent } from './draft-event';
import type { SentenceView } from './sentence-view';

/** Nouns for people set free. */
const RELEASE_NOUNS: ReadonlySet<string> = new Set(['release', 'freedom', 'liberation']);
/** Participles of holding someone captive, for the holder named in the demand's own phrase. */
const HELD: ReadonlySet<string> = new Set(['hold', 'detain', 'jail', 'imprison']);
/** Words whose `by` agent holds (or frees) people: "the release … by the government in Managua". */
const HOLDING_WORDS: ReadonlySet<string> = new Set(
  ['release', 'free', 'detain', 'detention', 'hold', 'arrest', 'seize'].concat([
    'kidnap',
    'abduct',
    'capture',
    'jail',
    'imprison',
  ]),
);
/** Nouns for a government, which is the state of the place it is "in". */
const GOVERNMENTS: ReadonlySet<string> = new Set(['government', 'authority', 'junta', 'regime']);
/** Acts that take people or things into someone's hands: seizure, detention (17), abduction (18). */
const holding = (code: string): boolean => code.startsWith('17') || code.startsWith('18');

/**
 * The tokens naming where or by whom the captives are held whose release verb `v` asks for, in the
 * demand's own phrase: "pressing for the release of two other Europeans held in Iran", "demanded … the
 * release of fighters held in Ouagadougou" (the parser sometimes hangs "held" on a coordinated object:
 * "a ransom and the release of fighters held in …"). Tried when the verb has no target of its own,
 * before any earlier sentence is looked at; or [].
 */
export function captiveHolders(view: SentenceView, v: number): number[] {
  const asked = view.dependents(v, 'obj', 'obl:for');
  const group = [...new Set([...asked, ...asked.flatMap(o => view.dependents(o, 'conj'))])];
  const releases = group.filter(o => RELEASE_NOUNS.has(view.lemma(o)));
  if (releases.length === 0) {
    return [];
  }
  const people = [...group, ...releases.flatMap(r => view.dependents(r, 'nmod:of'))];
  const held = people
    .flatMap(p => view.dependents(p, 'acl'))
    .filter(h => HELD.has(view.lemma(h)) && view.token(h).pos === 'VBN');
  return held.flatMap(h => view.dependents(h, 'obl:in', 'obl:by', 'obl:agent'));
}

/** The release noun the act at `v` is about: its object, passive subject or `for` oblique. */
function releaseNoun(view: SentenceView, v: number): number | undefined {
  const nouns = [...view.dependents(v, 'obj', 'nsubj:pass'), ...view.dependents(v, 'obl:for')];
  return nouns.find(n => RELEASE_NOUNS.has(view.lemma(n)));
}

/** Does the release noun at `n` say who is released, without naming an actor ("their", "the men's")? */
function releasesPeopleToldBefore(view: SentenceView, ctx: EventContext, n: number): boolean {
  const who = [...view.dependents(n, 'nmod:poss'), ...view.dependents(n, 'nmod:of')];
  return who.length > 0 && who.every(k => actorOfToken(view, ctx, k) === null);
}

/**
 * The holder the release noun's own phrase names: "the release of fighters held in Ouagadougou", "of
 * two other Europeans held in Iran" (the place's state), "of sailors detained by the navy".
 */
function phraseHolder(view: SentenceView, ctx: EventContext, n: number, skip: ReadonlySet<string>) {
  for (const k of view.dependents(n, 'nmod:of')) {
    for (const p of view.dependents(k, 'acl').filter(x => HOLDING_WORDS.has(view.lemma(x)))) {
      for (const h of view.dependents(p, 'obl:agent', 'obl:by', 'obl:in')) {
        const a = actorOfToken(view, ctx, h);
        if (a !== null && !skip.has(stateOf(ctx, a.id))) {
          return a;
        }
      }
    }
  }
  return null;
}

/** The actor an earlier sentence says holds or frees people, as the `by` agent of such a word. */
function textHolder(view: SentenceView, ctx: EventContext, skip: ReadonlySet<string>) {
  for (let s = view.sentence.index - 1; s >= 0; s--) {
    const before = ctx.views?.[s];
    if (before === undefined) {
      continue;
    }
    for (let i = before.size; i >= 1; i--) {
      if (!HOLDING_WORDS.has(before.lemma(i))) {
        continue;
      }
      for (const k of before.dependents(i, 'nmod:by', 'obl:agent')) {
        // "the government in Managua": a government is its capital's state
        const [capital] = GOVERNMENTS.has(before.lemma(k)) ? before.dependents(k, 'nmod:in') : [];
        const a =
          actorOfToken(before, ctx, k) ??
          (capital === undefined ? null : actorOfToken(before, ctx, capital));
        if (a !== null && !skip.has(stateOf(ctx, a.id))) {
          return a;
        }
      }
    }
  }
  return null;
}

/** A demand (10) or an appeal (02): the acts that ask another party for something. */
export function isRequest(code: string): boolean {
  return code.startsWith('10') || code.startsWith('02');
}

/** The holder of the people whose release the demand at `v` asks for, or []. */
export function releaseHolders(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  sources: readonly Arg[],
  prior: readonly DraftEvent[],
): Arg[] {
  const n = releaseNoun(view, v);
  if (
    !isRequest(code) ||
    sources.length === 0 ||
    n === undefined ||
    !releasesPeopleToldBefore(view, ctx, n)
  ) {
    return [];
  }
  const own = new Set(sources.map(s => stateOf(ctx, s.actor.id)));
  const begin = view.token(1).characterOffsetBegin;
  const acts = prior.filter(
    d => d.evidence.start < begin && holding(d.code) && !own.has(stateOf(ctx, d.sourceId)),
  );
  const last = acts[acts.length - 1];
  const held = last === undefined ? undefined : ctx.actors.actors.find(a => a.id === last.sourceId);
  const holder = phraseHolder(view, ctx, n, own) ?? held ?? textHolder(view, ctx, own);
  return holder === null ? [] : [{ actor: holder, token: n, prep: null }];
}

/** Roots of brokering another's deal: mediation (045), negotiation (046). */
const BROKERING: readonly string[] = ['045', '046'];

/**
 * "mediated the release of 46 Ivorian soldiers who had been detained in Mali", "negotiated the freedom
 * of two sailors held by the rebels": brokering a release is aimed at both sides, so beside the
 * captives' state (`found`) the holder the release phrase names (`captiveHolders`) is a target too,
 * unless it is the broker's own side.
 */
export function withBrokeredHolders(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  doers: ReadonlySet<string>,
  found: readonly Arg[],
): Arg[] {
  if (found.length === 0 || !BROKERING.some(c => code.startsWith(c))) {
    return [...found];
  }
  const holders = args(
    view,
    ctx,
    captiveHolders(view, v).map((k): [number, null] => [k, null]),
  );
  const more = withoutDoers(ctx, doers, holders).filter(
    h => !found.some(f => f.actor.id === h.actor.id),
  );
  return [...found, ...more];
}
