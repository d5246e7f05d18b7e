/**
 * Maps neo4j-driver errors to the API's error codes (reliability.md §4); they are masked and logged at
 * one point, in server/errors. Anything not listed (Neo.ClientError.Statement.* above all) is our bug
 * and stays as it is, so formatError turns it into INTERNAL_SERVER_ERROR and logs it.
 */
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { ConflictError, ServiceUnavailableError, TimeoutError } from '../errors/errors';

const UNAVAILABLE = 'the database is unavailable; try again shortly';

/** The pool's own timeout: code 'N/A', not retryable, recognisable only by its message (pool.ts). */
export function isAcquisitionTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && err.message.includes('Connection acquisition timed out');
}

export function isConstraintViolation(err: unknown): boolean {
  return (
    err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}

/**
 * The connection to the database failed (not the query): unreachable, the session's connection lost,
 * or a connection cut mid-message. On the request path this opens the circuit breaker (graph-client).
 */
export function isConnectivityFailure(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    (err.code === 'ServiceUnavailable' ||
      err.code === 'SessionExpired' ||
      err.code === 'ProtocolError') &&
    !isAcquisitionTimeout(err)
  );
}

export function toGraphError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) {
    return err;
  }
  // A transaction that times out while waiting for a lock is stopped with LockClientStopped.
  if (
    err.code.includes('TransactionTimedOut') ||
    err.code === 'Neo.ClientError.Transaction.LockClientStopped'
  ) {
    return new TimeoutError(
      'the database query took longer than its transaction timeout; narrow the query or try again',
      err,
    );
  }
  if (isConstraintViolation(err)) {
    return new ConflictError(
      'a concurrent write created the same record; try again (the retry merges with it)',
      err,
    );
  }
  if (isAcquisitionTimeout(err)) {
    return new ServiceUnavailableError(`${UNAVAILABLE} (all connections are busy)`, err);
  }
  // ServiceUnavailable, SessionExpired and transient errors reach here only once the retries are spent;
  // a ProtocolError is a connection cut mid-message (the database was killed)
  if (
    err.code === 'ServiceUnavailable' ||
    err.code === 'SessionExpired' ||
    err.code === 'ProtocolError' ||
    isRetryableError(err)
  ) {
    return new ServiceUnavailableError(UNAVAILABLE, err);
  }
  return err;
}
