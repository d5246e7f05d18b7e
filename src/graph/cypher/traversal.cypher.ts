/**
 * Traversals between actors. One step ("hop") is either an event (actor <-SOURCE- event -TARGET-> actor)
 * or one actor relation (OF_COUNTRY, PART_OF, HAS_MEMBER, HOLDS_OFFICE, SUCCEEDS), in either direction.
 *
 * Cypher's path selectors (shortestPath, SHORTEST k) count relationships, so an event step (two
 * relationships) would weigh twice a relation step, and a quantified path pattern can't repeat "one of
 * two shapes". So both statements run a breadth-first search over actors, one hop per round, inside one
 * statement: for paths `reduce` carries the layers and a COLLECT subquery expands one; the neighbourhood
 * ranks with aggregations, which `reduce` can't hold, so its rounds are sequential CALLs. Every round is
 * bounded (maxHops <= 4 with $maxFrontier actors per expansion, hops <= 3 with $limitPerHop actors), and
 * no path is enumerated in the database.
 *
 * Parameters shared by the fragments: $events (follow events?), $relationTypes (relation types to
 * follow, from the closed map in link-types.ts), $since / $until (date window, ISO strings or null).
 */
import { RELATION_TYPE_UNION } from '../link-types';

/** An event counts when dated inside the window; with a window set, undated events are left out. */
const EVENT_IN_WINDOW = /* cypher */ `
  ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)`;

/** A relation counts when its kind is asked for; an office (the only dated relation) must overlap. */
const RELATION_ALLOWED = /* cypher */ `
  type(r) IN $relationTypes
  AND (r.since IS NULL OR $until IS NULL OR r.since <= $until)
  AND (r.until IS NULL OR $since IS NULL OR r.until >= $since)`;

/** How many events an actor takes part in (degree store: no expansion). */
const EVENT_DEGREE = (v: string): string => `COUNT { (${v})<-[:SOURCE|TARGET]-() }`;

/**
 * What expanding a layer costs: its actors' events (when followed) and one per actor for its
 * relations, from the degree store.
 */
const EXPANSION_COST = (layer: string): string =>
  `reduce(n = 0, x IN ${layer} | n + 1 + CASE WHEN $events THEN ${EVENT_DEGREE('x')} ELSE 0 END)`;

/** With `a` bound: `a`'s events in which it has role `ra` and `b` the other role, as rows `b`, `hop`. */
const EVENT_HOPS = (ra: 'SOURCE' | 'TARGET', rb: 'SOURCE' | 'TARGET'): string => /* cypher */ `
    WITH a, other
    WITH a, other WHERE $events
    MATCH (a)<-[:${ra}]-(e:Event)-[:${rb}]->(b:Actor)
    WHERE ${EVENT_IN_WINDOW}
    RETURN b, CASE WHEN b IN other THEN
      {a: a, kind: 'EVENT', forward: ${ra === 'SOURCE'}, eventId: e.id, date: e.date} END AS hop`;

/**
 * With `a` bound: every actor `b` one hop away (with repeats), each row with its `hop` from `a` when `b`
 * is in `other` (the other side's last layer, where the searches meet), else null. Recording the
 * meeting hops here spares reading the expanded actors' events a second time (SHORTEST_HOPS). One
 * branch per role of `a` rather than `type(ra) <> type(rb)`: the same events, without reading every
 * row's two relationships again to compare their types (a third of the expansion's db hits).
 */
const NEIGHBOUR_HOPS = /* cypher */ `
  CALL {
    ${EVENT_HOPS('SOURCE', 'TARGET')}
    UNION ALL
    ${EVENT_HOPS('TARGET', 'SOURCE')}
    UNION ALL
    WITH a, other
    MATCH (a)-[r:${RELATION_TYPE_UNION}]-(b:Actor)
    WHERE ${RELATION_ALLOWED}
    RETURN b, CASE WHEN b IN other THEN
      {a: a, kind: type(r), forward: startNode(r) = a, eventId: null, date: null} END AS hop
  }`;

/**
 * One BFS round: expands the side whose last layer is cheaper to expand (EXPANSION_COST: a hub at one
 * end is met from the other side) (`layers`, keyed `side` in `st`) to the
 * actors next to its last layer that are in neither its last nor its previous layer (a neighbour of
 * layer i lies in layer i-1, i or i+1, so that is the whole visited set). The searches meet only in
 * the other side's last layer; the hops into the meeting actors are kept (`meetHops`, one `{b, hop}`
 * per hop, `meetSide` the side expanded).
 */
const EXPAND_SMALLER_SIDE = /* cypher */ `
  head([side IN [CASE WHEN ${EXPANSION_COST('last(st.fwd)')} <= ${EXPANSION_COST('last(st.bwd)')}
                      THEN 'fwd' ELSE 'bwd' END] |
    head([layers IN [st[side]] |
      CASE WHEN size(last(layers)) > $maxFrontier THEN st {.*, tooBroad: true}
      ELSE head([other IN [last(st[CASE side WHEN 'fwd' THEN 'bwd' ELSE 'fwd' END])] |
        head([found IN [COLLECT {
            UNWIND last(layers) AS a
            ${NEIGHBOUR_HOPS}
            WITH DISTINCT b, hop
            WHERE NOT b IN last(layers) AND NOT b IN coalesce(layers[-2], [])
            RETURN {b: b, hop: hop} AS found
          }] |
          head([meet IN [COLLECT {
              UNWIND found AS f
              WITH f.b AS b WHERE f.hop IS NOT NULL
              RETURN DISTINCT b
            }] |
            head([nxt IN [[f IN found WHERE f.hop IS NULL | f.b] + meet] |
              st {.*, meet: meet, meetSide: side, meetHops: [f IN found WHERE f.hop IS NOT NULL],
                  fwd: CASE side WHEN 'fwd' THEN layers + [nxt] ELSE st.fwd END,
                  bwd: CASE side WHEN 'bwd' THEN layers + [nxt] ELSE st.bwd END}])])])])
      END])])`;

/**
 * With `b` (an actor kept in layer i+1), `layer` (layer i) and `recorded` (the hops between them that the
 * search kept, or null) bound: one row (`a`, `b`, `hop`) per hop between `b` and an actor `a` of
 * `layer`, `hop.forward` as seen from a to b. Without `recorded`, the events are read from whichever
 * holds fewer, `b` or the layer's actors (a hub met by a small actor is not expanded). The events come
 * sorted by pair, latest first; at most $perPair per pair are kept: no request needs more alternatives
 * for one step than paths it returns. (Aggregation can't run inside `reduce`, hence the index
 * arithmetic; each branch below runs alone, so its order is kept.)
 */
const HOPS_INTO_LAYER = /* cypher */ `
  WITH b, layer, recorded, recorded IS NULL AND $events
    AND ${EVENT_DEGREE('b')} <= reduce(n = 0, x IN layer | n + ${EVENT_DEGREE('x')}) AS fromB
  WITH b, COLLECT {
      UNWIND CASE WHEN fromB THEN [b] ELSE [] END AS x
      MATCH (x)<-[rb:SOURCE|TARGET]-(e:Event)-[ra:SOURCE|TARGET]->(a:Actor)
      WHERE type(ra) <> type(rb) AND a IN layer AND ${EVENT_IN_WINDOW}
      RETURN {a: a, kind: 'EVENT', forward: type(ra) = 'SOURCE', eventId: e.id, date: e.date} AS hop
      ORDER BY a.id, e.date IS NULL, e.date DESC, e.id
      UNION ALL
      UNWIND CASE WHEN recorded IS NULL AND $events AND NOT fromB THEN layer ELSE [] END AS a
      MATCH (a)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(y:Actor)
      WHERE y = b AND type(ra) <> type(rb) AND ${EVENT_IN_WINDOW}
      RETURN {a: a, kind: 'EVENT', forward: type(ra) = 'SOURCE', eventId: e.id, date: e.date} AS hop
      ORDER BY a.id, e.date IS NULL, e.date DESC, e.id
      UNION ALL
      UNWIND [h IN coalesce(recorded, []) WHERE h.kind = 'EVENT'] AS hop
      RETURN hop ORDER BY hop.a.id, hop.date IS NULL, hop.date DESC, hop.eventId
    } AS events, COLLECT {
      UNWIND CASE WHEN recorded IS NULL THEN [b] ELSE [] END AS y
      MATCH (y)-[r:${RELATION_TYPE_UNION}]-(a:Actor)
      WHERE a IN layer AND ${RELATION_ALLOWED}
      RETURN DISTINCT {a: a, kind: type(r), forward: startNode(r) = a, eventId: null, date: null} AS hop
      UNION
      UNWIND [h IN coalesce(recorded, []) WHERE h.kind <> 'EVENT'] AS hop
      RETURN hop
    } AS relations
  UNWIND [n IN range(0, size(events) - 1)
          WHERE n < $perPair OR events[n - $perPair].a <> events[n].a | events[n]] + relations AS hop
  WITH b, hop.a AS a, hop`;

/**
 * With `side` ('fwd' or 'bwd') and `st` bound: walks that side's layers back from the meeting actors and
 * returns the hops on shortest paths, as steps towards `to` (the forward side's hops run from layer i to
 * i+1, the backward side's from i+1 to i).
 */
const SHORTEST_HOPS = /* cypher */ `
  reduce(pr = {keep: st.meet, steps: []}, layerIndex IN reverse(range(0, size(st[side]) - 2)) |
    head([hops IN [COLLECT {
        UNWIND pr.keep AS b
        WITH b, st[side][layerIndex] AS layer,
          CASE WHEN side = st.meetSide AND layerIndex = size(st[side]) - 2
            THEN [x IN st.meetHops WHERE x.b = b | x.hop] END AS recorded
        ${HOPS_INTO_LAYER}
        WITH a, b, hop, side = 'fwd' AS towards
        RETURN {a: a, step: {
          from: CASE WHEN towards THEN a.id ELSE b.id END, to: CASE WHEN towards THEN b.id ELSE a.id END,
          kind: hop.kind, forward: hop.forward = towards, eventId: hop.eventId, date: hop.date}} AS hop
      }] |
      {keep: COLLECT { UNWIND hops AS h RETURN DISTINCT h.a }, steps: pr.steps + [h IN hops | h.step]}])
  ).steps`;

/**
 * What a path statement projects of the actors and events on its steps (read-planner map projections
 * of `n0`-style variables, see graph/planner/path.planner.ts), or null for nothing.
 */
export interface StepProjections {
  readonly actor: { readonly v: string; readonly cypher: string } | null;
  readonly event: { readonly v: string; readonly cypher: string } | null;
}

/** The variables bound where StepProjections' subqueries run (a projection must not rebind them). */
export const STEP_SCOPE: readonly string[] = ['tooBroad', 'length', 'halves', 'flat', 'step', 'id'];

/**
 * Shortest paths between $from and $to within $maxHops, as the steps that lie on any of them (a layered
 * graph from `from` to `to`, every step on some shortest path); the repository enumerates paths from it.
 * A bidirectional search: each round expands the side whose last layer is cheaper to expand, so a hub
 * at one end is reached from the other. `tooBroad` when a side to expand holds more than $maxFrontier actors.
 * With `projections`, also the actors and events on those steps (`actors`, `events`), so a request
 * needs no other statement. No row when an id is unknown or no path is within reach.
 */
export function shortestPathSteps(projections: StepProjections): string {
  const { actor, event } = projections;
  const actors =
    actor === null
      ? '[]'
      : `COLLECT { UNWIND flat AS step UNWIND [step.from, step.to] AS id WITH DISTINCT id
      MATCH (${actor.v}:Actor {id: id}) RETURN ${actor.cypher} }`;
  const events =
    event === null
      ? '[]'
      : `COLLECT { UNWIND flat AS step WITH DISTINCT step.eventId AS id WHERE id IS NOT NULL
      MATCH (${event.v}:Event {id: id}) RETURN ${event.cypher} }`;
  return /* cypher */ `
MATCH (s:Actor {id: $from}), (t:Actor {id: $to})
WITH reduce(st = {fwd: [[s]], bwd: [[t]], meet: [], meetSide: null, meetHops: [], tooBroad: false},
  round IN range(1, $maxHops) |
  CASE
    WHEN size(st.meet) > 0 OR st.tooBroad OR size(last(st.fwd)) = 0 OR size(last(st.bwd)) = 0 THEN st
    ELSE ${EXPAND_SMALLER_SIDE}
  END) AS st
WITH st WHERE size(st.meet) > 0 OR st.tooBroad
UNWIND CASE WHEN st.tooBroad THEN [null] ELSE ['fwd', 'bwd'] END AS side
WITH st, CASE WHEN side IS NULL THEN [] ELSE ${SHORTEST_HOPS} END AS steps
WITH st.tooBroad AS tooBroad, size(st.fwd) + size(st.bwd) - 2 AS length, collect(steps) AS halves
WITH tooBroad, length, halves, reduce(all = [], h IN halves | all + h) AS flat
RETURN tooBroad, length, halves, ${actors} AS actors, ${events} AS events`;
}

/** Only the steps (the actors and events are read by their DataLoaders). */
export const SHORTEST_PATH_STEPS = shortestPathSteps({ actor: null, event: null });

export { MAX_NEIGHBORHOOD_HOPS, NEIGHBORHOOD, NEIGHBORHOOD_NODES } from './neighborhood.cypher';
