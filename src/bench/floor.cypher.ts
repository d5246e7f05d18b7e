/**
 * The floor of the read benchmark: the best Cypher we could write by hand for each operation, knowing
 * the question (not general-purpose like a GraphQL layer). Each returns the operation's canonical answer
 * (read-canonical.ts) or rows that map to it one to one. The peer's `@cypher` fields reuse the
 * aggregates (peer.typedefs.ts).
 */

/** Projection of an event `e` in the canonical form (evidence ordered by article, then start). */
const EVENT = /* cypher */ `{
  id: e.id, date: e.date,
  code: head([(e)-[:OF_TYPE]->(t:EventType) | t.code]),
  source: head([(e)-[:SOURCE]->(x:Actor) | x.id]),
  target: head([(e)-[:TARGET]->(x:Actor) | x.id]),
  evidence: COLLECT {
    MATCH (e)-[r:EXTRACTED_FROM]->(ar:Article)
    RETURN {article: ar.id, start: r.start, end: r.end, text: r.text} AS span ORDER BY ar.id, r.start
  }
}`;

/** Events with both $a and $b as ends, newest first, read from the sort-key index until $limit match. */
const DYAD = /* cypher */ `
MATCH (e:Event) WHERE e.sortKey > ''
  AND EXISTS { (e)-[:SOURCE|TARGET]->(:Actor {id: $a}) }
  AND EXISTS { (e)-[:SOURCE|TARGET]->(:Actor {id: $b}) }
WITH e ORDER BY e.sortKey DESC LIMIT $limit
RETURN ${EVENT} AS row`;

/** An actor and its $limit latest statements, with speaker and article. */
const ACTOR_PAGE = /* cypher */ `
MATCH (x:Actor {id: $id})
CALL {
  WITH x
  MATCH (x)<-[:SPOKEN_BY]-(s:Statement)
  WITH s ORDER BY s.sortKey DESC LIMIT $limit
  RETURN collect({
    id: s.id, text: s.text, date: s.date,
    speaker: head([(s)-[:SPOKEN_BY]->(p:Actor) | {id: p.id, name: p.name}]),
    article: head([(s)-[:EXTRACTED_FROM]->(ar:Article) | {id: ar.id, title: ar.title}])
  }) AS statements
}
RETURN {id: x.id, name: x.name, statements: statements} AS row`;

/** The actor's events (either end) after the sort key $after, oldest first. */
const DEEP_PAGE = /* cypher */ `
MATCH (x:Actor {id: $id})
MATCH (x)<-[:SOURCE|TARGET]-(e:Event) WHERE e.sortKey > $after
WITH DISTINCT e ORDER BY e.sortKey LIMIT $limit
RETURN {id: e.id, date: e.date, code: head([(e)-[:OF_TYPE]->(t:EventType) | t.code])} AS row`;

/** The sort key of the actor's $offset-th event (1-based), the deep page's cursor. */
export const DEEP_PAGE_KEY = /* cypher */ `
MATCH (:Actor {id: $id})<-[:SOURCE|TARGET]-(e:Event)
WITH DISTINCT e ORDER BY e.sortKey SKIP $skip LIMIT 1
RETURN e.sortKey AS sortKey`;

/** Full-text hits of the three indexes, best first; `$query` is a Lucene query. */
const SEARCH = /* cypher */ `
CALL {
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node, score
  RETURN 'STATEMENT' AS kind, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
  RETURN 'ARTICLE' AS kind, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node, score
  RETURN 'ACTOR' AS kind, node.id AS id, score
}
WITH kind, id, score ORDER BY score DESC, kind, id LIMIT $limit
RETURN {kind: kind, id: id, score: score} AS row`;

/** One article with its events and statements (by sort key) and the actors it mentions (by name). */
const ARTICLE = /* cypher */ `
MATCH (a:Article {id: $id})
RETURN {
  id: a.id, title: a.title,
  events: COLLECT {
    MATCH (a)<-[:EXTRACTED_FROM]-(e:Event)
    WITH DISTINCT e ORDER BY e.sortKey
    RETURN {id: e.id, code: head([(e)-[:OF_TYPE]->(t:EventType) | t.code]),
            source: head([(e)-[:SOURCE]->(x:Actor) | x.id]), target: head([(e)-[:TARGET]->(x:Actor) | x.id])}
  },
  statements: COLLECT {
    MATCH (a)<-[:EXTRACTED_FROM]-(s:Statement)
    WITH DISTINCT s ORDER BY s.sortKey
    RETURN {id: s.id, speaker: head([(s)-[:SPOKEN_BY]->(p:Actor) | p.id])}
  },
  actors: COLLECT { MATCH (a)-[:MENTIONS]->(x:Actor) WITH x ORDER BY x.sortKey RETURN {id: x.id, name: x.name} }
} AS row`;

/** Asserted and reported events between $a and $b per month. Columns, not a map: the peer reuses it. */
const TIMELINE = /* cypher */ `
MATCH (:Actor {id: $a})<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(:Actor {id: $b})
WHERE type(ra) <> type(rb) AND e.date IS NOT NULL AND e.modality IN ['ASSERTED', 'REPORTED']
MATCH (e)-[:OF_TYPE]->(t:EventType)
WITH substring(e.date, 0, 7) + '-01' AS start, t
WITH start,
  count(*) AS count,
  sum(CASE t.quadClass WHEN 1 THEN 1 ELSE 0 END) AS verbalCooperation,
  sum(CASE t.quadClass WHEN 2 THEN 1 ELSE 0 END) AS materialCooperation,
  sum(CASE t.quadClass WHEN 3 THEN 1 ELSE 0 END) AS verbalConflict,
  sum(CASE t.quadClass WHEN 4 THEN 1 ELSE 0 END) AS materialConflict,
  sum(t.goldstein) AS goldsteinSum
ORDER BY start`;

/**
 * Actors by the articles mentioning them, then by mentions. Only the mentions of the actors that can
 * rank are read: the $limit actors with the most MENTIONS (degree store), then any other whose degree
 * reaches the fewest articles among those (the degree bounds the articles from above).
 */
const TOP_MENTIONED = /* cypher */ `
MATCH (x:Actor)
WITH x, COUNT { (x)<-[:MENTIONS]-() } AS bound ORDER BY bound DESC
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
WITH x.id AS id, x.name AS name, articles, mentions`;

/** The centre and its $limit strongest neighbours (events with it, then relations, then name). */
const NEIGHBOURHOOD = /* cypher */ `
MATCH (c:Actor {id: $id})
CALL {
  WITH c
  MATCH (c)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(b:Actor)
  WHERE type(ra) <> type(rb)
  RETURN b, count(e) AS events, 0 AS relations
  UNION ALL
  WITH c
  MATCH (c)-[r:OF_COUNTRY|PART_OF|HAS_MEMBER|HOLDS_OFFICE|SUCCEEDS]-(b:Actor)
  RETURN b, 0 AS events, count(r) AS relations
}
WITH c, b, sum(events) AS events, sum(relations) AS relations
WHERE b <> c
ORDER BY events DESC, relations DESC, b.sortKey LIMIT $limit
WITH c, collect({id: b.id, hop: 1, events: events}) AS ring
UNWIND [{id: c.id, hop: 0, events: 0}] + ring AS n
WITH n.id AS id, n.hop AS hop, n.events AS events`;

/**
 * A two-step path from $from to $to: an event to a neighbour related to $to (the latest such event),
 * when no single step joins them. Written for the benchmark's pair, which is two steps apart.
 */
const PATH = /* cypher */ `
MATCH (s:Actor {id: $from}), (t:Actor {id: $to})
WHERE NOT EXISTS { (s)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(t) }
  AND NOT EXISTS { (s)-[:OF_COUNTRY|PART_OF|HAS_MEMBER|HOLDS_OFFICE|SUCCEEDS]-(t) }
MATCH (t)-[r:OF_COUNTRY|PART_OF|HAS_MEMBER|HOLDS_OFFICE|SUCCEEDS]-(m:Actor)
MATCH (s)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(m)
WHERE type(ra) <> type(rb)
WITH s, t, m, r, e ORDER BY e.date IS NULL, e.date DESC, e.id LIMIT 1
WITH [s.id + '>' + m.id + '>EVENT>' + e.id, m.id + '>' + t.id + '>' + type(r) + '>'] AS steps`;

/**
 * The shortest-path operation's pair: the person and media outlet joined by the most two-step paths
 * "event with the outlet's country, then the outlet's OF_COUNTRY", the person holding no office there
 * (else a relation would be a second route). Ties by id, so every run picks the same pair.
 */
export const PATH_PAIR = /* cypher */ `
MATCH (m:Actor {kind: 'MEDIA_OUTLET'})-[:OF_COUNTRY]->(c:Actor)
MATCH (c)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(p:Actor {kind: 'PERSON'})
WHERE type(ra) <> type(rb) AND NOT EXISTS { (p)-[:HOLDS_OFFICE|PART_OF|OF_COUNTRY]-(c) }
WITH p, m, count(e) AS n
ORDER BY n DESC, p.id, m.id LIMIT 1
RETURN p.id AS from, m.id AS to`;

export const FLOOR_CYPHER = {
  dyad: DYAD,
  actor: ACTOR_PAGE,
  deep: DEEP_PAGE,
  search: SEARCH,
  article: ARTICLE,
  timeline: TIMELINE,
  topMentioned: TOP_MENTIONED,
  neighbourhood: NEIGHBOURHOOD,
  path: PATH,
} as const;

/** Closing clauses for the statements that end in WITH (shared with the peer's @cypher fields). */
export const FLOOR_RETURN = {
  timeline: `RETURN {start: start, count: count, verbalCooperation: verbalCooperation,
  materialCooperation: materialCooperation, verbalConflict: verbalConflict,
  materialConflict: materialConflict, goldsteinSum: goldsteinSum} AS row`,
  topMentioned: 'RETURN {id: id, name: name, articles: articles, mentions: mentions} AS row',
  neighbourhood: 'RETURN {id: id, hop: hop, events: events} AS row',
  path: 'RETURN steps AS row',
} as const;
