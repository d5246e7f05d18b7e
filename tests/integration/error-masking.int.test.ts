/**
 * The one masking point (src/server/errors.ts), case 16 of reliability.md §8: an unexpected error (a
 * TypeError in repository code, a Neo4j syntax error from the real database) reaches the client as
 * INTERNAL_SERVER_ERROR "Internal server error", with no stack, Cypher or labels; it is logged once, and the
 * next request is served. The faults are injected in a GraphClient subclass; the statements run on the
 * real Neo4j.
 */
import type { RecordShape } from 'neo4j-driver';
import { ARTICLES_BY_IDS } from '../../src/graph/cypher/read.cypher';
import { GraphClient, type Params } from '../../src/graph/graph-client';
import { type TestServer, startTestServer } from '../helpers/test-server';

type Fault = 'none' | 'null-row' | 'syntax-error';

/** Breaks the article-by-id statement on demand, the rest runs as usual. */
class FaultyGraph extends GraphClient {
  fault: Fault = 'none';

  override async read<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    if (cypher !== ARTICLES_BY_IDS || this.fault === 'none') {
      return super.read<T>(cypher, params);
    }
    if (this.fault === 'syntax-error') {
      return super.read<T>(cypher.replace('MATCH', 'MATCHH'), params);
    }
    // A row of the wrong shape: the repository's own mapping code then throws a real TypeError.
    await super.read<T>(cypher, params);
    return [null as unknown as T];
  }
}

let server: TestServer;
let graph: FaultyGraph;
beforeAll(async () => {
  server = await startTestServer({
    makeGraph: (driver, options) => (graph = new FaultyGraph(driver, options)),
  });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  graph.fault = 'none';
});

const QUERY = `{ article(id: "article:masking-test") { id title } }`;

/** Text that must never reach a client: Cypher, labels, Neo4j codes, stack frames, file paths. */
const LEAKS = [
  /MATCHH?/,
  /Article \{/,
  /UNWIND/,
  /Neo\.ClientError/,
  /\bat \w/,
  /\.ts:\d/,
  /node_modules/,
];

describe.each([
  ['a TypeError in repository code', 'null-row' as const, TypeError, undefined],
  [
    'a Neo4j syntax error from the real database',
    'syntax-error' as const,
    Error,
    'Neo.ClientError.Statement.SyntaxError',
  ],
])('%s', (_name, fault, errorClass, neo4jCode) => {
  it('is INTERNAL_SERVER_ERROR with nothing internal in the response, logged once', async () => {
    graph.fault = fault;
    const logged = server.loggedErrors.length;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: { article: null },
      errors: [
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['article'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    for (const leak of LEAKS) {
      expect(text).not.toMatch(leak);
    }
    const newLogs = server.loggedErrors.slice(logged);
    expect(newLogs).toHaveLength(1);
    expect(newLogs[0]).toBeInstanceOf(errorClass);
    if (neo4jCode !== undefined) {
      expect((newLogs[0] as { code?: string }).code).toBe(neo4jCode);
    }
  });

  it('leaves the next request unaffected', async () => {
    graph.fault = fault;
    await server.gql(QUERY);
    graph.fault = 'none';
    const res = await server.gql<{ article: null }>(QUERY);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ article: null });
  });
});
