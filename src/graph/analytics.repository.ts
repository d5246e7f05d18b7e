import type { Actor } from '../schema/actor.type';
import {
  ActorMetric,
  Interval,
  type RankedActor,
  type TimelineBucket,
} from '../schema/analytics.type';
import type { ActorKind, Modality } from '../schema/domain.enum';
import { BadUserInputError } from '../errors/errors';
import type { GraphClient } from './graph-client';
import {
  DYAD_TIMELINE,
  TOP_MENTIONED,
  TOP_MENTIONED_ALL,
  TOP_PARTNERS,
  TOP_QUOTED,
} from './cypher/analytics.cypher';
import neo4j from 'neo4j-driver';

/** Closed map from the Interval enum to date.truncate's unit names. */
const TRUNCATE_UNIT = {
  [Interval.DAY]: 'day',
  [Interval.WEEK]: 'week',
  [Interval.MONTH]: 'month',
  [Interval.YEAR]: 'year',
} as const satisfies Record<Interval, string>;

/** Gap filling stops here: a finer interval over a longer range is BAD_USER_INPUT. */
export const MAX_TIMELINE_BUCKETS = 2000;

export interface TimelineFilter {
  readonly a: string;
  readonly b: string;
  readonly directed: boolean;
  readonly interval: Interval;
  readonly from: string | null;
  readonly to: string | null;
  readonly modalities: readonly Modality[];
  readonly fillGaps: boolean;
}

type BucketRow = Omit<TimelineBucket, 'goldsteinMean' | 'id'>;
/** A bucket before the resolver gives it its id (which depends on the query's arguments). */
export type TimelineBucketRow = Omit<TimelineBucket, 'id'>;

export class AnalyticsRepository {
  constructor(private readonly graph: GraphClient) {}

  async dyadTimeline(filter: TimelineFilter): Promise<TimelineBucketRow[]> {
    const rows = await this.graph.read<BucketRow>(DYAD_TIMELINE, {
      a: filter.a,
      b: filter.b,
      directed: filter.directed,
      from: filter.from,
      to: filter.to,
      modalities: [...filter.modalities],
      unit: TRUNCATE_UNIT[filter.interval],
    });
    // Goldstein scores have one decimal; round away float noise (4 + 3.4 + 4 = 11.399999999999999).
    const buckets = rows.map(r => ({
      ...r,
      goldsteinSum: round6(r.goldsteinSum),
      goldsteinMean: r.count > 0 ? round6(r.goldsteinSum / r.count) : null,
    }));
    if (!filter.fillGaps || buckets.length === 0) {
      return buckets;
    }
    const first =
      filter.from !== null ? bucketStart(filter.from, filter.interval) : (buckets[0]?.start ?? '');
    const last =
      filter.to !== null ? bucketStart(filter.to, filter.interval) : (buckets.at(-1)?.start ?? '');
    const byStart = new Map(buckets.map(b => [b.start, b]));
    const out: TimelineBucketRow[] = [];
    for (let d = first; d <= last; d = nextBucket(d, filter.interval)) {
      if (out.length >= MAX_TIMELINE_BUCKETS) {
        throw new BadUserInputError(
          `the range spans more than ${MAX_TIMELINE_BUCKETS} ${filter.interval} buckets: use a coarser interval, a from/to window, or fillGaps: false`,
          'interval',
        );
      }
      out.push(byStart.get(d) ?? emptyBucket(d));
    }
    return out;
  }

  async topActors(
    metric: ActorMetric,
    opts: {
      of: string | null;
      article: string | null;
      kind: ActorKind | null;
      first: number;
      modalities: readonly Modality[];
    },
  ): Promise<RankedActor[]> {
    const base = { kind: opts.kind, article: opts.article, limit: neo4j.int(opts.first) };
    let rows: { actor: Actor; value: number; support: number | null }[];
    switch (metric) {
      case ActorMetric.MOST_QUOTED:
        rows = await this.graph.read(TOP_QUOTED, base);
        break;
      case ActorMetric.MOST_MENTIONED:
        rows = await this.graph.read(
          opts.article === null ? TOP_MENTIONED_ALL : TOP_MENTIONED,
          base,
        );
        break;
      case ActorMetric.MOST_COOPERATIVE_PARTNERS:
      case ActorMetric.MOST_CONFLICTUAL_PARTNERS:
        if (opts.of === null) {
          throw new BadUserInputError(
            `${metric} ranks the partners of an actor: pass \`of\``,
            'of',
          );
        }
        rows = await this.graph.read(TOP_PARTNERS, {
          ...base,
          of: opts.of,
          modalities: [...opts.modalities],
          cooperative: metric === ActorMetric.MOST_COOPERATIVE_PARTNERS,
        });
        break;
      default:
        throw new Error(`unknown metric ${String(metric satisfies never)}`);
    }
    return rows.map((r, i) => ({ rank: i + 1, ...r }));
  }
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function emptyBucket(start: string): TimelineBucketRow {
  return {
    start,
    count: 0,
    verbalCooperation: 0,
    materialCooperation: 0,
    verbalConflict: 0,
    materialConflict: 0,
    goldsteinSum: 0,
    goldsteinMean: null,
  };
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The first day of the bucket holding `date` (same rule as Cypher's date.truncate). */
export function bucketStart(date: string, interval: Interval): string {
  const d = utc(date);
  switch (interval) {
    case Interval.DAY:
      return iso(d);
    case Interval.WEEK:
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return iso(d);
    case Interval.MONTH:
      return `${date.slice(0, 7)}-01`;
    case Interval.YEAR:
      return `${date.slice(0, 4)}-01-01`;
    default:
      throw new Error(`unknown interval ${String(interval satisfies never)}`);
  }
}

export function nextBucket(start: string, interval: Interval): string {
  const d = utc(start);
  switch (interval) {
    case Interval.DAY:
      d.setUTCDate(d.getUTCDate() + 1);
      break;
    case Interval.WEEK:
      d.setUTCDate(d.getUTCDate() + 7);
      break;
    case Interval.MONTH:
      d.setUTCMonth(d.getUTCMonth() + 1);
      break;
    case Interval.YEAR:
      d.setUTCFullYear(d.getUTCFullYear() + 1);
      break;
    default:
      throw new Error(`unknown interval ${String(interval satisfies never)}`);
  }
  return iso(d);
}
