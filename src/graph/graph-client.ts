/**
 * The only owner of Neo4j sessions. Every statement runs in a managed transaction (`executeRead` /
 * `executeWrite`), so a `neo4j://` cluster URI routes reads to readers and retries transient faults.
 * It counts statements, which the N+1 tests read. On the request path a circuit breaker makes calls
 * fail fast while the database is known to be down (see `CircuitBreaker`).
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { isConnectivityFailure, toGraphError } from './graph.errors';
import { PING } from './cypher/read.cypher';
import { ServiceUnavailableError } from '../errors/errors';

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
  /**
   * Fail fast while the database is known to be down (the server): see `CircuitBreaker`. Unset = every
   * call tries the database and rides out an outage within the retry budget (the CLIs).
   */
  readonly breaker?: BreakerOptions;
}

/** Per-call options: a transaction timeout other than the client's read/write default. */
export interface CallOptions {
  readonly timeoutMs?: number;
}

const DEFAULT_TX_TIMEOUT_MS = 15_000;

export interface BreakerOptions {
  /** While open, the pause between the end of one probe and the start of the next. Default 500. */
  readonly probeIntervalMs?: number;
  /** The bound of one probe (a `PING` without retries, as /ready runs). Default 1000. */
  readonly probeTimeoutMs?: number;
}

/** `connection`: a call saw the connection fail; `restart`: the supervisor restarts the local Neo4j. */
export type OutageCause = 'connection' | 'restart';

export type BreakerEvent =
  | { readonly type: 'open'; readonly cause: OutageCause; readonly reason: string }
  | {
      readonly type: 'closed';
      readonly cause: OutageCause;
      readonly reason: string;
      readonly outageMs: number;
    };

/** Retry-After while the local Neo4j restarts (it needs 20-40 s) and after a connection failure. */
const RETRY_AFTER_RESTART_S = 5;
const RETRY_AFTER_CONNECTION_S = 1;

/**
 * "Is the database known to be down?" Without it, every request during an outage waits out the managed
 * transactions' retry budget (NEO4J_MAX_RETRY_MS, 5 s) and clients pile up.
 *
 * - It opens when a call fails on connectivity (`trip`: ServiceUnavailable, SessionExpired or a cut
 *   connection, after the driver's own retries), or at once when the supervisor reports the local Neo4j
 *   dead (`hold`). Calls in flight are then answered SERVICE_UNAVAILABLE at once too.
 * - While open, calls fail within microseconds with SERVICE_UNAVAILABLE, never touching the driver, and
 *   a probe (one bounded `PING`) runs every `probeIntervalMs`; the first that answers closes it. While
 *   held it does not probe (the port is closed), until `release` (the restarted Neo4j is ready).
 * - Probes go through the driver's pool, so by the time it closes the pool holds a connection that just
 *   answered; connections the dead server left behind were closed by their sockets and are discarded on
 *   acquire, and a call that still meets one is retried by the managed transaction.
 */
export class CircuitBreaker {
  private outage: { since: number; cause: OutageCause; reason: string } | undefined;
  private held = false;
  private probing = false;
  private disposed = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(event: BreakerEvent) => void>();
  private readonly cuts = new Set<(err: ServiceUnavailableError) => void>();
  private readonly probeIntervalMs: number;
  private readonly probeTimeoutMs: number;
  /** Calls refused without reaching the database (read by /metrics). */
  rejected = 0;

  constructor(
    private readonly probe: (timeoutMs: number) => Promise<boolean>,
    opts: BreakerOptions = {},
  ) {
    this.probeIntervalMs = opts.probeIntervalMs ?? 500;
    this.probeTimeoutMs = opts.probeTimeoutMs ?? 1000;
  }

  get isOpen(): boolean {
    return this.outage !== undefined;
  }

  /** Since when it is open (epoch ms), or undefined. */
  get openSince(): number | undefined {
    return this.outage?.since;
  }

  /** The `Retry-After` (seconds) to send with SERVICE_UNAVAILABLE. */
  retryAfterSeconds(): number {
    return this.outage?.cause === 'restart' ? RETRY_AFTER_RESTART_S : RETRY_AFTER_CONNECTION_S;
  }

  /** Receives open and closed events; returns the unsubscribe function. */
  subscribe(listener: (event: BreakerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Throws SERVICE_UNAVAILABLE when open (counted as rejected); returns when closed. */
  admit(): void {
    if (this.outage !== undefined) {
      this.rejected += 1;
      throw this.unavailable();
    }
  }

  /**
   * Calls `cut` when the breaker opens (the caller stops waiting on a dead database); returns the
   * unsubscribe function.
   */
  onOpen(cut: (err: ServiceUnavailableError) => void): () => void {
    this.cuts.add(cut);
    return () => this.cuts.delete(cut);
  }

  /** A call failed on connectivity: open and start probing. */
  trip(reason: string): void {
    this.open('connection', reason);
    this.schedule(this.probeIntervalMs);
  }

  /** The supervisor saw the local database die: open, and do not probe until `release`. */
  hold(reason: string): void {
    this.held = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.open('restart', reason);
  }

  /** The supervisor restarted it: probe now; the first answer closes the breaker. */
  release(): void {
    this.held = false;
    this.schedule(0);
  }

  /** Stops probing (the client is closing). */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private unavailable(): ServiceUnavailableError {
    const why =
      this.outage?.cause === 'restart'
        ? 'the database is restarting'
        : 'the connection to the database failed';
    return new ServiceUnavailableError(
      `the database is unavailable (${why}); try again in ${this.retryAfterSeconds()} s`,
    );
  }

  private open(cause: OutageCause, reason: string): void {
    if (this.outage !== undefined) {
      if (cause === 'restart') {
        this.outage.cause = cause; // the better explanation of the same outage
        this.outage.reason = reason;
      }
      return;
    }
    this.outage = { since: Date.now(), cause, reason };
    this.emit({ type: 'open', cause, reason });
    const err = this.unavailable();
    for (const cut of [...this.cuts]) {
      cut(err);
    }
  }

  private schedule(delayMs: number): void {
    if (this.held || this.disposed || this.probing || this.timer !== undefined) {
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runProbe();
    }, delayMs);
    this.timer.unref();
  }

  private async runProbe(): Promise<void> {
    if (this.outage === undefined || this.held || this.disposed) {
      return;
    }
    this.probing = true;
    let answered = false;
    try {
      answered = await this.probe(this.probeTimeoutMs);
    } catch {
      answered = false;
    } finally {
      this.probing = false;
    }
    if (this.outage === undefined || this.held || this.disposed) {
      return;
    }
    if (answered) {
      const { since, cause, reason } = this.outage;
      this.outage = undefined;
      this.emit({ type: 'closed', cause, reason, outageMs: Date.now() - since });
    } else {
      this.schedule(this.probeIntervalMs);
    }
  }

  private emit(event: BreakerEvent): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }
}

export class GraphClient {
  private statements = 0;
  private sessions = 0;
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
    const breaker = this.breaker;
    breaker?.admit();
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
    let unsubscribe: (() => void) | undefined;
    let expired = false;
    try {
      if (margin === undefined && breaker === undefined) {
        return await running;
      }
      running.catch(() => undefined); // settles after a deadline or a cut: nobody awaits it any more
      const racers: Promise<T>[] = [running];
      if (margin !== undefined) {
        racers.push(
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
              expired = true;
              reject(
                new ServiceUnavailableError(
                  `the database did not answer within ${timeout + margin} ms; try again shortly`,
                ),
              );
            }, timeout + margin);
          }),
        );
      }
      if (breaker !== undefined) {
        // the database is known down (another call, or the supervisor, saw it): stop waiting for it
        racers.push(
          new Promise<never>((_, reject) => {
            unsubscribe = breaker.onOpen(err => {
              expired = true;
              reject(err);
            });
          }),
        );
      }
      return await Promise.race(racers);
    } catch (err) {
      unsubscribe?.(); // this call's own trip below must not cut it
      if (breaker !== undefined && isConnectivityFailure(err)) {
        breaker.trip(err instanceof Error ? err.message : String(err));
      }
      throw toGraphError(err);
    } finally {
      clearTimeout(timer);
      unsubscribe?.();
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
