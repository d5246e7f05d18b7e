/**
 * The one masking point: known codes pass through, anything else becomes INTERNAL_SERVER_ERROR with no
 * stack, Cypher or internals, logged once.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

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
