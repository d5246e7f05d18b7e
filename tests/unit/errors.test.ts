import { GraphQLError, type GraphQLFormattedError, parse } from 'graphql';
import {
  BadUserInputError,
  ConflictError,
  type DomainError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../src/errors/errors';
import { createFormatError, toGraphQLError } from '../../src/server/errors';

/** What Apollo hands formatError for an error thrown in a resolver: located, masked code, stack. */
function asApolloSees(original: Error): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const error = new GraphQLError(original.message, {
    nodes: parse('{ a }').definitions,
    path: ['a'],
    originalError: original,
  });
  const formatted = {
    ...error.toJSON(),
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at somewhere'] },
  };
  return { formatted, error };
}

function format(original: Error): { formatted: unknown; logged: unknown[] } {
  const logged: unknown[] = [];
  const formatError = createFormatError((_message, err) => logged.push(err));
  const { formatted, error } = asApolloSees(original);
  return { formatted: formatError(formatted, error), logged };
}

describe('the project errors', () => {
  it('are plain errors with a literal code, knowing nothing of GraphQL', () => {
    const error = new BadUserInputError('first must be between 1 and 100', 'first');
    expect(error).not.toBeInstanceOf(GraphQLError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(error.name).toBe('BadUserInputError');
    expect(new ConflictError('retry', new Error('constraint')).cause).toEqual(
      new Error('constraint'),
    );
  });
});

describe('the masking point', () => {
  it.each<[string, DomainError, Record<string, unknown>]>([
    ['CONFLICT', new ConflictError('the article was written concurrently; retry'), {}],
    ['NOT_FOUND', new NotFoundError('no such actor'), {}],
    [
      'BAD_USER_INPUT',
      new BadUserInputError('first must be between 1 and 100', 'first'),
      { argumentName: 'first' },
    ],
  ])('passes %s through with its message, unlogged and without a stack', (code, error, extra) => {
    const { formatted, logged } = format(error);
    expect(formatted).toEqual({
      message: error.message,
      locations: [{ line: 1, column: 1 }],
      path: ['a'],
      extensions: { code, ...extra },
    });
    expect(JSON.stringify(formatted)).toBe(
      JSON.stringify({
        message: error.message,
        locations: [{ line: 1, column: 1 }],
        path: ['a'],
        extensions: { code, ...extra },
      }),
    );
    expect(logged).toEqual([]);
  });

  it('masks anything else, without a stack trace, and logs it once', () => {
    const cause = new TypeError("Cannot read properties of null (reading 'row')");
    const { formatted, logged } = format(cause);
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: [{ line: 1, column: 1 }],
      path: ['a'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([cause]);
  });
});

describe('errors before any resolver (the request context)', () => {
  it.each([
    [new UnauthenticatedError('unknown token'), 401],
    [new ForbiddenError('writes are disabled'), 403],
  ])('carry their HTTP status: %s', (error, status) => {
    const converted = toGraphQLError(error) as GraphQLError;
    expect(converted).toBeInstanceOf(GraphQLError);
    expect(converted.extensions).toEqual({ code: error.code, http: { status } });
  });

  it('leave anything else as it is', () => {
    const error = new Error('boom');
    expect(toGraphQLError(error)).toBe(error);
  });
});
