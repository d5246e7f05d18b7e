/**
 * Subscriptions over a real graphql-ws client and socket, against the real Neo4j and CoreNLP: what an
 * ingest publishes (after its commit, filtered on the server), and what a failed ingest does not.
 * Articles are about South American countries, never the seed's actors.
 */
import { randomBytes } from 'node:crypto';
import { GraphClient } from '../../src/graph/graph-client';
import { FaultInjector } from '../helpers/faults';
import { connectLive, subscribe, until } from '../helpers/live-client';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { article { id } created { articles actors statements events } }
}`;

const ARTICLE_INGESTED = `subscription {
  articleIngested { id title publishedAt counts { actors statements events } article { id url } }
}`;

const EVENT_FIELDS = `id source { id } target { id } type { code } evidence { text }`;

interface IngestedData {
  articleIngested: {
    id: string;
    title: string;
    publishedAt: string | null;
    counts: { actors: number; statements: number; events: number };
    article: { id: string; url: string | null };
  };
}
interface EventData {
  eventAdded: {
    id: string;
    source: { id: string };
    target: { id: string };
    type: { code: string };
  };
}
interface IngestData {
  ingestArticle: {
    article: { id: string };
    created: { articles: number; actors: number; statements: number; events: number };
  };
}

function uruguayBrazil(): string {
  const tag = randomBytes(5).toString('hex');
  return (
    `Uruguay hosts Brazil for trade talks (${tag})\n\n` +
    'MONTEVIDEO, March 5 (AFP) - Uruguay hosted a Brazilian trade delegation on Wednesday. Brazil ' +
    `praised Uruguay for its open ports and said talks would resume in April (ref ${tag}).\n`
  );
}

async function ingest(s: TestServer, text: string): Promise<IngestData['ingestArticle']> {
  const res = await s.gql<IngestData>(
    INGEST,
    { input: { text, url: `https://news.example.org/${randomBytes(4).toString('hex')}` } },
    { token: TEST_WRITER_TOKEN },
  );
  expect(res.errors).toBeUndefined();
  return (res.data as IngestData).ingestArticle;
}

describe('subscriptions', () => {
  it('delivers articleIngested and the matching eventAdded after an ingest, and not a non-matching dyad', async () => {
    const live = connectLive(server.url);
    await live.connected;
    const before = server.app.live.subscriberCount();
    const articles = subscribe<IngestedData>(live, ARTICLE_INGESTED);
    const dyad = subscribe<EventData>(
      live,
      `subscription($d: [ID!]) { eventAdded(dyad: $d) { ${EVENT_FIELDS} } }`,
      { d: ['country:BRA', 'country:URY'] },
    );
    const byActor = subscribe<EventData>(
      live,
      `subscription { eventAdded(actor: "country:BRA") { ${EVENT_FIELDS} } }`,
    );
    const other = subscribe<EventData>(
      live,
      `subscription { eventAdded(dyad: ["country:URY", "country:ARG"]) { ${EVENT_FIELDS} } }`,
    );
    await until(() => server.app.live.subscriberCount() === before + 4, 'four subscriptions');

    const text = uruguayBrazil();
    const result = await ingest(server, text);
    expect(result.created.articles).toBe(1);
    expect(result.created.events).toBeGreaterThan(0);

    const [ingested] = await articles.received(1);
    expect(ingested?.articleIngested).toMatchObject({
      id: result.article.id,
      title: expect.stringContaining('Uruguay hosts Brazil') as unknown,
      counts: { statements: result.created.statements, events: result.created.events },
      article: { id: result.article.id },
    });
    // what the graph holds for the article: the events between Brazil and Uruguay
    const stored = await server.gql<{
      article: { events: { edges: { node: EventData['eventAdded'] }[] } };
    }>(
      `query($id: ID!) { article(id: $id) { events(first: 100) { edges { node { ${EVENT_FIELDS} } } } } }`,
      { id: result.article.id },
    );
    const events = stored.data?.article.events.edges.map(e => e.node) ?? [];
    const between = events.filter(
      e => [e.source.id, e.target.id].sort().join() === 'country:BRA,country:URY',
    );
    expect(between.length).toBeGreaterThan(0);
    const got = await dyad.received(between.length);
    expect(got.map(g => g.eventAdded).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      between.sort((a, b) => a.id.localeCompare(b.id)),
    );
    await byActor.received(between.length);
    expect(
      byActor.results.every(r =>
        [r.eventAdded.source.id, r.eventAdded.target.id].includes('country:BRA'),
      ),
    ).toBe(true);
    // messages are filtered as they are published, before any of them is resolved: give the
    // non-matching subscription time to show anything it (wrongly) got
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(other.results).toEqual([]);
    expect(other.errors).toEqual([]);
    expect(dyad.errors).toEqual([]);

    // the same article again writes nothing new, and publishes nothing
    await ingest(server, text);
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(articles.results).toHaveLength(1);
    await live.dispose();
  });

  it('publishes nothing for an ingest whose write fails', async () => {
    const injector = new FaultInjector(server.driver);
    const faulty = await startTestServer({
      graph: new GraphClient(injector.driver, { database: 'neo4j', txTimeoutMs: 15_000 }),
    });
    try {
      const live = connectLive(faulty.url);
      await live.connected;
      const articles = subscribe<IngestedData>(live, ARTICLE_INGESTED);
      const events = subscribe<EventData>(live, `subscription { eventAdded { id } }`);
      await until(() => faulty.app.live.subscriberCount() === 2, 'two subscriptions');
      // every write statement fails with a non-retried client error: the transaction rolls back
      injector.failNext(1000, 'Neo.ClientError.Statement.SyntaxError', { mode: 'WRITE' });
      const failed = await faulty.gql(
        INGEST,
        { input: { text: uruguayBrazil() } },
        { token: TEST_WRITER_TOKEN },
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      injector.clear();
      // the next good ingest is the first (and only) thing the subscribers get
      const good = await ingest(faulty, uruguayBrazil());
      const [first] = await articles.received(1);
      expect(first?.articleIngested.id).toBe(good.article.id);
      await events.received(good.created.events);
      const ids = await faulty.gql<{
        article: { events: { edges: { node: { id: string } }[] } };
      }>(`query($id: ID!) { article(id: $id) { events(first: 100) { edges { node { id } } } } }`, {
        id: good.article.id,
      });
      const goodIds = new Set(ids.data?.article.events.edges.map(e => e.node.id));
      expect(events.results.every(r => goodIds.has(r.eventAdded.id))).toBe(true);
      expect(events.results).toHaveLength(goodIds.size);
      await live.dispose();
    } finally {
      await faulty.close();
    }
  });
  it('reads a message once for all the subscriptions that resolve it, not once per subscription', async () => {
    const stored = await ingest(server, uruguayBrazil());
    const events = await server.gql<{
      article: { events: { edges: { node: EventData['eventAdded'] }[] } };
    }>(
      `query($id: ID!) { article(id: $id) { events(first: 1) { edges { node { ${EVENT_FIELDS} } } } } }`,
      { id: stored.article.id },
    );
    const event = events.data?.article.events.edges[0]?.node;
    if (event === undefined) throw new Error('the article has no event');
    // a fresh message object per publish, as the ingest service publishes: nothing carries over
    const message = () => ({
      eventId: event.id,
      articleId: stored.article.id,
      sourceId: event.source.id,
      targetId: event.target.id,
      sourceCountryIds: [],
      targetCountryIds: [],
    });
    const NESTED = `subscription($a: ID) { eventAdded(actor: $a) {
      ${EVENT_FIELDS} source { name country { id } offices { title } } evidence { article { id title } }
    } }`;
    const readsFor = async (subscribers: number): Promise<number> => {
      const live = connectLive(server.url);
      await live.connected;
      const before = server.app.live.subscriberCount();
      const subs = Array.from({ length: subscribers }, () =>
        subscribe<EventData>(live, NESTED, { a: event.source.id }),
      );
      await until(
        () => server.app.live.subscriberCount() === before + subscribers,
        `${subscribers} subscriptions`,
      );
      const start = server.graph.statementCount;
      server.app.live.publish('eventAdded', message());
      for (const sub of subs) {
        const [got] = await sub.received(1);
        expect(got?.eventAdded).toMatchObject(event);
        expect(sub.errors).toEqual([]);
      }
      const reads = server.graph.statementCount - start;
      await live.dispose();
      return reads;
    };
    const one = await readsFor(1);
    const eight = await readsFor(8);
    expect(one).toBeGreaterThan(0);
    // one subscription per message would read eight times as much
    expect(eight).toBe(one);
  });
});
