import type { Page } from '../schema/connection.type';
import type { Statement } from '../schema/statement.type';
import type { GraphClient } from './graph-client';
import { type CompiledFilter, withFilter } from './filter';
import { type PageRequest, type SortedRow, pageParams, pageStatement, toPage } from './paging';
import { keyed, keyedPages, type Keyed, type KeyedCount, type KeyedPageRow } from './keyed';
import {
  STATEMENTS_BY_ARTICLE,
  STATEMENTS_BY_EVENT_IDS,
  STATEMENTS_BY_SPEAKER,
  STATEMENTS_COUNT,
  STATEMENTS_PAGE,
} from './cypher/read.cypher';
import type { KeysetPage } from './cypher/read.cypher';

export interface StatementScope {
  readonly speaker: string | null;
  readonly about: string | null;
  readonly article: string | null;
}

/** Which parent a batched statement list hangs off. */
export type StatementParent = 'speaker' | 'article';

const BY_PARENT = {
  speaker: STATEMENTS_BY_SPEAKER,
  article: STATEMENTS_BY_ARTICLE,
} as const satisfies Record<StatementParent, { page: KeysetPage; count: string }>;

export class StatementRepository {
  constructor(
    private readonly graph: GraphClient,
    private readonly maxPageSize: number,
  ) {}

  async page(scope: StatementScope, req: PageRequest): Promise<Page<Statement>> {
    const p = pageParams(req, this.maxPageSize);
    const where = req.where ?? null;
    const params = { ...scope, ...where?.params };
    const rows = await this.graph.read<SortedRow<Statement>>(
      withFilter(pageStatement(STATEMENTS_PAGE, p), where),
      { ...params, ...p },
    );
    return toPage(rows, p, async () => {
      const [c] = await this.graph.read<{ n: number }>(withFilter(STATEMENTS_COUNT, where), params);
      return c?.n ?? 0;
    });
  }

  async byEventIds(ids: readonly string[]): Promise<Map<string, Statement[]>> {
    return keyed(await this.graph.read<Keyed<Statement>>(STATEMENTS_BY_EVENT_IDS, { ids }));
  }

  /** One page per parent id, in one statement. */
  async pagesByParent(
    parent: StatementParent,
    ids: readonly string[],
    req: PageRequest,
    count: (key: string) => Promise<number>,
  ): Promise<Map<string, Page<Statement>>> {
    const p = pageParams(req, this.maxPageSize);
    const where = req.where ?? null;
    const rows = await this.graph.read<KeyedPageRow<Statement>>(
      withFilter(pageStatement(BY_PARENT[parent].page, p), where),
      { ids, ...where?.params, ...p },
    );
    return keyedPages(rows, p, count);
  }

  async countsByParent(
    parent: StatementParent,
    ids: readonly string[],
    where: CompiledFilter | null,
  ): Promise<Map<string, number>> {
    const rows = await this.graph.read<KeyedCount>(withFilter(BY_PARENT[parent].count, where), {
      ids,
      ...where?.params,
    });
    return new Map(rows.map(r => [r.key, r.n]));
  }
}
