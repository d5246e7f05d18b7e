/**
 * Events from the parse. For each verb with a dictionary reading (verb-match.ts):
 * - the source is its subject (nsubj, conjuncts included), or the agent of a passive ("were expelled by
 *   X": obl:agent / obl:by), "he"/"she" being the last person named before;
 * - the target is its object (obj, iobj), the passive subject, the oblique the pattern names, or an
 *   oblique of a relational preposition (with, against, to, on …; never a place: in, at, near);
 * - an argument is the actor its head word or tight modifiers name ("Russian diplomats" → Russia);
 * - a paired code a:b also gives the reverse event b; joint subjects with no target ("X and Y agreed")
 *   act on each other;
 * - precision first: no event without actors on both sides, none between an actor and its own state,
 *   none denied ("did not", "refused to"), no 01x (what was said is a statement, not an event).
 */
import { ActorKind, type Modality } from '../../schema/domain.enum';
import type { KgActor, Span } from '../../kg/kg-batch';
import type { IgnoredSpan } from '../clean';
import { actorAt, type CodedActors } from './actor-mentions';
import { type CodedDate, dateNear } from './event-dates';
import { isNegated, modalityOf } from './modality';
import type { SentenceView } from './sentence-view';
import { type VerbMatch, matchVerb } from './verb-match';

/** An event before ids, summaries and dedupe. */
export interface DraftEvent {
  readonly code: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly modality: Modality;
  readonly date: CodedDate | null;
  readonly evidence: Span;
  readonly verbPhrase: string;
  readonly preposition: string | null;
  readonly passive: boolean;
  readonly patterned: boolean;
}

const TARGET_PREPS: ReadonlySet<string> = new Set([
  'with',
  'against',
  'to',
  'on',
  'toward',
  'towards',
  'from',
  'over',
  'into',
  'for',
  'upon',
]);
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'across']);

export interface EventContext {
  readonly text: string;
  readonly actors: CodedActors;
  readonly states: ReadonlyMap<string, string>;
  readonly ignored: readonly IgnoredSpan[];
}

interface Arg {
  readonly actor: KgActor;
  readonly token: number;
  readonly prep: string | null;
}

/** The actor token `i` names: its own span first, then its tight modifiers, nearest first. */
function actorOfToken(view: SentenceView, ctx: EventContext, i: number): KgActor | null {
  const t = view.token(i);
  const own = actorAt(ctx.actors, t.characterOffsetBegin, t.characterOffsetEnd);
  if (own !== null) {
    return own;
  }
  const lemma = view.lemma(i);
  if ((lemma === 'he' || lemma === 'she') && t.pos === 'PRP') {
    return lastPersonBefore(ctx, t.characterOffsetBegin);
  }
  const mods = view
    .phrase(i)
    .filter(k => k !== i)
    .sort((a, b) => Math.abs(a - i) - Math.abs(b - i));
  for (const k of mods) {
    const m = view.token(k);
    if (!/^\p{Lu}/u.test(m.word)) {
      continue;
    }
    const a = actorAt(ctx.actors, m.characterOffsetBegin, m.characterOffsetEnd);
    if (a !== null) {
      return a;
    }
  }
  return null;
}

function lastPersonBefore(ctx: EventContext, offset: number): KgActor | null {
  let best: KgActor | null = null;
  let at = -1;
  for (const a of ctx.actors.actors) {
    if (a.kind !== ActorKind.PERSON) {
      continue;
    }
    for (const m of a.mentions) {
      if (m.end <= offset && m.start > at) {
        at = m.start;
        best = a;
      }
    }
  }
  return best;
}

function args(
  view: SentenceView,
  ctx: EventContext,
  tokens: readonly [number, string | null][],
): Arg[] {
  const out: Arg[] = [];
  for (const [token, prep] of tokens) {
    const actor = actorOfToken(view, ctx, token);
    if (actor !== null && !out.some(a => a.actor.id === actor.id)) {
      out.push({ actor, token, prep });
    }
  }
  return out;
}

function withConjuncts(view: SentenceView, tokens: readonly number[]): number[] {
  const all = [...tokens, ...tokens.flatMap(t => view.dependents(t, 'conj'))];
  return [...new Set(all)];
}

function sourcesOf(
  view: SentenceView,
  ctx: EventContext,
  v: number,
): { args: Arg[]; passive: boolean } {
  const passive = view.dependents(v, 'nsubj:pass').length > 0;
  if (passive) {
    const agents = view
      .arcsFrom(v)
      .filter(a => a.rel === 'obl:agent' || a.rel === 'obl:by')
      .map(a => a.dep);
    return {
      args: args(
        view,
        ctx,
        withConjuncts(view, agents).map(t => [t, null]),
      ),
      passive,
    };
  }
  const subj = view.arcsFrom(v).filter(a => a.rel === 'nsubj' || a.rel === 'nsubj:xsubj');
  return {
    args: args(
      view,
      ctx,
      withConjuncts(
        view,
        subj.map(a => a.dep),
      ).map(t => [t, null]),
    ),
    passive,
  };
}

function targetsOf(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  match: VerbMatch,
  passive: boolean,
): Arg[] {
  const direct = passive ? view.dependents(v, 'nsubj:pass') : view.dependents(v, 'obj', 'iobj');
  const tokens: [number, string | null][] = withConjuncts(view, direct).map(t => [t, null]);
  const objs = view.dependents(v, 'obj');
  for (const h of [v, ...objs]) {
    for (const a of view.arcsFrom(h)) {
      const [rel, prep] = a.rel.split(':');
      if ((rel !== 'obl' && rel !== 'nmod') || prep === undefined || prep === 'agent') {
        continue;
      }
      const p = prep.replace(/_/g, ' ');
      if (PLACE_PREPS.has(p) || (passive && p === 'by')) {
        continue;
      }
      if (match.preps.includes(p) || TARGET_PREPS.has(p)) {
        for (const t of withConjuncts(view, [a.dep])) {
          tokens.push([t, p]);
        }
      }
    }
  }
  return args(view, ctx, tokens);
}

function evidenceOf(view: SentenceView, ctx: EventContext, tokens: readonly number[]): Span {
  const lo = Math.min(...tokens);
  const hi = Math.max(...tokens);
  const { start, end } = view.span(lo, hi);
  return { start, end, text: ctx.text.slice(start, end) };
}

const ENVOYS: ReadonlySet<string> = new Set([
  'diplomat',
  'ambassador',
  'envoy',
  'attache',
  'consul',
]);

/**
 * The project's conventions where they differ from CAMEO.2.0 (eval/README.md): expelling diplomats (or
 * embassy staff) is 161 (reduce diplomatic relations), not 174 (deport).
 */
function conventionCode(view: SentenceView, v: number, code: string): string {
  const objs = [...view.dependents(v, 'obj'), ...view.dependents(v, 'nsubj:pass')];
  const envoy = (o: number): boolean =>
    ENVOYS.has(view.lemma(o)) || view.phrase(o).some(k => view.lemma(k) === 'embassy');
  if (code === '174' && objs.some(envoy)) {
    return '161';
  }
  return code;
}

/** The events the verbs of one sentence code. */
export function codeSentenceEvents(view: SentenceView, ctx: EventContext): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const v of view.verbs()) {
    const t = view.token(v);
    if (ctx.ignored.some(s => t.characterOffsetBegin < s.end && s.start < t.characterOffsetEnd)) {
      continue;
    }
    const match = matchVerb(view, v);
    if (match === null || isNegated(view, v)) {
      continue;
    }
    const { args: sources, passive } = sourcesOf(view, ctx, v);
    let targets = targetsOf(view, ctx, v, match, passive);
    const pairs: [Arg, Arg][] = [];
    if (targets.length === 0 && sources.length >= 2) {
      // "Portugal and Vietnam agreed …": joint subjects act on each other
      for (const s of sources) {
        for (const o of sources) {
          if (s !== o) {
            pairs.push([s, o]);
          }
        }
      }
    } else {
      targets = targets.filter(o => !sources.some(s => s.actor.id === o.actor.id));
      for (const s of sources) {
        for (const o of targets) {
          pairs.push([s, o]);
        }
      }
    }
    const modality = modalityOf(view, v);
    const date = dateNear(view, v);
    // a passive reads "Russia was expelled by Poland": its auxiliary, the participle, "by"
    const verbPhrase = passive
      ? [
          ...view.dependents(v, 'aux:pass').map(d => view.token(d).word),
          t.word,
          match.particle,
          'by',
        ]
          .filter(Boolean)
          .join(' ')
      : [t.word, match.particle].filter(Boolean).join(' ');
    for (const [s, o] of pairs) {
      const ss = ctx.states.get(s.actor.id) ?? s.actor.id;
      const os = ctx.states.get(o.actor.id) ?? o.actor.id;
      if (ss === os) {
        continue;
      }
      const evidence = evidenceOf(view, ctx, [v, s.token, o.token]);
      const base = {
        modality,
        date,
        evidence,
        verbPhrase,
        passive,
        patterned: match.pattern !== null,
      };
      const { forward, reverse } = match.code;
      if (forward !== null && !forward.startsWith('01')) {
        out.push({
          ...base,
          code: conventionCode(view, v, forward),
          sourceId: s.actor.id,
          targetId: o.actor.id,
          preposition: o.prep,
        });
      }
      if (reverse !== null && !reverse.startsWith('01')) {
        out.push({
          ...base,
          code: reverse,
          sourceId: o.actor.id,
          targetId: s.actor.id,
          preposition: null,
        });
      }
    }
  }
  return out;
}
