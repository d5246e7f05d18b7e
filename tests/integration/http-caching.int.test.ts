/**
 * HTTP caching of GraphQL reads (docs/caching.md): @cacheControl hints give GET responses a public
 * max-age; a token, a mutation or an uncached field keeps them out of shared caches.
 */
import { SLOW_MAX_AGE, STATIC_MAX_AGE } from '../../src/schema/cache-control.directive';
import {
  TEST_READER_TOKEN,
  TEST_WRITER_TOKEN,
  type TestServer,
  startTestServer,
} from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** A GET as a browser or CDN would send it (the preflight header satisfies CSRF prevention). */
async function get(
  query: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  cacheControl: string | null;
  body: { data?: unknown; errors?: unknown[] };
}> {
  const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...headers },
  });
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control'),
    body: (await res.json()) as { data?: unknown; errors?: unknown[] },
  };
}

describe('Cache-Control of GraphQL responses', () => {
  it('gives the static CAMEO table a long public max-age', async () => {
    const res = await get('{ eventTypes { code } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.cacheControl).toBe(`max-age=${STATIC_MAX_AGE}, public`);
  });

  it('gives graph reads a short public max-age, nested fields included', async () => {
    const res = await get(
      '{ articles(first: 2) { edges { node { id title actors { id name } } } pageInfo { hasNextPage } } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.cacheControl).toBe(`max-age=${SLOW_MAX_AGE}, public`);
  });

  it('answers the minimum max-age when a query mixes static and slow-changing fields', async () => {
    const res = await get(
      '{ eventTypes(root: "16") { id code } events(first: 1) { edges { node { id type { id code } } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.cacheControl).toBe(`max-age=${SLOW_MAX_AGE}, public`);
  });

  it('keeps search hits cacheable through the union of their nodes', async () => {
    const res = await get(
      '{ search(text: "friendship") { node { ... on Actor { id } ... on Article { id } ... on Statement { id } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.cacheControl).toBe(`max-age=${SLOW_MAX_AGE}, public`);
  });

  it.each([
    ['reader', TEST_READER_TOKEN],
    ['writer', TEST_WRITER_TOKEN],
  ])('makes a request with a %s token private, never public', async (_role, token) => {
    const res = await get('{ eventTypes { id code } }', { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.cacheControl).toBe(`max-age=${STATIC_MAX_AGE}, private`);
    expect(res.cacheControl).not.toContain('public');
  });

  it('does not let a mutation be cached', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_WRITER_TOKEN}` },
      body: JSON.stringify({
        query:
          'mutation($t: String!) { ingestArticle(input: { text: $t }) { article { id } created { articles } } }',
        variables: { t: `Caching test ${Date.now()}\nNorway praised Uruguay on Monday.` },
      }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('does not let an error response be cached', async () => {
    const res = await get('{ actor(id: "not an id") { id } }');
    expect(res.body.errors).toBeDefined();
    expect(res.cacheControl).toBe('no-store');
  });
});

describe('the schema with @cacheControl declared', () => {
  it('keeps the built-in directives: @include and @skip still work', async () => {
    const res = await get(
      '{ eventTypes(root: "16") { code @include(if: true) name @skip(if: true) } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      eventTypes: expect.arrayContaining([{ code: '161' }]) as unknown,
    });
  });
});
