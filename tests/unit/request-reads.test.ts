/** A query's shared read transaction (graph/request-reads.ts) with a stand-in driver that logs calls. */
import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { GraphClient } from '../../src/graph/graph-client';
import { requestReadsPlugin } from '../../src/server/request-scope';
import { codeOf, neo4jError } from '../helpers/faults';

type Outcome = () => Promise<unknown>;

function fakeDriver(outcomes: Outcome[] = [], beginFailure?: Error) {
  const log: string[] = [];
  const next = (): Promise<unknown> =>
    (outcomes.shift() ?? (() => Promise.resolve({ records: [] })))();
  const tx = (name: string) => {
    let open = true;
    return {
      run: (cypher: string) => {
        log.push(`${name} ${cypher}`);
        return next().catch((err: unknown) => {
          open = false; // as the driver's: a failed statement fails its transaction
          throw err;
        });
      },
      isOpen: () => open,
      // the BEGIN's outcome, as a TransactionPromise gives it
      catch: (onRejected: (err: unknown) => void) => {
        if (beginFailure !== undefined) {
          open = false;
          onRejected(beginFailure);
        }
        return Promise.resolve();
      },
      commit: () => {
        log.push(`${name} commit`);
        open = false;
        return Promise.resolve();
      },
    };
  };
  const session = {
    beginTransaction: () => {
      log.push('begin');
      return tx('tx');
    },
    executeRead: (work: (t: unknown) => Promise<unknown>) => work(tx('managed-read')),
    executeWrite: (work: (t: unknown) => Promise<unknown>) => work(tx('managed-write')),
    close: () => {
      log.push('close');
      return Promise.resolve();
    },
  };
  return { driver: { session: () => session } as unknown as Driver, log };
}

describe('GraphClient with a request scope', () => {
  it('runs a shared scope statements in one transaction, begun lazily, ended by close', async () => {
    const { driver, log } = fakeDriver();
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    reads.share();
    await graph.withReads(reads, async () => {
      expect(log).toEqual([]);
      await Promise.all([graph.read('A'), graph.read('B'), graph.read('C')]);
      await graph.write('W');
    });
    expect(graph.openSessions).toBe(1);
    await reads.close();
    expect(log).toEqual([
      'begin',
      'tx A',
      'tx B',
      'tx C',
      'managed-write W',
      'close',
      'tx commit',
      'close',
    ]);
    expect(graph.statementCount).toBe(4);
    expect(graph.transactionCount).toBe(2);
    expect(graph.openSessions).toBe(0);
    // closed: a late statement runs on its own and leaves nothing open
    await graph.withReads(reads, () => graph.read('late'));
    expect(log.slice(-2)).toEqual(['managed-read late', 'close']);
    expect(graph.openSessions).toBe(0);
  });

  it('leaves reads in their own transactions until the scope is shared (a mutation)', async () => {
    const { driver, log } = fakeDriver();
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    await graph.withReads(reads, () => graph.read('A'));
    await reads.close();
    expect(log).toEqual(['managed-read A', 'close']);
  });

  it('re-runs a statement that failed in the shared transaction on its own; the next one begins anew', async () => {
    const { driver, log } = fakeDriver([
      () => Promise.reject(neo4jError('Neo.ClientError.Statement.ArithmeticError')),
    ]);
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    reads.share();
    await graph.withReads(reads, async () => {
      await expect(graph.read('A')).resolves.toEqual([]);
      await graph.read('B');
    });
    await reads.close();
    expect(log).toEqual([
      'begin',
      'tx A',
      'close', // the failed transaction's session
      'managed-read A',
      'close',
      'begin',
      'tx B',
      'tx commit',
      'close',
    ]);
    expect(reads.transactions).toBe(2);
    expect(graph.openSessions).toBe(0);
  });

  it('answers TIMEOUT when the shared transaction timed out, without running it again', async () => {
    const { driver, log } = fakeDriver([
      () =>
        Promise.reject(
          neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
        ),
    ]);
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    reads.share();
    const err: unknown = await graph
      .withReads(reads, () => graph.read('A'))
      .catch((e: unknown) => e);
    expect(codeOf(err)).toBe('TIMEOUT');
    await reads.close();
    expect(log).toEqual(['begin', 'tx A', 'close']);
  });

  it('answers SERVICE_UNAVAILABLE when no pooled connection came for the BEGIN, without running it again', async () => {
    const { driver, log } = fakeDriver(
      [() => Promise.reject(neo4jError('N/A', 'the transaction has been rolled back'))],
      neo4jError('N/A', 'Connection acquisition timed out in 500 ms.'),
    );
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    reads.share();
    const err: unknown = await graph
      .withReads(reads, () => graph.read('A'))
      .catch((e: unknown) => e);
    expect(codeOf(err)).toBe('SERVICE_UNAVAILABLE');
    expect((err as Error).message).toContain('all connections are busy');
    await reads.close();
    expect(log).toEqual(['begin', 'tx A', 'close']);
  });
});

describe('requestReadsPlugin', () => {
  const resolve = async (operation: 'query' | 'mutation'): Promise<boolean> => {
    const { driver } = fakeDriver();
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    const plugin = requestReadsPlugin(graph);
    await graph.withReads(reads, async () => {
      const hooks = await plugin.requestDidStart?.({} as never);
      await hooks?.didResolveOperation?.({
        operation: { operation },
      } as unknown as GraphQLRequestContextDidResolveOperation<never>);
    });
    return reads.active;
  };

  it('shares the transaction for a query, not for a mutation', async () => {
    expect(await resolve('query')).toBe(true);
    expect(await resolve('mutation')).toBe(false);
  });
});
