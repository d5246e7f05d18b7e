/**
 * The reading side of a missed event's cause (event-causes.ts), once both its actors are seen in its
 * sentence: did a verb of the evidence get a reading (the supplement, a light verb's event noun, the
 * CAMEO dictionary), did the reading's arguments reach the gold source and target, and if they did,
 * which precision rule of the coder dropped the event.
 */
import type { KgEvent, Span } from '../kg/kg-batch';
import { type EventContext, targetsOf } from '../ingest/coder/arguments';
import { verbEntries } from '../ingest/dictionaries/dictionary.loader';
import { isVerbalAct, sourcesOf } from '../ingest/coder/event-sources';
import { isCommitment, lowerVerbs } from '../ingest/coder/intent';
import { intentReading } from '../ingest/coder/event-coder';
import { isNegated } from '../ingest/coder/modality';
import { matchNounEvent } from '../ingest/coder/noun-events';
import type { SentenceView } from '../ingest/coder/sentence-view';
import { type VerbMatch, matchVerb, particleOf } from '../ingest/coder/verb-match';
import { readingOf } from '../ingest/coder/verb-readings';
import { readsXcomp } from '../ingest/coder/verb-supplement';
import type { CauseGroup } from './event-causes';

type EventLike = Pick<KgEvent, 'code' | 'sourceId' | 'targetId' | 'evidence'>;

export interface ReadingCause {
  readonly group: CauseGroup;
  readonly cause: string;
  readonly detail: string;
}

/** Verbs that are no act of the clause: auxiliaries, and "according to" (a case marker). */
const AUX = new Set(['aux', 'aux:pass', 'cop', 'case', 'mark']);

const rootOf = (m: VerbMatch): string => (m.code.forward ?? m.code.reverse ?? '').slice(0, 2);

/** The reading the coder gives the verb at `v` (verb-readings.ts), else its 01x reading, or null. */
export function rawReading(view: SentenceView, v: number): VerbMatch | null {
  return readingOf(view, v) ?? matchNounEvent(view, v, particleOf(view, v)) ?? matchVerb(view, v);
}

/**
 * Is the reading `m` of `v` a verbal act as the coder codes it (event-coder.ts `intentReading`: a
 * commitment or readiness over it makes it an intent, 03x, which is verbal)?
 */
function verbalReading(view: SentenceView, v: number, m: VerbMatch): boolean {
  return isVerbalAct(intentReading(view, v, m).match.code.forward);
}

/** Content verbs of the sentence inside `span`. */
function verbsIn(view: SentenceView, span: Span): number[] {
  return view.verbs().filter(v => {
    const t = view.token(v);
    const inside = span.start <= t.characterOffsetBegin && t.characterOffsetEnd <= span.end;
    return inside && !view.headArcs(v).some(a => AUX.has(a.rel));
  });
}

/** How the verb sits in its sentence: "agentless passive", "xcomp", "acl:relcl", "root" … */
export function constructionOf(view: SentenceView, v: number): string {
  const passive = view.dependents(v, 'nsubj:pass').length > 0;
  const agent = view.arcsFrom(v).some(a => a.rel === 'obl:agent' || a.rel === 'obl:by');
  if (passive && !agent) {
    return 'agentless passive';
  }
  const up = view.headArcs(v).find(a => a.head > 0);
  const rel = up === undefined ? 'root' : (up.rel.split(':')[0] ?? up.rel);
  const subject = view.dependents(v, 'nsubj', 'nsubj:xsubj').length > 0 || passive;
  return `${rel === 'acl' && up?.rel === 'acl:relcl' ? 'acl:relcl' : rel}${subject ? '' : ', no subject'}`;
}

/** Is the actor `id` (or an actor of that state) among `args`? */
function among(ctx: EventContext, id: string, ids: readonly string[]): boolean {
  return ids.some(x => x === id || ctx.states.get(x) === id);
}

function noReading(view: SentenceView, span: Span, verbs: readonly number[]): ReadingCause {
  if (verbs.length === 0) {
    const nouns = view.sentence.tokens
      .filter(t => t.pos.startsWith('NN') && span.start <= t.characterOffsetBegin)
      .filter(t => t.characterOffsetEnd <= span.end && t.ner === 'O')
      .map(t => t.lemma);
    return { group: 'reading', cause: 'no verb in the evidence', detail: nouns.join(' ') };
  }
  const known = verbs.filter(v => verbEntries(view.lemma(v), particleOf(view, v)).length > 0);
  const lemmas = verbs.map(v => `${view.lemma(v)}${known.includes(v) ? '[CAMEO]' : ''}`);
  return known.length > 0
    ? { group: 'reading', cause: 'no reading, CAMEO has the verb', detail: lemmas.join(' ') }
    : { group: 'reading', cause: 'no reading, CAMEO lacks the verb', detail: lemmas.join(' ') };
}

/** Why the coder has no event `g` although both its actors are seen in the sentence of `span`. */
export function explainReading(
  view: SentenceView,
  ctx: EventContext,
  g: EventLike,
  span: Span,
  here: readonly EventLike[],
): ReadingCause {
  const verbs = verbsIn(view, span);
  const root = g.code.slice(0, 2);
  const read = verbs
    .map(v => ({ v, m: rawReading(view, v) }))
    .filter((r): r is { v: number; m: VerbMatch } => r.m !== null);
  const best = read.find(r => rootOf(r.m) === root) ?? read.find(r => rootOf(r.m) !== '01');
  if (best === undefined) {
    return read.length > 0 && root !== '01'
      ? {
          group: 'reading',
          cause: 'only a saying reading (01x)',
          detail: read.map(r => view.lemma(r.v)).join(' '),
        }
      : noReading(view, span, verbs);
  }
  const { v, m } = best;
  const lemma = `${view.lemma(v)}${m.particle ? ` ${m.particle}` : ''} ${m.code.forward ?? ''}`;
  const t = view.token(v);
  const fromV = here.filter(f =>
    f.evidence.some(s => s.start <= t.characterOffsetBegin && t.characterOffsetEnd <= s.end),
  );
  if (fromV.length > 0) {
    const src = fromV.some(f => f.sourceId === g.sourceId);
    const tgt = fromV.some(f => f.targetId === g.targetId);
    const name = src
      ? 'target went elsewhere'
      : tgt
        ? 'source went elsewhere'
        : 'both went elsewhere';
    const got = fromV.map(f => `${f.sourceId} -> ${f.targetId}`).join(', ');
    return { group: 'arguments', cause: name, detail: `${lemma}: got ${got}` };
  }
  const { args: sources, passive } = sourcesOf(view, ctx, v, verbalReading(view, v, m));
  const targets = targetsOf(view, ctx, v, m, passive);
  const hasS = among(
    ctx,
    g.sourceId,
    sources.map(s => s.actor.id),
  );
  const hasT = among(
    ctx,
    g.targetId,
    targets.map(s => s.actor.id),
  );
  const how = constructionOf(view, v);
  if (!hasS || !hasT) {
    const name =
      !hasS && !hasT ? 'neither argument found' : !hasS ? 'source not found' : 'target not found';
    return { group: 'arguments', cause: name, detail: `${lemma} (${how})` };
  }
  return { group: 'precision', cause: blockedBy(view, ctx, v, m, g), detail: lemma };
}

/** The precision rule that drops a reading whose arguments are right. */
function blockedBy(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  m: VerbMatch,
  g: EventLike,
): string {
  if (isNegated(view, v)) {
    return 'blocked: negated';
  }
  if (rootOf(m) === '01') {
    return 'blocked: 01x is never coded';
  }
  const lower = [
    ...lowerVerbs(view, v),
    ...(isCommitment(view, v) ? view.dependents(v, 'xcomp') : []),
  ];
  if (!readsXcomp(view, v) && lower.some(x => rawReading(view, x) !== null)) {
    return 'blocked: a lower verb is read instead';
  }
  if (view.headArcs(v).some(a => a.rel === 'xcomp' && a.head > 0 && readsXcomp(view, a.head))) {
    return 'blocked: read with its head verb';
  }
  const state = (id: string): string => ctx.states.get(id) ?? id;
  if (state(g.sourceId) === state(g.targetId)) {
    return 'blocked: same state';
  }
  return 'blocked: dropped after drafting (merge, visit, leader convention)';
}
