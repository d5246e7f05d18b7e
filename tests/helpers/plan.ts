/**
 * TCK-style planner tests: the selection of a root field taken from a GraphQL document, as the resolver
 * derives it from the request's info, without running the request.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  Kind,
  getVariableValues,
  parse,
} from 'graphql';
import { buildAppSchema } from '../../src/build-schema';
import type { FieldSelection } from '../../src/graph/planner/selection';
import { selectionOf } from '../../src/resolvers/selection';

let schema: GraphQLSchema | undefined;

/** The selection under the operation's first root field, and that field's arguments. */
export function rootSelection(
  document: string,
  variables: Record<string, unknown> = {},
): { args: Record<string, unknown>; selection: readonly FieldSelection[] } {
  schema ??= buildAppSchema();
  const doc = parse(document);
  const op = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const field = op?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  const queryType = schema.getQueryType();
  const def = field === undefined ? undefined : queryType?.getFields()[field.name.value];
  if (op === undefined || field === undefined || def === undefined) {
    throw new Error('the document has no query root field');
  }
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  if (coerced.errors !== undefined) {
    throw new Error(coerced.errors.map(e => e.message).join('; '));
  }
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map(d => [d.name.value, d]),
  );
  const info = {
    fieldNodes: [field],
    returnType: def.type,
    fragments,
    variableValues: coerced.coerced,
    schema,
  };
  const args = Object.fromEntries(
    (field.arguments ?? []).map(a => [
      a.name.value,
      a.value.kind === Kind.VARIABLE ? coerced.coerced[a.value.name.value] : undefined,
    ]),
  );
  return { args, selection: selectionOf(info) };
}
