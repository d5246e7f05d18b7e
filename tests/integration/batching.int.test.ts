/**
 * No N+1: nested fields are batched per request level, so the number of Cypher statements depends on the
 * query's depth, not on how many results it returns.
 */
import { randomUUID } from 'node:crypto';
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { validateBatch } from '../../src/kg/kg-batch';
import { type Synthetic, syntheticArticle } from '../helpers/synthetic';
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
let data: Synthetic;
beforeAll(async () => {
  server = await startTestServer();
  // 30 people of one unique country, each with a statement and events: every nested level has children.
  data = syntheticArticle(30);
  expect(validateBatch(data.batch)).toEqual([]);
  await new KgWriterRepository(server.graph).writeBatch(data.batch);
});
afterAll(async () => {
  await server.close();
});

const NESTED = `query($first: Int!, $search: String!) {
  actors(first: $first, search: $search) {
    edges { node {
      id country { id name } offices { title country { id } }
      statements(first: 5) { totalCount edges { node {
        speaker { id } addressees { id } about { id } reportedBy { id } evidence { text article { id } }
      } } }
      events(role: ANY, first: 5) { totalCount edges { node {
        type { code } source { id country { id } } target { id } statements { id } respondsTo { id }
        evidence { start article { title } }
      } } }
      mentionedIn { id }
    } }
  }
}`;

async function statementsFor(first: number): Promise<{ count: number; actors: number }> {
  const before = server.graph.statementCount;
  const res = await server.gql<{ actors: { edges: unknown[] } }>(NESTED, {
    first,
    search: `zed ${data.tag}`,
  });
  expect(res.errors).toBeUndefined();
  return {
    count: server.graph.statementCount - before,
    actors: res.data?.actors.edges.length ?? 0,
  };
}

describe('Cypher statements per request', () => {
  it('do not grow when the nested query returns 30 actors instead of 2', async () => {
    const few = await statementsFor(2);
    const many = await statementsFor(30);
    expect(few.actors).toBe(2);
    expect(many.actors).toBe(30);
    // An N+1 would run at least one statement per actor (30+). Batched, the count is bounded by the
    // query's depth: root page + about one statement per nested field level. It may differ by one or two
    // between runs, because DataLoader dispatches a level once per tick and levels can share a tick.
    expect(many.count).toBeLessThanOrEqual(20);
    expect(Math.abs(many.count - few.count)).toBeLessThanOrEqual(2);
  });

  it('run one statement for many sibling lookups by id', async () => {
    const ids = [
      'country:RUS',
      'country:PRK',
      'country:UKR',
      'country:JPN',
      `country:${randomUUID().slice(0, 3).toUpperCase()}X`,
    ];
    const query = `{ ${ids.map((id, i) => `a${i}: actor(id: "${id}") { id }`).join(' ')} }`;
    const before = server.graph.statementCount;
    const res = await server.gql<Record<string, { id: string } | null>>(query);
    expect(server.graph.statementCount - before).toBe(1);
    expect(res.data?.a0).toEqual({ id: 'country:RUS' });
    expect(res.data?.a4).toBeNull();
  });
});
