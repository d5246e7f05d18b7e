import type { Page } from '../schema/connection.type';
import type { Event } from '../schema/event.type';
import type { EventType } from '../schema/event-type.type';
import { Sourcing } from '../schema/sourcing.type';
import { type EventRole, QUAD_CLASS_BY_NUMBER } from '../schema/domain.enum';
import type { GraphClient } from './graph-client';
import { type CompiledFilter, withFilter } from './filter';
import neo4j from 'neo4j-driver';
import { type PageRequest, type SortedRow, pageParams, pageStatement, toPage } from './paging';
import { keyedPages, type KeyedCount, type KeyedPageRow } from './keyed';
import {
  EVENT_TYPES,
  EVENT_TYPES_BY_CODES,
  EVENTS_BY_ARTICLE,
  EVENTS_BY_IDS,
  RELATIONS_COUNT,
  EVENTS_COUNT,
  EVENTS_PAGE,
  SOURCING_BY_EVENT_IDS,
} from './cypher/read.cypher';
import type { KeysetPage } from './cypher/read.cypher';
import { DYAD_SIDES_DATA } from './cypher/dyad.cypher';
import { DYAD_PAGES, EVENTS_BY_ACTOR, plannedDyadPage } from './cypher/event-pages.cypher';
import { type DyadSides, keyRange, planDyad } from './dyad-plan';
import { planPageNodes } from './planner/root.planner';
import type { FieldSelection } from './planner/selection';

export interface DyadFilter {
  readonly a: string;
  readonly b: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** Which parent a batched event list hangs off: an article, or an actor in a role. */
export type EventParent = 'article' | EventRole;

function statementsFor(parent: EventParent): { page: KeysetPage; count: string } {
  return parent === 'article' ? EVENTS_BY_ARTICLE : EVENTS_BY_ACTOR[parent];
}

interface EventTypeRow extends Omit<EventType, 'quadClass'> {
  readonly quadClass: number;
}

function toEventType(row: EventTypeRow): EventType {
  const quadClass = QUAD_CLASS_BY_NUMBER[row.quadClass];
  if (quadClass === undefined) {
    throw new Error(`event type ${row.code} has quad class ${row.quadClass}`);
  }
  return { ...row, quadClass };
}

export class EventRepository {
  constructor(
    private readonly graph: GraphClient,
    private readonly maxPageSize: number,
  ) {}

  async byIds(ids: readonly string[]): Promise<Event[]> {
    const rows = await this.graph.read<{ row: Event }>(EVENTS_BY_IDS, { ids });
    return rows.map(r => r.row);
  }

  async sourcingByIds(ids: readonly string[]): Promise<Map<string, Sourcing>> {
    const rows = await this.graph.read<{
      key: string;
      row: { articleIds: string[]; outletIds: string[] };
    }>(SOURCING_BY_EVENT_IDS, { ids });
    return new Map(
      rows.map(({ key, row }) => [
        key,
        Object.assign(new Sourcing(), {
          ...row,
          articleCount: row.articleIds.length,
          singleSource: row.articleIds.length <= 1 && row.outletIds.length <= 1,
        }),
      ]),
    );
  }

  async typesByCodes(codes: readonly string[]): Promise<EventType[]> {
    const rows = await this.graph.read<{ row: EventTypeRow }>(EVENT_TYPES_BY_CODES, { codes });
    return rows.map(r => toEventType(r.row));
  }

  async types(root: string | null): Promise<EventType[]> {
    const rows = await this.graph.read<{ row: EventTypeRow }>(EVENT_TYPES, { root });
    return rows.map(r => toEventType(r.row));
  }

  async page(req: PageRequest): Promise<Page<Event>> {
    const where = req.where ?? null;
    const p = pageParams(req, this.maxPageSize);
    const rows = await this.graph.read<SortedRow<Event>>(
      withFilter(pageStatement(req.order?.pages.all ?? EVENTS_PAGE, p), where),
      {
        ...where?.params,
        ...p,
      },
    );
    return toPage(rows, p, async () => {
      const [c] = await this.graph.read<{ n: number }>(withFilter(EVENTS_COUNT, where), {
        ...where?.params,
      });
      return c?.n ?? 0;
    });
  }

  /**
   * `selection` (the connection's, from the request): the page is then one statement with the sides,
   * the plan's choice and the events' selected relations; without it, the sides are read first and the
   * relations are left to the DataLoaders.
   */
  async relationsBetween(
    filter: DyadFilter,
    req: PageRequest,
    selection?: readonly FieldSelection[],
  ): Promise<Page<Event>> {
    const where = req.where ?? null;
    const dyad = { ...filter, directed: false, ...where?.params };
    const p = pageParams(req, this.maxPageSize);
    const count = async (): Promise<number> => {
      const [c] = await this.graph.read<{ n: number }>(withFilter(RELATIONS_COUNT, where), dyad);
      return c?.n ?? 0;
    };
    if (req.order) {
      const rows = await this.graph.read<SortedRow<Event>>(
        withFilter(pageStatement(req.order.pages.dyad, p), where),
        { ...dyad, ...p },
      );
      return toPage(rows, p, count);
    }
    const nodes =
      selection === undefined
        ? null
        : planPageNodes<Event>('Event', 'e', selection, this.maxPageSize);
    if (nodes !== null && selection !== undefined) {
      const window = filter.from !== null || filter.to !== null;
      // the extra row only tells pageInfo whether another page follows: without pageInfo, read none
      const limit = selection.some(f => f.name === 'pageInfo') ? p.limit : neo4j.int(p.size);
      const rows = await this.graph.read<SortedRow<unknown>>(
        withFilter(plannedDyadPage(p.backward ? 'DESC' : 'ASC', nodes.cypher, window), where),
        { ...dyad, ...p, limit, ...keyRange(p), ...nodes.params },
      );
      const decoded = rows.map(r => ({ row: nodes.decode(r.row), sortKey: r.sortKey }));
      return toPage(decoded, p, count);
    }
    const [sides] = await this.graph.read<DyadSides>(DYAD_SIDES_DATA, dyad);
    if (sides === undefined) {
      return toPage([], p, count);
    }
    const plan = planDyad(filter.a, filter.b, sides, p);
    const rows = await this.graph.read<SortedRow<Event>>(
      withFilter(pageStatement(plan.walk ? DYAD_PAGES.walk : DYAD_PAGES.expand, p), where),
      { ...dyad, ...p, ...plan.params },
    );
    return toPage(rows, p, count);
  }

  async pagesByParent(
    parent: EventParent,
    ids: readonly string[],
    req: PageRequest,
    count: (key: string) => Promise<number>,
  ): Promise<Map<string, Page<Event>>> {
    const p = pageParams(req, this.maxPageSize);
    const where = req.where ?? null;
    const rows = await this.graph.read<KeyedPageRow<Event>>(
      withFilter(pageStatement(statementsFor(parent).page, p), where),
      { ids, ...where?.params, ...p },
    );
    return keyedPages(rows, p, count);
  }

  async countsByParent(
    parent: EventParent,
    ids: readonly string[],
    where: CompiledFilter | null,
  ): Promise<Map<string, number>> {
    const rows = await this.graph.read<KeyedCount>(withFilter(statementsFor(parent).count, where), {
      ids,
      ...where?.params,
    });
    return new Map(rows.map(r => [r.key, r.n]));
  }
}
