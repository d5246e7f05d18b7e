import neo4j from 'neo4j-driver';
import { type DyadSides, planDyad } from '../../src/graph/dyad-plan';
import type { PageParams } from '../../src/graph/paging';

const page = (after: string | null = null, before: string | null = null): PageParams => ({
  after,
  before,
  limit: neo4j.int(21),
  backward: before !== null,
  size: 20,
});

const sides = (degA: number, degB: number, total: number): DyadSides => ({
  offA: [{ id: 'person:a-leader', since: '2020-01-01', until: null, n: 5 }],
  offB: [],
  degA,
  degB,
  total,
});

describe('planDyad', () => {
  it('walks the sort-key index for two hubs of a large graph', () => {
    // 12,900 events each of 122,000: ~21 x 89 = 1,900 index entries against 12,900 events expanded
    expect(planDyad('A', 'B', sides(12_900, 12_900, 122_000), page()).walk).toBe(true);
  });

  it('expands the smaller side, with its office holders, when it has few events', () => {
    const plan = planDyad('A', 'B', sides(30, 12_900, 122_000), page());
    expect(plan.walk).toBe(false);
    expect(plan.params['members']).toEqual(['A', 'person:a-leader']);
    expect(planDyad('A', 'B', sides(12_900, 0, 122_000), page()).params['members']).toEqual(['B']);
  });

  it('never walks for a pair where one side has no events', () => {
    expect(planDyad('A', 'B', sides(0, 12_900, 122_000), page()).walk).toBe(false);
  });

  it('reads between the cursors, or over the whole key space', () => {
    expect(planDyad('A', 'B', sides(1, 1, 10), page('k1', 'k2')).params).toMatchObject({
      lo: 'k1',
      hi: 'k2',
    });
    const open = planDyad('A', 'B', sides(1, 1, 10), page()).params;
    expect(open['lo']).toBe('');
    expect(String(open['hi']) > '9999-12-31|z').toBe(true);
  });

  it('passes the offices without their event counts', () => {
    expect(planDyad('A', 'B', sides(1, 1, 10), page()).params['offA']).toEqual([
      { id: 'person:a-leader', since: '2020-01-01', until: null },
    ]);
  });
});
