/**
 * Root plans (`planById`) compiled once per selection instead of once per request: compiling the
 * article's projection (its Cypher text, parameters and decoder) was about 2% of the request's CPU. The
 * selection objects come from `selectionOf` (resolvers/selection.ts), which gives the same frozen object
 * for the same field of the same parsed document with the same variables, so a plan is kept as long as
 * its selection is. The id only goes into the `$id` parameter (root.planner.ts), so one plan serves
 * every id: it is compiled with a placeholder and each call gets its own parameters.
 */
import { type CompiledPlan, type RootKind, planById } from './planner/root.planner';
import type { FieldSelection } from './planner/selection';

type Cached = CompiledPlan<unknown> | null;

const plans = new WeakMap<readonly FieldSelection[], Map<string, Cached>>();

export function cachedPlanById<T>(
  kind: RootKind,
  id: string,
  selection: readonly FieldSelection[],
  maxPageSize: number,
): CompiledPlan<T> | null {
  let bySize = plans.get(selection);
  if (bySize === undefined) {
    bySize = new Map();
    plans.set(selection, bySize);
  }
  const key = `${kind} ${maxPageSize}`;
  let plan = bySize.get(key);
  if (plan === undefined) {
    plan = planById<unknown>(kind, '', selection, maxPageSize);
    bySize.set(key, plan);
  }
  if (plan === null) {
    return null;
  }
  const compiled = plan;
  return {
    cypher: compiled.cypher,
    params: { ...compiled.params, id },
    decode: row => compiled.decode(row) as T | null,
  };
}
