/**
 * GraphClient's circuit breaker with a stand-in driver and probe (the real database is exercised by
 * tests/integration/neo4j-supervisor.int.test.ts): it opens on a connectivity failure or when the
 * supervisor reports a death, fails calls fast meanwhile (also those in flight), probes at a bounded
 * rate, and closes when a probe answers.
 */
import type { Driver } from 'neo4j-driver';
import { type BreakerEvent, CircuitBreaker, GraphClient } from '../../src/graph/graph-client';
import { codeOf, neo4jError } from '../helpers/faults';

type Work = (tx: { run: () => Promise<{ records: [] }> }) => Promise<unknown>;

const tx = { run: () => Promise.resolve({ records: [] as [] }) };

/** A driver whose transactions run `execute` and whose PINGs answer when `pingOk()` says so. */
function fakeDriver(opts: { execute: (work: Work) => Promise<unknown>; pingOk: () => boolean }): {
  driver: Driver;
  sessions: () => number;
  pings: () => number;
} {
  let sessions = 0;
  let pings = 0;
  const session = {
    executeRead: opts.execute,
    executeWrite: opts.execute,
    run: () => {
      pings += 1;
      return opts.pingOk()
        ? Promise.resolve({ records: [] })
        : Promise.reject(neo4jError('ServiceUnavailable', 'connect ECONNREFUSED'));
    },
    close: () => Promise.resolve(),
  };
  const driver = {
    session: () => {
      sessions += 1;
      return session;
    },
  } as unknown as Driver;
  return { driver, sessions: () => sessions, pings: () => pings };
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await new Promise(r => setTimeout(r, 5));
  }
}

function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('GraphClient circuit breaker', () => {
  it('opens on a connectivity failure, then fails calls at once without touching the driver', async () => {
    const fake = fakeDriver({
      execute: () => Promise.reject(neo4jError('ServiceUnavailable', 'connection refused')),
      pingOk: () => false,
    });
    const graph = new GraphClient(fake.driver, {
      database: 'neo4j',
      breaker: { probeIntervalMs: 60_000 },
    });
    const events: BreakerEvent[] = [];
    graph.breaker?.subscribe(e => events.push(e));

    expect(codeOf(await failure(graph.read('RETURN 1')))).toBe('SERVICE_UNAVAILABLE');
    expect(graph.breaker?.isOpen).toBe(true);
    expect(events).toEqual([{ type: 'open', cause: 'connection', reason: 'connection refused' }]);
    const sessionsBefore = fake.sessions();
    const t0 = performance.now();
    const errors = await Promise.all([1, 2, 3].map(() => failure(graph.write('RETURN 1'))));
    const ms = performance.now() - t0;

    expect(errors.map(codeOf)).toEqual(Array(3).fill('SERVICE_UNAVAILABLE'));
    expect((errors[0] as Error).message).toBe(
      'the database is unavailable (the connection to the database failed); try again in 1 s',
    );
    expect(ms).toBeLessThan(50);
    expect(fake.sessions()).toBe(sessionsBefore);
    expect(graph.breaker?.rejected).toBe(3);
    expect(graph.openSessions).toBe(0);
    graph.breaker?.dispose();
  });

  it('stays closed on errors of the query itself (timeout, constraint, Cypher)', async () => {
    const codes = [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Schema.ConstraintValidationFailed',
      'Neo.ClientError.Statement.SyntaxError',
    ];
    let i = 0;
    const fake = fakeDriver({
      execute: () => Promise.reject(neo4jError(codes[i++] ?? 'none')),
      pingOk: () => true,
    });
    const graph = new GraphClient(fake.driver, { database: 'neo4j', breaker: {} });
    for (const _code of codes) {
      await failure(graph.read('RETURN 1'));
    }
    expect(graph.breaker?.isOpen).toBe(false);
    graph.breaker?.dispose();
  });

  it('probes at most once per interval while open, and closes when a probe answers', async () => {
    let up = false;
    const fake = fakeDriver({
      execute: work => (up ? work(tx) : Promise.reject(neo4jError('SessionExpired'))),
      pingOk: () => up,
    });
    const graph = new GraphClient(fake.driver, {
      database: 'neo4j',
      breaker: { probeIntervalMs: 100, probeTimeoutMs: 50 },
    });
    const events: BreakerEvent[] = [];
    graph.breaker?.subscribe(e => events.push(e));
    await failure(graph.read('RETURN 1'));
    const openedAt = Date.now();
    // many calls meanwhile do not add probes: they are on a timer, not per request
    const calls = setInterval(() => void failure(graph.read('RETURN 1')), 5);
    // probes come on the timer (~every 100 ms); a loaded machine may delay them, so wait for four
    // rather than for a fixed time, then bound them by the time that passed: at most one probe per
    // interval, each PING tried at most twice (a stale pooled connection), while ~200 calls failed
    await until(() => fake.pings() >= 4, 5000);
    const elapsed = Date.now() - openedAt;
    clearInterval(calls);
    expect(fake.pings()).toBeGreaterThanOrEqual(4);
    expect(fake.pings()).toBeLessThanOrEqual(2 * (Math.floor(elapsed / 100) + 1));
    expect(graph.breaker?.isOpen).toBe(true);

    up = true;
    await until(() => graph.breaker?.isOpen === false, 1000);
    await expect(graph.read('RETURN 1')).resolves.toEqual([]);
    const closed = events.at(-1);
    expect(closed?.type).toBe('closed');
    expect(closed?.type === 'closed' ? closed.outageMs : 0).toBeGreaterThanOrEqual(
      Date.now() - openedAt - 200,
    );
    graph.breaker?.dispose();
  });

  it('held by the supervisor: cuts calls in flight, does not probe, and closes after release', async () => {
    let up = true;
    const fake = fakeDriver({
      execute: work => (up ? work(tx) : new Promise(() => undefined)),
      pingOk: () => up,
    });
    const graph = new GraphClient(fake.driver, {
      database: 'neo4j',
      readTimeoutMs: 5000,
      deadlineMarginMs: 3000,
      breaker: { probeIntervalMs: 20 },
    });
    const breaker = graph.breaker as CircuitBreaker;
    up = false;
    const inFlight = failure(graph.read('RETURN 1'));
    await new Promise(r => setTimeout(r, 20));
    const t0 = Date.now();
    breaker.hold('the local Neo4j died (signal SIGKILL)');
    const err = await inFlight;
    expect(codeOf(err)).toBe('SERVICE_UNAVAILABLE');
    expect((err as Error).message).toBe(
      'the database is unavailable (the database is restarting); try again in 5 s',
    );
    expect(Date.now() - t0).toBeLessThan(50);
    expect(breaker.retryAfterSeconds()).toBe(5);

    await new Promise(r => setTimeout(r, 150));
    expect(fake.pings()).toBe(0);
    up = true;
    breaker.release();
    await until(() => !breaker.isOpen, 1000);
    expect(fake.pings()).toBe(1);
    expect(breaker.retryAfterSeconds()).toBe(1);
    await expect(graph.read('RETURN 1')).resolves.toEqual([]);
    breaker.dispose();
  });

  it('a failing probe counts as down; a throwing probe too; dispose stops probing', async () => {
    let calls = 0;
    const breaker = new CircuitBreaker(
      () => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(false);
      },
      { probeIntervalMs: 10 },
    );
    breaker.trip('ServiceUnavailable');
    await until(() => calls >= 3);
    expect(breaker.isOpen).toBe(true);
    breaker.dispose();
    const seen = calls;
    await new Promise(r => setTimeout(r, 60));
    expect(calls).toBe(seen);
    expect(() => {
      breaker.admit();
    }).toThrow('the database is unavailable');
  });
});
