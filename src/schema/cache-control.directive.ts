/**
 * Apollo's `@cacheControl` directive (docs/caching.md), declared so that type-graphql's `@Directive` can
 * put it on types and fields. Apollo's cache-control plugin reads it from each type's and field's AST
 * node. Hints in use: `STATIC` for the CAMEO table, `SLOW` for every other root query field, and
 * `INHERIT` on types, so a nested field takes its parent's max-age instead of making the response
 * uncacheable.
 */
import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
} from 'graphql';

export const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  description: 'PUBLIC: any cache may keep the response; PRIVATE: only the client (browser).',
  values: { PUBLIC: {}, PRIVATE: {} },
});

export const CacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description:
    'HTTP cache hint (Apollo cache-control plugin): the response max-age is the minimum over its fields.',
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt },
    scope: { type: CacheControlScope },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

/** Seconds the CAMEO event-type table may be cached: it changes only with a new release of the code. */
export const STATIC_MAX_AGE = 3600;
/** Seconds any other read may be cached: the graph changes only when articles are ingested. */
export const SLOW_MAX_AGE = 60;

export const STATIC = `@cacheControl(maxAge: ${STATIC_MAX_AGE})`;
export const SLOW = `@cacheControl(maxAge: ${SLOW_MAX_AGE})`;
export const INHERIT = '@cacheControl(inheritMaxAge: true)';
