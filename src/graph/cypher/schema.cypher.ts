/**
 * Constraints and indexes, applied before any write (idempotent: IF NOT EXISTS). Neo4j Community supports
 * uniqueness constraints only; required properties are checked by the application.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE',
  'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT event_type_code IF NOT EXISTS FOR (n:EventType) REQUIRE n.code IS UNIQUE',
  'CREATE INDEX article_sort IF NOT EXISTS FOR (n:Article) ON (n.sortKey)',
  'CREATE INDEX actor_sort IF NOT EXISTS FOR (n:Actor) ON (n.sortKey)',
  'CREATE INDEX statement_sort IF NOT EXISTS FOR (n:Statement) ON (n.sortKey)',
  'CREATE INDEX event_sort IF NOT EXISTS FOR (n:Event) ON (n.sortKey)',
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
  'CREATE INDEX event_code IF NOT EXISTS FOR (n:Event) ON (n.cameoCode)',
  'CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]',
  'CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text]',
  'CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText]',
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(60)';
