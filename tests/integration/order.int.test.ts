/** Multi-key orderBy on event lists, paged with keyset cursors in both directions. */
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Page {
  edges: {
    cursor: string;
    node: { date: string; type: { code: string; goldstein: number }; source: { id: string } };
  }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string;
    endCursor: string;
  };
}

const QUERY = `query($orderBy: [EventOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  relationsBetween(a: "country:RUS", b: "country:PRK", orderBy: $orderBy, first: $first, after: $after,
    last: $last, before: $before) {
    edges { cursor node { date type { code goldstein } source { id } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function page(vars: Record<string, unknown>): Promise<Page> {
  const res = await server.gql<{ relationsBetween: Page }>(QUERY, vars);
  expect(res.errors).toBeUndefined();
  return res.data?.relationsBetween as Page;
}

const row = (p: Page): string[] => p.edges.map(e => `${e.node.type.code}:${e.node.source.id}`);

describe('orderBy', () => {
  it('orders by Goldstein descending, ties by date then position in the article', async () => {
    const p = await page({ orderBy: [{ field: 'GOLDSTEIN', direction: 'DESC' }] });
    expect(p.edges.map(e => e.node.type.goldstein)).toEqual([4, 4, 3.4, 1]);
    expect(row(p)).toEqual([
      '030:person:vladimir-putin',
      '030:person:kim-jong-un',
      '051:person:kim-jong-un',
      '040:person:kim-jong-un',
    ]);
  });

  it('combines keys: date descending, then CAMEO code ascending', async () => {
    const p = await page({
      orderBy: [
        { field: 'DATE', direction: 'DESC' },
        { field: 'CAMEO_CODE', direction: 'ASC' },
      ],
    });
    expect(p.edges.map(e => [e.node.date, e.node.type.code])).toEqual([
      ['2022-08-15', '030'],
      ['2022-08-15', '030'],
      ['2022-08-15', '051'],
      ['2019-01-01', '040'],
    ]);
  });

  it('pages one by one forwards and backwards in the same order', async () => {
    const orderBy = [{ field: 'GOLDSTEIN', direction: 'ASC' }];
    const all = row(await page({ orderBy }));
    const forward: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const p: Page = await page({ orderBy, first: 1, after });
      forward.push(...row(p));
      if (!p.pageInfo.hasNextPage) {
        break;
      }
      after = p.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);
    const backward: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const p: Page = await page({ orderBy, last: 1, before });
      backward.unshift(...row(p));
      if (!p.pageInfo.hasPreviousPage) {
        break;
      }
      before = p.pageInfo.startCursor;
    }
    expect(backward).toEqual(all);
  });

  it('refuses a cursor made under another order, and more than three keys', async () => {
    const byGoldstein = await page({
      orderBy: [{ field: 'GOLDSTEIN', direction: 'DESC' }],
      first: 1,
    });
    const mixed = await server.gql(QUERY, {
      orderBy: [{ field: 'DATE', direction: 'ASC' }],
      after: byGoldstein.pageInfo.endCursor,
    });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });
    const unordered = await server.gql(QUERY, { after: byGoldstein.pageInfo.endCursor });
    expect(unordered.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });
    const tooMany = await server.gql(QUERY, {
      orderBy: ['DATE', 'GOLDSTEIN', 'CAMEO_CODE', 'DATE'].map(field => ({
        field,
        direction: 'ASC',
      })),
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'orderBy',
    });
  });
});
