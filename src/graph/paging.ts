/**
 * Keyset paging: a cursor is the opaque, versioned encoding of a node's sortKey. Malformed or foreign
 * cursors are BAD_USER_INPUT; page sizes over the configured cap are BAD_USER_INPUT naming the bound.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { BadUserInputError } from '../errors/errors';
import { boundedInt } from '../kg/bounded-int';
import type { Page } from '../schema/connection.type';
import type { CompiledFilter } from './filter';
import { type CompiledOrder, checkCursorOrder } from './order';

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
  /** The compiled client filter (graph/filter.ts), if any. */
  readonly where?: CompiledFilter | null;
  /** The compiled orderBy (graph/order.ts), if any: lists that support it page on its composite key. */
  readonly order?: CompiledOrder | null;
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** Cypher parameters of a keyset page, plus which of the two statements to run. */
export interface PageParams {
  readonly after: string | null;
  readonly before: string | null;
  /** size + 1: the extra row tells whether there is another page in the reading direction. */
  readonly limit: Integer;
  readonly backward: boolean;
  readonly size: number;
}

export const DEFAULT_PAGE_SIZE = 20;

function checkSize(value: number, name: 'first' | 'last', maxPageSize: number): number {
  return boundedInt(value, maxPageSize, name);
}

function cursor(value: string | null | undefined, name: 'after' | 'before'): string | null {
  return value === undefined || value === null ? null : decodeCursor(value, name);
}

/**
 * Relay arguments to keyset parameters: first/after reads forward, last/before backward (either cursor
 * may bound either direction). first and last together are BAD_USER_INPUT, as GitHub's API does.
 */
export function pageParams(req: PageRequest, maxPageSize: number): PageParams {
  const hasFirst = req.first !== undefined && req.first !== null;
  const hasLast = req.last !== undefined && req.last !== null;
  if (hasFirst && hasLast) {
    throw new BadUserInputError('pass first (with after) or last (with before), not both', 'last');
  }
  const backward = hasLast;
  const size = checkSize(
    backward ? (req.last ?? 0) : (req.first ?? DEFAULT_PAGE_SIZE),
    backward ? 'last' : 'first',
    maxPageSize,
  );
  const after = cursor(req.after, 'after');
  const before = cursor(req.before, 'before');
  checkCursorOrder(after, req.order ?? null, 'after');
  checkCursorOrder(before, req.order ?? null, 'before');
  return {
    after,
    before,
    limit: neo4j.int(size + 1),
    backward,
    size,
  };
}

/** The statement of a keyset page for these parameters. */
export function pageStatement(q: { forward: string; backward: string }, p: PageParams): string {
  return p.backward ? q.backward : q.forward;
}

export interface SortedRow<T> {
  readonly row: T;
  readonly sortKey: string;
}

/** Rows as read (in reading direction, one extra) to a page in the list's natural order. */
export function toPage<T>(
  rows: readonly SortedRow<T>[],
  p: PageParams,
  count: () => Promise<number>,
): Page<T> {
  const more = rows.length > p.size;
  const visible = rows.slice(0, p.size);
  if (p.backward) {
    visible.reverse();
  }
  return {
    nodes: visible.map(r => r.row),
    cursors: visible.map(r => encodeCursor(r.sortKey)),
    hasNextPage: p.backward ? p.before !== null : more,
    hasPreviousPage: p.backward ? more : p.after !== null,
    count,
  };
}
