/**
 * Who may do what, as the resolvers see it: the caller (a Principal, built by server/auth.ts from the
 * Authorization header) and the write policy every mutation applies.
 */
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';

export type Role = 'reader' | 'writer';

export interface Principal {
  readonly name: string;
  readonly role: Role;
}

/** Throws unless the principal may write. */
export function requireWriter(principal: Principal | null, writesEnabled: boolean): Principal {
  if (!writesEnabled) {
    throw new ForbiddenError('writes are disabled: configure a writer token in API_TOKENS');
  }
  if (principal === null) {
    throw new UnauthenticatedError('this operation needs Authorization: Bearer <writer token>');
  }
  if (principal.role !== 'writer') {
    throw new ForbiddenError(
      `token ${principal.name} is a reader token; this operation needs a writer`,
    );
  }
  return principal;
}
