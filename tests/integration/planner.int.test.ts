/**
 * The read planner: `article(id)` and `actor(id)` with nested connections, counts, evidence and the
 * actors of events run as ONE Cypher statement, and answer exactly what the DataLoader path answers for
 * the same object reached through a field the planner does not plan (`Evidence.article`,
 * `Statement.speaker`). `search` reads only what each hit's node is asked for.
 */
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { SearchRepository } from '../../src/graph/search.repository';
import { validateBatch } from '../../src/kg/kg-batch';
import { SearchKind, type SearchHit } from '../../src/schema/search.type';
import { rootSelection } from '../helpers/plan';
import { type Synthetic, syntheticArticle } from '../helpers/synthetic';
import { type GqlResponse, type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
let data: Synthetic;
let articleId: string;
beforeAll(async () => {
  // the DataLoader path reaches the same object deeper, through Evidence.article
  server = await startTestServer({ limits: { maxDepth: 16 } });
  data = syntheticArticle(8);
  expect(validateBatch(data.batch)).toEqual([]);
  await new KgWriterRepository(server.graph).writeBatch(data.batch);
  articleId = data.batch.article.id;
});
afterAll(async () => {
  await server.close();
});

/** Runs a query and returns its answer with the number of Cypher statements it ran. */
async function counted<T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ res: GqlResponse<T>; statements: number }> {
  const before = server.graph.statementCount;
  const res = await server.gql<T>(query, variables);
  return { res, statements: server.graph.statementCount - before };
}

const BENCH_ARTICLE = `fragment A on Article { id title
  events(first: 100) { edges { node { id type { code } source { id } target { id } } } }
  statements(first: 100) { edges { node { id speaker { id } } } }
  actors { id name } }`;

const FULL_ARTICLE = `fragment A on Article {
  id title url source publishedAt publishedAtPrecision publishedAtInferred extractor length
  events(first: 3) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id date datePrecision dateInferred modality summary extractor confidence
      type { id code name rootCode level quadClass goldstein }
      source { id kind name aliases iso3 country { id name } }
      target { id name }
      statements { id text speaker { id } addressees { id } about { id } }
      evidence { id start end text article { id title } }
      sourcing { articleCount singleSource }
      respondsTo { id }
    } }
  }
  narrowed: statements(last: 4, filter: { textContains: "NUMBER", direct: true }) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id text direct reportingVerb stance date datePrecision extractor confidence
      speaker { id name offices { title } } reportedBy { id } addressees { id name } about { id iso3 }
      evidence { id start end text article { id } }
    } }
  }
  people: actors(kind: PERSON) { id kind name country { id } }
  countries: actors(kind: COUNTRY) { id name mentionedIn { id } }
}`;

const ALIASED_ARTICLE = `fragment A on Article {
  ... on Article { title }
  first2: events(first: 2) { edges { node { id } } }
  last2: events(last: 2) {
    totalCount
    edges { a: node { id source { name } } b: node { source { id } evidence { start } } }
    more: edges { node { evidence { text article { title } } } }
  }
  actors @include(if: $yes) { id }
  skipped: actors @skip(if: $yes) { id }
}`;

/** The article through `article(id)` (planned) and through Evidence.article (DataLoaders). */
async function bothWays(fragment: string, vars: Record<string, unknown> = {}) {
  const decl = Object.keys(vars)
    .map(k => `, $${k}: ${typeof vars[k] === 'boolean' ? 'Boolean!' : 'String'}`)
    .join('');
  const planned = await counted<{ article: unknown }>(
    `query($id: ID!${decl}) { article(id: $id) { ...A } } ${fragment}`,
    { id: articleId, ...vars },
  );
  const loaded = await server.gql<{
    statements: { edges: { node: { evidence: { article: unknown } } }[] };
  }>(
    `query($id: ID!${decl}) { statements(article: $id, first: 1) { edges { node {
      evidence { article { ...A } } } } } } ${fragment}`,
    { id: articleId, ...vars },
  );
  expect(planned.res.errors).toBeUndefined();
  expect(loaded.errors).toBeUndefined();
  return {
    planned: planned.res.data?.article,
    loaded: loaded.data?.statements.edges[0]?.node.evidence.article,
    statements: planned.statements,
  };
}

describe('article(id) through the read planner', () => {
  it('answers the benchmark article query as the DataLoaders do, in one statement', async () => {
    const { planned, loaded, statements } = await bothWays(BENCH_ARTICLE);
    expect(planned).toEqual(loaded);
    expect(planned).toMatchObject({ title: data.batch.article.title });
    expect(JSON.stringify(planned)).toContain(data.personIds[7]);
    expect(statements).toBe(1);
  });

  it('answers every field, filter, count and backward page as the DataLoaders do', async () => {
    const { planned, loaded } = await bothWays(FULL_ARTICLE);
    expect(planned).toEqual(loaded);
    const article = planned as {
      events: { totalCount: number; edges: { node: { evidence: unknown[] } }[] };
      narrowed: { totalCount: number; edges: unknown[] };
      people: unknown[];
    };
    expect(article.events.totalCount).toBe(8);
    expect(article.events.edges).toHaveLength(3);
    expect(article.events.edges[0]?.node.evidence).toHaveLength(2);
    expect(article.narrowed.totalCount).toBe(8);
    expect(article.narrowed.edges).toHaveLength(4);
    expect(article.people).toHaveLength(8);
  });

  it('merges aliases, fragments and directives as GraphQL does, in one statement', async () => {
    const { planned, loaded, statements } = await bothWays(ALIASED_ARTICLE, { yes: true });
    expect(planned).toEqual(loaded);
    expect(planned).toMatchObject({ last2: { totalCount: 8 } });
    expect(planned).not.toHaveProperty('skipped');
    expect(statements).toBe(1);
  });

  it('pages on with the cursors it returns, as the DataLoaders do', async () => {
    const first = await server.gql<{
      article: { events: { pageInfo: { endCursor: string } } };
    }>(`query($id: ID!) { article(id: $id) { events(first: 3) { pageInfo { endCursor } } } }`, {
      id: articleId,
    });
    const after = first.data?.article.events.pageInfo.endCursor;
    expect(typeof after).toBe('string');
    const fragment = `fragment A on Article {
      events(first: 3, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { id } } }
      statements(last: 2, before: $after) { edges { node { id } } } }`;
    const { planned, loaded, statements } = await bothWays(fragment, { after });
    expect(planned).toEqual(loaded);
    expect(planned).toMatchObject({ events: { pageInfo: { hasPreviousPage: true } } });
    expect(statements).toBe(1);
  });

  it('reports a bad nested cursor on the nested field, as the DataLoader path does', async () => {
    const { res } = await counted<{ article: { title: string; events: unknown } | null }>(
      `query($id: ID!) { article(id: $id) { title events(after: "nope") { edges { node { id } } } } }`,
      { id: articleId },
    );
    expect(res.errors?.[0]?.path).toEqual(['article', 'events']);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors).toHaveLength(1);
  });

  it('answers null for an unknown id in one statement', async () => {
    const { res, statements } = await counted<{ article: unknown }>(
      `query($id: ID!) { article(id: $id) { id events { totalCount } } }`,
      { id: `${articleId}-missing` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.article).toBeNull();
    expect(statements).toBe(1);
  });
});

const ACTOR_PAGE = `fragment X on Actor { id name
  country { id name }
  statements(last: 2) { totalCount edges { cursor node {
    id text date speaker { id name } evidence { article { id title } } } } }
}`;

describe('actor(id) through the read planner', () => {
  it("answers an actor's statements page as the DataLoaders do, in one statement", async () => {
    const id = data.personIds[3];
    const planned = await counted<{ actor: unknown }>(
      `query($id: ID!) { actor(id: $id) { ...X } } ${ACTOR_PAGE}`,
      { id },
    );
    const loaded = await server.gql<{
      statements: { edges: { node: { speaker: unknown } }[] };
    }>(
      `query($id: ID!) { statements(speaker: $id, first: 1) { edges { node { speaker { ...X } } } } } ${ACTOR_PAGE}`,
      { id },
    );
    expect(server.loggedErrors).toEqual([]);
    expect(planned.res.errors).toBeUndefined();
    expect(planned.res.data?.actor).toEqual(loaded.data?.statements.edges[0]?.node.speaker);
    expect(planned.res.data?.actor).toMatchObject({ country: { id: data.countryId } });
    expect(planned.statements).toBe(1);
  });
});

describe('search through the read planner', () => {
  it('answers hits, scores and snippets as the full rows do, reading only what is selected', async () => {
    const repo = new SearchRepository(server.graph, 100);
    const req = { text: data.tag, kinds: Object.values(SearchKind), first: 20 };
    const { selection } = rootSelection(
      `{ search(text: "x") { snippet highlights { start end } node {
        ... on Actor { id name } ... on Article { id } ... on Statement { id } } } }`,
    );
    const full = await repo.search(req);
    const planned = await repo.search(req, selection);
    const view = (hits: SearchHit[]) =>
      hits.map(h => ({ ...h, node: (h.node as { id: string }).id }));
    expect(view(planned)).toEqual(view(full));
    expect(full.length).toBeGreaterThan(8);
    const article = planned.find(h => h.kind === SearchKind.ARTICLE)?.node;
    const read = Object.entries(article ?? {}).filter(([, value]) => value !== undefined);
    expect(read.map(([key]) => key).sort()).toEqual(['id', 'text', 'title']); // the snippet's texts
  });

  it('reads the relations selected on the hits in the same statement', async () => {
    const { res, statements } = await counted<{
      search: { node: { id: string; country?: { id: string } } }[];
    }>(
      `query($text: String!) { search(text: $text, kinds: [ACTOR], first: 5) { id node {
        ... on Actor { id country { id } offices { title } } } } }`,
      { text: data.tag },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.search).toHaveLength(5);
    const people = res.data?.search.filter(h => h.node.id.startsWith('person:')) ?? [];
    expect(people.length).toBeGreaterThan(0);
    expect(people.map(h => h.node.country)).toEqual(people.map(() => ({ id: data.countryId })));
    expect(statements).toBe(2); // the hits with their countries, then the offices' DataLoader
  });
});
