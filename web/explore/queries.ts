// Every GraphQL document the page sends, with the shapes it reads back. They use only the public
// schema (schema/schema.graphql), so they double as examples for dashboard authors.

export interface ActorRef {
  id: string;
  name: string;
  kind: string;
}

export interface EvidenceRef {
  id: string;
  start: number;
  end: number;
  text: string;
  article: { id: string; title: string };
}

export interface EventItem {
  id: string;
  date: string | null;
  datePrecision: string | null;
  modality: string;
  summary: string;
  type: { code: string; name: string; quadClass: string; goldstein: number };
  source: ActorRef;
  target: ActorRef;
  evidence: EvidenceRef[];
}

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  hop: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  weight: number;
  eventCount: number;
  goldsteinSum: number | null;
}

export interface Connection<T> {
  totalCount: number;
  edges: { node: T }[];
}

const ACTOR = 'id name kind';
const EVIDENCE = 'id start end text article { id title }';
const EVENT = `id date datePrecision modality summary
  type { code name quadClass goldstein }
  source { ${ACTOR} } target { ${ACTOR} }
  evidence { ${EVIDENCE} }`;

export const SEARCH_ACTORS = `query ExploreSearchActors($search: String!) {
  actors(search: $search, first: 12) { edges { node { ${ACTOR} } } }
}`;
export type SearchActors = { actors: Connection<ActorRef> };

export const TOP_ACTORS = `query ExploreTopActors {
  topActors(by: MOST_MENTIONED, first: 8) { actor { ${ACTOR} } value }
}`;
export type TopActors = { topActors: { actor: ActorRef; value: number }[] | null };

export const ACTOR_BY_ID = `query ExploreActor($id: ID!) { actor(id: $id) { ${ACTOR} } }`;
export type ActorById = { actor: ActorRef | null };

export const NEIGHBORHOOD = `query ExploreNeighborhood($id: ID!) {
  neighborhood(id: $id, hops: 1, limitPerHop: 25) {
    nodes { id kind label hop }
    edges { id source target kind weight eventCount goldsteinSum }
    truncated
  }
}`;
export type Neighborhood = {
  neighborhood: { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean };
};

export const RELATIONS = `query ExploreRelations($a: ID!, $b: ID!, $first: Int!) {
  relationsBetween(a: $a, b: $b, first: $first) { totalCount edges { node { ${EVENT} } } }
}`;
export type Relations = { relationsBetween: Connection<EventItem> };

export interface TimelineBucket {
  start: string;
  count: number;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  goldsteinMean: number | null;
}

export const DYAD = `query ExploreDyad($a: ID!, $b: ID!) {
  a: actor(id: $a) { ${ACTOR} }
  b: actor(id: $b) { ${ACTOR} }
  dyadTimeline(a: $a, b: $b, interval: MONTH) {
    start count verbalCooperation materialCooperation verbalConflict materialConflict goldsteinMean
  }
}`;
export type Dyad = { a: ActorRef | null; b: ActorRef | null; dyadTimeline: TimelineBucket[] };

export const DIPLOMATIC_STATUS = `query ExploreDiplomaticStatus($a: ID!, $b: ID!) {
  diplomaticStatus(a: $a, b: $b) {
    status since sincePrecision at
    basedOn { id summary date type { code name } evidence { ${EVIDENCE} } }
  }
}`;
export type DiplomaticStatus = {
  diplomaticStatus: {
    status: string;
    since: string | null;
    sincePrecision: string | null;
    at: string;
    basedOn: {
      id: string;
      summary: string;
      date: string | null;
      type: { code: string; name: string };
      evidence: EvidenceRef[];
    } | null;
  } | null;
};

export interface StatementItem {
  id: string;
  text: string;
  direct: boolean;
  reportingVerb: string | null;
  stance: number;
  date: string | null;
  speaker: ActorRef;
  reportedBy: ActorRef | null;
  about: ActorRef[];
  addressees: ActorRef[];
  evidence: EvidenceRef;
}

export const STATEMENTS = `query ExploreStatements($speaker: ID, $about: ID) {
  statements(speaker: $speaker, about: $about, first: 50) {
    totalCount
    edges { node {
      id text direct reportingVerb stance date
      speaker { ${ACTOR} } reportedBy { ${ACTOR} }
      about { ${ACTOR} } addressees { ${ACTOR} }
      evidence { ${EVIDENCE} }
    } }
  }
}`;
export type Statements = { statements: Connection<StatementItem> };

export interface ArticleText {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  text: string;
}

export const ARTICLE_TEXT = `query ExploreArticle($id: ID!) {
  article(id: $id) { id title url source publishedAt text }
}`;
export type ArticleById = { article: ArticleText | null };
