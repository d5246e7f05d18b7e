/**
 * The project's errors: plain `Error`s, each with a literal `code` (and the argument it concerns, for bad
 * input). Any layer throws them; none of them knows GraphQL or HTTP. The edge (src/server/errors.ts) is the
 * one place that turns them into GraphQL errors with `extensions.code` and an HTTP status.
 */

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'SERVICE_BUSY'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Input the caller must fix; `argumentName` names the argument (or input field) at fault. */
export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    message: string,
    readonly argumentName?: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

/** No credentials, or unknown ones (HTTP 401). */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

/** Known credentials that may not do this (HTTP 403). */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** A write lost a race on a uniqueness constraint (Neo4j ConstraintValidationFailed): retry it. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

/**
 * The database or the language service cannot be reached or is restarting: retry after a while
 * (Retry-After at the edge).
 */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
}

/**
 * More work was asked for than a service can take now (the language service's parses in flight and
 * queued are all taken): nothing was done; retry after `retryAfterSeconds` (HTTP 429 with Retry-After
 * at the edge).
 */
export class ServiceBusyError extends DomainError {
  readonly code = 'SERVICE_BUSY';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** The database did not answer within the deadline. */
export class TimeoutError extends DomainError {
  readonly code = 'TIMEOUT';
}
