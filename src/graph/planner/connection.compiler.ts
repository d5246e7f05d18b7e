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
  readonly rows: unknown[];
  readonly n: number | null;
}

/**
 * Whether the page's sort keys are read: only cursors (`edges.cursor`, `pageInfo`'s) show them. Without
 * them a row is the node's projection alone, not `{row, sortKey}`: the driver decodes every key and value.
 */
function keyed(fields: readonly FieldSelection[]): boolean {
  return (
    fields.some(g => g.name === 'pageInfo') ||
    (subFieldsOf(fields, 'edges') ?? []).some(g => g.name === 'cursor')
  );
}

export function compileConnection(
  b: PlanBuilder,
  relation: Paged,
  v: string,
  f: FieldSelection,
  scope: Scope,
): { cypher: string; decode: Decoder; whole: true } | null {
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
  const pattern = relation.pattern(v, f.args);
  if (pattern === null) {
    return null;
  }
  const node = compileProjection(b, relation.target, w, nodeFields, scope);
  const filter = where === null ? null : renameParams(where, b);
  // only totalCount selected: no page to read
  const paged = f.fields.some(g => g.name === 'edges' || g.name === 'pageInfo');
  const withKeys = keyed(f.fields);
  const dir = p.backward ? 'DESC' : 'ASC';
  const page: PageShape = { w, node: node.cypher, dir, filter, withKeys };
  let rows = '[]';
  if (paged && relation.degree !== undefined) {
    rows = indexLedRows(b, relation, p, pattern, relation.degree(v, f.args), page);
  } else if (paged) {
    rows = expandedRows(b, p, pattern, page);
  }
  const counted = f.fields.some(g => g.name === 'totalCount');
  const counting = filter === null ? '' : ` WHERE ${filter}`;
  const count = counted ? `COUNT { MATCH ${pattern}${counting} RETURN DISTINCT ${w} }` : 'null';
  return {
    // without totalCount the rows alone, not a map around them
    cypher: counted ? `{rows: ${rows}, n: ${count}}` : rows,
    whole: true,
    decode: raw => {
      const { rows: read, n } = counted
        ? (raw as RawConnection)
        : { rows: raw as unknown[], n: null };
      const sorted = withKeys
        ? (read as { row: unknown; sortKey: string }[]).map(r => ({
            row: node.decode(r.row),
            sortKey: r.sortKey,
          }))
        : read.map(r => ({ row: node.decode(r), sortKey: '' })); // no cursor is selected
      return toPage(sorted, p, () =>
        n === null ? Promise.reject(new Error('totalCount was not planned')) : Promise.resolve(n),
      );
    },
  };
}

/** Above every stored sort key (they start with a date): the open upper end of a key range. */
const TOP_KEY = '\uffff';

interface PageShape {
  readonly w: string;
  /** The node's projection. */
  readonly node: string;
  readonly dir: 'ASC' | 'DESC';
  readonly filter: string | null;
  /** Rows carry their sort key for cursors (`{row, sortKey}`); else a row is the projection. */
  readonly withKeys: boolean;
}

/** The tail of a page: sort, cut at the page size + 1, project only the nodes kept. */
function cut(limit: string, { w, node, dir, withKeys }: PageShape): string {
  return `WITH ${w} ORDER BY ${w}.sortKey ${dir} LIMIT ${limit}
  RETURN ${withKeys ? `{row: ${node}, sortKey: ${w}.sortKey}` : node}`;
}

/** The page read by expanding the parent's nodes, sorted (the parent has few). */
function expandedRows(b: PlanBuilder, p: PageParams, pattern: string, s: PageShape): string {
  const bounds = [
    p.after === null ? null : `${s.w}.sortKey > ${b.param(p.after)}`,
    p.before === null ? null : `${s.w}.sortKey < ${b.param(p.before)}`,
    s.filter,
  ].filter((c): c is string => c !== null);
  const kept = bounds.length === 0 ? '' : ` WHERE ${bounds.join(' AND ')}`;
  return `COLLECT {
  MATCH ${pattern}
  WITH DISTINCT ${s.w}${kept}
  ${cut(b.param(p.limit), s)}
}`;
}

/**
 * A hub's page (event-pages.cypher.ts has the same choice for the DataLoader path): expanding the
 * parent reads its `degree` nodes; walking the sort-key index from the cursor reads about
 * limit x all / degree entries until the page is full (ends assumed spread evenly in time). The
 * choice is made in the statement, from the degree and count stores: one COLLECT gets no row (the
 * expansion) or an empty key range (the walk) and reads nothing, the other reads the page. The walk's
 * range is bound by WITH, not UNWIND: after an UNWIND, Neo4j 5 no longer takes the order from the
 * index and sorts the whole range (about 500 times the db hits for a hub's deep page).
 */
function indexLedRows(
  b: PlanBuilder,
  relation: Paged,
  p: PageParams,
  pattern: string,
  degree: string,
  s: PageShape,
): string {
  const lo = b.param(p.after ?? '');
  const hi = b.param(p.before ?? TOP_KEY);
  const limit = b.param(p.limit);
  const expand = `toFloat(${degree}) * ${degree} <= toFloat(${limit}) * COUNT { (:${relation.target}) }`;
  const go = b.variable();
  const from = b.variable();
  const filter = s.filter === null ? '' : ` AND ${s.filter}`;
  return `COLLECT {
  UNWIND CASE WHEN ${expand} THEN [true] ELSE [] END AS ${go}
  MATCH ${pattern}
  WITH DISTINCT ${s.w} WHERE ${s.w}.sortKey > ${lo} AND ${s.w}.sortKey < ${hi}${filter}
  ${cut(limit, s)}
} + COLLECT {
  WITH CASE WHEN ${expand} THEN ${hi} ELSE ${lo} END AS ${from}
  MATCH (${s.w}:${relation.target}) WHERE ${s.w}.sortKey > ${from} AND ${s.w}.sortKey < ${hi}
    AND EXISTS { ${pattern} }${filter}
  ${cut(limit, s)}
}`;
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
