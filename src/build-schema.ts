/** The one buildSchema() shared by the server, the schema emitter and the tests. */
import 'reflect-metadata';
import {
  type GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
  specifiedDirectives,
} from 'graphql';
import { type PubSub, buildSchemaSync } from 'type-graphql';
import { RESOLVERS } from './resolvers';
import { CacheControlDirective } from './schema/cache-control.directive';
import { validateArgument } from './resolvers/validate-args';

let cached: GraphQLSchema | undefined;

/**
 * type-graphql wants a schema-wide PubSub as soon as there is a subscription, but the subscriptions read
 * the bus of their own server instance from the context (resolvers/live.resolver.ts): this one is
 * never used, and says so if a subscription were ever declared with `topics` instead of `subscribe`.
 */
const CONTEXT_BUS_ONLY: PubSub = {
  publish() {
    throw new Error(
      'subscriptions publish through the live bus in their context, not a schema PubSub',
    );
  },
  subscribe() {
    throw new Error('subscriptions read the live bus in their context, not a schema PubSub');
  },
};

export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    // `directives` replaces graphql-js' defaults: keep @include, @skip, @deprecated, @specifiedBy.
    directives: [...specifiedDirectives, CacheControlDirective],
    // class-validator's constraints, checked without its executor when they are all plain @MaxLength
    validateFn: validateArgument,
    pubSub: CONTEXT_BUS_ONLY,
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}
