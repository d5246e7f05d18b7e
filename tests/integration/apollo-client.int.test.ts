/**
 * A client's view (docs/client-ids.md): Apollo Client 3 with the default InMemoryCache and no type
 * policies runs every playground example and every ```graphql block of the docs (README.md, docs/*.md:
 * they are the examples of src/server/playground-examples.ts, tests/unit/docs-examples.test.ts), one after another
 * through ONE client and cache, and must print no warning (e.g. "Cache data may be lost when replacing
 * the type field of a Event object", which an object without an id causes) and get no error. Then each
 * example is read back from the cache alone, which must still hold its complete answer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
// The CommonJS builds (AC3's index.d.ts files are ES modules, which a CommonJS test cannot require).
import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
  gql,
  setLogVerbosity,
} from '@apollo/client/core/core.cjs';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev/dev.cjs';
import { Kind, type OperationDefinitionNode, OperationTypeNode, parse } from 'graphql';
import { PLAYGROUND_EXAMPLES } from '../../src/server/playground-examples';
import { REPO_ROOT, codeBlocks, documentationFiles } from '../helpers/markdown';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

type Answer = Record<string, unknown>;

interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** The docs' ```graphql blocks, each once, in order, each named by its operation or its position. */
function docsExamples(files: readonly string[]): Example[] {
  const blocks = files.flatMap(file =>
    codeBlocks(readFileSync(path.join(REPO_ROOT, file), 'utf8'))
      .filter(b => b.lang === 'graphql')
      .map(b => b.body),
  );
  return [...new Set(blocks)].map((query, i) => {
    const op = parse(query).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const name = op?.name?.value ?? `docs block ${i + 1}`;
    // Variables come from the playground example of the same name.
    const variables = PLAYGROUND_EXAMPLES.find(e => e.name === op?.name?.value)?.variables;
    return { name, query, variables };
  });
}

/**
 * A search hit's relevance score moves while other suites write to the shared test database, so the same
 * hit (same id) read by two examples a few seconds apart may carry two scores, and the cache keeps the
 * newer: compare everything but the scores.
 */
function withoutScores(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'score' ? undefined : v));
}

/** The docs' mutation shows placeholders ("…"): give it a real, harmless article. */
function runnable(query: string): string {
  const text = `Apollo Client check ${Date.now()}.\nA quiet day: the newsroom reported nothing.`;
  return query
    .replace('text: "…"', `text: ${JSON.stringify(text)}`)
    .replace('url: "https://…"', 'url: "https://example.org/apollo-client-check"')
    .replace('source: "…"', 'source: "newsgraph tests"');
}

let server: TestServer;
let client: ApolloClient<NormalizedCacheObject>;
const printed: string[] = [];
const spies: jest.SpyInstance[] = [];

beforeAll(async () => {
  server = await startTestServer();
  loadDevMessages();
  loadErrorMessages();
  setLogVerbosity('debug');
  for (const method of ['warn', 'error', 'log', 'info', 'debug'] as const) {
    spies.push(
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(`console.${method}: ${format(...args)}`);
      }),
    );
  }
  client = new ApolloClient({
    link: new HttpLink({
      uri: `${server.url}/graphql`,
      // The docs' mutation needs a writer; reads accept any known token.
      headers: { authorization: `Bearer ${TEST_WRITER_TOKEN}` },
    }),
    cache: new InMemoryCache(),
  });
});

afterAll(async () => {
  client.stop();
  for (const spy of spies) {
    spy.mockRestore();
  }
  await server.close();
});

describe('Apollo Client 3, default InMemoryCache, no type policies', () => {
  const docs = docsExamples(documentationFiles());
  const all = [...PLAYGROUND_EXAMPLES, ...docs];

  it('finds the docs examples and the playground examples', () => {
    expect(docs.length).toBeGreaterThanOrEqual(7);
    expect(docs.some(e => /^\s*mutation\b/m.test(e.query))).toBe(true);
    expect(PLAYGROUND_EXAMPLES.length).toBeGreaterThanOrEqual(10);
  });

  it('runs every example through one cache without an error or a printed warning', async () => {
    const answers = new Map<string, unknown>();
    for (const example of all) {
      const document = gql(runnable(example.query));
      const isMutation = document.definitions.some(
        d => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION,
      );
      if (isMutation) {
        const res = await client.mutate<Answer>({
          mutation: document,
          variables: example.variables,
        });
        expect(res.errors).toBeUndefined();
        expect(res.data).toBeTruthy();
      } else {
        const res = await client.query<Answer>({
          query: document,
          variables: example.variables,
          fetchPolicy: 'network-only',
        });
        expect(res.errors).toBeUndefined();
        expect(res.data).toBeTruthy();
        answers.set(example.name, res.data);
      }
    }
    expect(printed).toEqual([]);

    // Nothing written later clobbered what an earlier example read: the cache still answers each one.
    for (const example of all) {
      const answer = answers.get(example.name);
      if (answer === undefined) {
        continue; // the mutation
      }
      const cached = client.readQuery<Answer>({
        query: gql(runnable(example.query)),
        variables: example.variables,
      });
      expect({ example: example.name, data: withoutScores(cached) }).toEqual({
        example: example.name,
        data: withoutScores(answer),
      });
    }
    expect(printed).toEqual([]);
  }, 120_000); // about 20 requests in a row, one of them an ingest
});
