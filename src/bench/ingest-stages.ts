/**
 * Where `npm run bench:ingest`'s end-to-end wall clock goes. Every article passes through stages, and
 * each stage's passes are recorded as intervals of `performance.now()` milliseconds:
 * - `queue`: waiting in this process for a free parse slot of the language-service client;
 * - `parse`: the CoreNLP request, from sending to the answer read (the service's time);
 * - `code`:  coding the parse (`codeArticle`, CPU in this process);
 * - `write`: the Neo4j calls of ingest (existing-id lookups and the write transaction of a group).
 *
 * Stages run at once: several parses are in flight together, and the next group is parsed while the
 * last one is written. So the figures are of two kinds, never to be confused:
 * - mean ms per article: a stage's summed interval time over the articles (a group's write is shared
 *   among its articles); these add up to one article's latency through the pipeline, not to wall time;
 * - busy share: the part of the wall clock during which the stage had at least one interval open.
 *   Each is at most 100%, and they overlap: their sum is (100% - `idleShare`) plus the time counted
 *   more than once; `overlapShare` is the part of the wall clock with two stages or more busy at once.
 */

export const STAGES = ['queue', 'parse', 'code', 'write'] as const;
export type Stage = (typeof STAGES)[number];

export interface Interval {
  readonly start: number;
  readonly end: number;
}

export type StageIntervals = Record<Stage, Interval[]>;

/** Collects intervals per stage; `take()` hands them over and starts afresh (one path at a time). */
export class StageRecorder {
  private spans: StageIntervals = emptyIntervals();

  add(stage: Stage, start: number, end: number): void {
    this.spans[stage].push({ start, end });
  }

  take(): StageIntervals {
    const out = this.spans;
    this.spans = emptyIntervals();
    return out;
  }
}

function emptyIntervals(): StageIntervals {
  return { queue: [], parse: [], code: [], write: [] };
}

export interface StageFigures {
  /** Intervals recorded (parses, codings, Neo4j calls). */
  readonly count: number;
  /** Summed interval time over the articles. */
  readonly meanMsPerArticle: number;
  /** Part of the wall clock (0..1) with at least one interval of this stage open. */
  readonly busyShare: number;
  /** Mean intervals open at once while the stage was busy (parses in flight, ...). */
  readonly meanConcurrency: number;
}

export interface StageBreakdown {
  readonly wallMs: number;
  readonly articles: number;
  readonly stages: Record<Stage, StageFigures>;
  /** Part of the wall clock with two or more stages busy at once. */
  readonly overlapShare: number;
  /** Part of the wall clock with no stage busy (reading input, bookkeeping, waiting on nothing). */
  readonly idleShare: number;
}

/** The intervals, cut to the window [from, to]; empty ones dropped. */
function clip(spans: readonly Interval[], from: number, to: number): Interval[] {
  return spans
    .map(s => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter(s => s.end > s.start);
}

/** Length of the union of the intervals. */
export function unionMs(spans: readonly Interval[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  if (first === undefined) {
    return 0;
  }
  let total = 0;
  let curStart = first.start;
  let curEnd = first.end;
  for (const s of sorted) {
    if (s.start > curEnd) {
      total += curEnd - curStart;
      curStart = s.start;
      curEnd = s.end;
    } else {
      curEnd = Math.max(curEnd, s.end);
    }
  }
  return total + (curEnd - curStart);
}

/** Time within [from, to] with at least `k` stages busy, by sweeping every interval boundary. */
function timeWithBusyStages(spans: StageIntervals, from: number, to: number): number[] {
  const edges: { t: number; stage: number; delta: number }[] = [];
  STAGES.forEach((stage, i) => {
    for (const s of clip(spans[stage], from, to)) {
      edges.push({ t: s.start, stage: i, delta: 1 }, { t: s.end, stage: i, delta: -1 });
    }
  });
  edges.sort((a, b) => a.t - b.t);
  const open = STAGES.map(() => 0);
  const atLeast = [0, 0, 0, 0, 0]; // [>=0 busy (the window), >=1, >=2, >=3, >=4]
  let last = from;
  for (const e of edges) {
    const busy = open.filter(n => n > 0).length;
    for (let k = 0; k <= busy; k += 1) {
      atLeast[k] = (atLeast[k] ?? 0) + (e.t - last);
    }
    open[e.stage] = (open[e.stage] ?? 0) + e.delta;
    last = e.t;
  }
  atLeast[0] = to - from;
  return atLeast;
}

/** The figures of one path: its intervals, its wall-clock window, and the articles it ingested. */
export function stageBreakdown(
  spans: StageIntervals,
  wall: Interval,
  articles: number,
): StageBreakdown {
  const wallMs = wall.end - wall.start;
  const stages = Object.fromEntries(
    STAGES.map(stage => {
      const clipped = clip(spans[stage], wall.start, wall.end);
      const sum = clipped.reduce((n, s) => n + (s.end - s.start), 0);
      const busy = unionMs(clipped);
      const figures: StageFigures = {
        count: clipped.length,
        meanMsPerArticle: articles > 0 ? sum / articles : 0,
        busyShare: wallMs > 0 ? busy / wallMs : 0,
        meanConcurrency: busy > 0 ? sum / busy : 0,
      };
      return [stage, figures];
    }),
  ) as Record<Stage, StageFigures>;
  const atLeast = timeWithBusyStages(spans, wall.start, wall.end);
  return {
    wallMs,
    articles,
    stages,
    overlapShare: wallMs > 0 ? (atLeast[2] ?? 0) / wallMs : 0,
    idleShare: wallMs > 0 ? (wallMs - (atLeast[1] ?? 0)) / wallMs : 0,
  };
}

/** The q-quantile (0..1) of the values by nearest rank: p99 of 200 values is the 198th smallest. */
export function percentile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) {
    return undefined;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}
