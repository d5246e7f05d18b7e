/**
 * The cache-control plugin with its per-document path (src/server/cache-control.ts) answers the same
 * Cache-Control header as Apollo's own per-field plugin, and takes the per-field path where a nested
 * field could change the answer.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import {
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  buildSchema,
  parse,
} from 'graphql';
import { buildAppSchema } from '../../src/build-schema';
import { cacheControlPlugin, staticRestriction } from '../../src/server/cache-control';

const SDL = /* GraphQL */ `
  enum CacheControlScope {
    PUBLIC
    PRIVATE
  }
  directive @cacheControl(
    maxAge: Int
    scope: CacheControlScope
    inheritMaxAge: Boolean
  ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  type Query {
    slow: Node @cacheControl(maxAge: 60)
    fast: Node @cacheControl(maxAge: 3600)
    missing: Node @cacheControl(maxAge: 60)
    unhinted: Node
    count: Int @cacheControl(maxAge: 30)
    things: [Thing] @cacheControl(maxAge: 60)
  }
  type Node @cacheControl(inheritMaxAge: true) {
    id: ID
    child: Node
    brief: Brief
    secret: Secret
    plain: Plain
  }
  type Brief @cacheControl(maxAge: 5) {
    id: ID
  }
  type Secret @cacheControl(scope: PRIVATE, inheritMaxAge: true) {
    id: ID
  }
  type Plain {
    id: ID
  }
  type A @cacheControl(inheritMaxAge: true) {
    id: ID
  }
  type B @cacheControl(maxAge: 10) {
    id: ID
  }
  union Thing = A | B
`;

const node = (depth: number): unknown =>
  depth === 0
    ? null
    : {
        id: `n${depth}`,
        child: node(depth - 1),
        brief: { id: 'b' },
        secret: { id: 's' },
        plain: { id: 'p' },
      };

/** Answers of the root fields (default resolvers read the rest; unions resolve by `__typename`). */
const ROOT = {
  slow: () => node(2),
  fast: () => node(2),
  missing: () => null,
  unhinted: () => node(1),
  count: () => 3,
  things: () => [{ __typename: 'A', id: 'a' }],
};

/** A fresh schema each time: Apollo's per-field plugin wraps the resolvers of the schema it runs on. */
function testSchema(): GraphQLSchema {
  return buildSchema(SDL);
}

async function header(schema: GraphQLSchema, ours: boolean, query: string): Promise<string> {
  const server = new ApolloServer({
    schema,
    rootValue: ROOT,
    plugins: [
      ours
        ? cacheControlPlugin(schema, { defaultMaxAge: 0 })
        : ApolloServerPluginCacheControl({ defaultMaxAge: 0 }),
    ],
  });
  await server.start();
  try {
    const res = await server.executeOperation({ query });
    return res.http.headers.get('cache-control') ?? '(none)';
  } finally {
    await server.stop();
  }
}

const DOCUMENTS = [
  '{ slow { id child { id child { id } } } }',
  '{ slow { id } fast { id } }',
  '{ fast { id child { id } } count }',
  '{ unhinted { id } }',
  '{ slow { brief { id } } }',
  '{ missing { brief { id } } }',
  '{ slow { secret { id } } }',
  '{ missing { secret { id } } }',
  '{ slow { plain { id } } }',
  '{ missing { plain { id } } }',
  '{ things { ... on A { id } ... on B { id } } }',
  '{ slow { id } count @include(if: false) }',
  '{ slow { ...F } } fragment F on Node { child { brief { id } } }',
  '{ __typename }',
];

describe('cache-control plugin', () => {
  it.each(DOCUMENTS)('answers the header Apollo answers for %s', async query => {
    const schema = testSchema();
    const apollo = await header(testSchema(), false, query);
    expect(await header(schema, true, query)).toBe(apollo);
  });

  it('decides from the document alone where no nested field can restrict the roots', () => {
    const schema = testSchema();
    const decide = (query: string) => {
      const doc = parse(query);
      const op = doc.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (op === undefined) {
        throw new Error('no operation');
      }
      return staticRestriction(schema, doc, op, 0);
    };
    expect(decide('{ slow { id child { id } } fast { id } }')).toEqual({ maxAge: 60 });
    expect(decide('{ fast { plain { id } } }')).toBeNull(); // Plain neither hints nor inherits: 0
    expect(decide('{ fast { brief { id } } }')).toBeNull(); // 5 < 3600: only if brief resolves
    expect(decide('{ slow { secret { id } } }')).toBeNull(); // PRIVATE
    expect(decide('{ slow { id } count @skip(if: true) }')).toBeNull(); // depends on variables
    expect(decide('{ unhinted { id } }')).toEqual({ maxAge: 0 });
  });

  it("takes the per-document path for the app's read operations (every type inherits)", () => {
    const schema = buildAppSchema();
    const doc = parse(`query($id: ID!) { article(id: $id) { id title
      events(first: 100) { edges { node { id type { code } source { id } target { id } } } }
      statements(first: 100) { edges { node { id speaker { id } evidence { article { id } } } } }
      actors { id name } } }`);
    const op = doc.definitions[0] as OperationDefinitionNode;
    expect(staticRestriction(schema, doc, op, 0)).toEqual({ maxAge: 60 });
  });
});
