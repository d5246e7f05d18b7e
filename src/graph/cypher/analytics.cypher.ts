/**
 * Aggregates @neo4j/graphql cannot express: dyad time series and rankings. Parameters only; the bucket
 * unit ($unit) is one of date.truncate's unit names, chosen from a closed map in the repository.
 */
import { ACTOR_ROW } from './projections.cypher';
import { SIDE_MEMBERS, dyadEvents } from './read.cypher';

export const DYAD_TIMELINE = /* cypher */ `
${dyadEvents('e.date IS NOT NULL AND e.modality IN $modalities')}
MATCH (e)-[:OF_TYPE]->(t:EventType)
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

export const TOP_MENTIONED = /* cypher */ `
MATCH (a:Article)-[m:MENTIONS]->(x:Actor)
WHERE ($kind IS NULL OR x.kind = $kind) AND ($article IS NULL OR a.id = $article)
WITH x, count(DISTINCT a) AS articles, sum(m.count) AS mentions
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
