/** The options of `GraphClient` and of its calls. */
import type { BreakerOptions } from './circuit-breaker';

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

export const DEFAULT_TX_TIMEOUT_MS = 15_000;
