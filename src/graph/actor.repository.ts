import type { Actor, Office } from '../schema/actor.type';
import type { Page } from '../schema/connection.type';
import type { ActorKind } from '../schema/domain.enum';
import type { GraphClient } from './graph-client';
import { type PageRequest, type SortedRow, pageParams, pageStatement, toPage } from './paging';
import { keyed, type Keyed } from './keyed';
import { runPlan } from './planner/root.planner';
import { cachedPlanById } from './plan-cache';
import type { FieldSelection } from './planner/selection';
import {
  ACTORS_BY_IDS,
  ACTORS_COUNT,
  ACTORS_PAGE,
  COUNTRY_BY_ISO3,
  GROUPS_BY_ACTOR_IDS,
  MEMBERS_BY_ACTOR_IDS,
  OFFICES_BY_ACTOR_IDS,
} from './cypher/read.cypher';

export interface ActorFilter {
  readonly kind: ActorKind | null;
  readonly search: string | null;
}

export class ActorRepository {
  constructor(
    private readonly graph: GraphClient,
    private readonly maxPageSize: number,
  ) {}

  /**
   * The actor with this id and everything `selection` asks of it, in one statement (graph/planner); null
   * when the selection reads no relation, so a DataLoader batch over sibling root fields does as well.
   */
  byIdPlanned(id: string, selection: readonly FieldSelection[]): Promise<Actor | null> | null {
    const plan = cachedPlanById<Actor>('Actor', id, selection, this.maxPageSize);
    return plan === null ? null : runPlan(this.graph, plan);
  }

  async byIds(ids: readonly string[]): Promise<Actor[]> {
    const rows = await this.graph.read<{ row: Actor }>(ACTORS_BY_IDS, { ids });
    return rows.map(r => r.row);
  }

  async countryByIso3(iso3: string): Promise<Actor | null> {
    const [row] = await this.graph.read<{ row: Actor }>(COUNTRY_BY_ISO3, { iso3 });
    return row?.row ?? null;
  }

  async page(filter: ActorFilter, req: PageRequest): Promise<Page<Actor>> {
    const params = { kind: filter.kind, search: filter.search?.toLowerCase() ?? null };
    const p = pageParams(req, this.maxPageSize);
    const rows = await this.graph.read<SortedRow<Actor>>(pageStatement(ACTORS_PAGE, p), {
      ...params,
      ...p,
    });
    return toPage(rows, p, async () => {
      const [c] = await this.graph.read<{ n: number }>(ACTORS_COUNT, params);
      return c?.n ?? 0;
    });
  }

  async membersByActorIds(ids: readonly string[]): Promise<Map<string, Actor[]>> {
    return keyed(await this.graph.read<Keyed<Actor>>(MEMBERS_BY_ACTOR_IDS, { ids }));
  }

  async groupsByActorIds(ids: readonly string[]): Promise<Map<string, Actor[]>> {
    return keyed(await this.graph.read<Keyed<Actor>>(GROUPS_BY_ACTOR_IDS, { ids }));
  }

  async officesByActorIds(ids: readonly string[]): Promise<Map<string, Office[]>> {
    return keyed(await this.graph.read<Keyed<Office>>(OFFICES_BY_ACTOR_IDS, { ids }));
  }
}
