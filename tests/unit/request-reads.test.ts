/** A query's shared read transaction (graph/request-reads.ts) with a stand-in driver that logs calls. */
import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { Kind, parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { GraphClient } from '../../src/graph/graph-client';
import { requestReadsPlugin, rootFieldCount } from '../../src/server/request-scope';
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
    run: (cypher: string, _params: unknown, config: { timeout?: number }) => {
      log.push(`auto ${cypher} ${String(config.timeout)}`);
      return next();
    },
    lastBookmarks: () => ['bm1'],
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
  const configs: unknown[] = [];
  const driver = {
    session: (config: unknown) => {
      configs.push(config);
      return session;
    },
  } as unknown as Driver;
  return { driver, log, configs };
}

/** A read whose statement the database times out: answers TIMEOUT; returns what the driver saw. */
async function timedOutRead(share: { oneRootField?: boolean }): Promise<string[]> {
  const { driver, log } = fakeDriver([
    () =>
      Promise.reject(
        neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
      ),
  ]);
  const graph = new GraphClient(driver, { database: 'neo4j' });
  const reads = graph.requestReads();
  reads.share(share);
  const err: unknown = await graph.withReads(reads, () => graph.read('A')).catch((e: unknown) => e);
  expect(codeOf(err)).toBe('TIMEOUT');
  await reads.close();
  return log;
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
    const log = await timedOutRead({});
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

describe('a query with one root field', () => {
  it('runs its only statement auto-commit: no BEGIN, no COMMIT, the read timeout', async () => {
    const { driver, log } = fakeDriver();
    const graph = new GraphClient(driver, { database: 'neo4j', readTimeoutMs: 1234 });
    const reads = graph.requestReads();
    reads.share({ oneRootField: true });
    await graph.withReads(reads, () => graph.read('A'));
    await reads.close();
    expect(log).toEqual(['auto A 1234', 'close']);
    expect([reads.autoCommits, reads.transactions]).toEqual([1, 0]);
    expect(graph.transactionCount).toBe(1);
    expect(graph.openSessions).toBe(0);
  });

  it('runs the statements after the first in one explicit transaction, after its bookmarks', async () => {
    const { driver, log, configs } = fakeDriver();
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    reads.share({ oneRootField: true });
    await graph.withReads(reads, async () => {
      await graph.read('A');
      await Promise.all([graph.read('B'), graph.read('C')]);
    });
    await reads.close();
    expect(log).toEqual(['auto A 15000', 'close', 'begin', 'tx B', 'tx C', 'tx commit', 'close']);
    expect(configs[1]).toMatchObject({ defaultAccessMode: 'READ', bookmarks: ['bm1'] });
    expect([reads.autoCommits, reads.transactions]).toEqual([1, 1]);
  });

  it('re-runs a failed auto-commit statement in a managed transaction, as a shared one', async () => {
    const { driver, log } = fakeDriver([
      () => Promise.reject(neo4jError('Neo.TransientError.General.DatabaseUnavailable')),
    ]);
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    reads.share({ oneRootField: true });
    await expect(graph.withReads(reads, () => graph.read('A'))).resolves.toEqual([]);
    await reads.close();
    expect(log).toEqual(['auto A 15000', 'close', 'managed-read A', 'close']);
    expect(graph.openSessions).toBe(0);
  });

  it('answers TIMEOUT when the auto-commit statement timed out, without running it again', async () => {
    const log = await timedOutRead({ oneRootField: true });
    expect(log).toEqual(['auto A 15000', 'close']);
  });
});

describe('requestReadsPlugin', () => {
  const resolve = async (
    operation: 'query' | 'mutation',
    text = '{ a b }',
  ): Promise<{ active: boolean; log: string[] }> => {
    const { driver, log } = fakeDriver();
    const graph = new GraphClient(driver, { database: 'neo4j' });
    const reads = graph.requestReads();
    const plugin = requestReadsPlugin(graph);
    const document = parse(text);
    await graph.withReads(reads, async () => {
      const hooks = await plugin.requestDidStart?.({} as never);
      await hooks?.didResolveOperation?.({
        operation: { ...document.definitions[0], operation },
        document,
      } as unknown as GraphQLRequestContextDidResolveOperation<never>);
      await graph.read('A');
    });
    await reads.close();
    return { active: reads.active, log };
  };

  it('shares the transaction for a query, not for a mutation', async () => {
    expect((await resolve('query')).log[0]).toBe('begin');
    expect((await resolve('mutation')).log[0]).toBe('managed-read A');
  });

  it('runs the first statement auto-commit only for a query with one root field', async () => {
    expect((await resolve('query', '{ a(id: 1) { b } __typename }')).log[0]).toBe('auto A 15000');
    expect((await resolve('mutation', '{ a }')).log[0]).toBe('managed-read A');
  });

  it('counts root fields through fragments, never fewer than run', () => {
    const count = (text: string): number => {
      const document = parse(text);
      const [operation] = document.definitions;
      return operation?.kind === Kind.OPERATION_DEFINITION
        ? rootFieldCount(operation, document)
        : -1;
    };
    expect(count('{ a { x y } }')).toBe(1);
    expect(count('{ a b: a }')).toBe(2);
    expect(count('{ ...F } fragment F on Query { a { x } }')).toBe(1);
    expect(count('{ ...F ... on Query { b } } fragment F on Query { a c }')).toBe(3);
    expect(count('{ a @skip(if: true) b }')).toBe(2);
    expect(count('{ __typename a }')).toBe(1);
  });
});
