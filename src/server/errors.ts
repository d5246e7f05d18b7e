/**
 * Client errors carry a literal `extensions.code`; `formatError` is the one masking point: known codes pass
 * through, anything else becomes INTERNAL_SERVER_ERROR with no stack, Cypher or internals, logged once.
 */
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

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

/** Codes that reach clients as they are; graphql-js and Apollo add the validation/parse ones. */
const PUBLIC_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type ErrorLogger = (message: string, error: unknown) => void;

export function createFormatError(
  logger: ErrorLogger,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    // type-graphql's argument validation error (class-validator) is a user input error.
    if (original instanceof Error && original.name === 'ArgumentValidationError') {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', validationErrors: validationDetails(original) },
      };
    }
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger('unexpected error while resolving a request', original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function validationDetails(err: Error): unknown[] {
  const details = (err as { extensions?: { validationErrors?: unknown } }).extensions
    ?.validationErrors;
  if (!Array.isArray(details)) {
    return [];
  }
  return details.map((d: { property?: string; constraints?: Record<string, string> }) => ({
    property: d.property,
    constraints: d.constraints,
  }));
}
