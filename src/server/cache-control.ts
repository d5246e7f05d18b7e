/**
 * Apollo's cache-control plugin (docs/caching.md), with its per-field work done once per document.
 *
 * Apollo computes a response's policy with a `willResolveField` hook: every field of every object
 * resolved (hundreds for an article) gets a policy object and a closure, and the mere presence of the
 * hook makes Apollo wrap every resolver of the schema. In our schema that work always gives the same
 * answer for one document: the root fields carry the hints, every object type inherits its parent's
 * max-age, so a nested field never restricts the policy further. This plugin checks that per document,
 * once (the same hint rules as Apollo's: a field's own hint, its type's, `inheritMaxAge`, and
 * `defaultMaxAge` for a root field or an object field that neither hints nor inherits), and then
 * restricts the request's policy at the start of execution with the root fields' minimum. A document
 * where a nested field could restrict it (a nested hint stricter than the roots', a PRIVATE scope, a
 * root field under `@skip`/`@include`) runs Apollo's own per-field hook instead, so the headers are
 * Apollo's in every case; Apollo's plugin also writes the header (`willSendResponse`).
 *
 * Resolvers get no `info.cacheControl` on the static path: none sets a dynamic hint (a resolver that
 * starts to must make its document take the per-field path).
 */
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  ApolloServerPluginCacheControl,
  type ApolloServerPluginCacheControlOptions,
} from '@apollo/server/plugin/cacheControl';
import {
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
} from 'graphql';

type Scope = 'PUBLIC' | 'PRIVATE';

/** A cache hint: Apollo's `CacheHint` shape. */
export interface Hint {
  readonly maxAge?: number;
  readonly scope?: Scope;
}

interface Annotation extends Hint {
  readonly inheritMaxAge?: boolean;
}

function argument(d: ConstDirectiveNode, name: string): ConstArgumentNode['value'] | undefined {
  return d.arguments?.find(a => a.name.value === name)?.value;
}

/** The `@cacheControl` on a type's or field's AST node, read as Apollo reads it. */
function annotationOf(
  nodes: readonly ({ readonly directives?: readonly ConstDirectiveNode[] } | null | undefined)[],
): Annotation | undefined {
  for (const node of nodes) {
    const d = node?.directives?.find(x => x.name.value === 'cacheControl');
    if (d === undefined || d.arguments === undefined) {
      continue;
    }
    const maxAge = argument(d, 'maxAge');
    const scopeArg = argument(d, 'scope');
    const inherit = argument(d, 'inheritMaxAge');
    const scopeName = scopeArg?.kind === Kind.ENUM ? scopeArg.value : undefined;
    const scope = scopeName === 'PUBLIC' || scopeName === 'PRIVATE' ? scopeName : undefined;
    if (inherit?.kind === Kind.BOOLEAN && inherit.value) {
      return { inheritMaxAge: true, scope };
    }
    return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope };
  }
  return undefined;
}

function typeAnnotation(t: GraphQLCompositeType): Annotation {
  return annotationOf([t.astNode, ...t.extensionASTNodes]) ?? {};
}

/**
 * What Apollo's `willResolveField` would restrict the response's policy with for this field (root: at
 * the top of the operation): its type's hint, replaced by its own unless it inherits, and
 * `defaultMaxAge` when that leaves no max-age on a root field or on an object that does not inherit.
 */
export function fieldRestriction(
  field: GraphQLField<unknown, unknown>,
  root: boolean,
  defaultMaxAge: number,
): Hint {
  let maxAge: number | undefined;
  let scope: Scope | undefined;
  let inherit = false;
  const target = getNamedType(field.type);
  const composite = isCompositeType(target);
  if (composite) {
    const t = typeAnnotation(target);
    maxAge = t.maxAge ?? maxAge;
    scope = t.scope ?? scope;
    inherit = t.inheritMaxAge === true;
  }
  const own = annotationOf([field.astNode]) ?? {};
  if (own.inheritMaxAge === true && maxAge === undefined) {
    inherit = true;
    scope = own.scope ?? scope;
  } else {
    maxAge = own.maxAge ?? maxAge;
    scope = own.scope ?? scope;
  }
  if (maxAge === undefined && ((composite && !inherit) || root)) {
    maxAge = defaultMaxAge;
  }
  return { maxAge, scope };
}

/** Apollo's `restrict`: the smaller max-age, PRIVATE over PUBLIC. */
function restrict(a: Hint, b: Hint): Hint {
  const maxAge =
    a.maxAge === undefined
      ? b.maxAge
      : b.maxAge === undefined
        ? a.maxAge
        : Math.min(a.maxAge, b.maxAge);
  const scope = a.scope === 'PRIVATE' || b.scope === 'PRIVATE' ? 'PRIVATE' : (a.scope ?? b.scope);
  return { maxAge, scope };
}

interface Fields {
  /** Field nodes with the object type they are selected on. */
  readonly fields: { readonly node: FieldNode; readonly parent: GraphQLObjectType }[];
  /** A selection carries @skip or @include: which fields run depends on the variables. */
  conditional: boolean;
}

/** The fields selected on an object of `type` (fragments applied for every possible type). */
function collectFields(
  schema: GraphQLSchema,
  doc: DocumentNode,
  set: SelectionSetNode,
  types: readonly GraphQLObjectType[],
  out: Fields,
  seen: Set<string>,
): void {
  for (const sel of set.selections) {
    if ((sel.directives?.length ?? 0) > 0) {
      out.conditional = true;
    }
    if (sel.kind === Kind.FIELD) {
      types.forEach(parent => out.fields.push({ node: sel, parent }));
      continue;
    }
    const fragment =
      sel.kind === Kind.INLINE_FRAGMENT
        ? sel
        : doc.definitions.find(
            d => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === sel.name.value,
          );
    if (fragment === undefined || fragment.kind === Kind.OPERATION_DEFINITION) {
      continue;
    }
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      if (seen.has(sel.name.value)) {
        continue;
      }
      seen.add(sel.name.value);
    }
    const condition = 'typeCondition' in fragment ? fragment.typeCondition?.name.value : undefined;
    const cond = condition === undefined ? undefined : schema.getType(condition);
    const applies = types.filter(
      t =>
        cond === undefined ||
        cond === t ||
        (cond !== null && isAbstractType(cond) && schema.isSubType(cond, t)),
    );
    if ('selectionSet' in fragment) {
      collectFields(schema, doc, fragment.selectionSet, applies, out, seen);
    }
  }
}

function possibleTypes(
  schema: GraphQLSchema,
  t: GraphQLCompositeType,
): readonly GraphQLObjectType[] {
  return isObjectType(t) ? [t] : schema.getPossibleTypes(t);
}

/**
 * The policy restriction of one operation, or null when it can only be known field by field (see the
 * file comment). Root fields always resolve; nested ones only where their parent is not null, so they
 * may be left out only when none of them is stricter than the roots' minimum.
 */
export function staticRestriction(
  schema: GraphQLSchema,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  defaultMaxAge: number,
): Hint | null {
  const rootType = schema.getRootType(op.operation);
  if (rootType === undefined || rootType === null) {
    return null;
  }
  const roots: Fields = { fields: [], conditional: false };
  collectFields(schema, doc, op.selectionSet, [rootType], roots, new Set());
  if (roots.conditional) {
    return null;
  }
  let overall: Hint = {};
  const nested: { node: FieldNode; parent: GraphQLObjectType }[] = [];
  for (const { node, parent } of roots.fields) {
    const field = parent.getFields()[node.name.value];
    if (field === undefined) {
      continue; // __typename, __schema, __type: no resolver Apollo hooks
    }
    overall = restrict(overall, fieldRestriction(field, true, defaultMaxAge));
    nested.push({ node, parent });
  }
  // every nested field, whatever the data: none may restrict below the roots' minimum
  const queue = [...nested];
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    const field = item.parent.getFields()[item.node.name.value];
    const set = item.node.selectionSet;
    if (field === undefined || set === undefined) {
      continue;
    }
    const sub: Fields = { fields: [], conditional: false };
    const target = getNamedType(field.type);
    if (!isCompositeType(target)) {
      continue;
    }
    collectFields(schema, doc, set, possibleTypes(schema, target), sub, new Set());
    for (const child of sub.fields) {
      const def = child.parent.getFields()[child.node.name.value];
      if (def === undefined) {
        continue;
      }
      const hint = fieldRestriction(def, false, defaultMaxAge);
      if (
        hint.scope === 'PRIVATE' ||
        (hint.maxAge !== undefined &&
          (overall.maxAge === undefined || hint.maxAge < overall.maxAge))
      ) {
        return null;
      }
      queue.push(child);
    }
  }
  return overall;
}

/**
 * Apollo's cache-control plugin with the static path above. It keeps Apollo's plugin object (and its
 * internal id, so Apollo does not install a second one) and replaces only its request hook.
 */
export function cacheControlPlugin<C extends BaseContext>(
  schema: GraphQLSchema,
  options: ApolloServerPluginCacheControlOptions & { readonly defaultMaxAge: number },
): ApolloServerPlugin<C> {
  const apollo = ApolloServerPluginCacheControl(options) as ApolloServerPlugin<C>;
  const decided = new WeakMap<DocumentNode, Map<OperationDefinitionNode, Hint | null>>();
  const decide = (doc: DocumentNode, op: OperationDefinitionNode): Hint | null => {
    let byOp = decided.get(doc);
    if (byOp === undefined) {
      byOp = new Map();
      decided.set(doc, byOp);
    }
    if (!byOp.has(op)) {
      byOp.set(op, staticRestriction(schema, doc, op, options.defaultMaxAge));
    }
    return byOp.get(op) ?? null;
  };
  return {
    ...apollo,
    async requestDidStart(rc) {
      const inner = (await apollo.requestDidStart?.(rc)) ?? undefined;
      const listener: GraphQLRequestListener<C> = {
        async executionDidStart(ec) {
          const hint = decide(ec.document, ec.operation);
          if (hint === null) {
            return inner?.executionDidStart?.(ec);
          }
          ec.overallCachePolicy.restrict(hint);
          return undefined;
        },
      };
      if (inner?.willSendResponse !== undefined) {
        listener.willSendResponse = inner.willSendResponse.bind(inner);
      }
      return listener;
    },
  };
}
