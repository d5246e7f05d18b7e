/**
 * The two paging strategies compared by src/bench/paging.bench.ts, on a hub's events: keyset (ours,
 * the same predicate as read.cypher's batched pages) and offset (SKIP n, the peer's cursor strategy).
 */
export const KEYSET_CYPHER = `MATCH (e:Event)-[:SOURCE]->(:Actor {id: $id})
WITH e WHERE $after IS NULL OR e.sortKey > $after
WITH e ORDER BY e.sortKey LIMIT $limit RETURN e.id AS id, e.sortKey AS sortKey`;
export const SKIP_CYPHER = `MATCH (e:Event)-[:SOURCE]->(:Actor {id: $id})
WITH e ORDER BY e.sortKey SKIP $skip LIMIT $limit RETURN e.id AS id, e.sortKey AS sortKey`;
