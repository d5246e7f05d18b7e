/**
 * What a root field asks for, as the read planner takes it: the fields of one object, each with its
 * response key (alias or name), its arguments (already coerced) and, for object-valued fields, the
 * fields asked of that object. The resolver layer derives it from the GraphQL request
 * (resolvers/selection.ts); the graph layer never sees GraphQL itself.
 */
export interface FieldSelection {
  /** The schema field's name. */
  readonly name: string;
  /** Where the value goes in the response: the alias, or the name. */
  readonly key: string;
  readonly args: Readonly<Record<string, unknown>>;
  /** Sub-fields of an object-valued field, merged by response key ([] for leaves and unions). */
  readonly fields: readonly FieldSelection[];
  /** For a union or interface: the sub-fields asked of each object type it may be, by type name. */
  readonly byType?: Readonly<Record<string, readonly FieldSelection[]>>;
}

function sameArgs(a: FieldSelection, b: FieldSelection): boolean {
  return JSON.stringify(a.args) === JSON.stringify(b.args);
}

/**
 * Merges several selections of one object (e.g. `edges { node }` selected twice under two aliases, whose
 * nodes are the same objects) by response key. Null when two of them use one response key for different
 * fields or arguments: then one object cannot carry both answers.
 */
export function mergeSelections(
  lists: readonly (readonly FieldSelection[])[],
): FieldSelection[] | null {
  const byKey = new Map<string, FieldSelection[]>();
  for (const list of lists) {
    for (const f of list) {
      const seen = byKey.get(f.key);
      if (seen === undefined) {
        byKey.set(f.key, [f]);
      } else {
        seen.push(f);
      }
    }
  }
  const merged: FieldSelection[] = [];
  for (const group of byKey.values()) {
    const [first, ...rest] = group;
    if (first === undefined) {
      continue;
    }
    if (rest.some(f => f.name !== first.name || !sameArgs(f, first))) {
      return null;
    }
    const fields = mergeSelections(group.map(f => f.fields));
    if (fields === null) {
      return null;
    }
    const types = new Set(group.flatMap(f => Object.keys(f.byType ?? {})));
    const byType: Record<string, FieldSelection[]> = {};
    for (const type of types) {
      const sub = mergeSelections(group.map(f => f.byType?.[type] ?? []));
      if (sub === null) {
        return null;
      }
      byType[type] = sub;
    }
    merged.push({ ...first, fields, ...(types.size > 0 ? { byType } : {}) });
  }
  return merged;
}

/** The sub-fields of every selection of `name` among `fields` (e.g. all `edges`), merged; null on conflict. */
export function subFieldsOf(
  fields: readonly FieldSelection[],
  name: string,
): FieldSelection[] | null {
  return mergeSelections(fields.filter(f => f.name === name).map(f => f.fields));
}
