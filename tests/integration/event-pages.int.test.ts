/**
 * Event pages through the read planner: an actor's events (first and deep page) and a dyad's events
 * with their type, ends and evidence run as ONE Cypher statement per root field, and answer what the
 * DataLoader path answers (an actor's events reached through Statement.speaker; a dyad read the
 * repository's other way, the sides first). The plans themselves: tests/integration/plans.int.test.ts.
 */
import { EventRepository } from '../../src/graph/event.repository';
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { validateBatch } from '../../src/kg/kg-batch';
import { type Synthetic, syntheticArticle } from '../helpers/synthetic';
import { type GqlResponse, type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
let data: Synthetic;
beforeAll(async () => {
  // the DataLoader path reaches the actor deeper, through Statement.speaker
  server = await startTestServer({ limits: { maxDepth: 16 } });
  data = syntheticArticle(8);
  expect(validateBatch(data.batch)).toEqual([]);
  await new KgWriterRepository(server.graph).writeBatch(data.batch);
});
afterAll(async () => {
  await server.close();
});

/** Runs a query and returns its answer with the number of Cypher statements it ran. */
async function counted<T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ res: GqlResponse<T>; statements: number }> {
  const before = server.graph.statementCount;
  const res = await server.gql<T>(query, variables);
  return { res, statements: server.graph.statementCount - before };
}

const ACTOR_EVENTS = `fragment X on Actor { id
  events(first: $n, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id date type { code } source { id name } target { id } evidence { id start } } } }
}`;

describe("an actor's events and a dyad through the read planner", () => {
  /** The actor's events page through actor(id) (planned) and through Statement.speaker (DataLoaders). */
  async function actorEvents(id: string, n: number, after: string | null) {
    const vars = { id, n, after };
    const decl = '$id: ID!, $n: Int!, $after: String';
    const planned = await counted<{ actor: { events: { pageInfo: { endCursor: string } } } }>(
      `query(${decl}) { actor(id: $id) { ...X } } ${ACTOR_EVENTS}`,
      vars,
    );
    const loaded = await server.gql<{ statements: { edges: { node: { speaker: unknown } }[] } }>(
      `query(${decl}) { statements(speaker: $id, first: 1) { edges { node { speaker { ...X } } } } } ${ACTOR_EVENTS}`,
      vars,
    );
    expect(planned.res.errors).toBeUndefined();
    expect(loaded.errors).toBeUndefined();
    expect(planned.res.data?.actor).toEqual(loaded.data?.statements.edges[0]?.node.speaker);
    return planned;
  }

  it('answers the first and the deep page of an actor as the DataLoaders do, each in one statement', async () => {
    const id = data.personIds[3] ?? '';
    const first = await actorEvents(id, 1, null);
    expect(first.statements).toBe(1);
    expect(first.res.data?.actor).toMatchObject({
      events: { pageInfo: { hasNextPage: true, hasPreviousPage: false } },
    });
    const after = first.res.data?.actor.events.pageInfo.endCursor ?? null;
    const deep = await actorEvents(id, 1, after);
    expect(deep.statements).toBe(1);
    expect(deep.res.data?.actor).toMatchObject({
      events: { pageInfo: { hasNextPage: false, hasPreviousPage: true } },
    });
  });

  it("answers a dyad with its events' type, ends and evidence in one statement, officials included", async () => {
    // the country's side holds its office holders: person 3's events with the other people count
    const pairs: [string, string][] = [
      [data.personIds[0] ?? '', data.personIds[1] ?? ''],
      [data.countryId, data.personIds[3] ?? ''],
    ];
    for (const [a, b] of pairs) {
      const planned = await counted<{
        relationsBetween: {
          edges: {
            node: {
              id: string;
              type: { code: string };
              source: { id: string };
              target: { id: string };
              evidence: unknown[];
            };
          }[];
        };
      }>(
        `query($a: ID!, $b: ID!) { relationsBetween(a: $a, b: $b, last: 20) { edges { node {
          id type { code } source { id } target { id } evidence { id start end text } } } } }`,
        { a, b },
      );
      expect(planned.res.errors).toBeUndefined();
      expect(planned.statements).toBe(1);
      // the same page read the DataLoader path's way (the sides first, then the page)
      const page = await new EventRepository(server.graph, 100).relationsBetween(
        { a, b, from: null, to: null },
        { last: 20 },
      );
      expect(page.nodes.length).toBeGreaterThan(0);
      expect(
        planned.res.data?.relationsBetween.edges.map(({ node }) => [
          node.id,
          node.type.code,
          node.source.id,
          node.target.id,
          node.evidence.length,
        ]),
      ).toEqual(page.nodes.map(e => [e.id, e.typeCode, e.sourceId, e.targetId, e.evidence.length]));
    }
  });
});
