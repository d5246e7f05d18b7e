/**
 * Fan-out across instances through a real redis-server (started for this file, no persistence): two
 * server instances share it, a subscriber on B gets what A ingests; with Redis killed both stay up, say
 * so in /ready and the log, and deliver their own events; with Redis back, fan-out resumes by itself.
 * Articles are about South American countries, never the seed's actors.
 */
import { randomBytes } from 'node:crypto';
import { defaultLiveConfig } from '../../src/config/config';
import { createLogger } from '../../src/runtime/logger';
import { connectLive, subscribe, until } from '../helpers/live-client';
import { type TestRedis, startTestRedis } from '../helpers/test-redis';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

let redis: TestRedis;
let a: TestServer;
let b: TestServer;
const logs: { level: string; msg: string }[] = [];

function logger() {
  return createLogger({
    level: 'info',
    destination: {
      write(line: string) {
        logs.push(JSON.parse(line) as { level: string; msg: string });
      },
    },
  });
}

beforeAll(async () => {
  redis = await startTestRedis();
  const live = { ...defaultLiveConfig(), redisUrl: redis.url };
  [a, b] = await Promise.all([
    startTestServer({ app: { live, logger: logger() } }),
    startTestServer({ app: { live, logger: logger() } }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
  await redis.stop();
});

interface IngestedData {
  articleIngested: { id: string; counts: { events: number } };
}

function article(): string {
  const tag = randomBytes(5).toString('hex');
  return (
    `Uruguay hosts Brazil for port talks (${tag})\n\n` +
    'MONTEVIDEO, May 7 (AFP) - Uruguay hosted a Brazilian port delegation on Tuesday. Brazil praised ' +
    `Uruguay for its open ports and said talks would resume in June (ref ${tag}).\n`
  );
}

async function ingest(s: TestServer): Promise<{ id: string; events: number }> {
  const res = await s.gql<{
    ingestArticle: { article: { id: string }; created: { events: number } };
  }>(
    `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } created { events } } }`,
    { input: { text: article() } },
    { token: TEST_WRITER_TOKEN },
  );
  expect(res.errors).toBeUndefined();
  const data = res.data?.ingestArticle;
  return { id: data?.article.id ?? '', events: data?.created.events ?? 0 };
}

async function live(s: TestServer): Promise<string> {
  const res = await fetch(`${s.url}/ready`);
  const body = (await res.json()) as { live?: string };
  expect(res.status).toBe(200); // Redis is not needed for reads: readiness stays 200
  return body.live ?? '';
}

/** One unlabelled gauge of /metrics. */
async function metric(s: TestServer, name: string): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  const line = text.split('\n').find(l => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1]);
}

describe('live updates across instances through Redis', () => {
  it('delivers to a subscriber on instance B what instance A ingests', async () => {
    expect(await live(a)).toBe('redis: up');
    expect(await live(b)).toBe('redis: up');
    const client = connectLive(b.url);
    await client.connected;
    const articles = subscribe<IngestedData>(
      client,
      `subscription { articleIngested { id counts { events } } }`,
    );
    const events = subscribe<{ eventAdded: { id: string } }>(
      client,
      `subscription { eventAdded(actor: "country:URY") { id } }`,
    );
    await until(() => b.app.live.subscriberCount() === 2, 'two subscriptions on B');
    const ingested = await ingest(a);
    const [got] = await articles.received(1);
    expect(got?.articleIngested).toEqual({ id: ingested.id, counts: { events: ingested.events } });
    expect(ingested.events).toBeGreaterThan(0);
    await events.received(1);
    expect(a.app.live.subscriberCount()).toBe(0); // B's subscriber got it through Redis, not locally
    await client.dispose();
  });

  it('stays up when redis-server is killed, says so, serves its own subscribers, and recovers', async () => {
    const onA = connectLive(a.url);
    const onB = connectLive(b.url);
    await Promise.all([onA.connected, onB.connected]);
    const query = `subscription { articleIngested { id } }`;
    const localA = subscribe<IngestedData>(onA, query);
    const remoteB = subscribe<IngestedData>(onB, query);
    await until(
      () => a.app.live.subscriberCount() === 1 && b.app.live.subscriberCount() === 1,
      'subscribers',
    );

    await redis.kill();
    await until(() => a.app.live.status().state === 'down', 'A to notice the outage');
    expect(await live(a)).toMatch(/^redis: down/);
    expect(logs.some(l => l.level === 'error' && /Redis is down/.test(l.msg))).toBe(true);
    const health = await fetch(`${a.url}/health`);
    expect(health.status).toBe(200);
    expect(await metric(a, 'newsgraph_live_redis_up')).toBe(0);
    const read = await a.gql<{ eventTypes: unknown[] }>(`{ eventTypes(root: "05") { code } }`);
    expect(read.data?.eventTypes.length).toBeGreaterThan(0);

    // during the outage A still ingests, and its own subscriber is told
    const during = await ingest(a);
    const [local] = await localA.received(1);
    expect(local?.articleIngested.id).toBe(during.id);

    await redis.restart();
    await until(
      () => a.app.live.status().state === 'up' && b.app.live.status().state === 'up',
      'both instances to reconnect',
      15_000,
    );
    expect(await live(b)).toBe('redis: up');
    expect(await metric(b, 'newsgraph_live_redis_up')).toBe(1);
    expect(logs.some(l => /Redis connected/.test(l.msg))).toBe(true);
    const after = await ingest(a);
    const got = await remoteB.received(1);
    // B missed what A published during the outage (documented), and gets what follows
    expect(got.map(r => r.articleIngested.id)).toEqual([after.id]);
    await Promise.all([onA.dispose(), onB.dispose()]);
  }, 120_000);
});
