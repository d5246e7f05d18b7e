/** A real server (createApp on port 0) over the test Neo4j, and a small GraphQL-over-HTTP client. */
import 'reflect-metadata';
import type { Driver } from 'neo4j-driver';
import { type RequestLimitsConfig, loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import { GraphClient, type GraphClientOptions } from '../../src/graph/graph-client';
import { type App, type AppDeps, createApp } from '../../src/server/app';
import { parseApiTokens } from '../../src/server/auth';
import { parsingExtractor } from '../../src/ingest/article.extractor';
import { CoreNlpClient } from '../../src/ingest/nlp/corenlp.client';
import { testCoreNlpUrl } from './test-corenlp';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; [k: string]: unknown };
  }[];
}

export interface TestServer {
  readonly url: string;
  readonly app: App;
  readonly graph: GraphClient;
  readonly driver: Driver;
  readonly loggedErrors: unknown[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string },
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** The writer token every test server accepts (and a reader one), for mutations through HTTP. */
export const TEST_WRITER_TOKEN = 'test-writer-token-0123456789';
export const TEST_READER_TOKEN = 'test-reader-token-0123456789';

export async function startTestServer(
  opts: {
    maxPageSize?: number;
    limits?: Partial<RequestLimitsConfig>;
    /** A GraphClient of the test's own (e.g. one that injects a fault); default the real one. */
    makeGraph?: (driver: Driver, options: GraphClientOptions) => GraphClient;
    /** Other createApp dependencies (logger, metricsToken...), applied last. */
    app?: Partial<AppDeps>;
    /** Serve this client (e.g. over another Neo4j); the caller closes its driver. */
    graph?: GraphClient;
    /** Ingest's language service: the run's CoreNLP (default) or `url`, with these client bounds. */
    nlp?: { url?: string; maxInFlight?: number; maxQueued?: number };
  } = {},
): Promise<TestServer> {
  const cfg = loadConfig();
  if (cfg.neo4j.uri === undefined && opts.graph === undefined) {
    throw new Error(
      'NEO4J_URI is not set: run the tests through `npm test` (jest global setup starts Neo4j)',
    );
  }
  const graphOptions = { database: cfg.neo4j.database, txTimeoutMs: 15_000 };
  const driver = opts.graph?.driver ?? createDriver({ ...cfg.neo4j, uri: cfg.neo4j.uri ?? '' });
  const graph =
    opts.graph ?? opts.makeGraph?.(driver, graphOptions) ?? new GraphClient(driver, graphOptions);
  const loggedErrors: unknown[] = [];
  const app = await createApp({
    graph,
    maxPageSize: opts.maxPageSize ?? cfg.maxPageSize,
    tokens: parseApiTokens(`tests:${TEST_WRITER_TOKEN}:writer,dash:${TEST_READER_TOKEN}:reader`),
    extract: parsingExtractor(
      new CoreNlpClient(opts.nlp?.url ?? testCoreNlpUrl(), {
        timeoutMs: 120_000,
        maxInFlight: opts.nlp?.maxInFlight ?? 2,
        maxQueued: opts.nlp?.maxQueued ?? 64,
        origin: opts.nlp?.url === undefined ? 'the test CoreNLP' : 'CORENLP_URL',
      }),
    ),
    limits: { ...cfg.limits, ...opts.limits },
    logError: (_message, error) => {
      loggedErrors.push(error);
    },
    ...opts.app,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    graph,
    driver,
    loggedErrors,
    async gql<T>(
      query: string,
      variables?: Record<string, unknown>,
      opts: { token?: string } = {},
    ): Promise<GqlResponse<T>> {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token === undefined ? {} : { authorization: `Bearer ${opts.token}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
      return { status: res.status, ...body };
    },
    async close() {
      await app.stop();
      if (opts.graph === undefined) {
        await driver.close();
      }
    },
  };
}
