import { parse, print, validate } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ConfigError, defaultRequestLimits, loadConfig } from '../../src/config/config';
import { buildAppSchema } from '../../src/build-schema';
import { PLAYGROUND_EXAMPLES } from '../../src/server/playground-examples';
import { costCache, inlinePageSizes, operationCost } from '../../src/server/limits';

const schema = buildAppSchema();

describe('request limits configuration', () => {
  it('has documented defaults, with introspection on outside production', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 10,
      maxAliases: 10,
      maxDirectives: 20,
      maxTokens: 2000,
      maxCost: 250_000,
      introspection: true,
      exposeLimits: true,
      maxBodyBytes: 1_572_864,
    });
  });

  it('turns introspection, suggestions and limit details off in production', () => {
    const limits = loadConfig({ NODE_ENV: 'production' }).limits;
    expect(limits.introspection).toBe(false);
    expect(limits.exposeLimits).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).limits.introspection,
    ).toBe(true);
    expect(defaultRequestLimits('production')).toEqual(limits);
  });

  it('reads overrides', () => {
    const limits = loadConfig({
      GRAPHQL_MAX_DEPTH: '12',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_DIRECTIVES: '5',
      GRAPHQL_MAX_TOKENS: '500',
      GRAPHQL_MAX_COST: '1000',
      GRAPHQL_INTROSPECTION: 'false',
      MAX_BODY_BYTES: '4096',
    }).limits;
    expect(limits).toMatchObject({
      maxDepth: 12,
      maxAliases: 3,
      maxDirectives: 5,
      maxTokens: 500,
      maxCost: 1000,
      introspection: false,
      maxBodyBytes: 4096,
    });
  });

  it.each([
    [{ GRAPHQL_MAX_DEPTH: '0' }, 'GRAPHQL_MAX_DEPTH=0'],
    [{ GRAPHQL_MAX_TOKENS: 'many' }, 'GRAPHQL_MAX_TOKENS=many'],
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, 'GRAPHQL_INTROSPECTION=sometimes'],
    [{ MAX_BODY_BYTES: '10' }, 'MAX_BODY_BYTES=10'],
  ])('fails loudly on %j, naming the key', (env, text) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(text);
  });
});

describe('the default limits fit every playground example', () => {
  const limits = defaultRequestLimits();

  it.each(PLAYGROUND_EXAMPLES.map(e => [e.name, e] as const))('%s', (_name, example) => {
    const doc = parse(example.query, { maxTokens: limits.maxTokens });
    const cost = operationCost(schema, doc, example.variables);
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(limits.maxCost);
    const rules = [
      maxDepthRule({ n: limits.maxDepth, propagateOnRejection: true }),
      maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: true }),
    ];
    expect(() => validate(schema, doc, rules)).not.toThrow();
  });
});

describe('operationCost', () => {
  const bomb = `query($n: Int, $m: Int = 100) { actors(first: $n) { edges { node {
    statements(first: $m) { edges { node { text about { id } } } } } } } }`;

  it('multiplies in page sizes given as variables or variable defaults', () => {
    const doc = parse(bomb);
    const small = operationCost(schema, doc, { n: 1, m: 1 });
    const big = operationCost(schema, doc, { n: 100 }); // $m takes its default, 100
    expect(big).toBeGreaterThan(defaultRequestLimits().maxCost);
    expect(big).toBeGreaterThan(small * 1000);
    expect(operationCost(schema, doc, { n: 100, m: 100 })).toBe(big);
  });

  it('is remembered per document, and follows the page-size variables of each request', () => {
    const costOf = costCache(schema);
    const doc = parse(bomb);
    const cases = [
      { n: 1, m: 1 },
      { n: 100 },
      { n: 1, m: 1 },
      { n: 100, m: 100 },
      {},
      { n: 3, x: 9 },
    ];
    for (const variables of cases) {
      expect(costOf(doc, variables)).toBe(operationCost(schema, doc, variables));
    }
    expect(costOf(doc, { n: 100 })).toBeGreaterThan(costOf(doc, { n: 1, m: 1 }) * 1000);
    const other = parse('{ actors(first: 2) { edges { node { id } } } }');
    expect(costOf(other)).toBe(operationCost(schema, other));
  });

  it('costs the same as the literal form once variables are inlined', () => {
    const inlined = inlinePageSizes(parse(bomb), { n: 7, m: 3 });
    expect(print(inlined)).toContain('actors(first: 7)');
    expect(print(inlined)).toContain('statements(first: 3)');
    const literal = parse(`{ actors(first: 7) { edges { node {
      statements(first: 3) { edges { node { text about { id } } } } } } } }`);
    expect(operationCost(schema, literal)).toBe(operationCost(schema, parse(bomb), { n: 7, m: 3 }));
  });

  it('leaves other variables alone', () => {
    const doc = parse(
      `query($id: ID!, $n: Int) { actor(id: $id) { statements(first: $n) { totalCount } } }`,
    );
    const printed = print(inlinePageSizes(doc, { id: 'country:PRK', n: 5 }));
    expect(printed).toContain('actor(id: $id)');
    expect(printed).toContain('statements(first: 5)');
  });
});
