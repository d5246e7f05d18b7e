import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Actor } from '../schema/actor.type';
import { Article } from '../schema/article.type';
import { EventConnection, StatementConnection } from '../schema/connection.type';
import type { ConnectionShape, Page } from '../schema/connection.type';
import { prefetched } from '../graph/planner/prefetch';
import { EventPageArgs, StatementPageArgs } from '../schema/query.args';
import { compileEventFilter, compileStatementFilter } from '../graph/filter';
import { ActorKind, DatePrecision } from '../schema/domain.enum';
import { GraphQLDateTime } from 'graphql-scalars';
import { readDateTime, readDateTimePrecision } from '../kg/dates';
import type { Event } from '../schema/event.type';
import type { Statement } from '../schema/statement.type';
import type { RequestContext } from './context';

@Resolver(() => Article)
export class ArticleResolver {
  /** Tolerant of stored values from before the canonical form: normalised, or null (kg/dates.ts). */
  @FieldResolver(() => GraphQLDateTime, { nullable: true })
  publishedAt(@Root() article: Article): string | null {
    return readDateTime(`Article.publishedAt of ${article.id}`, article.publishedAt);
  }

  @FieldResolver(() => DatePrecision, { nullable: true })
  publishedAtPrecision(@Root() article: Article): DatePrecision | null {
    return readDateTime(`Article.publishedAt of ${article.id}`, article.publishedAt) === null
      ? null
      : readDateTimePrecision(article.publishedAtPrecision, article.publishedAt);
  }

  @FieldResolver(() => [Actor], { description: 'Actors the article mentions, by name.' })
  actors(
    @Root() article: Article,
    @Arg('kind', () => ActorKind, { nullable: true }) kind: ActorKind | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor[]> {
    const planned = prefetched<Actor[]>(article, info.path.key);
    return planned !== undefined
      ? Promise.resolve(planned.value)
      : ctx.loaders.actorsOfArticle(kind ?? null).load(article.id);
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Statements in the article, by date (undated first), then by position.',
  })
  async statements(
    @Root() article: Article,
    @Args(() => StatementPageArgs) page: StatementPageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Statement>> {
    return StatementConnection.from(
      prefetched<Page<Statement>>(article, info.path.key)?.value ??
        (await ctx.loaders
          .statementPages('article', { ...page, where: compileStatementFilter(page.filter) })
          .load(article.id)),
    );
  }

  @FieldResolver(() => EventConnection, {
    description: 'Events the article reports, oldest first.',
  })
  async events(
    @Root() article: Article,
    @Args(() => EventPageArgs) page: EventPageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Event>> {
    return EventConnection.from(
      prefetched<Page<Event>>(article, info.path.key)?.value ??
        (await ctx.loaders
          .eventPages('article', { ...page, where: compileEventFilter(page.filter) })
          .load(article.id)),
    );
  }
}
