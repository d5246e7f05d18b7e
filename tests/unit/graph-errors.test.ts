/** toGraphError: each Neo4j failure gets the API code reliability.md §4 gives it. */
import { Neo4jError } from 'neo4j-driver';
import { isConstraintViolation, toGraphError } from '../../src/graph/graph.errors';
import { codeOf, neo4jError } from '../helpers/faults';

describe('toGraphError', () => {
  it.each([
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['ProtocolError', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT'],
    ['Neo.ClientError.Transaction.LockClientStopped', 'TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
  ])('maps %s to %s', (neo4jCode, code) => {
    const mapped = toGraphError(neo4jError(neo4jCode));
    expect(codeOf(mapped)).toBe(code);
    // the driver's error stays reachable for the log, never in the message
    expect((mapped as Error).cause).toBeInstanceOf(Neo4jError);
    expect((mapped as Error).message).not.toContain(neo4jCode);
  });

  it('maps the pool acquisition timeout (code N/A, not retryable) to SERVICE_UNAVAILABLE', () => {
    const err = new Neo4jError(
      'Connection acquisition timed out in 500 ms. Pool status: Active conn count = 2, Idle conn count = 0.',
      'N/A',
      '50N42',
      'error',
    );
    expect(codeOf(toGraphError(err))).toBe('SERVICE_UNAVAILABLE');
  });

  it.each(['Neo.ClientError.Statement.SyntaxError', 'Neo.ClientError.Statement.ArgumentError'])(
    'leaves %s as it is, for formatError to mask as INTERNAL_SERVER_ERROR',
    neo4jCode => {
      const err = neo4jError(neo4jCode);
      expect(toGraphError(err)).toBe(err);
    },
  );

  it('leaves errors that are not Neo4jErrors alone', () => {
    const err = new TypeError('boom');
    expect(toGraphError(err)).toBe(err);
    expect(isConstraintViolation(err)).toBe(false);
  });
});
