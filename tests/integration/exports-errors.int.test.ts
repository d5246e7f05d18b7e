/**
 * The exports' errors over HTTP on the real Neo4j (docs/exports.md): bad parameters are 400 with the
 * GraphQL errors' extensions.code before any read, an unknown article 404, and a missing or unknown token
 * 401 under the same read policy as queries.
 */
import { getText } from '../helpers/export-events';
import { TEST_READER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

const SEED_ARTICLE = 'article:b629b20ec04cbc19';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const get = (path: string, token?: string): ReturnType<typeof getText> =>
  getText(`${server.url}${path}`, token);

describe('article paths', () => {
  it('answers 404 NOT_FOUND for an unknown article and 400 for a path that is not <id>.jsonld', async () => {
    const missing = await get('/export/articles/article:0000000000000000.jsonld');
    expect(missing.res.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
    const bad = await get(`/export/articles/${SEED_ARTICLE}.json`);
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } }],
    });
  });
});

describe('bad parameters and tokens', () => {
  it.each([
    ['from=2031-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['from=2031-05-01&to=2031-04-01', 'to'],
    ['quadClass=FRIENDLY', 'quadClass'],
    ['cameoRoot=21', 'cameoRoot'],
    ['dyad=country:RUS', 'dyad'],
    ['actor=country:RUS&dyad=country:RUS,country:PRK', 'dyad'],
    ['actor=Russia', 'actor'],
    ['role=SOURCE', 'role'],
    ['limit=0', 'limit'],
    ['goldsteinMin=abc', 'goldsteinMin'],
    ['colour=red', 'colour'],
    ['from=2031-01-01&from=2031-02-01', 'from'],
  ])('%s: 400 BAD_USER_INPUT naming %s, before any read', async (query, argumentName) => {
    const before = server.graph.statementCount;
    const { res, body } = await get(`/export/events.tsv?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(body)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argumentName } }],
    });
    expect(server.graph.statementCount).toBe(before);
  });

  it('needs a reader token under READ_ACCESS=token, as queries do', async () => {
    const locked = await startTestServer({ app: { readAccess: 'token' } });
    try {
      for (const path of [
        '/export/events.csv?cameoRoot=19',
        `/export/articles/${SEED_ARTICLE}.jsonld`,
      ]) {
        const anonymous = await fetch(`${locked.url}${path}`);
        expect(anonymous.status).toBe(401);
        expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
        expect(await anonymous.json()).toMatchObject({
          errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
        });
        const reader = await fetch(`${locked.url}${path}`, {
          headers: { authorization: `Bearer ${TEST_READER_TOKEN}` },
        });
        expect(reader.status).toBe(200);
        await reader.text();
      }
    } finally {
      await locked.close();
    }
  });

  it('refuses an unknown token even when reads are public', async () => {
    const { res } = await get('/export/events.tsv?cameoRoot=19', 'not-a-token-of-this-server');
    expect(res.status).toBe(401);
  });
});
