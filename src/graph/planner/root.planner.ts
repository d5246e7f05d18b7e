/**
 * Root fields as single statements: `article(id)` and `actor(id)` with everything selected under them
 * (nested connections, counts, evidence, the actors and types of events) in one Cypher statement,
 * compiled from the selection (projection.compiler.ts). A plan is made only when it reads at least one
 * relation: a bare `actor(id) { id name }` stays with the DataLoader, which batches sibling root fields.
 */
import { type PlanKind } from './model.cypher';
import { PlanBuilder, compileProjection } from './projection.compiler';
import { type FieldSelection, subFieldsOf } from './selection';
import type { GraphClient } from '../graph-client';

export interface CompiledPlan<T> {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The `row` column read back as the object the resolvers take (null when nothing matched). */
  decode(row: unknown): T | null;
}

/** Closed map from the root kind to the statement that binds it by id. */
const ROOT_MATCH = {
  Article: (v: string) => `MATCH (${v}:Article {id: $id})`,
  Actor: (v: string) => `MATCH (${v}:Actor {id: $id})`,
} as const satisfies Partial<Record<PlanKind, (v: string) => string>>;

export type RootKind = keyof typeof ROOT_MATCH;

/** One statement reading the `kind` with this id and what `selection` asks of it; null: not worth it. */
export function planById<T>(
  kind: RootKind,
  id: string,
  selection: readonly FieldSelection[],
  maxPageSize: number,
): CompiledPlan<T> | null {
  const b = new PlanBuilder(maxPageSize);
  const v = b.variable();
  const projection = compileProjection(b, kind, v, selection, { names: new Set(), depth: 0 });
  if (projection.planned === 0) {
    return null;
  }
  return {
    cypher: `${ROOT_MATCH[kind](v)}\nRETURN ${projection.cypher} AS row`,
    params: { ...b.params, id },
    decode: row => projection.decode(row) as T | null,
  };
}

/** The projection of a root connection's nodes (`v`), compiled from the connection's selection. */
export interface NodePlan<T> {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
  decode(row: unknown): T;
}

/**
 * What `selection` (a root connection's: edges, pageInfo, totalCount) asks of each node, as a
 * projection of `v` for the statement that reads the page; null when two selections of the nodes
 * disagree (then the DataLoader path answers).
 */
export function planPageNodes<T>(
  kind: PlanKind,
  v: string,
  selection: readonly FieldSelection[],
  maxPageSize: number,
): NodePlan<T> | null {
  const edges = subFieldsOf(selection, 'edges');
  const nodeFields = edges === null ? null : subFieldsOf(edges, 'node');
  if (nodeFields === null) {
    return null;
  }
  const b = new PlanBuilder(maxPageSize);
  const projection = compileProjection(b, kind, v, nodeFields, { names: new Set(), depth: 0 });
  return {
    cypher: projection.cypher,
    params: b.params,
    decode: row => projection.decode(row) as T,
  };
}

/** Runs a plan: one read statement, one row at most. */
export async function runPlan<T>(graph: GraphClient, plan: CompiledPlan<T>): Promise<T | null> {
  const [first] = await graph.read<{ row: unknown }>(plan.cypher, plan.params);
  return first === undefined ? null : plan.decode(first.row);
}
