/**
 * Input checked at the edge (reliability.md §8 cases 4 and 6): injected Cypher in a search is a value in
 * a parameter, never statement text; bad ingest fields are BAD_USER_INPUT naming each field, before the
 * database is touched. (Case 7, Unicode and control characters in article text, is the ingest input
 * check's: tests/integration/ingest-input.int.test.ts.)
 */
import { randomUUID } from 'node:crypto';
import type { RecordShape } from 'neo4j-driver';
import { GraphClient, type Params } from '../../src/graph/graph-client';
import { type TestServer, TEST_WRITER_TOKEN, startTestServer } from '../helpers/test-server';

/** Records every statement and its parameters as the real client runs them. */
class RecordingGraph extends GraphClient {
  readonly log: { cypher: string; params: Params }[] = [];

  override read<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    this.log.push({ cypher, params });
    return super.read<T>(cypher, params);
  }
}

let server: TestServer;
let graph: RecordingGraph;
beforeAll(async () => {
  server = await startTestServer({
    makeGraph: (driver, options) => (graph = new RecordingGraph(driver, options)),
  });
});
afterAll(async () => {
  await server.close();
});

const COUNTS = 'id statements { totalCount } events { totalCount }';
const ARTICLES = `{ articles(first: 10) { edges { node { ${COUNTS} } } } }`;
type ArticleCounts = {
  id: string;
  statements: { totalCount: number };
  events: { totalCount: number };
};

describe('4. Cypher in a search string', () => {
  it('finds nothing, deletes nothing, and reaches Neo4j only as a parameter', async () => {
    const marker = randomUUID().slice(0, 8);
    const injection = `x${marker}' WITH 1 AS x MATCH (n) DETACH DELETE n //`;
    const before = await server.gql<{ articles: { edges: { node: ArticleCounts }[] } }>(ARTICLES);
    const from = graph.log.length;
    const res = await server.gql<{ search: unknown[] }>(
      `query($text: String!) { search(text: $text) { kind } }`,
      { text: injection },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.search).toEqual([]);
    const statements = graph.log.slice(from);
    expect(statements.length).toBeGreaterThan(0);
    for (const { cypher, params } of statements) {
      expect(cypher).not.toContain(marker);
      expect(JSON.stringify(params)).toContain(marker);
    }
    // The articles that existed before (the seed's among them) keep their statements and events.
    const ids = (before.data?.articles.edges ?? []).map(e => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
    const after = await server.gql<Record<string, ArticleCounts | null>>(
      `{ ${ids.map((id, i) => `a${i}: article(id: "${id}") { ${COUNTS} }`).join(' ')} }`,
    );
    expect(ids.map((_, i) => after.data?.[`a${i}`])).toEqual(
      before.data?.articles.edges.map(e => e.node),
    );
  });
});

describe('6. bad ingest fields', () => {
  it('are BAD_USER_INPUT naming each field, with no statement run', async () => {
    const text = `Edge validation ${randomUUID()}: Pyongyang and Moscow meet.`;
    const before = server.graph.statementCount;
    const res = await server.gql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`,
      { input: { text, url: '', publishedAt: 'yesterday', title: 't'.repeat(100 * 1024) } },
      { token: TEST_WRITER_TOKEN },
    );
    expect(server.graph.statementCount - before).toBe(0);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (
      res.errors?.[0]?.extensions?.validationErrors as { property: string; constraints: object }[]
    ).map(v => v.property);
    expect(fields.sort()).toEqual(['publishedAt', 'title', 'url']);
    expect(JSON.stringify(res.errors)).not.toMatch(/Cannot merge|null property|Neo/);
  });
});
