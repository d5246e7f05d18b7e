/**
 * Map projections shared by the read statements: each turns a node into the row a GraphQL type is built
 * from, with the ids of its neighbours (resolved later in batches by the request's loaders).
 */
export const ARTICLE_ROW = /* cypher */ `a {
  .id, .title, .url, .source, .publishedAt, .publishedAtPrecision, .publishedAtInferred, .text, .extractor,
  length: size(a.text)
}`;

export const ACTOR_ROW = /* cypher */ `x {
  .id, .kind, .name, .aliases, .iso3, .wikidataId, .description,
  countryId: head([(x)-[:OF_COUNTRY]->(c:Country) | c.id])
}`;

export const STATEMENT_ROW = /* cypher */ `s {
  .id, .text, .direct, .reportingVerb, .stance, .date, .datePrecision, .extractor, .confidence,
  speakerId: head([(s)-[:SPOKEN_BY]->(p:Actor) | p.id]),
  reportedById: head([(s)-[:REPORTED_BY]->(m:Actor) | m.id]),
  addresseeIds: [(s)-[:ADDRESSED_TO]->(t:Actor) | t.id],
  aboutIds: [(s)-[:ABOUT]->(t:Actor) | t.id],
  evidence: head([(s)-[r:EXTRACTED_FROM]->(ar:Article) | {articleId: ar.id, start: r.start, end: r.end, text: r.text}])
}`;

export const EVENT_ROW = /* cypher */ `e {
  .id, .date, .datePrecision, .dateInferred, .modality, .summary, .extractor, .confidence,
  typeCode: e.cameoCode,
  sourceId: head([(e)-[:SOURCE]->(p:Actor) | p.id]),
  targetId: head([(e)-[:TARGET]->(p:Actor) | p.id]),
  respondsToId: head([(e)-[:RESPONSE_TO]->(o:Event) | o.id]),
  evidence: COLLECT {
    MATCH (e)-[r:EXTRACTED_FROM]->(ar:Article)
    RETURN {articleId: ar.id, start: r.start, end: r.end, text: r.text} AS span ORDER BY ar.id, r.start
  }
}`;
