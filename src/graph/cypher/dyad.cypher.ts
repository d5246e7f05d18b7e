/**
 * Events between two actors, both directions, as Cypher. Each side is the actor itself plus whoever
 * acted for it at the event's date: office holders (HOLDS_OFFICE) and government bodies (PART_OF). So
 * Putin's letter to Kim counts for Russia-North Korea. The dyad pages (event-pages.cypher.ts), the
 * counts (read.cypher.ts) and the analytics statements build on these.
 */

/** Binds `member`, `since`, `until` for each actor acting for `side` (itself, office holders, bodies). */
export const SIDE_MEMBERS = /* cypher */ `
  CALL {
    WITH side
    RETURN side AS member, null AS since, null AS until
    UNION
    WITH side
    MATCH (m:Actor)-[r:HOLDS_OFFICE|PART_OF]->(side)
    RETURN m AS member, r.since AS since, r.until AS until
  }`;

/** With `o` an office ({id, since, until}) and `e` bound: the office was held on the event's date. */
const HELD_AT_EVENT = /* cypher */ `(e.date IS NULL OR ((o.since IS NULL OR o.since <= e.date) AND (o.until IS NULL OR o.until >= e.date)))`;

/** With `side` bound: who acts for it, {m, id, since, until, n} (n: the actor's events, degree store). */
const OFFICES = (side: string): string => /* cypher */ `COLLECT {
    MATCH (m:Actor)-[r:HOLDS_OFFICE|PART_OF]->(${side})
    RETURN {m: m, id: m.id, since: r.since, until: r.until, n: COUNT { (m)<-[:SOURCE|TARGET]-() }}
  }`;

/**
 * The two sides of a dyad, $a and $b: binds `sa`, `sb`, their offices `offA`, `offB` (office holders and
 * government bodies, see OFFICES), their members `ma`, `mb` (the actor, then those) and how many events
 * each side's members take part in, `degA`, `degB` (from the degree store: no expansion). No row when
 * either actor is unknown.
 */
export const DYAD_SIDES = /* cypher */ `
MATCH (sa:Actor {id: $a}), (sb:Actor {id: $b})
WITH sa, sb, ${OFFICES('sa')} AS offA, ${OFFICES('sb')} AS offB
WITH sa, sb, offA, offB, [sa] + [o IN offA | o.m] AS ma, [sb] + [o IN offB | o.m] AS mb,
  reduce(n = COUNT { (sa)<-[:SOURCE|TARGET]-() }, o IN offA | n + o.n) AS degA,
  reduce(n = COUNT { (sb)<-[:SOURCE|TARGET]-() }, o IN offB | n + o.n) AS degB`;

/**
 * The sides of a dyad as data, for the repository to choose a page's plan: the offices of each side
 * (without the nodes) and the events of each actor itself and of the whole graph (count stores only).
 */
export const DYAD_SIDES_DATA = /* cypher */ `
${DYAD_SIDES}
RETURN [o IN offA | o {.id, .since, .until, .n}] AS offA, [o IN offB | o {.id, .since, .until, .n}] AS offB,
  degA, degB, COUNT { (:Event) } AS total`;

/**
 * How the ends of an event are compared with the sides: by id (the sides and offices are parameters),
 * or as nodes (the sides `sa`, `sb` and the offices' `m` are bound: no property read per end).
 */
export type EndsAs = 'ids' | 'nodes';

/**
 * Two WITH clauses that bind the ids (or the nodes, `ends`) of `e`'s source and target (an event has one of each) as `src`,
 * `tgt` for isDyadEvent, reading its relationships once; `carry` are the variables kept (with `e`).
 */
export function withEventEnds(carry: string, ends: EndsAs = 'ids'): string {
  return /* cypher */ `
WITH ${carry}, [(e)-[r:SOURCE|TARGET]->(n) | {t: type(r), id: ${ends === 'ids' ? 'n.id' : 'n'}}] AS ends
WITH ${carry}, head([p IN ends WHERE p.t = 'SOURCE' | p.id]) AS src,
  head([p IN ends WHERE p.t = 'TARGET' | p.id]) AS tgt`;
}

/** An actor id `x` acts for the side `side` (an id) with offices `off` at the event's date. */
const ON_SIDE = (x: string, side: string, off: string, ends: EndsAs): string =>
  `(${x} = ${side} OR any(o IN ${off} WHERE o.${ends === 'ids' ? 'id' : 'm'} = ${x} AND ${HELD_AT_EVENT}))`;

/**
 * With `e`, `src` and `tgt` (withEventEnds) bound, and the offices of the sides in `offA`, `offB` (bound
 * variables, or parameters): `e` joins side $a and side $b (one end each; $directed: the source on side
 * $a), dated within $from..$to when they are set. Expressions only (no subquery), and a CASE rather than
 * an OR of ANDs, which the planner would expand into a large conjunctive normal form: the statements that
 * use it stay quick to plan. Without `window` the date window ($from, $to) is left out, for statements
 * compiled for a request without one: Neo4j then reads no event's date until an office needs it.
 */
export function isDyadEvent(
  offA: string,
  offB: string,
  ends: EndsAs = 'ids',
  window = true,
): string {
  const [a, b] = ends === 'ids' ? ['$a', '$b'] : ['sa', 'sb'];
  const dated = window
    ? '($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)\n  AND '
    : '';
  return /* cypher */ `
  ${dated}CASE
    WHEN ${ON_SIDE('src', a, offA, ends)} AND ${ON_SIDE('tgt', b, offB, ends)} THEN true
    WHEN $directed THEN false
    ELSE ${ON_SIDE('tgt', a, offA, ends)} AND ${ON_SIDE('src', b, offB, ends)}
  END`;
}

/**
 * All events between sides $a and $b ($directed: only those whose source is on side $a) for which `keep`
 * holds (a predicate over `e` from the statements below, checked before the ends), for the aggregates
 * that need every one (counts, timelines, ties): expands the side with fewer events and checks the
 * other end of each. Binds `e`. (Pages read the sort-key index instead: event-pages.cypher.ts.)
 */
export function dyadEvents(keep: string): string {
  return /* cypher */ `
${DYAD_SIDES}
UNWIND CASE WHEN degA <= degB THEN ma ELSE mb END AS m
MATCH (m)<-[:SOURCE|TARGET]-(e:Event)
WITH DISTINCT offA, offB, e
WHERE ${keep}
${withEventEnds('offA, offB, e')}
WHERE ${isDyadEvent('offA', 'offB')}
WITH e`;
}

export const DYAD_EVENTS = dyadEvents('true');
