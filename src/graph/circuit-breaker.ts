/**
 * The request path's circuit breaker: "is the database known to be down?" (see `CircuitBreaker`).
 * GraphClient owns one on the server; it lives here so the client's file stays about sessions.
 */
import { ServiceUnavailableError } from '../errors/errors';

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
