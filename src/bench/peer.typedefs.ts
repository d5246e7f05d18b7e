/**
 * Type definitions for the peer, the Neo4j GraphQL Library (`@neo4j/graphql` 7), over the graph newsgraph
 * writes: the nodes and relationships the benchmarked operations read, with the library's native
 * features (relationships, relationship properties, where, sort, limit, connections with cursors,
 * full-text). `@cypher` only where it has none: a dyad's time series by month (grouping by a derived
 * value), actors ranked by mentions (sort by an aggregate, neo4j/graphql #1156), an ego network and a
 * shortest path (no traversal primitives). Those statements are the floor's (floor.cypher.ts), so the
 * peer and the floor do the same database work there and differ only by the GraphQL layer.
 */
import { FLOOR_CYPHER } from './floor.cypher';

/** A `@cypher` root field's statement: the floor's, its columns gathered into one map `r`. */
function asRow(cypher: string, columns: readonly string[]): string {
  return `${cypher}\nWITH {${columns.map(c => `${c}: ${c}`).join(', ')}} AS r RETURN r`;
}

export const PEER_TYPE_DEFS = /* GraphQL */ `
type CameoType @node(labels: ["EventType"]) {
  code: String!
  name: String!
}

type Span @relationshipProperties {
  start: Int!
  end: Int!
  text: String!
}

type Actor @node @fulltext(indexes: [{ indexName: "actor_names", queryName: "actorsByName", fields: ["name", "aliasText"] }]) {
  id: ID!
  name: String!
  aliasText: String
  kind: String!
  sortKey: String!
  statements: [Statement!]! @relationship(type: "SPOKEN_BY", direction: IN)
}

type Article @node @fulltext(indexes: [{ indexName: "article_text", queryName: "articlesByText", fields: ["title", "text"] }]) {
  id: ID!
  title: String!
  text: String!
  url: String
  sortKey: String!
  events: [Event!]! @relationship(type: "EXTRACTED_FROM", direction: IN, properties: "Span")
  statements: [Statement!]! @relationship(type: "EXTRACTED_FROM", direction: IN, properties: "Span")
  actors: [Actor!]! @relationship(type: "MENTIONS", direction: OUT)
}

type Statement @node @fulltext(indexes: [{ indexName: "statement_text", queryName: "statementsByText", fields: ["text"] }]) {
  id: ID!
  text: String!
  date: String
  sortKey: String!
  speaker: [Actor!]! @relationship(type: "SPOKEN_BY", direction: OUT)
  articles: [Article!]! @relationship(type: "EXTRACTED_FROM", direction: OUT, properties: "Span")
}

type Event @node {
  id: ID!
  date: String
  modality: String!
  summary: String!
  sortKey: String!
  type: [CameoType!]! @relationship(type: "OF_TYPE", direction: OUT)
  source: [Actor!]! @relationship(type: "SOURCE", direction: OUT)
  target: [Actor!]! @relationship(type: "TARGET", direction: OUT)
  articles: [Article!]! @relationship(type: "EXTRACTED_FROM", direction: OUT, properties: "Span")
}

type TimelineRow {
  start: String!
  count: Int!
  verbalCooperation: Int!
  materialCooperation: Int!
  verbalConflict: Int!
  materialConflict: Int!
  goldsteinSum: Float!
}

type RankedRow {
  id: ID!
  name: String!
  articles: Int!
  mentions: Int!
}

type NeighbourRow {
  id: ID!
  hop: Int!
  events: Int!
}

type PathRow {
  steps: [String!]!
}

type Query {
  dyadTimeline(a: ID!, b: ID!): [TimelineRow!]!
    @cypher(statement: """${asRow(FLOOR_CYPHER.timeline, ['start', 'count', 'verbalCooperation', 'materialCooperation', 'verbalConflict', 'materialConflict', 'goldsteinSum'])}""", columnName: "r")
  topMentioned(limit: Int!): [RankedRow!]!
    @cypher(statement: """${asRow(FLOOR_CYPHER.topMentioned, ['id', 'name', 'articles', 'mentions'])}""", columnName: "r")
  neighbourhood(id: ID!, limit: Int!): [NeighbourRow!]!
    @cypher(statement: """${asRow(FLOOR_CYPHER.neighbourhood, ['id', 'hop', 'events'])}""", columnName: "r")
  shortestPath(from: ID!, to: ID!): [PathRow!]!
    @cypher(statement: """${asRow(FLOOR_CYPHER.path, ['steps'])}""", columnName: "r")
}
`;
