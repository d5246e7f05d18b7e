/** Helpers for batched statements that return `key, row` (one row per child) or `key, rows|n`. */
import type { Page } from '../schema/connection.type';
import { type PageParams, type SortedRow, toPage } from './paging';

export interface Keyed<T> {
  readonly key: string;
  readonly row: T;
}

export function keyed<T>(rows: readonly Keyed<T>[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const { key, row } of rows) {
    const list = out.get(key);
    if (list === undefined) {
      out.set(key, [row]);
    } else {
      list.push(row);
    }
  }
  return out;
}

export interface KeyedPageRow<T> {
  readonly key: string;
  readonly rows: SortedRow<T>[];
}

/** Turns per-parent page rows into pages; counts come from a (lazily batched) count function. */
export function keyedPages<T>(
  rows: readonly KeyedPageRow<T>[],
  p: PageParams,
  count: (key: string) => Promise<number>,
): Map<string, Page<T>> {
  return new Map(rows.map(r => [r.key, toPage(r.rows, p, () => count(r.key))]));
}

export interface KeyedCount {
  readonly key: string;
  readonly n: number;
}
