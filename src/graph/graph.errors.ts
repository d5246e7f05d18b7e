/** Maps neo4j-driver errors to the API's error codes (masked and logged at one point, in server/errors). */
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { ServiceUnavailableError, TimeoutError } from '../server/errors';

export function toGraphError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) {
    return err;
  }
  if (
    err.code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    err.code.includes('TransactionTimedOut')
  ) {
    return new TimeoutError('the database query took too long', err);
  }
  if (err.code === 'ServiceUnavailable' || err.code === 'SessionExpired' || isRetryableError(err)) {
    return new ServiceUnavailableError('the database is unavailable; try again shortly', err);
  }
  return err;
}
