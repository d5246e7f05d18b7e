import type { Page } from '../schema/connection.type';
import type { Statement } from '../schema/statement.type';
import type { GraphClient } from './graph-client';
import { type PageRequest, type SortedRow, pageParams, toPage } from './paging';
import { keyed, keyedPages, type Keyed, type KeyedCount, type KeyedPageRow } from './keyed';
import {
  STATEMENTS_BY_ARTICLE,
  STATEMENTS_BY_EVENT_IDS,
  STATEMENTS_BY_SPEAKER,
  STATEMENTS_COUNT,
  STATEMENTS_PAGE,
} from './cypher/read.cypher';

export interface StatementFilter {
  readonly speaker: string | null;
  readonly about: string | null;
  readonly article: string | null;
}

/** Which parent a batched statement list hangs off. */
export type StatementParent = 'speaker' | 'article';

const BY_PARENT = {
  speaker: STATEMENTS_BY_SPEAKER,
  article: STATEMENTS_BY_ARTICLE,
} as const satisfies Record<StatementParent, { page: string; count: string }>;

export class StatementRepository {
  constructor(
    private readonly graph: GraphClient,
    private readonly maxPageSize: number,
  ) {}

  async page(filter: StatementFilter, req: PageRequest): Promise<Page<Statement>> {
    const rows = await this.graph.read<SortedRow<Statement>>(STATEMENTS_PAGE, {
      ...filter,
      ...pageParams(req, this.maxPageSize),
    });
    return toPage(rows, req.first, async () => {
      const [c] = await this.graph.read<{ n: number }>(STATEMENTS_COUNT, filter);
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
    const rows = await this.graph.read<KeyedPageRow<Statement>>(BY_PARENT[parent].page, {
      ids,
      ...pageParams(req, this.maxPageSize),
    });
    return keyedPages(rows, req.first, count);
  }

  async countsByParent(
    parent: StatementParent,
    ids: readonly string[],
  ): Promise<Map<string, number>> {
    const rows = await this.graph.read<KeyedCount>(BY_PARENT[parent].count, { ids });
    return new Map(rows.map(r => [r.key, r.n]));
  }
}
