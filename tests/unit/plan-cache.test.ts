import 'reflect-metadata';
import { type FieldNode, type OperationDefinitionNode, parse } from 'graphql';
import { buildAppSchema } from '../../src/build-schema';
import { cachedPlanById } from '../../src/graph/plan-cache';
import { selectionOf } from '../../src/resolvers/selection';
import { planById } from '../../src/graph/planner/root.planner';
import { rootSelection } from '../helpers/plan';

const ARTICLE = `query($n: Int) { article(id: "x") { id title
  events(first: $n) { edges { node { id } } } } }`;

describe('selectionOf memo and cachedPlanById', () => {
  it('gives one frozen selection per field node and variables', () => {
    const schema = buildAppSchema();
    const op = parse(ARTICLE).definitions[0] as OperationDefinitionNode;
    const field = op.selectionSet.selections[0] as FieldNode;
    const returnType = schema.getQueryType()?.getFields()['article']?.type;
    if (returnType === undefined) {
      throw new Error('no article field');
    }
    const info = (n: number) => ({
      fieldNodes: [field],
      returnType,
      fragments: {},
      variableValues: { n },
      schema,
    });
    const a = selectionOf(info(3));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    expect(selectionOf(info(3))).toBe(a); // equal variables, a new object: the same selection
    const other = selectionOf(info(4));
    expect(other).not.toBe(a);
    expect(JSON.stringify(other)).toContain('"first":4');
    expect(JSON.stringify(a)).toContain('"first":3');
  });

  it('compiles once per selection and gives each id its own parameters, as planById does', () => {
    const { selection } = rootSelection(ARTICLE, { n: 3 });
    const one = cachedPlanById('Article', 'a-1', selection, 100);
    const two = cachedPlanById('Article', 'a-2', selection, 100);
    const direct = planById('Article', 'a-2', selection, 100);
    expect(one).not.toBeNull();
    expect(two?.cypher).toBe(one?.cypher);
    expect(two?.cypher).toBe(direct?.cypher);
    expect(two?.params).toEqual(direct?.params);
    expect(one?.params['id']).toBe('a-1');
    expect(two?.params['id']).toBe('a-2');
    // another page-size cap is another plan: the same as planById's for that cap
    const capped = planById('Article', 'a-1', selection, 2);
    expect(cachedPlanById('Article', 'a-1', selection, 2)?.params).toEqual(capped?.params);
    expect(cachedPlanById('Article', 'a-1', selection, 2)?.cypher).toBe(capped?.cypher);
  });

  it('remembers that a selection reads no relation (null), like planById', () => {
    const { selection } = rootSelection(`{ article(id: "x") { id title } }`);
    expect(planById('Article', 'x', selection, 100)).toBeNull();
    expect(cachedPlanById('Article', 'x', selection, 100)).toBeNull();
    expect(cachedPlanById('Article', 'y', selection, 100)).toBeNull();
  });
});
