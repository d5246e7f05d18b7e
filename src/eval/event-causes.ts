/**
 * Why events are missed or false (`npm run eval -- --causes`): every gold event the coder missed and
 * every event it made that no gold event matched gets ONE cause, found on the article's parse with the
 * coder's own pieces (actors, verb readings, argument finders), so that the largest classes of failure
 * can be attacked as classes rather than sentence by sentence. Seed, corpus and fixtures only: the
 * held-out articles are never explained. The reading side is in event-readings.ts.
 */
import type { KgBatch, KgEvent, Span } from '../kg/kg-batch';
import { type EventContext, args } from '../ingest/coder/arguments';
import { articleContext } from '../ingest/coder/coder';
import type { NlpDocument, NlpSentence } from '../ingest/nlp/corenlp.client';
import type { SentenceView } from '../ingest/coder/sentence-view';
import { cameoRoot, matchScore, sameEvent, sameTelling } from './evaluate';
import { explainReading } from './event-readings';
import { type GoldActor, referenceOf } from './event-references';

/** The group a cause belongs to: where in the pipeline the event was lost or went wrong. */
export type CauseGroup = 'actors' | 'reading' | 'arguments' | 'precision' | 'coding' | 'gold';

export interface EventCause {
  readonly kind: 'missed' | 'false';
  readonly group: CauseGroup;
  readonly cause: string;
  /** What exactly: the lemma, the argument found instead, the rule. */
  readonly detail: string;
  /** The event, `code source -> target`. */
  readonly event: string;
  /** The sentence of its evidence. */
  readonly sentence: string;
}

type EventLike = Pick<KgEvent, 'code' | 'sourceId' | 'targetId' | 'evidence'>;

const label = (e: EventLike): string => `${e.code} ${e.sourceId} -> ${e.targetId}`;
const overlaps = (a: Span | { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function sentenceRange(s: NlpSentence): { start: number; end: number } {
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  return { start: first?.characterOffsetBegin ?? 0, end: last?.characterOffsetEnd ?? 0 };
}

/** The index of the sentence holding (or following) character `at`. */
function sentenceAt(doc: NlpDocument, at: number): number {
  const i = doc.sentences.findIndex(s => at < sentenceRange(s).end);
  return i < 0 ? doc.sentences.length - 1 : i;
}

/**
 * The actors the coder sees in a sentence: every token read as an argument is (its name, a description
 * resolved through the discourse, a pronoun, a plural pair, leaders, appositions: arguments.ts `args`).
 */
function actorsSeen(view: SentenceView, ctx: EventContext): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i <= view.size; i++) {
    for (const { actor: a } of args(view, ctx, [[i, null]], true)) {
      out.add(a.id);
      const state = ctx.states.get(a.id);
      if (state !== undefined) {
        out.add(state);
      }
    }
  }
  return out;
}

/** The coder's context for an article: the very one coder.ts codes it with (`articleContext`). */
export function eventContext(text: string, doc: NlpDocument, day: string | null): EventContext {
  return articleContext(text, doc, day);
}

interface Article {
  readonly doc: NlpDocument;
  readonly ctx: EventContext;
  readonly views: readonly SentenceView[];
  readonly seen: readonly Set<string>[];
  /** The gold actors, for what an unrecognised one is called (event-references.ts). */
  readonly actors: readonly GoldActor[];
}

function cause(
  kind: EventCause['kind'],
  group: CauseGroup,
  name: string,
  detail: string,
  e: EventLike,
  art: Article,
  k: number,
): EventCause {
  const r = sentenceRange(art.doc.sentences[k] as NlpSentence);
  const sentence = art.ctx.text.slice(r.start, r.end);
  return { kind, group, cause: name, detail, event: label(e), sentence };
}

/** The sentences an event's evidence spans touch (a span may run over two), in order. */
function sentencesOf(e: EventLike, art: Article): number[] {
  const ks = art.doc.sentences.map((_, k) => k).filter(k => inSentence(e, art, k));
  return ks.length > 0
    ? ks
    : [...new Set(e.evidence.map(s => sentenceAt(art.doc, s.start)))].sort((a, b) => a - b);
}

function inSentence(e: EventLike, art: Article, k: number): boolean {
  const r = sentenceRange(art.doc.sentences[k] as NlpSentence);
  return e.evidence.some(s => overlaps(s, r));
}

/**
 * The one cause of a missed gold event `g`; `found` are all the coder's events of the article, `extra`
 * those no gold event matched (an event matched elsewhere is no wrong reading of this one).
 */
function missCause(
  g: EventLike,
  found: readonly EventLike[],
  extra: ReadonlySet<EventLike>,
  art: Article,
): EventCause {
  const first = g.evidence[0] as Span;
  const k = sentenceAt(art.doc, first.start);
  // every sentence of its evidence: a quotation's first sentence may name no one, its last the speaker
  const ks = sentencesOf(g, art);
  const here = found.filter(f => ks.some(j => inSentence(f, art, j)));
  const c = (group: CauseGroup, name: string, detail = ''): EventCause =>
    cause('missed', group, name, detail, g, art, k);
  if (here.some(f => sameEvent(g, f))) {
    // the coder told this act once with the evidence of another telling (merged, or the headline's)
    return c('coding', 'told twice, coded once', 'its event went to another gold event');
  }
  const root = cameoRoot(g.code);
  const wrong = here.filter(f => extra.has(f));
  const otherRoot = wrong.find(f => f.sourceId === g.sourceId && f.targetId === g.targetId);
  if (otherRoot !== undefined) {
    return c('coding', 'wrong CAMEO root', `coded ${otherRoot.code}`);
  }
  // the pair was coded, its event matched to another gold act of the pair: this act's code is missing
  const pair = here.find(f => f.sourceId === g.sourceId && f.targetId === g.targetId);
  if (pair !== undefined) {
    return c('coding', 'same pair, other code', `coded ${pair.code} for another gold event`);
  }
  const reversed = wrong.some(
    f => f.sourceId === g.targetId && f.targetId === g.sourceId && cameoRoot(f.code) === root,
  );
  if (reversed) {
    return c('coding', 'reversed');
  }
  const seenIn = (j: number, id: string): boolean => (art.seen[j] as Set<string>).has(id);
  const before = (id: string): boolean => [k - 1, k - 2].some(j => j >= 0 && seenIn(j, id));
  // what the unrecognised actor is called in the evidence: the sub-class ("…: a pronoun")
  const unseen = (side: 'source' | 'target', id: string, detail: string): EventCause => {
    const views = ks.map(j => art.views[j] as SentenceView);
    const other = side === 'source' ? g.targetId : g.sourceId;
    const gold = art.actors.find(a => a.id === id);
    const ref = referenceOf(views, art.ctx, g.evidence, gold, other);
    const words = [ref.words && `"${ref.words}"`, detail].filter(Boolean).join('; ');
    return c('actors', `${side} not recognised: ${ref.kind}`, words);
  };
  if (!ks.some(j => seenIn(j, g.sourceId))) {
    return unseen('source', g.sourceId, before(g.sourceId) ? 'named in the sentence before' : '');
  }
  if (!ks.some(j => seenIn(j, g.targetId))) {
    return before(g.targetId)
      ? c('actors', 'target in another sentence')
      : unseen('target', g.targetId, '');
  }
  // the sentence that has both (a quotation's last, the second of a span over two), else the first
  const j = ks.find(x => seenIn(x, g.sourceId) && seenIn(x, g.targetId)) ?? k;
  const range = sentenceRange(art.doc.sentences[j] as NlpSentence);
  const span = g.evidence.find(s => overlaps(s, range)) ?? first;
  const why = explainReading(art.views[j] as SentenceView, art.ctx, g, span, here);
  return cause('missed', why.group, why.cause, why.detail, g, art, j);
}

/** The one cause of a false event `f`; `gold` are all the article's gold events. */
function falseCause(f: EventLike, gold: readonly EventLike[], art: Article): EventCause {
  const first = f.evidence[0] as Span;
  const k = sentenceAt(art.doc, first.start);
  const c = (group: CauseGroup, name: string, detail = ''): EventCause =>
    cause('false', group, name, detail, f, art, k);
  const root = cameoRoot(f.code);
  if (gold.some(g => sameEvent(g, f))) {
    return c('coding', 'told once, coded twice');
  }
  // a gold act of the same pair told in another sentence is another act, not this one misread
  const ks = sentencesOf(f, art);
  const pair = gold.find(
    g =>
      g.sourceId === f.sourceId &&
      g.targetId === f.targetId &&
      sentencesOf(g, art).some(j => ks.includes(j)),
  );
  if (pair !== undefined) {
    return c('coding', 'wrong CAMEO root', `gold ${pair.code}`);
  }
  if (
    gold.some(
      g => g.sourceId === f.targetId && g.targetId === f.sourceId && cameoRoot(g.code) === root,
    )
  ) {
    return c('coding', 'reversed');
  }
  const near = gold.filter(g => g.evidence.some(s => f.evidence.some(x => overlaps(s, x))));
  const sameRoot = near.find(g => cameoRoot(g.code) === root) ?? near[0];
  if (sameRoot !== undefined) {
    const which =
      sameRoot.sourceId === f.sourceId
        ? 'wrong target'
        : sameRoot.targetId === f.targetId
          ? 'wrong source'
          : 'wrong pair';
    return c('arguments', which, `gold ${label(sameRoot)}`);
  }
  return c('gold', 'not an event in gold');
}

/** The causes of every missed and false event of one article. */
export function eventCauses(
  gold: Pick<KgBatch, 'events'> & { readonly actors?: readonly GoldActor[] },
  found: Pick<KgBatch, 'events'>,
  doc: NlpDocument,
  text: string,
  day: string | null,
): EventCause[] {
  const ctx = articleContext(text, doc, day);
  const views = ctx.views;
  const seen = views.map(v => actorsSeen(v, ctx));
  const art: Article = { doc, ctx, views, seen, actors: gold.actors ?? [] };
  const r = matchScore(gold.events, found.events, sameEvent, sameTelling);
  return [
    ...r.missing.map(g => missCause(g, found.events, new Set(r.extra), art)),
    ...r.extra.map(f => falseCause(f, gold.events, art)),
  ];
}
