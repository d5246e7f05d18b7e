/**
 * Relay paging on a generated graph: 200 articles, a hub with 2,000 events and statements. Every page
 * walked forwards and backwards with small pages: nothing lost, nothing repeated, totals agree.
 */
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { validateBatch } from '../../src/kg/kg-batch';
import { type HubGraph, hubGraph } from '../../src/bench/hub-graph';
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
let hub: HubGraph;

beforeAll(async () => {
  server = await startTestServer();
  hub = hubGraph(200, 10);
  const writer = new KgWriterRepository(server.graph);
  for (const batch of hub.batches) {
    expect(validateBatch(batch)).toEqual([]);
    await writer.writeBatch(batch);
  }
}, 240_000);

afterAll(async () => {
  await server.close();
});

interface Conn {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

async function walk(
  fetchPage: (args: Record<string, unknown>) => Promise<Conn>,
  size: number,
  direction: 'forward' | 'backward',
): Promise<{ ids: string[]; total: number; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let total = -1;
  let pages = 0;
  for (;;) {
    const args: Record<string, unknown> =
      direction === 'forward' ? { first: size, after: cursor } : { last: size, before: cursor };
    const page = await fetchPage(args);
    pages += 1;
    total = page.totalCount;
    const pageIds = page.edges.map(e => e.node.id);
    if (direction === 'forward') {
      ids.push(...pageIds);
    } else {
      ids.unshift(...pageIds);
    }
    const more =
      direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (!more) {
      return { ids, total, pages };
    }
    cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
    if (pages > 2000) {
      throw new Error('paging did not terminate');
    }
  }
}

const CONN =
  'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describe('paging a hub with 2,000 events', () => {
  it("walks the hub's events forwards and backwards without losing or repeating any", async () => {
    const fetchPage = async (args: Record<string, unknown>): Promise<Conn> => {
      const res = await server.gql<{ actor: { events: Conn } }>(
        `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
          actor(id: $id) { events(role: SOURCE, first: $first, after: $after, last: $last, before: $before) { ${CONN} } } }`,
        { id: hub.hubId, ...args },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.actor.events as Conn;
    };
    const forward = await walk(fetchPage, 37, 'forward');
    expect(forward.total).toBe(hub.events);
    expect(forward.ids).toHaveLength(hub.events);
    expect(new Set(forward.ids).size).toBe(hub.events);
    expect(forward.pages).toBe(Math.ceil(hub.events / 37));
    const backward = await walk(fetchPage, 41, 'backward');
    expect(backward.ids).toEqual(forward.ids);
  }, 120_000);

  it("walks the hub's statements through the root connection in both directions", async () => {
    const fetchPage = async (args: Record<string, unknown>): Promise<Conn> => {
      const res = await server.gql<{ statements: Conn }>(
        `query($speaker: ID, $first: Int, $after: String, $last: Int, $before: String) {
          statements(speaker: $speaker, first: $first, after: $after, last: $last, before: $before) { ${CONN} } }`,
        { speaker: hub.hubId, ...args },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.statements as Conn;
    };
    const forward = await walk(fetchPage, 100, 'forward');
    expect(forward.ids).toHaveLength(hub.events);
    expect(new Set(forward.ids).size).toBe(hub.events);
    expect(forward.total).toBe(hub.events);
    const backward = await walk(fetchPage, 99, 'backward');
    expect(backward.ids).toEqual(forward.ids);
  }, 120_000);

  it('pages actors matching a search in name order, both ways', async () => {
    const fetchPage = async (args: Record<string, unknown>): Promise<Conn> => {
      const res = await server.gql<{ actors: Conn }>(
        `query($search: String, $first: Int, $after: String, $last: Int, $before: String) {
          actors(search: $search, first: $first, after: $after, last: $last, before: $before) { ${CONN} } }`,
        { search: `partner ${hub.tag}`, ...args },
      );
      return res.data?.actors as Conn;
    };
    const forward = await walk(fetchPage, 90, 'forward');
    expect(forward.ids).toHaveLength(hub.events);
    expect(forward.total).toBe(hub.events);
    const backward = await walk(fetchPage, 100, 'backward');
    expect(backward.ids).toEqual(forward.ids);
  }, 120_000);

  it('rejects first together with last, and a cursor from elsewhere', async () => {
    const both = await server.gql(`{ statements(first: 2, last: 2) { totalCount } }`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const foreign = await server.gql(`{ statements(before: "Zm9yZWlnbg") { totalCount } }`);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'before',
    });
  });
});
