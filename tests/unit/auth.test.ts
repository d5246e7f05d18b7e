import {
  authenticate,
  authorizeRequest,
  checkReadAccess,
  generateToken,
  parseApiTokens,
} from '../../src/server/auth';
import { requireWriter } from '../../src/resolvers/access';
import { ForbiddenError, UnauthenticatedError } from '../../src/errors/errors';

const WRITER = 'w'.repeat(20);
const READER = 'r'.repeat(20);
const tokens = parseApiTokens(`ingest:${WRITER}:writer, dashboard:${READER}:reader`);

describe('API tokens', () => {
  it('parse name:token:role entries without keeping the token', () => {
    expect(tokens.map(t => [t.name, t.role])).toEqual([
      ['ingest', 'writer'],
      ['dashboard', 'reader'],
    ]);
    expect(JSON.stringify(tokens)).not.toContain(WRITER);
    expect(parseApiTokens(undefined)).toEqual([]);
  });

  it('refuse malformed entries, naming the entry but not its token', () => {
    expect(() => parseApiTokens('a:short:writer')).toThrow('entry 1');
    expect(() => parseApiTokens(`a:${WRITER}:admin`)).toThrow('use reader or writer');
    expect(() => parseApiTokens(`a:${WRITER}:admin`)).not.toThrow(WRITER);
  });

  it('authenticate a Bearer token to its principal, and nobody without a header', () => {
    expect(authenticate(`Bearer ${WRITER}`, tokens)).toEqual({ name: 'ingest', role: 'writer' });
    expect(authenticate(`bearer ${READER}`, tokens)).toEqual({ name: 'dashboard', role: 'reader' });
    expect(authenticate(undefined, tokens)).toBeNull();
  });

  it('reject unknown tokens and other schemes as UNAUTHENTICATED', () => {
    expect(() => authenticate(`Bearer ${WRITER}x`, tokens)).toThrow(UnauthenticatedError);
    expect(() => authenticate(`Basic ${WRITER}`, tokens)).toThrow(UnauthenticatedError);
  });

  it('let only writers write, and nobody when writes are disabled', () => {
    expect(requireWriter({ name: 'ingest', role: 'writer' }, true).name).toBe('ingest');
    expect(() => requireWriter({ name: 'dashboard', role: 'reader' }, true)).toThrow(
      ForbiddenError,
    );
    expect(() => requireWriter(null, true)).toThrow(UnauthenticatedError);
    expect(() => requireWriter({ name: 'ingest', role: 'writer' }, false)).toThrow(ForbiddenError);
  });

  it('generate distinct tokens long enough to be accepted', () => {
    const a = generateToken();
    expect(a.length).toBeGreaterThanOrEqual(16);
    expect(a).not.toBe(generateToken());
    expect(parseApiTokens(`dev:${a}:writer`)).toHaveLength(1);
  });
});

describe('READ_ACCESS', () => {
  const readers = parseApiTokens('dash:reader-token-0123456789:reader');

  it('lets anyone read under public, and only a known token under token', () => {
    expect(authorizeRequest(undefined, readers, 'public')).toBeNull();
    expect(() => authorizeRequest(undefined, readers, 'token')).toThrow(/READ_ACCESS=token/);
    expect(authorizeRequest('Bearer reader-token-0123456789', readers, 'token')).toEqual({
      name: 'dash',
      role: 'reader',
    });
  });

  it('refuses to start with READ_ACCESS=token and no token, naming the fix', () => {
    expect(() => {
      checkReadAccess('token', []);
    }).toThrow(/API_TOKENS=name:token:reader.*READ_ACCESS=public/);
    expect(() => {
      checkReadAccess('token', readers);
    }).not.toThrow();
    expect(() => {
      checkReadAccess('public', []);
    }).not.toThrow();
  });
});
