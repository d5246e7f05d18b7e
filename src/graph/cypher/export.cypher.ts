/**
 * The exports' statements (src/export): events as flat rows, read in keyset pages on `sortKey`, and one
 * article with the actors and statements its JSON-LD describes. Values arrive only as parameters; the
 * scopes that differ by pattern are separate constants from a closed map.
 */
import { DYAD_EVENTS } from './dyad.cypher';
import { FILTER_SLOT } from './read.cypher';

/** An actor as an export row: its id, name, kind and the ISO3 of its country (itself, or the one it is of). */
const actorRow = (v: string): string => /* cypher */ `${v} {
    .id, .name, .kind,
    countryIso3: coalesce(${v}.iso3,
      head([(${v})-[:OF_COUNTRY]->(c:Country) | c.iso3]),
      head([(${v})-[:HOLDS_OFFICE|PART_OF]->(c:Country) | c.iso3]))
  }`;

/** An event with everything a GDELT-style row needs, denormalised (no loader round trips). */
const EXPORT_EVENT_ROW = /* cypher */ `e {
  .id, .date, .datePrecision, .modality, .summary, .confidence,
  code: e.cameoCode,
  type: head([(e)-[:OF_TYPE]->(t:EventType) | t {.rootCode, .quadClass, .goldstein}]),
  source: head([(e)-[:SOURCE]->(s:Actor) | ${actorRow('s')}]),
  target: head([(e)-[:TARGET]->(g:Actor) | ${actorRow('g')}]),
  evidence: COLLECT {
    MATCH (e)-[r:EXTRACTED_FROM]->(ar:Article)
    RETURN {articleId: ar.id, url: ar.url, start: r.start, end: r.end, text: r.text} AS span
    ORDER BY ar.id, r.start
  }
}`;

/**
 * One forward keyset page of the events `match` binds as `e` (oldest first, undated first, as the
 * `events` query), narrowed by the client filter in FILTER_SLOT; `$after` is the last page's sortKey.
 * It returns ids only: the rows come from EXPORT_EVENT_ROWS, one statement whatever the scope and
 * filter, so the planner compiles the heavy projection once rather than once per filter shape.
 */
function exportPage(match: string): string {
  return /* cypher */ `
${match}
WITH e WHERE ${FILTER_SLOT}
WITH e WHERE $after IS NULL OR e.sortKey > $after
WITH e ORDER BY e.sortKey ASC LIMIT $limit
RETURN e.id AS id, e.sortKey AS sortKey`;
}

/** The scopes an export reads events from: every event, one actor's (by role), one article's, a dyad's. */
export const EXPORT_EVENTS = {
  all: exportPage('MATCH (e:Event)'),
  SOURCE: exportPage('MATCH (e:Event)-[:SOURCE]->(:Actor {id: $actor}) WITH DISTINCT e'),
  TARGET: exportPage('MATCH (e:Event)-[:TARGET]->(:Actor {id: $actor}) WITH DISTINCT e'),
  ANY: exportPage('MATCH (e:Event)-[:SOURCE|TARGET]->(:Actor {id: $actor}) WITH DISTINCT e'),
  article: exportPage(
    'MATCH (e:Event)-[:EXTRACTED_FROM]->(:Article {id: $article}) WITH DISTINCT e',
  ),
  // DYAD_EVENTS ends in WITH DISTINCT e; its own $from/$to are passed as null (the filter has them)
  dyad: exportPage(DYAD_EVENTS),
} as const;

/** The rows of a page's events, by id (in no order: the repository puts them in the page's). */
export const EXPORT_EVENT_ROWS = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN ${EXPORT_EVENT_ROW} AS row`;

const JSONLD_ACTOR = /* cypher */ `x {
  .id, .kind, .name, .aliases, .iso3, .wikidataId, .description,
  countryId: head([(x)-[:OF_COUNTRY]->(c:Country) | c.id])
}`;

/**
 * One article, the actors it mentions or its statements involve (speakers, subjects, addressees,
 * outlets), and its statements in text order; no row when the article is unknown.
 */
export const EXPORT_ARTICLE_GRAPH = /* cypher */ `
MATCH (a:Article {id: $id})
WITH a, COLLECT {
    MATCH (a)-[:MENTIONS]->(x:Actor) RETURN x
    UNION
    MATCH (:Article {id: $id})<-[:EXTRACTED_FROM]-(:Statement)-[:SPOKEN_BY|ABOUT|ADDRESSED_TO|REPORTED_BY]->(x:Actor)
    RETURN x
  } AS xs
RETURN a {.id, .title, .url, .source, .publishedAt, .text, .extractor} AS article,
  [x IN xs | ${JSONLD_ACTOR}] AS actors,
  COLLECT {
    MATCH (s:Statement)-[r:EXTRACTED_FROM]->(a)
    RETURN s {
      .id, .text, .direct, .reportingVerb, .date,
      speakerId: head([(s)-[:SPOKEN_BY]->(p:Actor) | p.id]),
      reportedById: head([(s)-[:REPORTED_BY]->(m:Actor) | m.id]),
      addresseeIds: [(s)-[:ADDRESSED_TO]->(t:Actor) | t.id],
      aboutIds: [(s)-[:ABOUT]->(t:Actor) | t.id],
      start: r.start, end: r.end
    } AS statement
    ORDER BY r.start, s.id
  } AS statements`;
