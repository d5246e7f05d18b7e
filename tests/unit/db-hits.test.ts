/** The read benchmark's db hits: a profiled plan's operators summed, and a request's plans summed. */
import { type PlanHits, planDbHits, sumDbHits } from '../../src/bench/db-hits';

const op = (dbHits: number, ...children: PlanHits[]): PlanHits => ({ dbHits, children });

it('sums the db hits of every operator of a plan, at every depth', () => {
  // ProduceResults <- Filter <- (NodeHashJoin <- Expand <- Seek, Expand <- Seek)
  const plan = op(0, op(7, op(0, op(100, op(2)), op(200, op(3)))));
  expect(planDbHits(plan)).toBe(312);
});

it('counts a leaf alone and sums several statements of one request', () => {
  expect(planDbHits(op(5))).toBe(5);
  expect(sumDbHits([op(1, op(2)), op(0), op(10, op(20, op(30)))])).toBe(63);
  expect(sumDbHits([])).toBe(0);
});
