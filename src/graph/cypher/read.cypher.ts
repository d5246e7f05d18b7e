/**
 * Read statements. Values arrive only as parameters; the few variants that differ by relationship
 * type are separate constants chosen from a closed map (see EVENTS_BY_ACTOR in event-pages.cypher.ts). Lists use keyset paging
 * on `sortKey` ($after is the decoded cursor or null, $limit is page size + 1 to detect a next page).
 */
import { DYAD_EVENTS } from './dyad.cypher';
import { ACTOR_ROW, ARTICLE_ROW, EVENT_ROW, STATEMENT_ROW } from './projections.cypher';

/**
 * Where a list statement takes the compiled client filter (graph/filter.ts): replaced by a predicate
 * built only from closed templates, with every value a parameter; left as `true` without a filter.
 */
export const FILTER_SLOT = '/*filter*/true';

// --- by id (batched: one statement per request level, whatever the number of ids) ---
export const ARTICLES_BY_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${ARTICLE_ROW} AS row`;

export const ACTORS_BY_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (x:Actor {id: id})
RETURN ${ACTOR_ROW} AS row`;

export const COUNTRY_BY_ISO3 = /* cypher */ `
MATCH (x:Country {iso3: $iso3})
RETURN ${ACTOR_ROW} AS row`;

export const EVENTS_BY_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN ${EVENT_ROW} AS row`;

export const EVENT_TYPES_BY_CODES = /* cypher */ `
UNWIND $codes AS code
MATCH (t:EventType {code: code})
RETURN t {.code, .name, .rootCode, .level, .quadClass, .goldstein} AS row`;

export const EVENT_TYPES = /* cypher */ `
MATCH (t:EventType)
WHERE $root IS NULL OR t.rootCode = $root
RETURN t {.code, .name, .rootCode, .level, .quadClass, .goldstein} AS row
ORDER BY t.code`;

export const OFFICES_BY_ACTOR_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Actor {id: id})-[o:HOLDS_OFFICE]->(c:Country)
RETURN id AS key, {title: o.title, role: o.role, since: o.since, until: o.until, countryId: c.id} AS row
ORDER BY o.since`;

/** Members of groups (HAS_MEMBER), e.g. "hostile forces" -> the United States. */
export const MEMBERS_BY_ACTOR_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:HAS_MEMBER]->(x:Actor)
RETURN id AS key, ${ACTOR_ROW} AS row
ORDER BY x.sortKey`;

/** Groups an actor belongs to. */
export const GROUPS_BY_ACTOR_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (x:Actor)-[:HAS_MEMBER]->(:Actor {id: id})
RETURN id AS key, ${ACTOR_ROW} AS row
ORDER BY x.sortKey`;

/**
 * How well sourced an event is: the articles it was extracted from, and the outlets that carried the
 * statements behind it (with whether each outlet is state media, from its description).
 */
export const SOURCING_BY_EVENT_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id AS key, {
  articleIds: COLLECT { MATCH (e)-[:EXTRACTED_FROM]->(a:Article) RETURN DISTINCT a.id },
  outletIds: COLLECT { MATCH (e)<-[:EVIDENCE_FOR]-(:Statement)-[:REPORTED_BY]->(m:Actor) RETURN DISTINCT m.id }
} AS row`;

export const STATEMENTS_BY_EVENT_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (s:Statement)-[:EVIDENCE_FOR]->(:Event {id: id})
RETURN id AS key, ${STATEMENT_ROW} AS row
ORDER BY s.sortKey`;

export const ACTORS_BY_ARTICLE_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(x:Actor)
WHERE $kind IS NULL OR x.kind = $kind
RETURN id AS key, ${ACTOR_ROW} AS row
ORDER BY x.sortKey`;

export const ARTICLES_BY_ACTOR_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (a:Article)-[:MENTIONS]->(:Actor {id: id})
RETURN id AS key, ${ARTICLE_ROW} AS row
ORDER BY a.sortKey DESC`;

// --- root lists ---

/**
 * Keyset pages in both directions. `match` binds `v` (and ends in MATCH/WHERE or WITH); `order` is the
 * list's natural order. Forward pages read after $after in that order; backward pages read before
 * $before in the opposite order (the repository reverses them). $after/$before may both be null.
 */
export interface KeysetPage {
  readonly forward: string;
  readonly backward: string;
}

/** `key` is the sort-key expression: the stored `sortKey`, or one compiled from an orderBy (graph/order.ts). */
function keysetPage(
  match: string,
  v: string,
  row: string,
  order: 'ASC' | 'DESC',
  key?: string,
): KeysetPage {
  const [later, earlier] = order === 'ASC' ? ['>', '<'] : ['<', '>'];
  // The stored sortKey is used as a plain property so the planner can read it from its range index.
  const k = key === undefined ? `${v}.sortKey` : 'k';
  const bind = key === undefined ? `WITH ${v}` : `WITH ${v}, ${key} AS k`;
  const carry = key === undefined ? `WITH ${v}` : `WITH ${v}, k`;
  const page = (dir: 'ASC' | 'DESC'): string => /* cypher */ `
${match}
WITH ${v} WHERE ${FILTER_SLOT}
${bind}
WHERE ($after IS NULL OR ${k} ${later} $after) AND ($before IS NULL OR ${k} ${earlier} $before)
${carry} ORDER BY ${k} ${dir} LIMIT $limit
RETURN ${row} AS row, ${k} AS sortKey`;
  return { forward: page(order), backward: page(order === 'ASC' ? 'DESC' : 'ASC') };
}

export const ARTICLES_PAGE = keysetPage('MATCH (a:Article)', 'a', ARTICLE_ROW, 'DESC');

/** How many articles the graph holds (the articles connection's totalCount; the seed's emptiness check). */
export const ARTICLES_COUNT = /* cypher */ `
MATCH (a:Article) RETURN count(a) AS n`;

const ACTOR_FILTER = /* cypher */ `
  ($kind IS NULL OR x.kind = $kind)
  AND ($search IS NULL OR toLower(x.name) CONTAINS $search
       OR any(alias IN x.aliases WHERE toLower(alias) CONTAINS $search))`;

export const ACTORS_PAGE = keysetPage(
  `MATCH (x:Actor) WHERE ${ACTOR_FILTER}`,
  'x',
  ACTOR_ROW,
  'ASC',
);

export const ACTORS_COUNT = /* cypher */ `
MATCH (x:Actor) WHERE ${ACTOR_FILTER} RETURN count(x) AS n`;

const STATEMENT_FILTER = /* cypher */ `
  ($speaker IS NULL OR EXISTS { (s)-[:SPOKEN_BY]->(:Actor {id: $speaker}) })
  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Actor {id: $about}) })
  AND ($article IS NULL OR EXISTS { (s)-[:EXTRACTED_FROM]->(:Article {id: $article}) })`;

export const STATEMENTS_PAGE = keysetPage(
  `MATCH (s:Statement) WHERE ${STATEMENT_FILTER}`,
  's',
  STATEMENT_ROW,
  'ASC',
);

export const STATEMENTS_COUNT = /* cypher */ `
MATCH (s:Statement) WHERE ${STATEMENT_FILTER} AND ${FILTER_SLOT} RETURN count(s) AS n`;

/** All events, oldest first (undated first); narrowed by the client filter in FILTER_SLOT. */
export const EVENTS_PAGE = keysetPage('MATCH (e:Event)', 'e', EVENT_ROW, 'ASC');

export const EVENTS_COUNT = /* cypher */ `
MATCH (e:Event) WHERE ${FILTER_SLOT} RETURN count(e) AS n`;

/** Event lists in a client-chosen order: `key` comes from graph/order.ts (closed templates only). */
export function orderedEventPages(key: string): { all: KeysetPage; dyad: KeysetPage } {
  return {
    all: keysetPage('MATCH (e:Event)', 'e', EVENT_ROW, 'ASC', key),
    dyad: keysetPage(DYAD_EVENTS, 'e', EVENT_ROW, 'ASC', key),
  };
}

export const RELATIONS_COUNT = /* cypher */ `
${DYAD_EVENTS}
WHERE ${FILTER_SLOT}
RETURN count(e) AS n`;

// --- nested lists, batched over parent ids (keyed rows) ---

/**
 * A page per parent id in one statement. `pattern` matches the child `v` for the parent bound by `id`;
 * both come from the constants below, never from input.
 */
export function batchedPages(
  pattern: string,
  v: 's' | 'e',
  row: string,
): { page: KeysetPage; count: string } {
  const page = (dir: 'ASC' | 'DESC'): string => /* cypher */ `
UNWIND $ids AS id
CALL {
  WITH id
  MATCH ${pattern}
  WITH DISTINCT ${v}
  WHERE ($after IS NULL OR ${v}.sortKey > $after) AND ($before IS NULL OR ${v}.sortKey < $before)
    AND ${FILTER_SLOT}
  WITH ${v} ORDER BY ${v}.sortKey ${dir} LIMIT $limit
  RETURN collect({row: ${row}, sortKey: ${v}.sortKey}) AS rows
}
RETURN id AS key, rows`;
  return {
    page: { forward: page('ASC'), backward: page('DESC') },
    count: /* cypher */ `
UNWIND $ids AS id
RETURN id AS key, COUNT { MATCH ${pattern} WHERE ${FILTER_SLOT} RETURN DISTINCT ${v} } AS n`,
  };
}

export const STATEMENTS_BY_SPEAKER = batchedPages(
  '(s:Statement)-[:SPOKEN_BY]->(:Actor {id: id})',
  's',
  STATEMENT_ROW,
);

export const STATEMENTS_BY_ARTICLE = batchedPages(
  '(s:Statement)-[:EXTRACTED_FROM]->(:Article {id: id})',
  's',
  STATEMENT_ROW,
);

export const EVENTS_BY_ARTICLE = batchedPages(
  '(e:Event)-[:EXTRACTED_FROM]->(:Article {id: id})',
  'e',
  EVENT_ROW,
);

export const PING = /* cypher */ `RETURN 1 AS ok`;
