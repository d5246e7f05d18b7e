/**
 * Index-led event pages: a dyad's events and an actor's events, read in sort-key order from the event
 * sort-key index (`event_sort`) from the cursor (or from either end), keeping the events whose ends
 * match and stopping at the page size, instead of expanding every event of a hub and sorting them.
 *
 * When one side has few events, walking the index would read many entries per match (for a pair with
 * no events, the whole index), so there is also a plan that expands that side and sorts its events.
 * The choice is made per request from the degree and count stores (no expansion): the walk is expected
 * to read about page size x events / matches entries, estimated as if the ends of an event were
 * independent; the expansion reads the smaller side's events. Dyads choose in the repository, after
 * DYAD_SIDES_DATA (graph/dyad-plan.ts); an actor's page chooses inside its statement, where one branch
 * runs and the other sees an empty key range (the walk) or no row (the expansion), so it reads nothing.
 * The result is the same either way; tests/integration/plans.int.test.ts checks the plans with PROFILE.
 *
 * $after / $before are decoded cursors or null, $limit the page size + 1; FILTER_SLOT takes the client
 * filter over `e`.
 */
import { EVENT_ROW } from './projections.cypher';
import { DYAD_SIDES, isDyadEvent, withEventEnds } from './dyad.cypher';
import { FILTER_SLOT, type KeysetPage, batchedPages } from './read.cypher';

/** Above every stored sort key (they start with a date): the open upper end of a key range. */
const TOP_KEY = `'\\uffff'`;

/** The key range of a page: ($after or the start) .. ($before or the end), both exclusive. */
const KEY_RANGE = `coalesce($after, '') AS lo, coalesce($before, ${TOP_KEY}) AS hi`;

/** `expand`'s twin: the walk's range, empty when the expansion branch runs. */
const WALK_RANGE = 'CASE WHEN expand THEN hi ELSE lo END AS lo, hi';

/** With `e` bound: keeps the dyad's events (see isDyadEvent) that pass the client filter. */
const DYAD_KEEP = /* cypher */ `
${withEventEnds('e')}
WHERE ${isDyadEvent('$offA', '$offB')} AND ${FILTER_SLOT}`;

/**
 * DYAD_KEEP with the sides (`sa`, `sb`) and their offices (`offA`, `offB`) bound: the ends are compared
 * as nodes, without reading their ids; the date window only with `window` (see isDyadEvent).
 */
const dyadKeepOfSides = (window: boolean): string => /* cypher */ `
${withEventEnds('sa, sb, offA, offB, e', 'nodes')}
  WHERE ${isDyadEvent('offA', 'offB', 'nodes', window)} AND ${FILTER_SLOT}`;

/**
 * A dyad page read from the sort-key index ($lo..$hi, exclusive: the cursors or the ends of the key
 * space), keeping the events between the sides, until $limit. The sides' offices arrive as parameters
 * ($offA, $offB: DYAD_SIDES_DATA), so the statement starts at the index and the index gives the order.
 */
function dyadWalk(dir: 'ASC' | 'DESC'): string {
  return /* cypher */ `
MATCH (e:Event) WHERE e.sortKey > $lo AND e.sortKey < $hi
${DYAD_KEEP}
WITH e ORDER BY e.sortKey ${dir} LIMIT $limit
RETURN ${EVENT_ROW} AS row, e.sortKey AS sortKey`;
}

/** The same page read from the events of the smaller side's members ($members: their ids), sorted. */
function dyadExpand(dir: 'ASC' | 'DESC'): string {
  return /* cypher */ `
UNWIND $members AS member
MATCH (:Actor {id: member})<-[:SOURCE|TARGET]-(e:Event)
WITH DISTINCT e
WHERE e.sortKey > $lo AND e.sortKey < $hi
${DYAD_KEEP}
WITH e ORDER BY e.sortKey ${dir} LIMIT $limit
RETURN ${EVENT_ROW} AS row, e.sortKey AS sortKey`;
}

/** Events between sides $a and $b (see DYAD_EVENTS), oldest first; forward reads ascending keys. */
export const DYAD_PAGES: { walk: KeysetPage; expand: KeysetPage } = {
  walk: { forward: dyadWalk('ASC'), backward: dyadWalk('DESC') },
  expand: { forward: dyadExpand('ASC'), backward: dyadExpand('DESC') },
};

/**
 * A dyad page in one statement, for the read planner: the sides (DYAD_SIDES), the choice between the
 * walk and the expansion (dyad-plan.ts's estimate, here from the degree and count stores), and the
 * page, each event projected by `proj` (a projection of `e` compiled from the selection). One branch
 * runs; the other gets no member (the walk) or an empty key range (the expansion) and reads nothing.
 * $lo / $hi are the exclusive key range (the cursors or the ends of the key space); no row when either
 * actor is unknown. `window`: the request has a date window ($from or $to set).
 */
export function plannedDyadPage(dir: 'ASC' | 'DESC', proj: string, window = true): string {
  const keep = dyadKeepOfSides(window);
  return /* cypher */ `
${DYAD_SIDES}
WITH sa, sb, offA, offB, CASE WHEN degA <= degB THEN ma ELSE mb END AS members,
  toFloat(CASE WHEN degA <= degB THEN degA ELSE degB END) * degA * degB
    > toFloat($limit) * COUNT { (:Event) } * COUNT { (:Event) } AS walk
CALL {
  WITH sa, sb, offA, offB, members, walk
  UNWIND CASE WHEN walk THEN [] ELSE members END AS m
  MATCH (m)<-[:SOURCE|TARGET]-(e:Event)
  WITH DISTINCT sa, sb, offA, offB, e
  WHERE e.sortKey > $lo AND e.sortKey < $hi
  ${keep}
  WITH e ORDER BY e.sortKey ${dir} LIMIT $limit
  RETURN e
  UNION ALL
  WITH sa, sb, offA, offB, walk
  WITH sa, sb, offA, offB, CASE WHEN walk THEN $lo ELSE $hi END AS lo
  MATCH (e:Event) WHERE e.sortKey > lo AND e.sortKey < $hi
  ${keep}
  WITH e ORDER BY e.sortKey ${dir} LIMIT $limit
  RETURN e
}
WITH e ORDER BY e.sortKey ${dir}
RETURN ${proj} AS row, e.sortKey AS sortKey`;
}

/** A page of each actor's events ($ids), with `rel` the relationship types of its role. */
function actorPage(rel: string, dir: 'ASC' | 'DESC'): string {
  return /* cypher */ `
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (x:Actor {id: id})
  WITH x, COUNT { (x)<-[:${rel}]-() } AS n, ${KEY_RANGE}
  WITH x, lo, hi, toFloat(n) * n <= toFloat($limit) * COUNT { (:Event) } AS expand
  CALL {
    WITH x, lo, hi, expand
    WITH * WHERE expand
    MATCH (x)<-[:${rel}]-(e:Event)
    WITH DISTINCT lo, hi, e WHERE e.sortKey > lo AND e.sortKey < hi AND ${FILTER_SLOT}
    WITH e ORDER BY e.sortKey ${dir} LIMIT $limit
    RETURN e
    UNION ALL
    WITH x, lo, hi, expand
    WITH x, ${WALK_RANGE}
    MATCH (e:Event) WHERE e.sortKey > lo AND e.sortKey < hi
      AND EXISTS { (e)-[:${rel}]->(x) } AND ${FILTER_SLOT}
    WITH e ORDER BY e.sortKey ${dir} LIMIT $limit
    RETURN e
  }
  WITH e ORDER BY e.sortKey ${dir}
  RETURN collect({row: ${EVENT_ROW}, sortKey: e.sortKey}) AS rows
}
RETURN id AS key, rows`;
}

function actorEvents(rel: string): { page: KeysetPage; count: string } {
  return {
    page: { forward: actorPage(rel, 'ASC'), backward: actorPage(rel, 'DESC') },
    count: batchedPages(`(e:Event)-[:${rel}]->(:Actor {id: id})`, 'e', EVENT_ROW).count,
  };
}

/** Closed map from the EventRole enum to its relationship types (types can't be parameters). */
export const EVENTS_BY_ACTOR = {
  SOURCE: actorEvents('SOURCE'),
  TARGET: actorEvents('TARGET'),
  ANY: actorEvents('SOURCE|TARGET'),
} as const;
