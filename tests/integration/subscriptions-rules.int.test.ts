/**
 * The rules of the WebSocket endpoint, over a real graphql-ws client and socket: auth in
 * connectionParams, the connection and subscription caps, the query limits, and shutdown.
 */
import { defaultLiveConfig } from '../../src/config/config';
import { connectLive, subscribe, until } from '../helpers/live-client';
import { TEST_READER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

const ARTICLES = `subscription { articleIngested { id title } }`;

describe('subscriptions: auth', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ app: { readAccess: 'token' } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('under READ_ACCESS=token closes a connection without a token with 4403 UNAUTHENTICATED', async () => {
    const live = connectLive(server.url);
    const closed = await live.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/^UNAUTHENTICATED: .*authorization/);
    await until(
      () => server.app.subscriptions.connections() === 0,
      'the server to drop the socket',
    );
  });

  it('closes a connection with an unknown token with 4403, and serves a reader token', async () => {
    const wrong = connectLive(server.url, 'not-a-known-token-0123456789');
    expect(await wrong.closed).toEqual({ code: 4403, reason: 'UNAUTHENTICATED: unknown token' });
    const reader = connectLive(server.url, TEST_READER_TOKEN);
    await reader.connected;
    const before = server.app.live.subscriberCount();
    subscribe(reader, ARTICLES);
    await until(() => server.app.live.subscriberCount() === before + 1, 'the subscription');
    await reader.dispose();
  });
});

describe('subscriptions: caps, limits and shutdown', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      limits: { maxDepth: 4 },
      app: {
        live: { ...defaultLiveConfig(), maxConnections: 2, maxSubscriptionsPerConnection: 2 },
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });
  // each test starts with no socket left from the one before (a closed socket leaves asynchronously)
  beforeEach(async () => {
    await until(() => server.app.subscriptions.connections() === 0, 'no open socket');
  });

  it('refuses the subscription beyond the per-connection cap, and keeps the others', async () => {
    const live = connectLive(server.url);
    await live.connected;
    const before = server.app.live.subscriberCount();
    subscribe(live, ARTICLES);
    subscribe(live, `subscription { eventAdded { id } }`);
    await until(() => server.app.live.subscriberCount() === before + 2, 'two subscriptions');
    const third = subscribe(live, ARTICLES);
    await third.ended;
    expect(third.errors[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(server.app.live.subscriberCount()).toBe(before + 2);
    expect(server.app.subscriptions.connections()).toBe(1);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('\nnewsgraph_ws_connections 1\n');
    expect(metrics).toContain(`\nnewsgraph_live_subscriptions ${before + 2}\n`);
    await live.dispose();
  });

  it('closes the connection beyond WS_MAX_CONNECTIONS with 1013', async () => {
    const first = connectLive(server.url);
    const second = connectLive(server.url);
    await Promise.all([first.connected, second.connected]);
    const third = connectLive(server.url);
    const closed = await third.closed;
    expect(closed.code).toBe(1013);
    expect(closed.reason).toMatch(/^SERVICE_BUSY: 2 connections/);
    await Promise.all([first.dispose(), second.dispose()]);
    await until(() => server.app.subscriptions.connections() === 0, 'the sockets to close');
    const again = connectLive(server.url);
    await again.connected; // a freed slot is usable again
    await again.dispose();
  });

  it.each([
    [
      'too deep',
      `subscription { eventAdded { source { country { country { country { id } } } } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['unparsable', `subscription { eventAdded { id }`, 'GRAPHQL_PARSE_FAILED'],
    ['a query', `query { eventTypes { code } }`, 'BAD_REQUEST'],
    ['a bad dyad', `subscription { eventAdded(dyad: ["country:BRA"]) { id } }`, 'BAD_USER_INPUT'],
    ['an unknown field', `subscription { eventAdded { nope } }`, 'GRAPHQL_VALIDATION_FAILED'],
  ])('answers %s with %s and keeps the connection open', async (name, query, code) => {
    const live = connectLive(server.url);
    await live.connected;
    const sub = subscribe(live, query);
    await sub.ended;
    expect(sub.errors.map(e => e.extensions?.code)).toContain(code);
    if (name === 'too deep') {
      expect(sub.errors[0]?.message).toMatch(/depth/i);
    }
    expect(sub.results).toEqual([]);
    expect(server.app.subscriptions.connections()).toBe(1);
    await live.dispose();
  });

  it('answers bad variables with BAD_USER_INPUT', async () => {
    const live = connectLive(server.url);
    await live.connected;
    const sub = subscribe(live, `subscription($d: [ID!]) { eventAdded(dyad: $d) { id } }`, {
      d: 'country:BRA',
    });
    await sub.ended;
    expect(sub.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await live.dispose();
  });
});

describe('subscriptions: shutdown', () => {
  it('closes every socket with 1001 and ends every subscription when the app stops', async () => {
    const server = await startTestServer();
    const live = connectLive(server.url);
    await live.connected;
    subscribe(live, ARTICLES);
    await until(() => server.app.live.subscriberCount() === 1, 'the subscription');
    const t0 = Date.now();
    await server.close();
    const closed = await live.closed;
    expect(closed.code).toBe(1001);
    expect(server.app.live.subscriberCount()).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
