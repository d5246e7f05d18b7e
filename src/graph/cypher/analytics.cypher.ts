/**
 * Aggregates @neo4j/graphql cannot express: dyad time series and rankings. Parameters only; the bucket
 * unit ($unit) is one of date.truncate's unit names, chosen from a closed map in the repository.
 */
import { ACTOR_ROW } from './projections.cypher';
import { DYAD_SIDES, SIDE_MEMBERS } from './dyad.cypher';

/**
 * The expansion reads about this many db hits per event of the smaller side (the event's ends), the
 * join about one per event of each side: above this ratio of the larger side to the smaller, expand.
 */
const JOIN_RATIO = 5;

/** With `o` an office ({id, since, until}) and `e` bound: held on the event's date (or undated). */
const HELD = `(e.date IS NULL OR ((o.since IS NULL OR o.since <= e.date) AND (o.until IS NULL OR o.until >= e.date)))`;

/**
 * Every event between sides $a and $b (DYAD_SIDES: the actors, their office holders and government
 * bodies), one row per way an end of it on side A (`x`) and an end on side B (`y`) are joined, with
 * `aSource` when `x` is the source. Two plans, one of which sees no row:
 * - two busy sides: the events of each side's members, read from the actors' relationship chains (no
 *   event's ends nor properties), joined by hash on the event, so an event's properties are read only
 *   when it joins the two sides;
 * - one side much smaller (JOIN_RATIO): the smaller side's events, each with its other end checked.
 */
const DYAD_JOIN = /* cypher */ `
${DYAD_SIDES}
WITH offA, offB, ma, mb, degA <= degB AS smallA,
  toFloat(CASE WHEN degA <= degB THEN degA ELSE degB END) * ${JOIN_RATIO} <
    CASE WHEN degA <= degB THEN degB ELSE degA END AS expand
CALL {
  WITH ma, mb, expand
  WITH [m IN ma | m.id] AS idsA, [m IN mb | m.id] AS idsB WHERE NOT expand
  MATCH (x:Actor)<-[rx:SOURCE|TARGET]-(e)-[ry:SOURCE|TARGET]->(y:Actor)
  USING JOIN ON e
  WHERE x.id IN idsA AND y.id IN idsB AND type(rx) <> type(ry)
  RETURN e, x, y, type(rx) = 'SOURCE' AS aSource
  UNION ALL
  WITH ma, mb, smallA, expand
  WITH ma, mb, smallA WHERE expand
  UNWIND CASE WHEN smallA THEN ma ELSE mb END AS s
  MATCH (s)<-[rs:SOURCE|TARGET]-(e)-[ro:SOURCE|TARGET]->(o)
  WHERE type(rs) <> type(ro) AND o IN CASE WHEN smallA THEN mb ELSE ma END
  RETURN e, CASE WHEN smallA THEN s ELSE o END AS x, CASE WHEN smallA THEN o ELSE s END AS y,
    (type(rs) = 'SOURCE') = smallA AS aSource
}
WITH offA, offB, e, x.id AS xa, y.id AS yb, aSource
WHERE (aSource OR NOT $directed)
  AND (xa = $a OR any(o IN offA WHERE o.id = xa AND ${HELD}))
  AND (yb = $b OR any(o IN offB WHERE o.id = yb AND ${HELD}))
WITH DISTINCT e`;

/**
 * A dyad's events per bucket ($unit), as relationsBetween counts them (officials included, $directed,
 * $from..$to), dated and of $modalities. The properties of an event are read only once it joins the
 * sides (DYAD_JOIN); its type by code, from the type index.
 */
export const DYAD_TIMELINE = /* cypher */ `
${DYAD_JOIN}
WHERE e:Event AND e.date IS NOT NULL AND e.modality IN $modalities
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
MATCH (t:EventType {code: e.cameoCode})
WITH toString(date.truncate($unit, date(e.date))) AS start, t
RETURN start,
  count(*) AS count,
  sum(CASE t.quadClass WHEN 1 THEN 1 ELSE 0 END) AS verbalCooperation,
  sum(CASE t.quadClass WHEN 2 THEN 1 ELSE 0 END) AS materialCooperation,
  sum(CASE t.quadClass WHEN 3 THEN 1 ELSE 0 END) AS verbalConflict,
  sum(CASE t.quadClass WHEN 4 THEN 1 ELSE 0 END) AS materialConflict,
  sum(t.goldstein) AS goldsteinSum
ORDER BY start`;

export const TOP_QUOTED = /* cypher */ `
MATCH (s:Statement)-[:SPOKEN_BY]->(x:Actor)
WHERE ($kind IS NULL OR x.kind = $kind)
  AND ($article IS NULL OR EXISTS { (s)-[:EXTRACTED_FROM]->(:Article {id: $article}) })
WITH x, count(s) AS value
ORDER BY value DESC, x.sortKey LIMIT $limit
RETURN ${ACTOR_ROW} AS actor, toFloat(value) AS value, null AS support`;

/** Actors by the articles mentioning them, then by mentions; within one article when $article is set. */
export const TOP_MENTIONED = /* cypher */ `
MATCH (a:Article)-[m:MENTIONS]->(x:Actor)
WHERE ($kind IS NULL OR x.kind = $kind) AND ($article IS NULL OR a.id = $article)
WITH x, count(DISTINCT a) AS articles, sum(m.count) AS mentions
ORDER BY articles DESC, mentions DESC, x.sortKey LIMIT $limit
RETURN ${ACTOR_ROW} AS actor, toFloat(mentions) AS value, articles AS support`;

/**
 * TOP_MENTIONED over all articles ($article null), without reading every mention of the graph. An
 * actor's MENTIONS degree (the degree store: no expansion) bounds its articles from above. The mentions
 * of the $limit actors with the highest bounds are read; the fewest articles among them (`floor`) is
 * reached by every actor of the answer, so the only other actors read are those whose bound reaches
 * `floor` (none on the bench graph, where the bound is exact). Same answer, whatever the bounds.
 */
export const TOP_MENTIONED_ALL = /* cypher */ `
MATCH (x:Actor) WHERE $kind IS NULL OR x.kind = $kind
WITH x, COUNT { (x)<-[:MENTIONS]-() } AS bound
ORDER BY bound DESC
WITH collect({x: x, bound: bound}) AS ranked
CALL {
  WITH ranked
  UNWIND ranked[..$limit] AS r
  WITH r.x AS x
  MATCH (a:Article)-[m:MENTIONS]->(x)
  RETURN x, count(DISTINCT a) AS articles, sum(m.count) AS mentions
}
WITH ranked, collect({x: x, articles: articles, mentions: mentions}) AS top
WITH ranked, top, CASE WHEN size(top) < $limit THEN 1
  ELSE reduce(lo = top[0].articles, t IN top | CASE WHEN t.articles < lo THEN t.articles ELSE lo END)
  END AS floor
CALL {
  WITH top
  UNWIND top AS t
  RETURN t.x AS x, t.articles AS articles, t.mentions AS mentions
  UNION ALL
  WITH ranked, floor
  UNWIND [r IN ranked[$limit..] WHERE r.bound >= floor | r.x] AS x
  MATCH (a:Article)-[m:MENTIONS]->(x)
  RETURN x, count(DISTINCT a) AS articles, sum(m.count) AS mentions
}
WITH x, articles, mentions
ORDER BY articles DESC, mentions DESC, x.sortKey LIMIT $limit
RETURN ${ACTOR_ROW} AS actor, toFloat(mentions) AS value, articles AS support`;

/**
 * Partners of $of by the Goldstein sum of the events between them (both directions, $of's officials and
 * government bodies included). A partner that is an office holder or a body counts for its country.
 */
export const TOP_PARTNERS = /* cypher */ `
MATCH (side:Actor {id: $of})
${SIDE_MEMBERS}
MATCH (member)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(other:Actor)
WHERE type(ra) <> type(rb) AND e.modality IN $modalities
  AND ($article IS NULL OR EXISTS { (e)-[:EXTRACTED_FROM]->(:Article {id: $article}) })
  AND (e.date IS NULL OR ((since IS NULL OR since <= e.date) AND (until IS NULL OR until >= e.date)))
WITH DISTINCT side, e, other
OPTIONAL MATCH (other)-[:HOLDS_OFFICE|PART_OF]->(home:Country)
WITH side, e, coalesce(home, other) AS x
WHERE x <> side AND ($kind IS NULL OR x.kind = $kind)
MATCH (e)-[:OF_TYPE]->(t:EventType)
WITH x, sum(t.goldstein) AS value, count(DISTINCT e) AS eventCount
WHERE ($cooperative AND value > 0) OR (NOT $cooperative AND value < 0)
ORDER BY CASE WHEN $cooperative THEN -value ELSE value END, x.sortKey
LIMIT $limit
RETURN ${ACTOR_ROW} AS actor, toFloat(value) AS value, eventCount AS support`;
