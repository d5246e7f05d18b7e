/**
 * The circuit breaker's driver side, with the real driver and the shared test Neo4j behind a loopback
 * TCP proxy (NEO4J_URI servers have no supervisor: a connectivity failure seen by a call is what opens
 * it). Cutting the proxy drops every pooled connection as a dead server would; after the first failed
 * call the rest fail fast, /ready answers 503 at once, and once the proxy is back the breaker's probe
 * closes it and the very first calls succeed: no failure from connections the pool held.
 */
import net from 'node:net';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import { GraphClient } from '../../src/graph/graph-client';
import { codeOf } from '../helpers/faults';
import { type TestServer, startTestServer } from '../helpers/test-server';

interface Proxy {
  readonly port: number;
  /** Closes every connection and stops listening: the address refuses connections. */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

async function proxyTo(target: URL): Promise<Proxy> {
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket): void => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  };
  const server = net.createServer(client => {
    const upstream = net.connect(Number(target.port), target.hostname);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        const addr = server.address();
        resolve(typeof addr === 'object' && addr !== null ? addr.port : port);
      });
    });
  const port = await listen(0);
  const down = async (): Promise<void> => {
    const closed = new Promise(r => server.close(r));
    sockets.forEach(s => s.destroy());
    await closed;
  };
  return {
    port,
    down,
    up: async () => {
      await listen(port);
    },
    close: down,
  };
}

const cfg = loadConfig();
let proxy: Proxy;
let graph: GraphClient;
let server: TestServer;

beforeAll(async () => {
  proxy = await proxyTo(new URL(cfg.neo4j.uri ?? ''));
  const driver = createDriver({
    ...cfg.neo4j,
    uri: `bolt://127.0.0.1:${proxy.port}`,
    maxRetryMs: 1000, // the first failure comes after the retry budget: keep the test short
  });
  graph = new GraphClient(driver, {
    database: cfg.neo4j.database,
    readTimeoutMs: 5000,
    deadlineMarginMs: 3000,
    breaker: { probeIntervalMs: 200 },
  });
  server = await startTestServer({ graph });
  await (await fetch(`${server.url}/health`)).text(); // the first fetch loads the HTTP client
});

afterAll(async () => {
  await server.close();
  graph.breaker?.dispose();
  await graph.driver.close();
  await proxy.close().catch(() => undefined);
});

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 20));
  }
  return check();
}

const READ = 'RETURN 1 AS one';
/** An answer without waiting on the database: a tenth of the 5 s read timeout the client is given. */
const FAIL_FAST_MS = 500;
const QUERY = '{ eventTypes(root: "04") { code } }';

describe('circuit breaker over the real driver', () => {
  it('opens on a lost connection, fails fast meanwhile, and the first calls after recovery succeed', async () => {
    // several pooled connections, all about to be cut
    await Promise.all(Array.from({ length: 6 }, () => graph.read(READ)));
    expect(graph.breaker?.isOpen).toBe(false);

    await proxy.down();
    const first: unknown = await graph.read(READ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(codeOf(first)).toBe('SERVICE_UNAVAILABLE');
    expect(graph.breaker?.isOpen).toBe(true);

    const t0 = performance.now();
    const fast: unknown = await graph.read(READ).then(
      () => null,
      (e: unknown) => e,
    );
    const fastMs = performance.now() - t0;
    expect(codeOf(fast)).toBe('SERVICE_UNAVAILABLE');
    // fast: far under the 5 s read timeout a closed breaker would wait out (the bound leaves room for a
    // loaded machine: a CI run beside other work measured 137 ms for what takes a few ms when idle)
    expect(fastMs).toBeLessThan(FAIL_FAST_MS);

    const ready0 = performance.now();
    const ready = await fetch(`${server.url}/ready`);
    const readyMs = performance.now() - ready0;
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('1');
    expect(readyMs).toBeLessThan(FAIL_FAST_MS);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.headers.get('retry-after')).toBe('1');

    await proxy.up();
    const upAt = performance.now();
    expect(await until(() => graph.breaker?.isOpen === false, 10_000)).toBe(true);
    const closedMs = performance.now() - upAt;
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => graph.read(READ)));
    expect(results.map(r => r.status)).toEqual(Array(8).fill('fulfilled'));
    const after = await server.gql(QUERY);
    expect(after.errors).toBeUndefined();
    expect(after.status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    process.stdout.write(
      `[breaker] fast failure ${fastMs.toFixed(1)} ms; /ready 503 in ${readyMs.toFixed(1)} ms; proxy up -> breaker closed ${closedMs.toFixed(0)} ms\n`,
    );
  }, 30_000);
});
