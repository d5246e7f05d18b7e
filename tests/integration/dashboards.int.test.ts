/**
 * docs/dashboards.md, run: the Grafana Infinity queries of the page, sent exactly as Infinity sends them
 * (its headers, its body built from body_graphql_query and body_graphql_variables), with the fields its
 * root selector and column selectors read; and the page's Observable `fetch` code, executed as written.
 * The server requires a reader token (READ_ACCESS=token), as a production dashboard's would. The
 * figures come from the seed (Russia–North Korea, 2022-08: 3 events, Goldstein sum 11.4).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { REPO_ROOT, codeBlocks } from '../helpers/markdown';
import { TEST_READER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

interface InfinityQuery {
  readonly type: string;
  readonly url: string;
  readonly root_selector: string;
  readonly url_options: {
    readonly method: string;
    readonly body_type: string;
    readonly body_graphql_query: string;
    readonly body_graphql_variables: string;
  };
  readonly columns: readonly { selector: string; text: string; type: string }[];
}

const DOC = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'dashboards.md'), 'utf8');
const PANELS = codeBlocks(DOC)
  .filter(b => b.lang === 'json')
  .map(b => JSON.parse(b.body) as InfinityQuery)
  .filter(q => q.type === 'graphql');
const OBSERVABLE = codeBlocks(DOC).find(b => b.lang === 'js')?.body ?? '';
const DOCUMENTED_URL = 'http://127.0.0.1:4000/graphql';

/** Infinity's selectors on the backend parser: a dotted path into the JSON. */
function select(value: unknown, selector: string): unknown {
  return selector
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], value);
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ app: { readAccess: 'token' } });
});
afterAll(async () => {
  await server.close();
});

/** The request Infinity's backend makes for a GraphQL query (POST, JSON body and headers). */
async function asInfinity(q: InfinityQuery, token?: string): Promise<Response> {
  return fetch(`${server.url}${q.url}`, {
    method: q.url_options.method,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json;q=0.9,text/plain',
      ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({
      query: q.url_options.body_graphql_query,
      variables: JSON.parse(q.url_options.body_graphql_variables) as unknown,
    }),
  });
}

function panel(root: string): InfinityQuery {
  const found = PANELS.find(p => p.root_selector === root);
  if (found === undefined) {
    throw new Error(`docs/dashboards.md has no Infinity query with root selector ${root}`);
  }
  return found;
}

/** The rows a panel gets: the root selector's list, every column selector giving a value of its type. */
async function rowsOf(q: InfinityQuery): Promise<unknown[]> {
  const res = await asInfinity(q, TEST_READER_TOKEN);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  const rows = select(body, q.root_selector);
  expect(Array.isArray(rows)).toBe(true);
  for (const row of rows as unknown[]) {
    for (const column of q.columns) {
      const value = select(row, column.selector);
      if (column.type === 'timestamp') {
        expect(Number.isNaN(Date.parse(String(value)))).toBe(false);
      } else {
        expect(typeof value).toBe(column.type);
      }
    }
  }
  return rows as unknown[];
}

describe('docs/dashboards.md', () => {
  it('shows two Infinity GraphQL queries, POSTed with a GraphQL body', () => {
    expect(PANELS.map(p => p.root_selector).sort()).toEqual([
      'data.dyadTimeline',
      'data.topActors',
    ]);
    expect(PANELS.every(p => p.url_options.method === 'POST')).toBe(true);
    expect(PANELS.every(p => p.url_options.body_type === 'graphql')).toBe(true);
  });

  it('Infinity: the dyad timeline rows carry every column the panel reads, with the seed figures', async () => {
    const rows = (await rowsOf(panel('data.dyadTimeline'))) as {
      start: string;
      count: number;
      goldsteinSum: number;
    }[];
    const august = rows.find(r => r.start === '2022-08-01');
    expect(august?.count).toBe(3);
    expect(august?.goldsteinSum).toBeCloseTo(11.4, 5);
  });

  it('Infinity: the top actors rows carry rank, actor name and kind, and value, ranked', async () => {
    const rows = (await rowsOf(panel('data.topActors'))) as { rank: number; value: number }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(10);
    expect(rows.map(r => r.rank)).toEqual(rows.map((_r, i) => i + 1));
    expect(rows.every((r, i) => i === 0 || (rows[i - 1]?.value ?? 0) >= r.value)).toBe(true);
  });

  it('Infinity without the bearer token: HTTP 401 UNAUTHENTICATED, which Infinity shows as an error', async () => {
    const res = await asInfinity(panel('data.topActors'));
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('Observable: the fetch code of the page runs as written and reads both tables', async () => {
    expect(OBSERVABLE).toContain(DOCUMENTED_URL);
    const sent: { url: string; init: RequestInit }[] = [];
    // the page's fetch, pointed at the test server instead of the documented address
    const recordingFetch = (url: string, init: RequestInit): Promise<Response> => {
      sent.push({ url, init });
      return fetch(url.replace(DOCUMENTED_URL, `${server.url}/graphql`), init);
    };
    const context = vm.createContext({ fetch: recordingFetch, NEWSGRAPH_TOKEN: TEST_READER_TOKEN });
    const run = vm.runInContext(
      `(async () => {\n${OBSERVABLE}\nreturn JSON.stringify({ timeline, top });\n})()`,
      context,
    ) as Promise<string>;
    const { timeline, top } = JSON.parse(await run) as {
      timeline: { start: string; count: number; goldsteinSum: number }[];
      top: { rank: number; value: number; actor: { id: string; name: string } }[];
    };
    // `start` became a Date in the page's code (serialized here as an ISO date-time)
    expect(timeline.find(t => t.start.startsWith('2022-08-01'))?.count).toBe(3);
    expect(top.length).toBeGreaterThan(0);
    expect(top.every(t => typeof t.actor.name === 'string' && typeof t.value === 'number')).toBe(
      true,
    );
    expect(sent).toHaveLength(2);
    for (const { url, init } of sent) {
      expect(url).toBe(DOCUMENTED_URL);
      expect(init.method).toBe('POST');
      expect(init.headers).toEqual({
        'content-type': 'application/json',
        authorization: `Bearer ${TEST_READER_TOKEN}`,
      });
      expect(typeof init.body).toBe('string');
      expect(Object.keys(JSON.parse(init.body as string) as object)).toEqual([
        'query',
        'variables',
      ]);
    }
  });
});
