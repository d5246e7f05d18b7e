/**
 * Keyset paging: a cursor is the opaque, versioned encoding of a node's sortKey. Malformed or foreign
 * cursors are BAD_USER_INPUT; page sizes over the configured cap are BAD_USER_INPUT naming the bound.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { BadUserInputError } from '../server/errors';
import type { Page } from '../schema/connection.type';

const PREFIX = 'ng1:';

export function encodeCursor(sortKey: string): string {
  return Buffer.from(PREFIX + sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argumentName = 'after'): string {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  if (!decoded.startsWith(PREFIX) || decoded.length === PREFIX.length) {
    throw new BadUserInputError(
      `${argumentName} is not a cursor returned by this API`,
      argumentName,
    );
  }
  return decoded.slice(PREFIX.length);
}

export interface PageRequest {
  readonly first: number;
  readonly after?: string | null;
}

export interface PageParams {
  readonly after: string | null;
  /** first + 1: the extra row tells whether there is a next page. */
  readonly limit: Integer;
}

export function pageParams(req: PageRequest, maxPageSize: number): PageParams {
  if (!Number.isInteger(req.first) || req.first < 1 || req.first > maxPageSize) {
    throw new BadUserInputError(
      `first must be between 1 and ${maxPageSize} (got ${req.first})`,
      'first',
    );
  }
  return {
    after: req.after === undefined || req.after === null ? null : decodeCursor(req.after),
    limit: neo4j.int(req.first + 1),
  };
}

export interface SortedRow<T> {
  readonly row: T;
  readonly sortKey: string;
}

export function toPage<T>(
  rows: readonly SortedRow<T>[],
  first: number,
  count: () => Promise<number>,
): Page<T> {
  const visible = rows.slice(0, first);
  return {
    nodes: visible.map(r => r.row),
    cursors: visible.map(r => encodeCursor(r.sortKey)),
    hasNextPage: rows.length > first,
    hasPreviousPage: false,
    count,
  };
}
