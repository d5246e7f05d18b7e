/** Shortest paths between actors, answered by one Cypher statement. */
import neo4j from 'neo4j-driver';
import type { Path } from '../schema/path.type';
import { LinkKind } from '../schema/link.enum';
import { BadUserInputError } from '../server/errors';
import type { GraphClient } from './graph-client';
import { RELATION_TYPE_BY_LINK } from './link-types';
import { type StepRow, enumeratePaths } from './shortest-paths';
import { SHORTEST_PATH_STEPS } from './cypher/traversal.cypher';

/**
 * The most actors one side of a path search may expand in one round. Past it the search stops with
 * BAD_USER_INPUT (lower maxHops or narrow the filters) rather than run until the transaction times out.
 */
export const MAX_PATH_FRONTIER = 10_000;

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly maxHops: number;
  /** Step kinds to follow (non-empty). */
  readonly via: readonly LinkKind[];
  readonly since: string | null;
  readonly until: string | null;
}

interface PathStepsRecord {
  readonly tooBroad: boolean;
  readonly length: number;
  /** The steps on the forward side's half, then the backward side's. */
  readonly halves: StepRow[][];
}

export interface TraversalOptions {
  /** See MAX_PATH_FRONTIER. */
  readonly maxFrontier: number;
}

export class TraversalRepository {
  constructor(
    private readonly graph: GraphClient,
    private readonly opts: TraversalOptions = { maxFrontier: MAX_PATH_FRONTIER },
  ) {}

  /** Up to `limit` shortest paths, in a stable order; [] for unknown ids or no path within maxHops. */
  async shortestPaths(query: PathQuery, limit: number): Promise<Path[]> {
    const [row] = await this.graph.read<PathStepsRecord>(SHORTEST_PATH_STEPS, {
      from: query.from,
      to: query.to,
      maxHops: neo4j.int(query.maxHops),
      events: query.via.includes(LinkKind.EVENT),
      relationTypes: query.via.flatMap(kind =>
        kind === LinkKind.EVENT ? [] : [RELATION_TYPE_BY_LINK[kind]],
      ),
      since: query.since,
      until: query.until,
      perPair: neo4j.int(limit),
      maxFrontier: neo4j.int(this.opts.maxFrontier),
    });
    if (row === undefined) {
      return [];
    }
    if (row.tooBroad) {
      throw new BadUserInputError(
        `the search reached more than ${this.opts.maxFrontier} actors at one hop before finding a path; ` +
          'lower maxHops or narrow it with via, since or until',
        'maxHops',
      );
    }
    return enumeratePaths(row.halves.flat(), query.from, query.to, row.length, limit);
  }
}
