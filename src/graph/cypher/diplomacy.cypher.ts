/**
 * Recognitions and diplomatic ties, derived from events at read time (see graph/diplomacy-rules.ts).
 * `$unrealized` are the modalities of events that did not happen; `$code` / `$codePrefixes` the CAMEO
 * code prefixes that count.
 */
import { EVENT_ROW } from './projections.cypher';
import { dyadEvents } from './dyad.cypher';

/**
 * Recognition events aimed at `$of`, grouped by recognizer: the event's source, or the country it acted
 * for at the event's date (an office holder or a government body). Each group's events are oldest
 * first (undated last); groups are ordered by their first event.
 */
export const RECOGNITIONS_OF = /* cypher */ `
MATCH (e:Event)-[:TARGET]->(:Actor {id: $of})
WHERE e.cameoCode STARTS WITH $code AND NOT e.modality IN $unrealized
MATCH (e)-[:SOURCE]->(src:Actor)
WITH e, src, head(COLLECT {
  MATCH (src)-[r:HOLDS_OFFICE|PART_OF]->(c:Country)
  WHERE e.date IS NULL OR ((r.since IS NULL OR r.since <= e.date) AND (r.until IS NULL OR r.until >= e.date))
  RETURN c ORDER BY c.id
}) AS state
WITH coalesce(state, src) AS recognizer, e
ORDER BY e.date, e.sortKey
WITH recognizer, collect(${EVENT_ROW}) AS events
RETURN recognizer.id AS recognizerId, events
ORDER BY head(events).date, recognizer.sortKey`;

/**
 * The dated, realized events between `$a` and `$b` (either direction, office holders and government
 * bodies included, as in relationsBetween) up to `$to` whose code decides the state of ties, oldest
 * first; and how many of the two actors exist.
 */
export const TIES_EVENTS = /* cypher */ `
CALL {
  ${dyadEvents(`e.date IS NOT NULL AND NOT e.modality IN $unrealized
    AND any(prefix IN $codePrefixes WHERE e.cameoCode STARTS WITH prefix)`)}
  WITH e ORDER BY e.date, e.sortKey
  RETURN collect(${EVENT_ROW}) AS events
}
RETURN COUNT { MATCH (x:Actor) WHERE x.id IN [$a, $b] } AS known, events`;
