/** `npm run seed` semantics: schema first, then the seed in one transaction, MERGE on keys. */
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { seedGraph } from '../../src/seed/seed.service';

const { batch } = loadSeedArticle();
const ARTICLE = batch.article.id;

/** The seed article, what was extracted from it and the actors it mentions, with their relationships. */
const SEED_SUBGRAPH = `
MATCH (a:Article {id: $id})
MATCH (n) WHERE n = a OR (n)-[:EXTRACTED_FROM]->(a) OR (a)-[:MENTIONS]->(n)
WITH collect(DISTINCT n) AS nodes
CALL { WITH nodes UNWIND nodes AS n MATCH (n)-[r]-() RETURN count(DISTINCT r) AS rels }
RETURN size(nodes) AS nodes, rels, COUNT { (t:EventType) } AS types`;
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('seeding', () => {
  it('changes no node or relationship counts when run again', async () => {
    // Counted on the seed's own subgraph: other test files write their own data in parallel.
    const seedCounts = async (): Promise<{ nodes: number; rels: number; types: number }> => {
      const [row] = await server.graph.read<{ nodes: number; rels: number; types: number }>(
        SEED_SUBGRAPH,
        {
          id: ARTICLE,
        },
      );
      return row ?? { nodes: -1, rels: -1, types: -1 };
    };
    await seedGraph(server.graph, { onlyIfEmpty: false });
    const before = await seedCounts();
    await seedGraph(server.graph, { onlyIfEmpty: false });
    const after = await seedCounts();
    expect(after).toEqual(before);
    expect(before.nodes).toBe(
      1 + batch.actors.length + batch.statements.length + batch.events.length,
    );
    expect(before.types).toBe(311);
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
