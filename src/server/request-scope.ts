/**
 * What the server knows about the HTTP request being handled, reachable from anywhere in its async call
 * tree (formatError has no context argument; the Apollo plugin and the access log share it): the request
 * id, and what the GraphQL layer learned (operation, error codes) for the one access-log line.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';

export interface RequestScope {
  readonly requestId: string;
  /** Operation name as the metrics label (see metrics.ts operationLabel); unset until Apollo runs. */
  operation?: string;
  /** `query`, `mutation` or `subscription`, once the operation is resolved. */
  operationType?: string;
  /** `extensions.code` of each error sent (after masking). */
  errorCodes: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/** A client's `X-Request-Id` when it is a sane token (1-128 of `A-Z a-z 0-9 . _ : -`); else a new UUID. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && SANE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}
