/**
 * Multi-key ordering with keyset cursors. Each key becomes a fixed-width string that sorts like the value
 * (descending keys invert their digits), joined into one composite key ending in the stored sortKey, so
 * paging stays `WHERE key > $after` in either direction. The key starts with the order's signature, so a
 * cursor from another order is refused instead of silently skipping rows. Templates are closed.
 */
import { EventOrderField, type EventOrder, OrderDirection } from '../schema/order.input';
import { BadUserInputError } from '../errors/errors';
import { type KeysetPage, orderedEventPages } from './cypher/read.cypher';

export const MAX_ORDER_KEYS = 3;

/** Digits 0-9 become 9-0: a fixed-width digit string then sorts in reverse. */
const invert = (expr: string): string =>
  `reduce(s = '', c IN split(${expr}, '') | s + CASE WHEN c >= '0' AND c <= '9' THEN toString(9 - toInteger(c)) ELSE c END)`;

/** Ascending-sortable fixed-width strings per field (Goldstein -10..10 -> 000..200; codes padded to 4). */
const ASC_KEY: Readonly<Record<EventOrderField, string>> = {
  [EventOrderField.DATE]: `coalesce(e.date, '0000-00-00')`,
  [EventOrderField.GOLDSTEIN]: `right('000' + toString(toInteger(round((coalesce(head(COLLECT { MATCH (e)-[:OF_TYPE]->(t:EventType) RETURN t.goldstein }), 0) + 10) * 10))), 3)`,
  [EventOrderField.CAMEO_CODE]: `left(e.cameoCode + '0000', 4)`,
};

export interface CompiledOrder {
  readonly signature: string;
  readonly pages: { all: KeysetPage; dyad: KeysetPage };
}

export function compileEventOrder(
  order: readonly EventOrder[] | null | undefined,
): CompiledOrder | null {
  if (order === null || order === undefined || order.length === 0) {
    return null;
  }
  if (order.length > MAX_ORDER_KEYS) {
    throw new BadUserInputError(`orderBy takes at most ${MAX_ORDER_KEYS} keys`, 'orderBy');
  }
  const signature = order.map(o => `${o.field}:${o.direction}`).join(',');
  const parts = order.map(o =>
    o.direction === OrderDirection.DESC ? invert(ASC_KEY[o.field]) : ASC_KEY[o.field],
  );
  // the signature is built from enum names only, so it is safe as a string literal
  const key = [`'${signature}#'`, ...parts, 'e.sortKey'].join(" + '|' + ");
  return { signature, pages: orderedEventPages(key) };
}

/** Refuses a cursor whose key was made under another order (or the default one). */
export function checkCursorOrder(
  sortKey: string | null,
  order: CompiledOrder | null,
  argumentName: string,
): void {
  if (sortKey === null) {
    return;
  }
  const prefix = order === null ? null : `${order.signature}#`;
  const ordered = /^[A-Z_]+:(ASC|DESC)/.test(sortKey);
  if ((prefix === null && ordered) || (prefix !== null && !sortKey.startsWith(prefix))) {
    throw new BadUserInputError(
      `${argumentName} is a cursor from a different orderBy`,
      argumentName,
    );
  }
}
