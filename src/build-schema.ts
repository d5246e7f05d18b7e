/** The one buildSchema() shared by the server, the schema emitter and the tests. */
import 'reflect-metadata';
import {
  type GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
  specifiedDirectives,
} from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { RESOLVERS } from './resolvers';
import { CacheControlDirective } from './schema/cache-control.directive';

let cached: GraphQLSchema | undefined;

export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    // `directives` replaces graphql-js' defaults: keep @include, @skip, @deprecated, @specifiedBy.
    directives: [...specifiedDirectives, CacheControlDirective],
    validate: { forbidUnknownValues: false },
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}
