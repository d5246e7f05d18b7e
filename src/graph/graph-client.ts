/**
 * The only owner of Neo4j sessions. A statement runs in a managed transaction (`executeRead` /
 * `executeWrite`), so a `neo4j://` cluster URI routes reads to readers and retries transient faults,
 * except the reads of a GraphQL query, which share the request's one read transaction
 * (`RequestReads`, opened here on their first statement), or whose first statement runs auto-commit
 * when the query has one root field. It counts statements and transactions, which
 * the N+1 and one-transaction tests read. On the request path a circuit breaker makes calls fail fast
 * while the database is known to be down (see `CircuitBreaker`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import { isAcquisitionTimeout, isConnectivityFailure, toGraphError } from './graph.errors';
import { TimeoutError } from '../errors/errors';
import { bounded, type CallLimits } from './call-deadline';
import { CircuitBreaker } from './circuit-breaker';
import {
  type CallOptions,
  DEFAULT_TX_TIMEOUT_MS,
  type GraphClientOptions,
  type Params,
} from './graph-client.options';
import { pingWithin } from './graph-ping';
import { plainRecords, withoutCallSite } from './record-values';
import { type BegunTransaction, type ReadTxHost, RequestReads } from './request-reads';

export {
  type BreakerEvent,
  type BreakerOptions,
  CircuitBreaker,
  type OutageCause,
} from './circuit-breaker';
export { RequestReads } from './request-reads';
export type { CallOptions, GraphClientOptions, Params } from './graph-client.options';

export class GraphClient {
  private statements = 0;
  private transactions = 0;
  private sessions = 0;
  private readonly scopes = new AsyncLocalStorage<RequestReads>();
  private readonly host: ReadTxHost = {
    openReadTransaction: bookmarks => this.openReadTransaction(bookmarks),
    openReadSession: () => this.openReadSession(),
    runAutoCommit: (session, cypher, params) => this.runAutoCommit(session, cypher, params),
    release: (session, tx) => this.release(session, tx),
  };
  /** Present on the request path (`opts.breaker`). */
  readonly breaker: CircuitBreaker | undefined;

  constructor(
    readonly driver: Driver,
    private readonly opts: GraphClientOptions,
  ) {
    this.breaker =
      opts.breaker === undefined
        ? undefined
        : new CircuitBreaker(timeoutMs => this.ping(timeoutMs), opts.breaker);
  }

  /** Cypher statements run through this client so far. */
  get statementCount(): number {
    return this.statements;
  }

  /**
   * Transactions begun so far: one per managed call, one per request's shared read transaction, one per
   * auto-commit statement (its implicit transaction).
   */
  get transactionCount(): number {
    return this.transactions;
  }

  /** Sessions open right now (each holds at most one pooled connection): 0 when idle; read by /metrics. */
  get openSessions(): number {
    return this.sessions;
  }

  /** A new request scope: inside `withReads`, once `share()`d, reads run in its one transaction. */
  requestReads(): RequestReads {
    return new RequestReads(this.host);
  }

  /** Runs `fn` (and everything it starts, asynchronously too) with `reads` as the request's scope. */
  withReads<T>(reads: RequestReads, fn: () => T): T {
    return this.scopes.run(reads, fn);
  }

  /** The request scope `withReads` installed around the caller, if any. */
  currentReads(): RequestReads | undefined {
    return this.scopes.getStore();
  }

  /**
   * Runs one read statement and returns its records as plain objects: in the request's transaction
   * when a query's scope is active (and no per-call timeout asks for a transaction of its own).
   */
  async read<T extends RecordShape>(
    cypher: string,
    params: Params = {},
    call: CallOptions = {},
  ): Promise<T[]> {
    const reads = this.scopes.getStore();
    if (reads?.active === true && call.timeoutMs === undefined) {
      const shared = await this.readShared<T>(reads, cypher, params);
      if (shared !== undefined) {
        return shared;
      }
    }
    const result = await this.session('READ', tx => this.run<T>(tx, cypher, params), call);
    return plainRecords(result);
  }

  /** Runs one write statement in its own transaction (never in a request's read transaction). */
  async write<T extends RecordShape>(
    cypher: string,
    params: Params = {},
    call: CallOptions = {},
  ): Promise<T[]> {
    const result = await this.session('WRITE', tx => this.run<T>(tx, cypher, params), call);
    return plainRecords(result);
  }

  /**
   * Runs several statements in one write transaction: all or nothing. `work` may run more than once
   * (the driver retries transient faults), so it must have no effect outside the transaction.
   */
  writeTransaction<T>(
    work: (run: (cypher: string, params?: Params) => Promise<void>) => Promise<T>,
    call: CallOptions = {},
  ): Promise<T> {
    return this.session(
      'WRITE',
      tx =>
        work(async (cypher, params = {}) => {
          await this.run(tx, cypher, params);
        }),
      call,
    );
  }

  /**
   * One `PING` without retries, bounded by `timeoutMs` (for /ready): true when Neo4j answered in time.
   * A pooled connection left broken by a restart fails at once, so a second attempt fits the budget.
   */
  ping(timeoutMs: number): Promise<boolean> {
    return pingWithin(timeoutMs, {
      open: () => {
        this.sessions += 1;
        return this.driver.session({
          database: this.opts.database,
          defaultAccessMode: neo4j.session.READ,
        });
      },
      closed: () => {
        this.sessions -= 1;
      },
    });
  }

  private run<T extends RecordShape>(
    tx: ManagedTransaction,
    cypher: string,
    params: Params,
  ): Promise<QueryResult<T>> {
    this.statements += 1;
    return tx.run<T>(cypher, params);
  }

  /**
   * One statement in the request's transaction. Undefined when it failed there: the driver fails every
   * statement of a transaction with the first one's error, so a sibling's fault (or a transient one)
   * must not become this statement's answer. The transaction is let go and the caller runs the statement
   * on its own, with the managed transaction's retries, error mapping and breaker trips, as before (the
   * statement at fault fails again there with its own error). Some failures are the answer itself: the
   * deadline or the breaker opening, no pooled connection within the acquisition timeout, and the
   * transaction's timeout when the statement had the transaction to itself when it was sent (it is the
   * slow one). A statement sent behind others may have waited for them (the database runs a
   * transaction's statements one after the other), so it gets a timeout of its own, as before.
   */
  private async readShared<T extends RecordShape>(
    reads: RequestReads,
    cypher: string,
    params: Params,
  ): Promise<T[] | undefined> {
    this.breaker?.admit();
    const statement = reads.enter();
    this.statements += 1;
    const running = new Promise<QueryResult<T>>((resolve, reject) => {
      withoutCallSite(() => statement.run<T>(cypher, params)).then(resolve, reject);
    });
    let expired = false;
    try {
      const result = await bounded(running, this.timeoutOf('READ', {}), this.limits(), () => {
        expired = true;
      });
      return plainRecords(result);
    } catch (err) {
      statement.discard();
      const cause = expired ? err : (statement.beginFailure() ?? err);
      const mapped = toGraphError(cause);
      const timedOut = mapped instanceof TimeoutError && !statement.queued;
      if (expired || timedOut || isAcquisitionTimeout(cause)) {
        throw mapped;
      }
      return undefined;
    } finally {
      statement.done();
    }
  }

  private openReadTransaction(bookmarks?: string[]): { session: Session; tx: BegunTransaction } {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: neo4j.session.READ,
      ...(bookmarks === undefined ? {} : { bookmarks }),
    });
    this.sessions += 1;
    this.transactions += 1;
    const tx = session.beginTransaction({
      timeout: this.timeoutOf('READ', {}),
      metadata: { app: 'newsgraph' },
    });
    return { session, tx };
  }

  private openReadSession(): Session {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: neo4j.session.READ,
    });
    this.sessions += 1;
    this.transactions += 1;
    return session;
  }

  /** One auto-commit read: a single RUN, its implicit transaction bounded like an explicit one. */
  private runAutoCommit<T extends RecordShape>(
    session: Session,
    cypher: string,
    params: Params,
  ): Promise<QueryResult<T>> {
    const config = { timeout: this.timeoutOf('READ', {}), metadata: { app: 'newsgraph' } };
    return new Promise<QueryResult<T>>((resolve, reject) => {
      session.run<T>(cypher, params, config).then(resolve, reject);
    });
  }

  /**
   * Commits a read transaction, if any (a no-op on the server, cheaper than a rollback's RESET), and
   * closes the session.
   */
  private async release(session: Session, tx?: Transaction): Promise<void> {
    try {
      if (tx?.isOpen() === true) {
        await tx.commit();
      }
    } catch {
      // a failed or cut transaction: closing the session below resets the connection
    }
    await session
      .close()
      .catch(() => undefined)
      .finally(() => {
        this.sessions -= 1;
      });
  }

  private limits(): CallLimits {
    return { breaker: this.breaker, margin: this.opts.deadlineMarginMs };
  }

  private timeoutOf(mode: 'READ' | 'WRITE', call: CallOptions): number {
    return (
      call.timeoutMs ??
      (mode === 'READ' ? this.opts.readTimeoutMs : this.opts.writeTimeoutMs) ??
      this.opts.txTimeoutMs ??
      DEFAULT_TX_TIMEOUT_MS
    );
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    call: CallOptions,
  ): Promise<T> {
    const breaker = this.breaker;
    breaker?.admit();
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    this.sessions += 1;
    this.transactions += 1;
    const timeout = this.timeoutOf(mode, call);
    const config = { timeout, metadata: { app: 'newsgraph' } };
    const running =
      mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
    let expired = false;
    try {
      return await bounded(running, timeout, this.limits(), () => {
        expired = true;
      });
    } catch (err) {
      if (breaker !== undefined && isConnectivityFailure(err)) {
        breaker.trip(err instanceof Error ? err.message : String(err));
      }
      throw toGraphError(err);
    } finally {
      // Closing cancels pending retries. It can fail on a connection the database dropped: the outcome
      // (committed or mapped error) is already decided, so that failure must not replace it. After a
      // deadline or a cut it may wait on a stuck connection, so it finishes in the background.
      const closed = session
        .close()
        .catch(() => undefined)
        .finally(() => {
          this.sessions -= 1;
        });
      if (!expired) {
        await closed;
      }
    }
  }
}
