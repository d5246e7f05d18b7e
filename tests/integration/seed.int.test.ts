/** `npm run seed` semantics: schema first, then the seed in one transaction, MERGE on keys. */
import { loadSeedArticle } from '../../src/seed/seed-annotation';
import { seedGraph } from '../../src/seed/seed.service';
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/**
 * The seed's own nodes (its article, actors, statements, events, and the CAMEO types) and the
 * relationships among them. Not the whole graph: other suites write their own data at the same time.
 */
async function seedCounts(): Promise<{ nodes: number; relationships: number }> {
  const { batch } = loadSeedArticle();
  const ids = [batch.article, ...batch.actors, ...batch.statements, ...batch.events].map(n => n.id);
  const [row] = await server.graph.read<{ nodes: number; relationships: number }>(
    `MATCH (n) WHERE n.id IN $ids OR n:EventType
     WITH collect(n) AS members
     RETURN size(members) AS nodes,
            COUNT { MATCH (x)-[r]->(y) WHERE x IN members AND y IN members } AS relationships`,
    { ids },
  );
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0 };
}

describe('seeding', () => {
  it('changes no node or relationship counts when run again', async () => {
    await seedGraph(server.graph, { onlyIfEmpty: false });
    const before = await seedCounts();
    await seedGraph(server.graph, { onlyIfEmpty: false });
    const after = await seedCounts();
    expect(after).toEqual(before);
    expect(before.nodes).toBeGreaterThan(311);
  });

  it('skips writing when asked to seed only an empty database', async () => {
    const report = await seedGraph(server.graph, { onlyIfEmpty: true });
    expect(report.seeded).toBe(false);
  });

  it('creates the uniqueness constraints and the full-text index', async () => {
    const constraints = await server.graph.read<{ name: string }>(
      'SHOW CONSTRAINTS YIELD name RETURN name',
    );
    expect(constraints.map(c => c.name)).toEqual(
      expect.arrayContaining([
        'article_id',
        'actor_id',
        'country_iso3',
        'statement_id',
        'event_id',
        'event_type_code',
      ]),
    );
    const fulltext = await server.graph.read<{ name: string; state: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'statement_text' RETURN name, state",
    );
    expect(fulltext).toEqual([{ name: 'statement_text', state: 'ONLINE' }]);
  });

  it('stores nothing from the "Also Read" boilerplate', async () => {
    // The article text is stored verbatim (offsets index into it); no node or span may come from the line.
    const nodes = await server.graph.read<{ n: number }>(
      `MATCH (x) WHERE NOT x:Article AND any(k IN ['name', 'text', 'summary'] WHERE x[k] CONTAINS 'Talib')
       RETURN count(x) AS n`,
    );
    const spans = await server.graph.read<{ n: number }>(
      `MATCH ()-[r:EXTRACTED_FROM]->() WHERE r.text CONTAINS 'Talib' RETURN count(r) AS n`,
    );
    expect(nodes[0]?.n).toBe(0);
    expect(spans[0]?.n).toBe(0);
  });
});
