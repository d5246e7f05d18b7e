/**
 * The operations of the read benchmark: for each, the GraphQL document newsgraph answers, the one the
 * peer (`@neo4j/graphql` 7, peer.typedefs.ts) answers, and the floor's route (floor-server.ts). Their
 * answers are compared in canonical form (read-canonical.ts) before anything is timed.
 */

/** Everything the operations are parameterised by, resolved once against the loaded graph. */
export interface OperationParams {
  /** The hub and its partner (dyad, actor page, deep page, timeline, neighbourhood). */
  readonly a: string;
  readonly b: string;
  readonly dyadSize: number;
  readonly actorSize: number;
  /** 1-based position of the deep page's first item is deepOffset + 1. */
  readonly deepOffset: number;
  /** Sort key of the hub's deepOffset-th event (the keyset cursor). */
  readonly deepKey: string;
  readonly deepSize: number;
  readonly search: string;
  readonly searchSize: number;
  readonly articleId: string;
  readonly topSize: number;
  readonly neighbours: number;
  readonly pathFrom: string;
  readonly pathTo: string;
}

export const OPERATION_NAMES = [
  'dyad',
  'actor',
  'deep',
  'search',
  'article',
  'dashboard',
  'timeline',
  'path',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

export interface GraphQLBody {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface Operation {
  readonly name: OperationName;
  readonly description: string;
  readonly newsgraph: GraphQLBody;
  readonly peer: GraphQLBody;
  /** The floor's parameters (POST /floor/<name>). */
  readonly floor: OperationParams;
}

// --- newsgraph fields ---
const NG_DYAD = `dyad: relationsBetween(a: $a, b: $b, last: $dyadSize) {
    edges { node { id date type { code } source { id } target { id } evidence { id start end text } } } }`;
const NG_TIMELINE = `timeline: dyadTimeline(a: $a, b: $b, interval: MONTH, fillGaps: false) {
    start count verbalCooperation materialCooperation verbalConflict materialConflict goldsteinSum }`;
const NG_SEARCH = `search: search(text: $search, first: $searchSize) { kind score node {
    ... on Actor { id } ... on Article { id } ... on Statement { id } } }`;
const NG_TOP = `top: topActors(by: MOST_MENTIONED, first: $topSize) { actor { id name } value support }`;
const NG_NEIGHBOURHOOD = `neighbourhood: neighborhood(id: $a, hops: 1, limitPerHop: $neighbours) {
    nodes { id hop } }`;

// --- peer fields ---
const PEER_PAIR = `{ OR: [
      { source: { some: { id: { eq: $a } } }, target: { some: { id: { eq: $b } } } },
      { source: { some: { id: { eq: $b } } }, target: { some: { id: { eq: $a } } } } ] }`;
const PEER_DYAD = `dyad: events(where: ${PEER_PAIR}, sort: [{ sortKey: DESC }], limit: $dyadSize) {
    id date type { code } source { id } target { id }
    articlesConnection(sort: [{ node: { id: ASC } }, { edge: { start: ASC } }]) {
      edges { properties { start end text } node { id } } } }`;
const PEER_TIMELINE = `timeline: dyadTimeline(a: $a, b: $b) {
    start count verbalCooperation materialCooperation verbalConflict materialConflict goldsteinSum }`;
const peerIndex = (alias: string, field: string): string =>
  `${alias}: ${field}(phrase: $search, sort: [{ score: DESC }, { node: { id: ASC } }], first: $searchSize) {
    edges { score node { id } } }`;
const PEER_SEARCH = [
  peerIndex('statementHits', 'statementsByText'),
  peerIndex('articleHits', 'articlesByText'),
  peerIndex('actorHits', 'actorsByName'),
].join('\n  ');
const PEER_TOP = `top: topMentioned(limit: $topSize) { id name articles mentions }`;
const PEER_NEIGHBOURHOOD = `neighbourhood: neighbourhood(id: $a, limit: $neighbours) { id hop }`;

function doc(vars: string, fields: readonly string[]): string {
  return `query Bench(${vars}) {\n  ${fields.join('\n  ')}\n}`;
}

/** The eight operations over `p`. */
export function operations(p: OperationParams): Operation[] {
  const ngCursor = Buffer.from(`ng1:${p.deepKey}`, 'utf8').toString('base64url');
  // the peer's cursors are offsets (graphql-relay's "arrayconnection:<index>")
  const peerCursor = Buffer.from(`arrayconnection:${p.deepOffset - 1}`, 'utf8').toString('base64');
  const pair = { a: p.a, b: p.b };
  const dashboardVars = {
    ...pair,
    dyadSize: p.dyadSize,
    search: p.search,
    searchSize: p.searchSize,
    topSize: p.topSize,
    neighbours: p.neighbours,
  };
  const dashVarDecl =
    '$a: ID!, $b: ID!, $dyadSize: Int!, $search: String!, $searchSize: Int!, $topSize: Int!, $neighbours: Int!';
  const op = (
    name: OperationName,
    description: string,
    newsgraph: GraphQLBody,
    peer: GraphQLBody,
  ): Operation => ({ name, description, newsgraph, peer, floor: p });
  return [
    op(
      'dyad',
      `${p.a}-${p.b}, ${p.dyadSize} newest events with type, ends, evidence`,
      {
        query: doc('$a: ID!, $b: ID!, $dyadSize: Int!', [NG_DYAD]),
        variables: { ...pair, dyadSize: p.dyadSize },
      },
      {
        query: doc('$a: ID!, $b: ID!, $dyadSize: Int!', [PEER_DYAD]),
        variables: { ...pair, dyadSize: p.dyadSize },
      },
    ),
    op(
      'actor',
      `${p.a}, ${p.actorSize} latest statements with speaker and article`,
      {
        query: doc('$a: ID!, $n: Int!', [
          `actor: actor(id: $a) { id name statements(last: $n) { edges { node {
    id text date speaker { id name } evidence { article { id title } } } } } }`,
        ]),
        variables: { a: p.a, n: p.actorSize },
      },
      {
        query: doc('$a: ID!, $n: Int!', [
          `actor: actors(where: { id: { eq: $a } }) { id name
    statements(sort: [{ sortKey: DESC }], limit: $n) { id text date speaker { id name } articles { id title } } }`,
        ]),
        variables: { a: p.a, n: p.actorSize },
      },
    ),
    op(
      'deep',
      `${p.a}'s events after ${p.deepOffset}, page of ${p.deepSize} (cursor)`,
      {
        query: doc('$a: ID!, $n: Int!, $after: String!', [
          `actor: actor(id: $a) { events(first: $n, after: $after) { edges { node { id date type { code } } } } }`,
        ]),
        variables: { a: p.a, n: p.deepSize, after: ngCursor },
      },
      {
        query: doc('$a: ID!, $n: Int!, $after: String!', [
          `events: eventsConnection(where: { OR: [{ source: { some: { id: { eq: $a } } } },
      { target: { some: { id: { eq: $a } } } }] }, sort: [{ sortKey: ASC }], first: $n, after: $after) {
    edges { node { id date type { code } } } }`,
        ]),
        variables: { a: p.a, n: p.deepSize, after: peerCursor },
      },
    ),
    op(
      'search',
      `full-text "${p.search}", ${p.searchSize} best hits of all kinds`,
      {
        query: doc('$search: String!, $searchSize: Int!', [NG_SEARCH]),
        variables: { search: p.search, searchSize: p.searchSize },
      },
      {
        query: doc('$search: String!, $searchSize: Int!', [PEER_SEARCH]),
        variables: { search: p.search, searchSize: p.searchSize },
      },
    ),
    op(
      'article',
      'one article with its events, statements and actors',
      {
        query: doc('$id: ID!', [
          `article: article(id: $id) { id title
    events(first: 100) { edges { node { id type { code } source { id } target { id } } } }
    statements(first: 100) { edges { node { id speaker { id } } } }
    actors { id name } }`,
        ]),
        variables: { id: p.articleId },
      },
      {
        query: doc('$id: ID!', [
          `article: articles(where: { id: { eq: $id } }) { id title
    events(sort: [{ sortKey: ASC }], limit: 100) { id type { code } source { id } target { id } }
    statements(sort: [{ sortKey: ASC }], limit: 100) { id speaker { id } }
    actors(sort: [{ sortKey: ASC }]) { id name } }`,
        ]),
        variables: { id: p.articleId },
      },
    ),
    op(
      'dashboard',
      'five root fields: dyad, timeline by month, top actors, neighbourhood, search',
      {
        query: doc(dashVarDecl, [NG_DYAD, NG_TIMELINE, NG_TOP, NG_NEIGHBOURHOOD, NG_SEARCH]),
        variables: dashboardVars,
      },
      {
        query: doc(dashVarDecl, [
          PEER_DYAD,
          PEER_TIMELINE,
          PEER_TOP,
          PEER_NEIGHBOURHOOD,
          PEER_SEARCH,
        ]),
        variables: dashboardVars,
      },
    ),
    op(
      'timeline',
      `${p.a}-${p.b} events per month`,
      { query: doc('$a: ID!, $b: ID!', [NG_TIMELINE]), variables: pair },
      { query: doc('$a: ID!, $b: ID!', [PEER_TIMELINE]), variables: pair },
    ),
    op(
      'path',
      `shortest path ${p.pathFrom} to ${p.pathTo}`,
      {
        query: doc('$from: ID!, $to: ID!', [
          `path: path(from: $from, to: $to, maxHops: 3) { steps { from { id } to { id } kind event { id } } }`,
        ]),
        variables: { from: p.pathFrom, to: p.pathTo },
      },
      {
        query: doc('$from: ID!, $to: ID!', ['path: shortestPath(from: $from, to: $to) { steps }']),
        variables: { from: p.pathFrom, to: p.pathTo },
      },
    ),
  ];
}
