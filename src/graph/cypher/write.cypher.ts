/**
 * Write statements for a knowledge-graph batch (from the seed and from the ingest pipeline). All MERGE on
 * stable ids, so writing the same batch twice changes no counts. Rows arrive as list parameters.
 */
import { ACTOR_LABEL, ACTOR_RELATION_TYPES, type ActorRelationType } from '../../kg/labels';
import { type ActorKind } from '../../schema/domain.enum';

export const MERGE_EVENT_TYPES = /* cypher */ `
UNWIND $rows AS r
MERGE (t:EventType {code: r.code})
SET t.name = r.name, t.rootCode = r.rootCode, t.level = r.level, t.quadClass = r.quadClass, t.goldstein = r.goldstein`;

export const MERGE_ARTICLES = /* cypher */ `
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a += r.props`;

/**
 * Articles that were not in the graph when the writer looked: created, not merged, so that an article
 * written meanwhile by someone else fails the uniqueness constraint (the caller retries with MERGE)
 * instead of getting its facts twice. Their facts are created too (the CREATE_* statements below):
 * their ids derive from the article's, so none can exist, and creating skips MERGE's lookups.
 */
export const CREATE_ARTICLES = /* cypher */ `
UNWIND $rows AS r
CREATE (a:Article {id: r.id})
SET a += r.props`;

/** MERGE for facts that may exist already; CREATE for the facts of a created article. */
type Write = 'MERGE' | 'CREATE';

/**
 * The first writer of an actor (the curated seed, or the first article naming it) sets its kind, name
 * and description; later articles only add aliases and fill properties still missing, so ingesting news
 * never overwrites curated facts.
 */
function mergeActors(label: string): string {
  return /* cypher */ `
UNWIND $rows AS r
MERGE (x:Actor {id: r.id})
ON CREATE SET x:${label}, x += r.props
ON MATCH SET
  x.aliases = coalesce(x.aliases, []) + [a IN r.props.aliases WHERE NOT a IN coalesce(x.aliases, [])],
  x.iso3 = coalesce(x.iso3, r.props.iso3),
  x.wikidataId = coalesce(x.wikidataId, r.props.wikidataId),
  x.description = coalesce(x.description, r.props.description)
WITH x
SET x.aliasText = reduce(s = '', a IN x.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)`;
}

/** One MERGE statement per actor kind: the label comes from the closed ACTOR_LABEL map. */
export const MERGE_ACTORS_BY_KIND = Object.fromEntries(
  Object.entries(ACTOR_LABEL).map(([kind, label]) => [kind, mergeActors(label)]),
) as Record<ActorKind, string>;

/**
 * Takes the write locks of existing shared nodes (actors, then CAMEO types), in the order of the ids
 * given (sorted by the caller), before anything else is written. Later statements lock them again in
 * row order, which differs between articles; holding them already, a transaction never waits while
 * holding one another transaction wants. Setting and removing a property leaves nothing behind.
 */
export const LOCK_SHARED_NODES = /* cypher */ `
CALL {
  UNWIND $actorIds AS id
  MATCH (x:Actor {id: id})
  SET x._lock = true
  REMOVE x._lock
  RETURN count(x) AS actors
}
CALL {
  UNWIND $codes AS code
  MATCH (t:EventType {code: code})
  SET t._lock = true
  REMOVE t._lock
  RETURN count(t) AS types
}
RETURN actors, types`;

function writeMentions(write: Write): string {
  return /* cypher */ `
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
MATCH (x:Actor {id: r.actorId})
${write} (a)-[m:MENTIONS]->(x)
SET m.count = r.count, m.firstOffset = r.firstOffset, m.confidence = r.confidence`;
}

export const MERGE_MENTIONS = writeMentions('MERGE');
export const CREATE_MENTIONS = writeMentions('CREATE');

export const MERGE_OFFICES = /* cypher */ `
UNWIND $rows AS r
MATCH (p:Actor {id: r.personId})
MATCH (c:Country {id: r.countryId})
MERGE (p)-[o:HOLDS_OFFICE {title: r.title}]->(c)
SET o.role = r.role, o.since = r.since, o.until = r.until`;

function mergeRelation(type: ActorRelationType): string {
  return /* cypher */ `
UNWIND $rows AS r
MATCH (a:Actor {id: r.fromId})
MATCH (b:Actor {id: r.toId})
MERGE (a)-[:${type}]->(b)`;
}

export const MERGE_RELATION_BY_TYPE = Object.fromEntries(
  ACTOR_RELATION_TYPES.map(t => [t, mergeRelation(t)]),
) as Record<ActorRelationType, string>;

function writeStatements(write: Write): string {
  return /* cypher */ `
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
MATCH (speaker:Actor {id: r.speakerId})
${write} (s:Statement {id: r.id})
SET s += r.props
${write} (s)-[ef:EXTRACTED_FROM {start: r.span.start, end: r.span.end}]->(a)
SET ef.text = r.span.text
${write} (s)-[:SPOKEN_BY]->(speaker)
WITH s, r
CALL {
  WITH s, r
  UNWIND r.addresseeIds AS id
  MATCH (t:Actor {id: id})
  ${write} (s)-[:ADDRESSED_TO]->(t)
}
CALL {
  WITH s, r
  UNWIND r.aboutIds AS id
  MATCH (t:Actor {id: id})
  ${write} (s)-[:ABOUT]->(t)
}
CALL {
  WITH s, r
  UNWIND CASE WHEN r.reportedById IS NULL THEN [] ELSE [r.reportedById] END AS id
  MATCH (m:Actor {id: id})
  ${write} (s)-[:REPORTED_BY]->(m)
}`;
}

export const MERGE_STATEMENTS = writeStatements('MERGE');
export const CREATE_STATEMENTS = writeStatements('CREATE');

function writeEvents(write: Write): string {
  return /* cypher */ `
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
MATCH (src:Actor {id: r.sourceId})
MATCH (tgt:Actor {id: r.targetId})
MATCH (type:EventType {code: r.code})
${write} (e:Event {id: r.id})
SET e += r.props
${write} (e)-[:SOURCE]->(src)
${write} (e)-[:TARGET]->(tgt)
${write} (e)-[:OF_TYPE]->(type)
WITH e, r, a
CALL {
  WITH e, r, a
  UNWIND r.evidence AS span
  ${write} (e)-[ef:EXTRACTED_FROM {start: span.start, end: span.end}]->(a)
  SET ef.text = span.text
}`;
}

export const MERGE_EVENTS = writeEvents('MERGE');
export const CREATE_EVENTS = writeEvents('CREATE');

export const MERGE_RESPONSES = /* cypher */ `
UNWIND $rows AS r
MATCH (e:Event {id: r.id})
MATCH (o:Event {id: r.respondsToId})
MERGE (e)-[:RESPONSE_TO]->(o)`;

function writeStatementEvidence(write: Write): string {
  return /* cypher */ `
UNWIND $rows AS r
MATCH (s:Statement {id: r.statementId})
MATCH (e:Event {id: r.eventId})
${write} (s)-[:EVIDENCE_FOR]->(e)`;
}

export const MERGE_STATEMENT_EVIDENCE = writeStatementEvidence('MERGE');
export const CREATE_STATEMENT_EVIDENCE = writeStatementEvidence('CREATE');

export const GRAPH_COUNTS = /* cypher */ `
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/** Which of these articles and actors exist already (to tell created from merged items), by index. */
export const EXISTING_ARTICLES_AND_ACTORS = /* cypher */ `
CALL { UNWIND $articleIds AS id MATCH (n:Article {id: id}) RETURN collect(id) AS articles }
CALL { UNWIND $actorIds AS id MATCH (n:Actor {id: id}) RETURN collect(id) AS actors }
RETURN articles + actors AS ids`;

/** Which of these statements and events exist already, each kind by its own index. */
export const EXISTING_ITEMS = /* cypher */ `
CALL { UNWIND $statementIds AS id MATCH (n:Statement {id: id}) RETURN collect(id) AS statements }
CALL { UNWIND $eventIds AS id MATCH (n:Event {id: id}) RETURN collect(id) AS events }
RETURN statements + events AS ids`;

/**
 * Articles whose publishedAt is not in the canonical stored form (kg/dates.ts) or lacks its
 * precision: what the publishedAt migration has left to do. `$canonical` is the canonical pattern, so
 * a graph already migrated costs one scan and returns nothing.
 */
export const LEGACY_PUBLISHED_AT = /* cypher */ `
MATCH (a:Article)
WHERE a.publishedAt IS NOT NULL
  AND (NOT toString(a.publishedAt) =~ $canonical
       OR a.publishedAtPrecision IS NULL)
RETURN a.id AS id, a.publishedAt AS publishedAt
LIMIT $limit`;

/** Sets the normalised publishedAt (or null, keeping the unparseable value aside) and its sort key. */
export const SET_PUBLISHED_AT = /* cypher */ `
UNWIND $rows AS r
MATCH (a:Article {id: r.id})
SET a.publishedAt = r.publishedAt,
    a.publishedAtPrecision = r.precision,
    a.publishedAtUnparsed = r.unparsed,
    a.sortKey = coalesce(r.publishedAt, '0000') + '|' + a.id`;
