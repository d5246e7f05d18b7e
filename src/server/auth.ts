/**
 * Bearer tokens for writes. Tokens come from API_TOKENS (`name:token:role`, role reader or writer);
 * they are compared in constant time (as SHA-256 digests, so lengths leak nothing) and never logged.
 * Every mutation needs a writer token; reads are public unless READ_ACCESS=token, under which every GraphQL
 * request and /metrics need a reader or writer token (docs/access.md).
 */
import crypto from 'node:crypto';
import type { ReadAccess } from '../config/config';
import { UnauthenticatedError } from '../errors/errors';
import type { Principal } from '../resolvers/access';

export interface ApiToken extends Principal {
  readonly digest: Buffer;
}

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

function digest(token: string): Buffer {
  return crypto.createHash('sha256').update(token, 'utf8').digest();
}

/** Parses API_TOKENS; a malformed entry fails start-up, naming the entry's position (not its token). */
export function parseApiTokens(raw: string | undefined): ApiToken[] {
  if (raw === undefined || raw.trim() === '') {
    return [];
  }
  return raw.split(',').map((entry, i) => {
    const [name, token, role] = entry.trim().split(':');
    if (name === undefined || name === '' || token === undefined || token.length < 16) {
      throw new AuthConfigError(
        `API_TOKENS entry ${i + 1} must be name:token:role with a token of at least 16 characters`,
      );
    }
    if (role !== 'reader' && role !== 'writer') {
      throw new AuthConfigError(
        `API_TOKENS entry ${i + 1} (${name}) has role ${String(role)}: use reader or writer`,
      );
    }
    return { name, role, digest: digest(token) };
  });
}

export function generateToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/**
 * The principal behind an Authorization header: null without a header; UNAUTHENTICATED for a header
 * that is not `Bearer <known token>`. Every known token is compared, so timing does not reveal which.
 */
export function authenticate(
  header: string | undefined,
  tokens: readonly ApiToken[],
): Principal | null {
  if (header === undefined || header.trim() === '') {
    return null;
  }
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (m?.[1] === undefined) {
    throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  }
  const given = digest(m[1]);
  let found: ApiToken | undefined;
  for (const t of tokens) {
    if (crypto.timingSafeEqual(t.digest, given)) {
      found = t;
    }
  }
  if (found === undefined) {
    throw new UnauthenticatedError('unknown token');
  }
  return { name: found.name, role: found.role };
}

/**
 * The principal of a GraphQL request under the read policy: anyone under `public`; under `token`, only a
 * known reader or writer (UNAUTHENTICATED, HTTP 401, otherwise).
 */
export function authorizeRequest(
  header: string | undefined,
  tokens: readonly ApiToken[],
  readAccess: ReadAccess,
): Principal | null {
  const principal = authenticate(header, tokens);
  if (principal === null && readAccess === 'token') {
    throw new UnauthenticatedError(
      'this server needs a token for reads (READ_ACCESS=token): send Authorization: Bearer <reader or writer token>',
    );
  }
  return principal;
}

/** The settings that make start-up impossible: READ_ACCESS=token with no token at all. */
export function checkReadAccess(readAccess: ReadAccess, tokens: readonly ApiToken[]): void {
  if (readAccess === 'token' && tokens.length === 0) {
    throw new AuthConfigError(
      'READ_ACCESS=token but API_TOKENS has no token, so nobody could read: add one ' +
        '(API_TOKENS=name:token:reader) or set READ_ACCESS=public',
    );
  }
}
