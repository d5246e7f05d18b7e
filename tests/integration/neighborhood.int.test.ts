/** neighborhood, through HTTP against the real Neo4j: the seed, and a generated hub. */
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { validateBatch } from '../../src/kg/kg-batch';
import { type Hub, hubArticle } from '../helpers/hub';
import { type TestServer, startTestServer } from '../helpers/test-server';

interface GraphNode {
  id: string;
  kind: string;
  label: string;
  hop: number;
}

interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  weight: number;
  eventCount: number;
  goldsteinSum: number | null;
}

interface GraphResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

const NEIGHBORHOOD = `query($id: ID!, $hops: Int, $limitPerHop: Int) {
  neighborhood(id: $id, hops: $hops, limitPerHop: $limitPerHop) {
    nodes { id kind label hop } edges { id source target kind weight eventCount goldsteinSum } truncated } }`;

async function neighborhood(id: string, hops?: number, limitPerHop?: number): Promise<GraphResult> {
  const res = await server.gql<{ neighborhood: GraphResult }>(NEIGHBORHOOD, {
    id,
    hops,
    limitPerHop,
  });
  expect(res.errors).toBeUndefined();
  if (res.data === undefined) {
    throw new Error('no data');
  }
  return res.data.neighborhood;
}

/** Every edge joins two returned nodes whose hops differ by at most one. */
function expectConsistent(graph: GraphResult): void {
  const hop = new Map(graph.nodes.map(n => [n.id, n.hop]));
  expect(hop.size).toBe(graph.nodes.length);
  for (const e of graph.edges) {
    expect(e.id).toBe(`${e.source}|${e.target}|${e.kind}`);
    const [s, t] = [hop.get(e.source), hop.get(e.target)];
    expect(s).toBeDefined();
    expect(t).toBeDefined();
    expect(Math.abs((s ?? 0) - (t ?? 0))).toBeLessThanOrEqual(1);
  }
  expect(new Set(graph.edges.map(e => e.id)).size).toBe(graph.edges.length);
}

let server: TestServer;
let hub: Hub;
beforeAll(async () => {
  server = await startTestServer();
  hub = hubArticle(300, 3, 3);
  expect(validateBatch(hub.batch)).toEqual([]);
  await new KgWriterRepository(server.graph).writeBatch(hub.batch);
});
afterAll(async () => {
  await server.close();
});

describe('neighborhood on the seed', () => {
  it("draws North Korea's neighbours, strongest first, with aggregated edges", async () => {
    const graph = await neighborhood('country:PRK');
    expect(graph.nodes).toEqual([
      { id: 'country:PRK', kind: 'COUNTRY', label: 'North Korea', hop: 0 },
      // two events each (recognition, workers), then one event each, then relations only
      {
        id: 'territory:donetsk-peoples-republic',
        kind: 'TERRITORY',
        label: "Donetsk People's Republic",
        hop: 1,
      },
      {
        id: 'territory:luhansk-peoples-republic',
        kind: 'TERRITORY',
        label: "Luhansk People's Republic",
        hop: 1,
      },
      { id: 'historical:soviet-union', kind: 'HISTORICAL_STATE', label: 'Soviet Union', hop: 1 },
      { id: 'country:UKR', kind: 'COUNTRY', label: 'Ukraine', hop: 1 },
      { id: 'person:kim-jong-un', kind: 'PERSON', label: 'Kim Jong Un', hop: 1 },
      { id: 'media:kcna', kind: 'MEDIA_OUTLET', label: 'Korean Central News Agency', hop: 1 },
    ]);
    expect(graph.truncated).toBe(false);
    expectConsistent(graph);
    const byId = new Map(graph.edges.map(e => [e.id, e]));
    // 054 (Goldstein 6.0) and 061 (6.4) aggregate into one edge.
    expect(byId.get('country:PRK|territory:donetsk-peoples-republic|EVENT')).toMatchObject({
      weight: 2,
      eventCount: 2,
    });
    expect(
      byId.get('country:PRK|territory:donetsk-peoples-republic|EVENT')?.goldsteinSum,
    ).toBeCloseTo(12.4);
    expect(byId.get('country:UKR|country:PRK|EVENT')).toEqual({
      id: 'country:UKR|country:PRK|EVENT',
      source: 'country:UKR',
      target: 'country:PRK',
      kind: 'EVENT',
      weight: 1,
      eventCount: 1,
      goldsteinSum: -4,
    });
    expect(byId.get('person:kim-jong-un|country:PRK|HOLDS_OFFICE')).toMatchObject({
      weight: 1,
      eventCount: 0,
      goldsteinSum: null,
    });
    // Edges among neighbours count too: the territories belong to Ukraine.
    expect(byId.has('territory:donetsk-peoples-republic|country:UKR|OF_COUNTRY')).toBe(true);
    expect(graph.edges).toHaveLength(9);
  });

  it('aggregates events per ordered pair: Kim and Putin give one edge each way', async () => {
    const graph = await neighborhood('person:kim-jong-un');
    const kimPutin = graph.edges.find(
      e => e.id === 'person:kim-jong-un|person:vladimir-putin|EVENT',
    );
    const putinKim = graph.edges.find(
      e => e.id === 'person:vladimir-putin|person:kim-jong-un|EVENT',
    );
    // Kim -> Putin: 2019 meeting (040), praise (051), intent to cooperate (030); Putin -> Kim: 030.
    expect(kimPutin).toMatchObject({ eventCount: 3, weight: 3 });
    expect(kimPutin?.goldsteinSum).toBeCloseTo(1 + 3.4 + 4);
    expect(putinKim).toMatchObject({ eventCount: 1, goldsteinSum: 4 });
    expect(graph.nodes[1]).toMatchObject({ id: 'person:vladimir-putin', hop: 1 });
  });

  it('goes several hops out, a limited number of actors per hop', async () => {
    const graph = await neighborhood('country:PRK', 3, 2);
    expect(graph.nodes.filter(n => n.hop === 0).map(n => n.id)).toEqual(['country:PRK']);
    expect(graph.nodes.filter(n => n.hop === 1).map(n => n.id)).toEqual([
      'territory:donetsk-peoples-republic',
      'territory:luhansk-peoples-republic',
    ]);
    // Next to the two territories: Russia (4 events with them) and the officials' group (2 relations);
    // Ukraine is next to North Korea, so it was a hop-1 candidate and is not repeated at hop 2.
    expect(graph.nodes.filter(n => n.hop === 2).map(n => n.id)).toEqual([
      'country:RUS',
      'group:peoples-republics-officials',
    ]);
    expect(graph.nodes.filter(n => n.hop === 3).map(n => n.id)).toEqual(['person:vladimir-putin']);
    expect(graph.truncated).toBe(true);
    expectConsistent(graph);
  });

  it('answers the README example: two hops around North Korea', async () => {
    const graph = await neighborhood('country:PRK', 2);
    expect(graph.nodes.filter(n => n.hop === 2).map(n => n.id)).toEqual([
      'country:RUS',
      'person:vladimir-putin',
      'group:hostile-forces',
      'country:JPN',
      'group:peoples-republics-officials',
    ]);
    expect(graph.edges).toHaveLength(21);
    expect(graph.truncated).toBe(false);
    expectConsistent(graph);
  });

  it('returns an empty graph for an unknown actor', async () => {
    expect(await neighborhood('person:nobody-at-all', 2)).toEqual({
      nodes: [],
      edges: [],
      truncated: false,
    });
  });

  it('resolves each node to its actor', async () => {
    const res = await server.gql<{
      neighborhood: { nodes: { id: string; actor: { id: string; iso3: string | null } }[] };
    }>(`{ neighborhood(id: "country:UKR") { nodes { id actor { id iso3 } } } }`);
    expect(res.errors).toBeUndefined();
    for (const n of res.data?.neighborhood.nodes ?? []) {
      expect(n.actor.id).toBe(n.id);
    }
    expect(res.data?.neighborhood.nodes[0]?.actor.iso3).toBe('UKR');
  });
});

describe('neighborhood input errors', () => {
  it.each([
    ['hops', { hops: 0 }, 'between 1 and 3'],
    ['hops', { hops: 4 }, 'between 1 and 3'],
    ['limitPerHop', { limitPerHop: 0 }, 'between 1 and 100'],
    ['limitPerHop', { limitPerHop: 101 }, 'between 1 and 100'],
    ['id', { id: 'Pyongyang' }, 'an id like'],
  ])('rejects a bad %s as BAD_USER_INPUT', async (argumentName, vars, text) => {
    const res = await server.gql(NEIGHBORHOOD, { id: 'country:PRK', ...vars });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(res.errors?.[0]?.message).toContain(text);
  });
});

describe('neighborhood of a hub', () => {
  it('keeps limitPerHop partners, the strongest first, out of 300', async () => {
    const graph = await neighborhood(hub.hubId, 1, 25);
    expect(graph.nodes).toHaveLength(26);
    expect(graph.nodes[0]).toMatchObject({ id: hub.hubId, hop: 0 });
    // The three heavy partners (4 events each) sort last by name but rank first; then by name.
    expect(graph.nodes.slice(1).map(n => n.id)).toEqual([
      ...hub.heavyIds,
      ...hub.partnerIds.slice(0, 22),
    ]);
    expect(graph.truncated).toBe(true);
    expectConsistent(graph);
    // hub -> each partner (one 040 each), and each heavy partner -> hub (three 051 each).
    expect(graph.edges).toHaveLength(25 + 3);
    const back = graph.edges.filter(e => e.target === hub.hubId);
    expect(back.map(e => e.source).sort()).toEqual([...hub.heavyIds].sort());
    for (const e of back) {
      expect(e).toMatchObject({ kind: 'EVENT', eventCount: 3, weight: 3 });
      expect(e.goldsteinSum).toBeCloseTo(3 * 3.4);
    }
  });

  it('reaches the hub at hop 1 and its strongest other partners at hop 2', async () => {
    const [first] = hub.partnerIds;
    const graph = await neighborhood(first ?? '', 2, 5);
    expect(graph.nodes.map(n => [n.id, n.hop])).toEqual([
      [first, 0],
      [hub.hubId, 1],
      ...hub.heavyIds.map(id => [id, 2]),
      [hub.partnerIds[1], 2],
      [hub.partnerIds[2], 2],
    ]);
    expect(graph.truncated).toBe(true);
    expectConsistent(graph);
  });

  it('runs the same number of Cypher statements for 6 nodes as for 101', async () => {
    const count = async (limitPerHop: number): Promise<{ statements: number; nodes: number }> => {
      const before = server.graph.statementCount;
      const res = await server.gql<{ neighborhood: { nodes: unknown[] } }>(
        `query($id: ID!, $limit: Int!) { neighborhood(id: $id, hops: 2, limitPerHop: $limit) {
          nodes { id actor { name country { id } offices { title } } } edges { id weight } } }`,
        { id: hub.hubId, limit: limitPerHop },
      );
      expect(res.errors).toBeUndefined();
      return {
        statements: server.graph.statementCount - before,
        nodes: res.data?.neighborhood.nodes.length ?? 0,
      };
    };
    const few = await count(5);
    const many = await count(100);
    expect(few.nodes).toBe(6);
    expect(many.nodes).toBe(101);
    // The neighbourhood statement, the actors batch, then their countries and offices.
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(4);
  });
});
