/**
 * PROFILE for plan tests: records the statements a repository sends (a GraphClient that answers every
 * read with no rows), then runs each under PROFILE on the real Neo4j and sums its plan.
 */
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import type { GraphClient } from '../../src/graph/graph-client';

export interface Sent {
  readonly statement: string;
  readonly params: Record<string, unknown>;
}

/**
 * A GraphClient stand-in that keeps what `read` is given and answers from `real` (or with no rows), so a
 * repository that reads in steps reaches its last statement.
 */
export function recordingGraph(real?: GraphClient): { graph: GraphClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const fake = {
    read: (statement: string, params: Record<string, unknown> = {}): Promise<unknown[]> => {
      sent.push({ statement, params });
      return real === undefined ? Promise.resolve([]) : real.read(statement, params);
    },
  };
  return { graph: fake as unknown as GraphClient, sent };
}

export interface PlanOperator {
  readonly operator: string;
  readonly rows: number;
  readonly dbHits: number;
  readonly details: string;
}

export interface Profile {
  readonly dbHits: number;
  /** The most rows any one operator produced. */
  readonly maxRows: number;
  readonly operators: readonly PlanOperator[];
  readonly records: number;
}

function flatten(plan: ProfiledPlan, out: PlanOperator[]): void {
  const details = plan.arguments['Details'];
  out.push({
    operator: plan.operatorType.replace(/@.*$/, ''),
    rows: plan.rows,
    dbHits: plan.dbHits,
    details: typeof details === 'string' ? details : '',
  });
  for (const child of plan.children) {
    flatten(child, out);
  }
}

export async function profile(driver: Driver, sent: Sent): Promise<Profile> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const res = await session.run(`PROFILE ${sent.statement}`, sent.params);
    const plan = res.summary.profile;
    if (plan === false) {
      throw new Error('PROFILE returned no plan');
    }
    const operators: PlanOperator[] = [];
    flatten(plan, operators);
    return {
      dbHits: operators.reduce((n, o) => n + o.dbHits, 0),
      maxRows: Math.max(...operators.map(o => o.rows)),
      operators,
      records: res.records.length,
    };
  } finally {
    await session.close();
  }
}

/** The last statement `run` sends through a recording wrapper of `real`, run again under PROFILE. */
export async function profileLast(
  real: GraphClient,
  driver: Driver,
  run: (graph: GraphClient) => Promise<unknown>,
): Promise<Profile> {
  const { graph, sent } = recordingGraph(real);
  await run(graph);
  const last = sent.at(-1);
  if (last === undefined) {
    throw new Error('the run sent no statement');
  }
  return profile(driver, last);
}

/** The plan's operators, one a line (for failure messages). */
export function describePlan(p: Profile): string {
  return p.operators
    .map(o => `${o.operator} rows=${o.rows} hits=${o.dbHits} ${o.details.slice(0, 100)}`)
    .join('\n');
}
