/**
 * The one place where errors become GraphQL errors. The project's errors (src/errors) are plain: here they
 * get their `extensions.code` (and `argumentName`), their HTTP status (401, 403) and, through
 * retry-after.ts, their Retry-After. `formatError` is also the one masking point: known codes pass through,
 * anything else becomes INTERNAL_SERVER_ERROR with no stack, Cypher or internals, logged once.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, type ErrorCode, ServiceBusyError } from '../errors/errors';

/** The HTTP status of a response that carries an error with this code (else Apollo's: 200). */
const HTTP_STATUS: Readonly<Partial<Record<ErrorCode, number>>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  // the client sent more than the service can take now: it must slow down (Retry-After says how much)
  SERVICE_BUSY: 429,
};

/** `extensions` of a domain error as clients see it: the code first, then what the caller must fix. */
function extensionsOf(err: DomainError): Record<string, unknown> {
  if (err instanceof ServiceBusyError) {
    return { code: err.code, retryAfter: err.retryAfterSeconds };
  }
  const argumentName = 'argumentName' in err ? err.argumentName : undefined;
  return argumentName === undefined ? { code: err.code } : { code: err.code, argumentName };
}

/**
 * A domain error as a GraphQL error, with its HTTP status, for code that runs before any resolver (the
 * request context: a bad Authorization header is a 401 before anything executes).
 */
export function toGraphQLError(err: unknown): Error {
  if (!(err instanceof DomainError)) {
    return err instanceof Error ? err : new Error(String(err));
  }
  const status = HTTP_STATUS[err.code];
  return new GraphQLError(err.message, {
    extensions: { ...extensionsOf(err), ...(status === undefined ? {} : { http: { status } }) },
    originalError: err,
  });
}

/**
 * What the codes of a response's errors mean for HTTP: the status (the last error with one wins), and
 * `Retry-After` when one is SERVICE_UNAVAILABLE, with the seconds `retryAfter` gives (retry-after.ts:
 * from the circuit breaker; without `retryAfter`, no header), or SERVICE_BUSY (429), with the seconds
 * its `extensions.retryAfter` gives.
 */
export function errorStatusPlugin<T extends BaseContext>(
  retryAfter?: () => number,
): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse(rc) {
          const body = rc.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          for (const e of errors) {
            const code = e.extensions?.code as ErrorCode;
            const status = HTTP_STATUS[code];
            if (status !== undefined) {
              rc.response.http.status = status;
            }
            if (code === 'SERVICE_UNAVAILABLE' && retryAfter !== undefined) {
              rc.response.http.headers.set('retry-after', String(retryAfter()));
            }
            const busyFor = e.extensions?.retryAfter;
            if (code === 'SERVICE_BUSY' && typeof busyFor === 'number') {
              rc.response.http.headers.set('retry-after', String(busyFor));
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** Codes that reach clients as they are; graphql-js and Apollo add the validation/parse ones. */
const PUBLIC_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'SERVICE_BUSY',
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
  'TOO_MANY_SUBSCRIPTIONS', // subscriptions.ts: the per-connection cap
]);

export type ErrorLogger = (message: string, error: unknown) => void;

export function createFormatError(
  logger: ErrorLogger,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError && original.code !== 'INTERNAL_SERVER_ERROR') {
      return { ...formatted, extensions: extensionsOf(original) };
    }
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

/** The HTTP status of each code on the plain-HTTP endpoints (the exports), where the status is the signal. */
const PLAIN_HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_BUSY: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

export interface HttpError {
  readonly status: number;
  /** The body: `errors` shaped as GraphQL's, so a client reads `extensions.code` the same way. */
  readonly body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

/**
 * An error of a plain-HTTP endpoint as its status and JSON body: domain errors keep their message and
 * `extensions` (code, argumentName); anything else is logged and masked as INTERNAL_SERVER_ERROR.
 */
export function toHttpError(err: unknown, logger: ErrorLogger): HttpError {
  if (err instanceof DomainError && err.code !== 'INTERNAL_SERVER_ERROR') {
    return {
      status: PLAIN_HTTP_STATUS[err.code],
      body: { errors: [{ message: err.message, extensions: extensionsOf(err) }] },
    };
  }
  logger('unexpected error while serving a request', err);
  return {
    status: 500,
    body: {
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    },
  };
}
