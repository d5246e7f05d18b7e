/**
 * The relation fields whose resolver returns the planned value as it is (`plannedOr`,
 * `requiredPlannedOr` in planned.ts), resolved from that value without type-graphql's wrapper when it is
 * there. type-graphql calls every field resolver method through a wrapper that converts the root, runs
 * the middlewares (we have none) and builds the parameter list (`getParams`: a sort, a map and a promise
 * check per call): a planned article answer resolves about 80 of these per request. A planned value that
 * is absent or null goes to the method as before, so a missing target still fails the same way, and
 * everything not planned still reads through its DataLoader.
 */
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import { prefetched } from '../graph/planner/prefetch';

/** Type -> fields whose method is `return plannedOr(...)` or `return requiredPlannedOr(...)`. */
export const PLANNED_AS_IS: Readonly<Record<string, readonly string[]>> = {
  Event: ['type', 'source', 'target', 'statements'],
  Statement: ['speaker', 'reportedBy', 'addressees', 'about'],
  Evidence: ['article'],
};

/** The resolvers plannedFirst made: the schema is built once and shared, so installing is idempotent. */
const WRAPPED = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

/** Wraps `resolve` so that a planned, non-null value of the field is returned without calling it. */
export function plannedFirst(
  resolve: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  if (WRAPPED.has(resolve)) {
    return resolve;
  }
  const wrapped: GraphQLFieldResolver<unknown, unknown> = (root, args, ctx, info) => {
    const planned =
      root !== null && typeof root === 'object' ? prefetched(root, info.path.key) : undefined;
    return planned !== undefined && planned.value !== null && planned.value !== undefined
      ? planned.value
      : resolve(root, args, ctx, info);
  };
  WRAPPED.add(wrapped);
  return wrapped;
}

/** Installs `plannedFirst` on the fields of PLANNED_AS_IS, in place (once per schema). */
export function resolvePlannedAsIs(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, names] of Object.entries(PLANNED_AS_IS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      throw new Error(`${typeName} is not an object type of the schema`);
    }
    const fields = type.getFields();
    for (const name of names) {
      const field = fields[name];
      if (field?.resolve === undefined) {
        throw new Error(`${typeName}.${name} has no resolver to read the planned value of`);
      }
      field.resolve = plannedFirst(field.resolve);
    }
  }
  return schema;
}
