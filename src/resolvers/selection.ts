/**
 * The read planner's view of a request (graph/planner/selection.ts), derived from a root field's
 * GraphQLResolveInfo: the fields selected under it, with fragments and inline fragments applied for the
 * object's type, @skip/@include evaluated, fields of one response key merged, and arguments coerced as
 * the field resolvers receive them. Under a union or interface, the sub-fields are collected per type.
 */
import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';
import type { FieldSelection } from '../graph/planner/selection';

type Info = Pick<
  GraphQLResolveInfo,
  'fieldNodes' | 'returnType' | 'fragments' | 'variableValues' | 'schema'
>;

/** Selections kept per field node (of a parsed document Apollo reuses) and variables; a few each. */
const remembered = new WeakMap<FieldNode, Map<string, readonly FieldSelection[]>>();
const REMEMBERED_PER_NODE = 16;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) {
      deepFreeze(v);
    }
  }
  return value;
}

/**
 * What is selected under the root field being resolved (its own return type must be an object). The
 * same field of the same parsed document with the same variables gives the same frozen object, so the
 * planner's compiled plan can be kept with it (graph/plan-cache.ts).
 */
export function selectionOf(info: Info): readonly FieldSelection[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) {
    return [];
  }
  const [node] = info.fieldNodes;
  if (node === undefined || info.fieldNodes.length !== 1) {
    return collect(info, type, info.fieldNodes);
  }
  let byVariables = remembered.get(node);
  if (byVariables === undefined) {
    byVariables = new Map();
    remembered.set(node, byVariables);
  }
  const key = `${type.name} ${JSON.stringify(info.variableValues)}`;
  const known = byVariables.get(key);
  if (known !== undefined) {
    return known;
  }
  const selection = deepFreeze(collect(info, type, info.fieldNodes));
  if (byVariables.size >= REMEMBERED_PER_NODE) {
    byVariables.clear(); // variables that change per request (cursors): keep only recent ones
  }
  byVariables.set(key, selection);
  return selection;
}

function included(
  node: { readonly directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1],
  info: Info,
): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.['if'] === true) {
    return false;
  }
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.['if'] !== false;
}

function applies(condition: string | undefined, type: GraphQLObjectType, info: Info): boolean {
  if (condition === undefined || condition === type.name) {
    return true;
  }
  const cond = info.schema.getType(condition);
  return cond !== undefined && isAbstractType(cond) && info.schema.isSubType(cond, type);
}

/** The field nodes under `parents` for an object of `type`, grouped by response key in order. */
function group(
  info: Info,
  type: GraphQLObjectType,
  parents: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const groups = new Map<string, FieldNode[]>();
  const seenFragments = new Set<string>();
  const visit = (set: SelectionSetNode): void => {
    for (const sel of set.selections) {
      if (!included(sel, info)) {
        continue;
      }
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        groups.set(key, [...(groups.get(key) ?? []), sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value, type, info)) {
          visit(sel.selectionSet);
        }
      } else if (!seenFragments.has(sel.name.value)) {
        seenFragments.add(sel.name.value);
        const fragment = info.fragments[sel.name.value];
        if (fragment !== undefined && applies(fragment.typeCondition.name.value, type, info)) {
          visit(fragment.selectionSet);
        }
      }
    }
  };
  for (const parent of parents) {
    if (parent.selectionSet !== undefined) {
      visit(parent.selectionSet);
    }
  }
  return groups;
}

function collect(
  info: Info,
  type: GraphQLObjectType,
  parents: readonly FieldNode[],
): FieldSelection[] {
  const out: FieldSelection[] = [];
  for (const [key, nodes] of group(info, type, parents)) {
    const [node] = nodes;
    const def = node === undefined ? undefined : type.getFields()[node.name.value];
    if (node === undefined || def === undefined) {
      continue; // __typename and the other meta fields need no data
    }
    const named = getNamedType(def.type);
    out.push({
      name: node.name.value,
      key,
      args: getArgumentValues(def, node, info.variableValues),
      fields: isObjectType(named) ? collect(info, named, nodes) : [],
      ...(isAbstractType(named)
        ? {
            byType: Object.fromEntries(
              info.schema.getPossibleTypes(named).map(t => [t.name, collect(info, t, nodes)]),
            ),
          }
        : {}),
    });
  }
  return out;
}
