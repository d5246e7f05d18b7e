/**
 * A nested Relay connection (events or statements of an article, statements of an actor) as one COLLECT
 * subquery of its parent's projection: the keyset page is cut (ORDER BY sortKey, LIMIT size + 1) before
 * the nodes are projected, and totalCount, when selected, is a COUNT subquery beside it. Paging
 * arguments are checked as the DataLoader path checks them; a connection whose arguments it refuses is
 * left to that path, so the error is reported at the same place as before.
 */
import { compileEventFilter, compileStatementFilter, type CompiledFilter } from '../filter';
import { type PageParams, pageParams, toPage } from '../paging';
import type { EventFilter, StatementFilter } from '../../schema/filter.input';
import type { Paged } from './model.cypher';
import {
  type Decoder,
  type PlanBuilder,
  type Scope,
  compileProjection,
} from './projection.compiler';
import { type FieldSelection, subFieldsOf } from './selection';

/** The longest string argument the schema's validators accept (cursors 512, filter texts 200). */
const MAX_PLANNED_STRING = 200;

interface RawConnection {
  readonly rows: { row: unknown; sortKey: string }[];
  readonly n: number | null;
}

export function compileConnection(
  b: PlanBuilder,
  relation: Paged,
  v: string,
  f: FieldSelection,
  scope: Scope,
): { cypher: string; decode: Decoder } | null {
  const w = relation.node;
  const nodeFields = subFieldsOf(subFieldsOf(f.fields, 'edges') ?? [], 'node');
  const edges = subFieldsOf(f.fields, 'edges');
  if (scope.names.has(w) || edges === null || nodeFields === null || hasLongString(f.args)) {
    return null;
  }
  let p: PageParams;
  let where: CompiledFilter | null;
  try {
    p = pageParams(f.args, b.maxPageSize);
    where =
      relation.filter === 'event'
        ? compileEventFilter(f.args['filter'] as EventFilter | undefined)
        : compileStatementFilter(f.args['filter'] as StatementFilter | undefined);
  } catch {
    return null; // the DataLoader path reports it on this field
  }
  const node = compileProjection(b, relation.target, w, nodeFields, scope);
  const filter = where === null ? null : renameParams(where, b);
  const bounds = [
    p.after === null ? null : `${w}.sortKey > ${b.param(p.after)}`,
    p.before === null ? null : `${w}.sortKey < ${b.param(p.before)}`,
    filter,
  ].filter((c): c is string => c !== null);
  const kept = bounds.length === 0 ? '' : ` WHERE ${bounds.join(' AND ')}`;
  const pattern = relation.pattern(v);
  // only totalCount selected: no page to read
  const paged = f.fields.some(g => g.name === 'edges' || g.name === 'pageInfo');
  const rows = paged
    ? `COLLECT {
  MATCH ${pattern}
  WITH DISTINCT ${w}${kept}
  WITH ${w} ORDER BY ${w}.sortKey ${p.backward ? 'DESC' : 'ASC'} LIMIT ${b.param(p.limit)}
  RETURN {row: ${node.cypher}, sortKey: ${w}.sortKey}
}`
    : '[]';
  const counted = f.fields.some(g => g.name === 'totalCount');
  const counting = filter === null ? '' : ` WHERE ${filter}`;
  const count = counted ? `COUNT { MATCH ${pattern}${counting} RETURN DISTINCT ${w} }` : 'null';
  return {
    cypher: `{rows: ${rows}, n: ${count}}`,
    decode: raw => {
      const { rows: read, n } = raw as RawConnection;
      const sorted = read.map(r => ({ row: node.decode(r.row), sortKey: r.sortKey }));
      return toPage(sorted, p, () =>
        n === null ? Promise.reject(new Error('totalCount was not planned')) : Promise.resolve(n),
      );
    },
  };
}

/** The filter's own parameters ($f0…) renamed to this statement's, so two filters cannot collide. */
function renameParams(where: CompiledFilter, b: PlanBuilder): string {
  return where.predicate.replace(/\$f(\d+)\b/g, (_m, n: string) => b.param(where.params[`f${n}`]));
}

function hasLongString(value: unknown): boolean {
  if (typeof value === 'string') {
    return value.length > MAX_PLANNED_STRING;
  }
  if (Array.isArray(value)) {
    return value.some(hasLongString);
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.values(value).some(hasLongString);
  }
  return false;
}
