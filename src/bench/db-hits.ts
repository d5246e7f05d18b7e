/**
 * Db hits of the statements a benchmark request ran: each server process records the statements it
 * sends (counting-driver.ts), and after the checked request runs each of them once more under PROFILE
 * and sums the db hits of every operator of its plan.
 */
import type { Session } from 'neo4j-driver';

/** A statement as it was sent (text and parameters, Integers kept). */
export interface RecordedStatement {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

/** The part of a profiled plan that the sum reads (neo4j-driver's ProfiledPlan). */
export interface PlanHits {
  readonly dbHits: number;
  readonly children: readonly PlanHits[];
}

/** Db hits of one profiled plan: its operator's and all of its children's. */
export function planDbHits(plan: PlanHits): number {
  return plan.children.reduce((n, child) => n + planDbHits(child), plan.dbHits);
}

/** Db hits of several statements' plans, summed (a request's statements). */
export function sumDbHits(plans: readonly PlanHits[]): number {
  return plans.reduce((n, p) => n + planDbHits(p), 0);
}

/** Runs each statement under PROFILE in a read session `open` gives (not counted); db hits summed. */
export async function profileDbHits(
  open: () => Session,
  statements: readonly RecordedStatement[],
): Promise<number> {
  const plans: PlanHits[] = [];
  const session = open();
  try {
    for (const s of statements) {
      const res = await session.run(`PROFILE ${s.cypher}`, s.params);
      if (res.summary.profile !== false) {
        plans.push(res.summary.profile);
      }
    }
  } finally {
    await session.close();
  }
  return sumDbHits(plans);
}
