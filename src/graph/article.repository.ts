import type { Article } from '../schema/article.type';
import type { Page } from '../schema/connection.type';
import type { Actor } from '../schema/actor.type';
import type { ActorKind } from '../schema/domain.enum';
import type { GraphClient } from './graph-client';
import { type PageRequest, type SortedRow, pageParams, pageStatement, toPage } from './paging';
import { keyed, type Keyed } from './keyed';
import { runPlan } from './planner/root.planner';
import { cachedPlanById } from './plan-cache';
import type { FieldSelection } from './planner/selection';
import {
  ACTORS_BY_ARTICLE_IDS,
  ARTICLES_BY_ACTOR_IDS,
  ARTICLES_BY_IDS,
  ARTICLES_COUNT,
  ARTICLES_PAGE,
} from './cypher/read.cypher';

export class ArticleRepository {
  constructor(
    private readonly graph: GraphClient,
    private readonly maxPageSize: number,
  ) {}

  /**
   * The article with this id and everything `selection` asks of it, in one statement (graph/planner); null
   * when the selection reads no relation, so a DataLoader batch over sibling root fields does as well.
   */
  byIdPlanned(id: string, selection: readonly FieldSelection[]): Promise<Article | null> | null {
    const plan = cachedPlanById<Article>('Article', id, selection, this.maxPageSize);
    return plan === null ? null : runPlan(this.graph, plan);
  }

  async byIds(ids: readonly string[]): Promise<Article[]> {
    const rows = await this.graph.read<{ row: Article }>(ARTICLES_BY_IDS, { ids });
    return rows.map(r => r.row);
  }

  async page(req: PageRequest): Promise<Page<Article>> {
    const p = pageParams(req, this.maxPageSize);
    const rows = await this.graph.read<SortedRow<Article>>(pageStatement(ARTICLES_PAGE, p), p);
    return toPage(rows, p, async () => {
      const [c] = await this.graph.read<{ n: number }>(ARTICLES_COUNT);
      return c?.n ?? 0;
    });
  }

  async actorsByArticleIds(
    ids: readonly string[],
    kind: ActorKind | null,
  ): Promise<Map<string, Actor[]>> {
    return keyed(await this.graph.read<Keyed<Actor>>(ACTORS_BY_ARTICLE_IDS, { ids, kind }));
  }

  async byActorIds(ids: readonly string[]): Promise<Map<string, Article[]>> {
    return keyed(await this.graph.read<Keyed<Article>>(ARTICLES_BY_ACTOR_IDS, { ids }));
  }
}
