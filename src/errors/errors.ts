/**
 * Client errors carry a literal `extensions.code`; `formatError` is the one masking point: known codes pass
 * through, anything else becomes INTERNAL_SERVER_ERROR with no stack, Cypher or internals, logged once.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

abstract class CodedError extends GraphQLError {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    code: ErrorCode,
    extensions: Record<string, unknown> = {},
    cause?: unknown,
  ) {
    super(message, {
      extensions: { code, ...extensions },
      originalError: cause instanceof Error ? cause : undefined,
    });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export class BadUserInputError extends CodedError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, argumentName?: string) {
    super(message, 'BAD_USER_INPUT', argumentName === undefined ? {} : { argumentName });
  }
}

export class NotFoundError extends CodedError {
  readonly code = 'NOT_FOUND';
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

export class UnauthenticatedError extends CodedError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', { http: { status: 401 } });
  }
}

export class ForbiddenError extends CodedError {
  readonly code = 'FORBIDDEN';
  constructor(message: string) {
    super(message, 'FORBIDDEN', { http: { status: 403 } });
  }
}

/** A write lost a race on a uniqueness constraint (Neo4j ConstraintValidationFailed): retry it. */
export class ConflictError extends CodedError {
  readonly code = 'CONFLICT';
  constructor(message: string, cause?: unknown) {
    super(message, 'CONFLICT', {}, cause);
  }
}

export class ServiceUnavailableError extends CodedError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(message: string, cause?: unknown) {
    super(message, 'SERVICE_UNAVAILABLE', {}, cause);
  }
}

export class TimeoutError extends CodedError {
  readonly code = 'TIMEOUT';
  constructor(message: string, cause?: unknown) {
    super(message, 'TIMEOUT', {}, cause);
  }
}
