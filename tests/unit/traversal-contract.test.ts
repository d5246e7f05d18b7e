import { buildAppSchema } from '../../src/build-schema';

/** `name: Type = default` for each argument, and the return type, of a Query field. */
function signature(field: string): { args: string[]; type: string } {
  const f = buildAppSchema().getQueryType()?.getFields()[field];
  return {
    args: (f?.args ?? []).map(
      a =>
        `${a.name}: ${String(a.type)}${a.defaultValue === undefined ? '' : ` = ${JSON.stringify(a.defaultValue)}`}`,
    ),
    type: String(f?.type),
  };
}

describe('traversal fields in the contract (design/api.md)', () => {
  it('serves path(from, to, maxHops): Path, with an allShortestPaths variant', () => {
    const filters = ['via: [LinkKind!]', 'since: Date', 'until: Date'];
    expect(signature('path')).toEqual({
      args: ['from: ID!', 'to: ID!', 'maxHops: Int! = 3', ...filters],
      type: 'Path',
    });
    expect(signature('allShortestPaths')).toEqual({
      args: ['from: ID!', 'to: ID!', 'maxHops: Int! = 3', ...filters, 'limit: Int! = 10'],
      type: '[Path!]!',
    });
  });

  it('serves neighborhood(id, hops, limitPerHop): Graph!', () => {
    expect(signature('neighborhood')).toEqual({
      args: ['id: ID!', 'hops: Int! = 1', 'limitPerHop: Int! = 25'],
      type: 'Graph!',
    });
  });
});
