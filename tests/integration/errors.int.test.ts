/** Bad input gets a clear GraphQL error with a code, the server stays up, and nothing internal leaks. */
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ maxPageSize: 50 });
});
afterAll(async () => {
  await server.close();
});

describe('bad input', () => {
  it.each([
    ['a malformed id', `{ actor(id: "not an id") { id } }`, 'id'],
    ['an id with an unknown prefix', `{ actor(id: "planet:mars") { id } }`, 'id'],
    ['a malformed ISO code', `{ country(iso3: "P1K") { id } }`, 'iso3'],
    ['an ISO code of the wrong length', `{ country(iso3: "PRKK") { id } }`, 'iso3'],
    ['a page size over the cap', `{ actors(first: 51) { edges { cursor } } }`, 'first'],
    ['a zero page size', `{ articles(first: 0) { edges { cursor } } }`, 'first'],
    ['a foreign cursor', `{ actors(after: "b3BhcXVl") { edges { cursor } } }`, 'after'],
    ['a cursor that is not base64url', `{ actors(after: "**") { edges { cursor } } }`, 'after'],
    ['a malformed CAMEO root', `{ eventTypes(root: "99") { code } }`, 'root'],
    [
      'a malformed id in relationsBetween',
      `{ relationsBetween(a: "country:RUS", b: "x") { totalCount } }`,
      'b',
    ],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_name, query, argumentName) => {
    const res = await server.gql(query);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.argumentName).toBe(argumentName);
    expect(res.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  });

  it('names the configured cap in the page-size error', async () => {
    const res = await server.gql(`{ statements(first: 500) { totalCount } }`);
    expect(res.errors?.[0]?.message).toBe('first must be between 1 and 50 (got 500)');
  });

  it('rejects a search longer than 200 characters through argument validation', async () => {
    const res = await server.gql(`query($s: String) { actors(search: $s) { totalCount } }`, {
      s: 'x'.repeat(201),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an invalid date as a GraphQL validation error', async () => {
    const res = await server.gql(
      `query($from: Date) { relationsBetween(a: "country:RUS", b: "country:PRK", from: $from) { totalCount } }`,
      { from: '2022-13-45' },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('treats Cypher in a search string as text: no error, nothing found, nothing deleted', async () => {
    const seedActors = `{ actors(search: "korea") { totalCount } }`; // read-only data of the seed
    const before = await server.gql<{ actors: { totalCount: number } }>(seedActors);
    const res = await server.gql<{ actors: { totalCount: number } }>(
      `query($s: String) { actors(search: $s) { totalCount } }`,
      { s: `x" }) MATCH (n) DETACH DELETE n //` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.actors.totalCount).toBe(0);
    const after = await server.gql<{ actors: { totalCount: number } }>(seedActors);
    expect(before.data?.actors.totalCount).toBeGreaterThan(0);
    expect(after.data?.actors.totalCount).toBe(before.data?.actors.totalCount);
  });

  it('answers an unknown field with a validation error and keeps serving', async () => {
    const bad = await server.gql(`{ actor(id: "country:PRK") { password } }`);
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const good = await server.gql<{ actor: { id: string } }>(`{ actor(id: "country:PRK") { id } }`);
    expect(good.data?.actor.id).toBe('country:PRK');
  });

  it('answers unparseable GraphQL with GRAPHQL_PARSE_FAILED', async () => {
    const res = await server.gql(`{ actor(id: `);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('health', () => {
  it('reports liveness and readiness', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
