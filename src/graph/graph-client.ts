/**
 * The only owner of Neo4j sessions. Every statement runs in a managed transaction (`executeRead` /
 * `executeWrite`), so a `neo4j://` cluster URI routes reads to readers and retries transient faults.
 * It counts statements, which the N+1 tests read.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { toGraphError } from './graph.errors';
import { PING } from './cypher/read.cypher';
import { ServiceUnavailableError } from '../server/errors';

/** Neo4j integers become JS numbers (all of ours are small: offsets, counts, codes). */
function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) {
    return value.toNumber();
  }
  if (Array.isArray(value)) {
    return value.map(toPlain);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

export type Params = object;

export interface GraphClientOptions {
  readonly database: string;
  /** Server-side timeout of a read transaction (NEO4J_READ_TIMEOUT_MS). */
  readonly readTimeoutMs?: number;
  /** Server-side timeout of a write transaction (NEO4J_WRITE_TIMEOUT_MS). */
  readonly writeTimeoutMs?: number;
  /** Both timeouts at once, when the specific ones are unset (scripts and tests). Default 15000. */
  readonly txTimeoutMs?: number;
  /**
   * The request path's bound: an operation that has not settled `timeout + deadlineMarginMs` after it
   * started (a transaction stuck waiting for a database that is starting, retries that would go on)
   * fails with SERVICE_UNAVAILABLE and its session is closed in the background. Unset = wait as long
   * as the driver does (the CLIs).
   */
  readonly deadlineMarginMs?: number;
}

/** Per-call options: a transaction timeout other than the client's read/write default. */
export interface CallOptions {
  readonly timeoutMs?: number;
}

const DEFAULT_TX_TIMEOUT_MS = 15_000;

export class GraphClient {
  private statements = 0;
  private sessions = 0;

  constructor(
    readonly driver: Driver,
    private readonly opts: GraphClientOptions,
  ) {}

  /** Cypher statements run through this client so far. */
  get statementCount(): number {
    return this.statements;
  }

  /** Sessions open right now (each holds at most one pooled connection): 0 when idle; read by /metrics. */
  get openSessions(): number {
    return this.sessions;
  }

  /** Runs one read statement and returns its records as plain objects. */
  async read<T extends RecordShape>(
    cypher: string,
    params: Params = {},
    call: CallOptions = {},
  ): Promise<T[]> {
    const result = await this.session('READ', tx => this.run<T>(tx, cypher, params), call);
    return result.records.map(r => toPlain(r.toObject()) as T);
  }

  /** Runs one write statement in its own transaction. */
  async write<T extends RecordShape>(
    cypher: string,
    params: Params = {},
    call: CallOptions = {},
  ): Promise<T[]> {
    const result = await this.session('WRITE', tx => this.run<T>(tx, cypher, params), call);
    return result.records.map(r => toPlain(r.toObject()) as T);
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
  async ping(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const left = deadline - Date.now();
      if (left <= 0) {
        return false;
      }
      if (await this.pingOnce(left)) {
        return true;
      }
    }
    return false;
  }

  private async pingOnce(timeoutMs: number): Promise<boolean> {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: neo4j.session.READ,
    });
    this.sessions += 1;
    let timer: NodeJS.Timeout | undefined;
    const attempt = session
      .run(PING, {}, { timeout: Math.max(timeoutMs, 100) })
      .then(() => true)
      .catch(() => false);
    const late = new Promise<boolean>(resolve => {
      timer = setTimeout(() => {
        resolve(false);
      }, timeoutMs);
    });
    try {
      return await Promise.race([attempt, late]);
    } finally {
      clearTimeout(timer);
      // a connection attempt still pending ends by connectionTimeout; do not make the caller wait for it
      void session
        .close()
        .catch(() => undefined)
        .finally(() => {
          this.sessions -= 1;
        });
    }
  }

  private run<T extends RecordShape>(
    tx: ManagedTransaction,
    cypher: string,
    params: Params,
  ): Promise<QueryResult<T>> {
    this.statements += 1;
    return tx.run<T>(cypher, params);
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    call: CallOptions,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    this.sessions += 1;
    const timeout =
      call.timeoutMs ??
      (mode === 'READ' ? this.opts.readTimeoutMs : this.opts.writeTimeoutMs) ??
      this.opts.txTimeoutMs ??
      DEFAULT_TX_TIMEOUT_MS;
    const config = { timeout, metadata: { app: 'newsgraph' } };
    const running =
      mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
    const margin = this.opts.deadlineMarginMs;
    let timer: NodeJS.Timeout | undefined;
    let expired = false;
    try {
      if (margin === undefined) {
        return await running;
      }
      running.catch(() => undefined); // settles after the deadline: nobody awaits it any more
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          expired = true;
          reject(
            new ServiceUnavailableError(
              `the database did not answer within ${timeout + margin} ms; try again shortly`,
            ),
          );
        }, timeout + margin);
      });
      return await Promise.race([running, deadline]);
    } catch (err) {
      throw toGraphError(err);
    } finally {
      clearTimeout(timer);
      // Closing cancels pending retries. It can fail on a connection the database dropped: the outcome
      // (committed or mapped error) is already decided, so that failure must not replace it. After a
      // deadline it may wait on a stuck connection, so it finishes in the background.
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
