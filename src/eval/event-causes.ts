/**
 * Why events are missed or false (`npm run eval -- --causes`): every gold event the coder missed and
 * every event it made that no gold event matched gets ONE cause, found on the article's parse with the
 * coder's own pieces (actors, verb readings, argument finders), so that the largest classes of failure
 * can be attacked as classes rather than sentence by sentence. Seed, corpus and fixtures only: the
 * held-out articles are never explained. The reading side is in event-readings.ts.
 */
import type { KgBatch, KgEvent, Span } from '../kg/kg-batch';
import { codeActors, statesOf } from '../ingest/coder/actor-mentions';
import { actorOfToken, type EventContext } from '../ingest/coder/arguments';
import { collectiveActors } from '../ingest/coder/conventions';
import { findIgnoredSpans } from '../ingest/clean';
import type { NlpDocument, NlpSentence } from '../ingest/nlp/corenlp.client';
import { SentenceView } from '../ingest/coder/sentence-view';
import { cameoRoot, matchScore, sameEvent } from './evaluate';
import { explainReading } from './event-readings';
import type { CauseRun } from './causes-report';
import { DEV_COLUMNS, devColumn } from './dev-groups';

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

/** The actors the coder sees in a sentence: every token's actor (names, descriptions, pronouns). */
function actorsSeen(view: SentenceView, ctx: EventContext): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i <= view.size; i++) {
    const one = actorOfToken(view, ctx, i);
    // "the two countries": the coder's arguments fall back on the last two states named
    for (const a of one === null ? collectiveActors(view, ctx, i) : [one]) {
      out.add(a.id);
      const state = ctx.states.get(a.id);
      if (state !== undefined) {
        out.add(state);
      }
    }
  }
  return out;
}

/** The coder's context for an article, as coder.ts builds it. */
export function eventContext(text: string, doc: NlpDocument, day: string | null): EventContext {
  const ignored = findIgnoredSpans(text);
  const actors = codeActors(text, doc, ignored, day);
  return { text, actors, states: statesOf(actors), ignored, day };
}

interface Article {
  readonly doc: NlpDocument;
  readonly ctx: EventContext;
  readonly views: readonly SentenceView[];
  readonly seen: readonly Set<string>[];
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

/** The sentences an event's evidence spans touch, in order. */
function sentencesOf(e: EventLike, art: Article): number[] {
  return [...new Set(e.evidence.map(s => sentenceAt(art.doc, s.start)))].sort((a, b) => a - b);
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
  const reversed = wrong.some(
    f => f.sourceId === g.targetId && f.targetId === g.sourceId && cameoRoot(f.code) === root,
  );
  if (reversed) {
    return c('coding', 'reversed');
  }
  const seen = new Set(ks.flatMap(j => [...(art.seen[j] as Set<string>)]));
  const before = (id: string): boolean =>
    [k - 1, k - 2].some(j => j >= 0 && (art.seen[j] as Set<string>).has(id));
  if (!seen.has(g.sourceId)) {
    return c(
      'actors',
      'source not recognised',
      before(g.sourceId) ? 'named in the sentence before' : '',
    );
  }
  if (!seen.has(g.targetId)) {
    return before(g.targetId)
      ? c('actors', 'target in another sentence')
      : c('actors', 'target not recognised');
  }
  const why = explainReading(art.views[k] as SentenceView, art.ctx, g, first, here);
  return c(why.group, why.cause, why.detail);
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
  gold: Pick<KgBatch, 'events'>,
  found: Pick<KgBatch, 'events'>,
  doc: NlpDocument,
  text: string,
  day: string | null,
): EventCause[] {
  const ctx = eventContext(text, doc, day);
  const views = doc.sentences.map(s => new SentenceView(s));
  const art: Article = { doc, ctx, views, seen: views.map(v => actorsSeen(v, ctx)) };
  const r = matchScore(gold.events, found.events, sameEvent);
  return [
    ...r.missing.map(g => missCause(g, found.events, new Set(r.extra), art)),
    ...r.extra.map(f => falseCause(f, gold.events, art)),
  ];
}

/** Counts per `group: cause`, per kind, sorted by count. */
export function tallyCauses(causes: readonly EventCause[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of causes) {
    const key = `${c.kind} ${c.group}: ${c.cause}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return new Map([...out].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** A table of cause counts per set (columns) and their sum, the groups' subtotals first. */
export function causeTable(
  sets: readonly { name: string; causes: readonly EventCause[] }[],
): string[] {
  const all = sets.flatMap(s => s.causes);
  const groupKey = (c: EventCause): string => `${c.kind} ${c.group}`;
  const keys = [...new Set([...[...tallyCauses(all).keys()]])];
  const groups = [...new Set(all.map(groupKey))].sort();
  const cells = (of: (c: EventCause) => boolean): string =>
    [...sets.map(s => s.causes.filter(of).length), all.filter(of).length]
      .map(n => String(n).padStart(8))
      .join('');
  const head = `${'cause'.padEnd(72)}${[...sets.map(s => s.name), 'all'].map(n => n.padStart(8)).join('')}`;
  return [
    head,
    ...groups.flatMap(g => [
      `${g.toUpperCase().padEnd(72)}${cells(c => groupKey(c) === g)}`,
      ...keys
        .filter(key => key.startsWith(`${g}:`))
        .map(
          key =>
            `  ${key.slice(g.length + 2).padEnd(70)}${cells(c => `${groupKey(c)}: ${c.cause}` === key)}`,
        ),
    ]),
  ];
}

/** One line per cause with its detail and sentence, for `--details`. */
export function causeDetails(name: string, causes: readonly EventCause[]): string[] {
  return causes.map(
    c =>
      `${name}: ${c.kind} ${c.event} | ${c.group}: ${c.cause}${c.detail ? ` (${c.detail})` : ''} | ${c.sentence.replace(/\s+/g, ' ')}`,
  );
}

/** The `--causes` report: the table per set (seed, older corpus, newest 16, fixtures), and details. */
export function causeReport(runs: readonly CauseRun[], withDetails: boolean): string[] {
  const per = runs.flatMap(r => {
    const column = devColumn(r.article.group, r.article.name);
    const gold = r.article.gold.batch;
    const day = gold.article.publishedAt?.slice(0, 10) ?? null;
    return column === null
      ? []
      : [{ r, column, causes: eventCauses(gold, r.batch, r.doc, gold.article.text, day) }];
  });
  const sets = DEV_COLUMNS.map(name => ({
    name,
    causes: per.filter(p => p.column === name).flatMap(p => p.causes),
  }));
  return [
    'event causes: one per missed gold event and per false event (event-causes.ts)',
    ...causeTable(sets),
    ...(withDetails ? ['', ...per.flatMap(p => causeDetails(p.r.article.name, p.causes))] : []),
  ];
}
