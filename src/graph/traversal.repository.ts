/** Shortest paths and ego networks over actors, each answered by one Cypher statement. */
import neo4j from 'neo4j-driver';
import type { ActorKind } from '../schema/domain.enum';
import type { Graph, GraphEdge, GraphNode } from '../schema/graph.type';
import type { Path } from '../schema/path.type';
import { LinkKind } from '../schema/link.enum';
import { BadUserInputError } from '../errors/errors';
import type { GraphClient } from './graph-client';
import { RELATION_TYPE_BY_LINK, linkKindOf } from './link-types';
import { type StepRow, enumeratePaths } from './shortest-paths';
import { NEIGHBORHOOD, NEIGHBORHOOD_NODES, shortestPathSteps } from './cypher/traversal.cypher';
import { type PathPlan, planPath } from './planner/path.planner';

export { MAX_NEIGHBORHOOD_HOPS } from './cypher/traversal.cypher';

/**
 * The most actors one side of a path search may expand in one round. Past it the search stops with
 * BAD_USER_INPUT (lower maxHops or narrow the filters) rather than run until the transaction times out.
 */
export const MAX_PATH_FRONTIER = 10_000;

/** Only the steps: the actors and events are left to their DataLoaders. */
const NO_PLAN = planPath([], 1);

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly maxHops: number;
  /** Step kinds to follow (non-empty). */
  readonly via: readonly LinkKind[];
  readonly since: string | null;
  readonly until: string | null;
}

export interface NeighborhoodQuery {
  readonly id: string;
  readonly hops: number;
  readonly limitPerHop: number;
  /** Read the links among the actors found (false: `edges` is [], and the links are not read). */
  readonly edges?: boolean;
}

interface PathStepsRecord {
  readonly tooBroad: boolean;
  readonly length: number;
  /** The steps on the forward side's half, then the backward side's. */
  readonly halves: StepRow[][];
  /** The actors and events on the steps, as `plan` projects them ([] when it projects none). */
  readonly actors: unknown[];
  readonly events: unknown[];
}

interface NodeRow {
  readonly id: string;
  readonly kind: ActorKind;
  readonly label: string;
  readonly hop: number;
}

interface EdgeRow extends Omit<GraphEdge, 'id' | 'kind'> {
  readonly kind: string;
}

interface NeighborhoodRecord {
  readonly layers: NodeRow[][];
  readonly edges: EdgeRow[];
  readonly truncated: boolean;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

  /**
   * Up to `limit` shortest paths, in a stable order; [] for unknown ids or no path within maxHops. With
   * a `plan` (path.planner.ts), the actors and events it asks for are read by the same statement and
   * attached to the paths.
   */
  async shortestPaths(query: PathQuery, limit: number, plan: PathPlan = NO_PLAN): Promise<Path[]> {
    const [row] = await this.graph.read<PathStepsRecord>(shortestPathSteps(plan.projections), {
      ...plan.params,
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
    const paths = enumeratePaths(row.halves.flat(), query.from, query.to, row.length, limit);
    return plan.attach(paths, row.actors, row.events);
  }

  /** The ego network of an actor; an empty graph when the id is unknown. */
  async neighborhood(query: NeighborhoodQuery): Promise<Graph> {
    const statement = query.edges === false ? NEIGHBORHOOD_NODES : NEIGHBORHOOD;
    const [row] = await this.graph.read<NeighborhoodRecord>(statement, {
      id: query.id,
      hops: neo4j.int(query.hops),
      limitPerHop: neo4j.int(query.limitPerHop),
    });
    if (row === undefined) {
      return { nodes: [], edges: [], truncated: false };
    }
    const nodes: GraphNode[] = row.layers.flat();
    const edges: GraphEdge[] = row.edges
      .map(e => ({ ...e, id: `${e.source}|${e.target}|${e.kind}`, kind: linkKindOf(e.kind) }))
      .sort(
        (a, b) =>
          compare(a.source, b.source) || compare(a.target, b.target) || compare(a.kind, b.kind),
      );
    return { nodes, edges, truncated: row.truncated };
  }
}
