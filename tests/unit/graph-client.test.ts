/** GraphClient's own fault handling, with a stand-in driver (the real one is exercised in tests/integration). */
import type { Driver } from 'neo4j-driver';
import { GraphClient } from '../../src/graph/graph-client';
import { codeOf, neo4jError } from '../helpers/faults';

type Work = (tx: { run: () => Promise<{ records: [] }> }) => Promise<unknown>;

function fakeDriver(opts: {
  execute: (work: Work) => Promise<unknown>;
  close: () => Promise<void>;
}): {
  driver: Driver;
  closes: () => number;
} {
  let closes = 0;
  const session = {
    executeRead: opts.execute,
    executeWrite: opts.execute,
    close: () => {
      closes += 1;
      return opts.close();
    },
  };
  return { driver: { session: () => session } as unknown as Driver, closes: () => closes };
}

const tx = { run: () => Promise.resolve({ records: [] as [] }) };

describe('GraphClient', () => {
  it('keeps a committed result when closing the session fails on a dropped connection', async () => {
    const { driver, closes } = fakeDriver({
      execute: work => work(tx),
      close: () => Promise.reject(neo4jError('ServiceUnavailable')),
    });
    const graph = new GraphClient(driver, { database: 'neo4j' });
    await expect(graph.write('RETURN 1')).resolves.toEqual([]);
    expect(closes()).toBe(1);
    expect(graph.openSessions).toBe(0);
  });

  it('answers SERVICE_UNAVAILABLE at timeout + margin when the driver never settles, without waiting for close', async () => {
    const { driver, closes } = fakeDriver({
      execute: () => new Promise(() => undefined),
      close: () => new Promise(() => undefined),
    });
    const graph = new GraphClient(driver, {
      database: 'neo4j',
      readTimeoutMs: 100,
      deadlineMarginMs: 50,
    });
    const t0 = Date.now();
    const err: unknown = await graph.read('RETURN 1').then(
      () => null,
      (e: unknown) => e,
    );
    expect(codeOf(err)).toBe('SERVICE_UNAVAILABLE');
    expect((err as Error).message).toContain('did not answer within 150 ms');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(closes()).toBe(1);
  });

  it('passes the read and write timeouts to the driver, and a per-call one over them', async () => {
    const seen: unknown[] = [];
    const session = {
      executeRead: (work: Work, config: { timeout: number }) => {
        seen.push(['READ', config.timeout]);
        return work(tx);
      },
      executeWrite: (work: Work, config: { timeout: number }) => {
        seen.push(['WRITE', config.timeout]);
        return work(tx);
      },
      close: () => Promise.resolve(),
    };
    const graph = new GraphClient({ session: () => session } as unknown as Driver, {
      database: 'neo4j',
      readTimeoutMs: 5000,
      writeTimeoutMs: 15_000,
    });
    await graph.read('RETURN 1');
    await graph.write('RETURN 1');
    await graph.read('RETURN 1', {}, { timeoutMs: 200 });
    expect(seen).toEqual([
      ['READ', 5000],
      ['WRITE', 15_000],
      ['READ', 200],
    ]);
  });
});
