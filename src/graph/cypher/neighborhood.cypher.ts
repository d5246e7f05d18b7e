/**
 * The ego network of an actor (see traversal.cypher.ts for what a hop is): rounds of ranked neighbours,
 * then, when the request asks for them, the links among the actors found.
 */
import { RELATION_TYPE_UNION } from '../link-types';

/** With `a` bound: each actor `b` one hop away, with the events and relations between them. */
const NEIGHBOURS_WEIGHED = /* cypher */ `
  CALL {
    WITH a
    MATCH (a)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(b:Actor)
    WHERE type(ra) <> type(rb)
    RETURN b, count(e) AS events, 0 AS relations
    UNION ALL
    WITH a
    MATCH (a)-[r:${RELATION_TYPE_UNION}]-(b:Actor)
    RETURN b, 0 AS events, count(r) AS relations
  }`;

/** The most rounds a neighbourhood takes (its `hops` bound); rounds past $hops do nothing. */
export const MAX_NEIGHBORHOOD_HOPS = 3;

/**
 * One round of the ego network: the actors next to the last layer, not seen before, strongest first
 * (events with the last layer, then relations, then name). Sequential CALLs rather than `reduce`,
 * because ranking aggregates. Round k runs only when k <= $hops (`layers` then holds k layers).
 */
const NEIGHBORHOOD_ROUND = /* cypher */ `
CALL {
  WITH layers, seen
  UNWIND CASE WHEN size(layers) <= $hops THEN last(layers) ELSE [] END AS a
  ${NEIGHBOURS_WEIGHED}
  WITH b, events, relations WHERE NOT b IN seen
  WITH b, sum(events) AS events, sum(relations) AS relations
  ORDER BY events DESC, relations DESC, b.sortKey
  RETURN collect(b) AS candidates
}
WITH layers + CASE WHEN size(layers) <= $hops THEN [candidates[..$limitPerHop]] ELSE [] END AS layers,
     seen + candidates AS seen,
     truncated OR size(candidates) > $limitPerHop AS truncated`;

/** The rounds, from $id: binds `layers` (the actors of each hop, the centre first) and `truncated`. */
const ROUNDS = /* cypher */ `
MATCH (c:Actor {id: $id})
WITH [[c]] AS layers, [c] AS seen, false AS truncated
${Array.from({ length: MAX_NEIGHBORHOOD_HOPS }, () => NEIGHBORHOOD_ROUND).join('\n')}`;

const LAYERS = /* cypher */ `[hop IN range(0, size(layers) - 1) |
         [x IN layers[hop] | {id: x.id, kind: x.kind, label: x.name, hop: hop}]] AS layers`;

/**
 * The events between the returned actors (`members`), per ordered pair (source -> target). Each member's
 * events as source are expanded with their targets. (A hash join of the members' SOURCE and TARGET
 * relationships reads 2.5 times fewer db hits on the bench's hubs, but took 1.6 times as long: the
 * expansion stays.)
 */
const EVENT_EDGES = /* cypher */ `
CALL {
  WITH members
  UNWIND members AS a
  MATCH (a)<-[:SOURCE]-(e:Event)-[:TARGET]->(b:Actor)
  WHERE b IN members
  OPTIONAL MATCH (e)-[:OF_TYPE]->(type:EventType)
  WITH a, b, count(DISTINCT e) AS n, sum(type.goldstein) AS goldstein
  RETURN collect({source: a.id, target: b.id, kind: 'EVENT', weight: n, eventCount: n,
                  goldsteinSum: goldstein}) AS eventEdges
}`;

/**
 * The ego network of $id: round i adds the $limitPerHop actors with the most events (then relations)
 * with round i-1's actors, among those not seen before. "Seen" includes candidates a round left out,
 * so a node's hop is its distance from the centre through the returned nodes, and every returned edge
 * joins nodes at most one hop apart. Edges: events between two returned actors aggregated per ordered
 * pair (source -> target), and relations per ordered pair and type. No row for an unknown id.
 */
export const NEIGHBORHOOD = /* cypher */ `
${ROUNDS}
WITH layers, truncated, reduce(all = [], layer IN layers | all + layer) AS members
${EVENT_EDGES}
CALL {
  WITH members
  UNWIND members AS a
  MATCH (a)-[r:${RELATION_TYPE_UNION}]->(b:Actor)
  WHERE b IN members
  WITH a, b, type(r) AS kind, count(r) AS n
  RETURN collect({source: a.id, target: b.id, kind: kind, weight: n, eventCount: 0,
                  goldsteinSum: null}) AS relationEdges
}
RETURN ${LAYERS},
       eventEdges + relationEdges AS edges,
       truncated`;

/** NEIGHBORHOOD's nodes alone, for a request that asks for no edges (the links are not read). */
export const NEIGHBORHOOD_NODES = /* cypher */ `
${ROUNDS}
RETURN ${LAYERS}, [] AS edges, truncated`;
