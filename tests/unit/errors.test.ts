import { GraphQLError } from 'graphql';
import { BadUserInputError, ConflictError, NotFoundError } from '../../src/errors/errors';
import { createFormatError } from '../../src/server/errors';

function format(error: GraphQLError): { formatted: unknown; logged: unknown[] } {
  const logged: unknown[] = [];
  const formatError = createFormatError((_message, err) => logged.push(err));
  return { formatted: formatError(error.toJSON(), error), logged };
}

describe('the masking point', () => {
  it.each([
    ['CONFLICT', new ConflictError('the article was written concurrently; retry')],
    ['NOT_FOUND', new NotFoundError('no such actor')],
    ['BAD_USER_INPUT', new BadUserInputError('first must be between 1 and 100', 'first')],
  ])('passes %s through with its message, unlogged', (code, error) => {
    const { formatted, logged } = format(error);
    expect(formatted).toMatchObject({ message: error.message, extensions: { code } });
    expect(logged).toEqual([]);
  });

  it('masks anything else, without a stack trace, and logs it once', () => {
    const cause = new TypeError("Cannot read properties of null (reading 'row')");
    const error = new GraphQLError(cause.message, {
      originalError: cause,
      extensions: { stacktrace: ['TypeError: …', 'at ArticleRepository.byIds'] },
    });
    const { formatted, logged } = format(error);
    expect(formatted).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([cause]);
  });

  it('drops a stack trace from a known error', () => {
    const error = new ConflictError('retry');
    error.extensions['stacktrace'] = ['at somewhere'];
    const { formatted } = format(error);
    expect(JSON.stringify(formatted)).not.toContain('stacktrace');
  });
});
