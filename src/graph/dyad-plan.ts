/**
 * How a dyad page is read (see cypher/event-pages.cypher.ts): from the event sort-key index, or from the
 * events of the side with fewer events, whichever is expected to read fewer events.
 */
import type { PageParams } from './paging';

export interface Office {
  readonly id: string;
  readonly since: string | null;
  readonly until: string | null;
  /** The office holder's or body's events. */
  readonly n: number;
}

/** DYAD_SIDES_DATA's row. */
export interface DyadSides {
  readonly offA: Office[];
  readonly offB: Office[];
  readonly degA: number;
  readonly degB: number;
  readonly total: number;
}

export interface DyadPlan {
  readonly walk: boolean;
  readonly params: Record<string, unknown>;
}

/** Above every stored sort key (they start with a date): the open upper end of a key range. */
const TOP_KEY = '\uffff';

/** A page's exclusive key range: the cursors, or the ends of the key space. */
export function keyRange(p: PageParams): { lo: string; hi: string } {
  return { lo: p.after ?? '', hi: p.before ?? TOP_KEY };
}

/**
 * The walk reads about limit x total / matches index entries, with matches estimated as
 * degA x degB / total (ends independent); the expansion reads min(degA, degB) events.
 */
export function planDyad(a: string, b: string, sides: DyadSides, p: PageParams): DyadPlan {
  const { degA, degB, total } = sides;
  const smallA = degA <= degB;
  const fewer = Math.min(degA, degB);
  const walk = fewer * degA * degB > p.limit.toNumber() * total * total;
  const members = smallA ? [a, ...sides.offA.map(o => o.id)] : [b, ...sides.offB.map(o => o.id)];
  const office = (o: Office) => ({ id: o.id, since: o.since, until: o.until });
  return {
    walk,
    params: {
      offA: sides.offA.map(office),
      offB: sides.offB.map(office),
      members,
      ...keyRange(p),
    },
  };
}
