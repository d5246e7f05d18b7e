/**
 * READ_ACCESS (docs/access.md): `public` serves queries to anyone; `token` needs a reader or writer token
 * for every GraphQL request (POST, GET, the playground's) and /metrics, while /health and /ready stay open.
 */
import {
  TEST_READER_TOKEN,
  TEST_WRITER_TOKEN,
  type TestServer,
  startTestServer,
} from '../helpers/test-server';

const QUERY = '{ eventTypes(root: "16") { id code } }';

interface Body {
  data?: { eventTypes?: { code: string }[] } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(server: TestServer, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

async function get(server: TestServer, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(QUERY)}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...headers },
  });
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control'),
    body: (await res.json()) as Body,
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('READ_ACCESS=public (the default)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers queries and /metrics without a token', async () => {
    const res = await post(server);
    expect(res.status).toBe(200);
    expect(res.body.data?.eventTypes?.length).toBeGreaterThan(0);
    expect((await get(server)).status).toBe(200);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
  });

  it('still refuses an unknown token rather than ignoring it', async () => {
    const res = await post(server, bearer('not-a-known-token-0123456789'));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('READ_ACCESS=token', () => {
  const metricsToken = 'read-access-metrics-token-0123456789';
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ app: { readAccess: 'token', metricsToken } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a POST or GET query without a token: UNAUTHENTICATED, HTTP 401, no data', async () => {
    for (const res of [await post(server), await get(server)]) {
      expect(res.status).toBe(401);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0]?.message).toMatch(/READ_ACCESS=token.*Authorization: Bearer/);
    }
  });

  it('refuses an unknown token and a malformed header', async () => {
    for (const headers of [
      bearer('not-a-known-token-0123456789'),
      { authorization: TEST_READER_TOKEN },
    ]) {
      const res = await post(server, headers);
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it.each([
    ['reader', TEST_READER_TOKEN],
    ['writer', TEST_WRITER_TOKEN],
  ])('answers a %s token, by POST and by GET, never publicly cacheable', async (_role, token) => {
    const byPost = await post(server, bearer(token));
    expect(byPost.status).toBe(200);
    expect(byPost.body.errors).toBeUndefined();
    expect(byPost.body.data?.eventTypes?.map(t => t.code)).toContain('161');
    const byGet = await get(server, bearer(token));
    expect(byGet.status).toBe(200);
    expect(byGet.body.data?.eventTypes?.length).toBe(byPost.body.data?.eventTypes?.length);
    expect(byGet.cacheControl).not.toContain('public');
  });

  it('needs a token for introspection too (the playground schema request)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(res.status).toBe(401);
  });

  it('serves the playground page, set up to send an Authorization header', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('"needsToken":true');
    const boot = await fetch(`${server.url}/graphql/playground/bootstrap.js`);
    expect(await boot.text()).toContain('defaultHeaders');
  });

  it('guards /metrics with API tokens and METRICS_TOKEN, and leaves /health and /ready open', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const unknown = await fetch(`${server.url}/metrics`, {
      headers: bearer('not-a-known-token-0123456789'),
    });
    expect(unknown.status).toBe(401);
    for (const token of [TEST_READER_TOKEN, TEST_WRITER_TOKEN, metricsToken]) {
      const ok = await fetch(`${server.url}/metrics`, { headers: bearer(token) });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('newsgraph_graphql_requests_total');
    }
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });

  it('still needs a writer for mutations', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(TEST_READER_TOKEN) },
      body: JSON.stringify({
        query:
          'mutation { ingestArticle(input: { text: "Norway met Uruguay." }) { article { id } } }',
      }),
    });
    const body = (await res.json()) as Body;
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
