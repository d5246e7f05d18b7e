/**
 * Structured logs and metrics (issue 5): request ids, one access line per GraphQL request, unknown errors
 * logged once with the request id, tokens never logged, and the Prometheus endpoint.
 */
import crypto from 'node:crypto';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import { GraphClient } from '../../src/graph/graph-client';
import { createLogger } from '../../src/runtime/logger';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

type Line = Record<string, unknown> & { msg: string; level: string };

function captureLogger(): {
  logger: ReturnType<typeof createLogger>;
  lines: Line[];
  raw: string[];
} {
  const lines: Line[] = [];
  const raw: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: {
      write(s: string) {
        raw.push(s);
        lines.push(JSON.parse(s) as Line);
      },
    },
  });
  return { logger, lines, raw };
}

const uid = (): string => crypto.randomBytes(4).toString('hex');

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; requestId: string | null; json: Record<string, unknown> }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    requestId: res.headers.get('x-request-id'),
    json: (await res.json()) as Record<string, unknown>,
  };
}

const accessLines = (lines: Line[], requestId: string | null): Line[] =>
  lines.filter(l => l.msg === 'graphql request' && l.requestId === requestId);

describe('request ids and the access log', () => {
  const cap = captureLogger();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ app: { logger: cap.logger } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('echoes a sane X-Request-Id and writes one access line with operation, duration, status', async () => {
    const id = `obs-${uid()}`;
    const res = await post(
      server.url,
      { query: 'query ObsCountry { country(iso3: "PRK") { id } }' },
      { 'x-request-id': id },
    );
    expect(res.status).toBe(200);
    expect(res.requestId).toBe(id);
    const lines = accessLines(cap.lines, id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      status: 200,
      operation: 'ObsCountry',
      operationType: 'query',
      errorCodes: [],
      method: 'POST',
      path: '/graphql',
    });
    expect(typeof lines[0]?.durationMs).toBe('number');
  });

  it.each([
    ['spaces', 'bad id with spaces'],
    ['markup', '<script>alert(1)</script>'],
    ['200 characters', 'a'.repeat(200)],
  ])('replaces an X-Request-Id with %s by a fresh UUID', async (_name, given) => {
    const res = await post(
      server.url,
      { query: '{ country(iso3: "PRK") { id } }' },
      { 'x-request-id': given },
    );
    expect(res.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(accessLines(cap.lines, res.requestId)[0]?.operation).toBe('anonymous');
  });

  it('logs the error codes sent, and a document that does not parse as operation "invalid"', async () => {
    const bad = await post(server.url, { query: 'query ObsBad { actor(id: "nope") { id } }' });
    expect(accessLines(cap.lines, bad.requestId)[0]).toMatchObject({
      status: 200,
      operation: 'ObsBad',
      errorCodes: ['BAD_USER_INPUT'],
    });
    const broken = await post(server.url, { query: '{ country(iso3: ' });
    expect(broken.status).toBe(400);
    expect(accessLines(cap.lines, broken.requestId)[0]).toMatchObject({
      status: 400,
      operation: 'invalid',
      errorCodes: ['GRAPHQL_PARSE_FAILED'],
    });
  });

  it('logs a request refused before GraphQL (body too large) as operation "none"', async () => {
    const res = await post(server.url, { query: `{ __typename } #${'x'.repeat(2 * 1024 * 1024)}` });
    expect(res.status).toBe(413);
    expect(accessLines(cap.lines, res.requestId)[0]).toMatchObject({
      status: 413,
      operation: 'none',
      errorCodes: [],
    });
  });

  it('never logs a token: not a writer token that works, not a wrong one', async () => {
    const wrong = `wrong-token-${uid()}-0123456789`;
    const ok = await post(
      server.url,
      { query: 'query ObsAuthed { country(iso3: "RUS") { id } }' },
      { authorization: `Bearer ${TEST_WRITER_TOKEN}` },
    );
    const refused = await post(
      server.url,
      { query: '{ country(iso3: "RUS") { id } }' },
      { authorization: `Bearer ${wrong}` },
    );
    expect(ok.status).toBe(200);
    expect(refused.status).toBe(401);
    expect(accessLines(cap.lines, refused.requestId)[0]).toMatchObject({ status: 401 });
    const all = cap.raw.join('');
    expect(all).not.toContain(TEST_WRITER_TOKEN);
    expect(all).not.toContain(wrong);
  });
});

describe('unknown errors', () => {
  class BrokenGraph extends GraphClient {
    override read<T>(): Promise<T[]> {
      return Promise.reject(
        new TypeError('cannot read properties of undefined (secret internals)'),
      );
    }
  }
  const cap = captureLogger();
  let server: TestServer;
  let broken: BrokenGraph;
  beforeAll(async () => {
    const cfg = loadConfig();
    broken = new BrokenGraph(createDriver({ ...cfg.neo4j, uri: cfg.neo4j.uri ?? '' }), {
      database: cfg.neo4j.database,
      txTimeoutMs: 5000,
    });
    server = await startTestServer({
      app: { graph: broken, logger: cap.logger, logError: undefined },
    });
  });
  afterAll(async () => {
    await server.close();
    await broken.driver.close();
  });

  it('are masked for the client and logged once, at error level, with the request id', async () => {
    const id = `obs-err-${uid()}`;
    const res = await post(
      server.url,
      { query: 'query ObsBroken { actor(id: "country:PRK") { id } }' },
      { 'x-request-id': id },
    );
    const errors = res.json.errors as { message: string; extensions: { code: string } }[];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(res.json)).not.toContain('secret internals');
    const errorLines = cap.lines.filter(l => l.level === 'error');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatchObject({
      requestId: id,
      err: { type: 'TypeError', message: expect.stringContaining('secret internals') as string },
    });
    expect(accessLines(cap.lines, id)[0]).toMatchObject({
      operation: 'ObsBroken',
      errorCodes: ['INTERNAL_SERVER_ERROR'],
    });
  });
});

describe('GET /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const scrape = async (): Promise<string> => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };
  const value = (text: string, series: string): number | undefined => {
    const line = text.split('\n').find(l => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('counts requests per operation and code, times them, and shows Neo4j and process figures', async () => {
    const op = `ObsMetrics_${uid()}`;
    await server.gql(`query ${op} { country(iso3: "PRK") { id name } }`);
    await server.gql(`query ${op} { country(iso3: "PRK") { id name } }`);
    await server.gql(`query ${op} { actor(id: "x") { id } }`);
    const text = await scrape();
    expect(
      value(text, `newsgraph_graphql_requests_total{operation="${op}",status="200",code="OK"}`),
    ).toBe(2);
    expect(
      value(
        text,
        `newsgraph_graphql_requests_total{operation="${op}",status="200",code="BAD_USER_INPUT"}`,
      ),
    ).toBe(1);
    expect(value(text, `newsgraph_graphql_request_duration_seconds_count{operation="${op}"}`)).toBe(
      3,
    );
    expect(value(text, 'newsgraph_graphql_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThan(0);
    expect(value(text, 'newsgraph_neo4j_statements_total')).toBe(server.graph.statementCount);
    expect(value(text, 'newsgraph_neo4j_sessions_open')).toBe(0);
    // The scrape itself is in flight while it is rendered.
    expect(value(text, 'newsgraph_http_requests_in_flight')).toBe(1);
    expect(value(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const token = `metrics-token-${uid()}-0123456789`;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ app: { metricsToken: token } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a scrape without the token or with another one, and serves it with the token', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${TEST_WRITER_TOKEN}` },
    });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('newsgraph_graphql_requests_total');
  });
});
