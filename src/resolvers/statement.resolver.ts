import { GraphQLDate } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Float, ID, Info, Resolver, Root } from 'type-graphql';
import { DAY_PRECISIONS, readDay, readEnum, readNumber } from '../kg/dates';
import { DatePrecision } from '../schema/domain.enum';
import { Actor } from '../schema/actor.type';
import { Article } from '../schema/article.type';
import { Evidence } from '../schema/evidence.type';
import { Statement } from '../schema/statement.type';
import type { RequestContext } from './context';
import { evidenceId } from './object-id';
import { plannedOr, requiredPlannedOr } from './planned';

async function actorsOf(ids: readonly string[], ctx: RequestContext): Promise<Actor[]> {
  const actors = await ctx.loaders.actor.loadMany(ids);
  return actors.filter((a): a is Actor => a !== null && !(a instanceof Error));
}

@Resolver(() => Statement)
export class StatementResolver {
  // Stored values are read tolerantly (kg/dates.ts): unreadable ones are null, logged once.
  @FieldResolver(() => GraphQLDate, { nullable: true })
  date(@Root() s: Statement): string | null {
    return readDay(`Statement.date of ${s.id}`, s.date);
  }

  @FieldResolver(() => DatePrecision, { nullable: true })
  datePrecision(@Root() s: Statement): DatePrecision | null {
    return readDay(`Statement.date of ${s.id}`, s.date) === null
      ? null
      : readEnum(`Statement.datePrecision of ${s.id}`, DAY_PRECISIONS, s.datePrecision);
  }

  @FieldResolver(() => Float, { nullable: true })
  confidence(@Root() s: Statement): number | null {
    return readNumber(`Statement.confidence of ${s.id}`, s.confidence);
  }

  @FieldResolver(() => Actor)
  speaker(
    @Root() s: Statement,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor | Promise<Actor> {
    return requiredPlannedOr(s, info, `speaker of ${s.id}`, () =>
      ctx.loaders.actor.load(s.speakerId),
    );
  }

  @FieldResolver(() => Actor, { nullable: true })
  reportedBy(
    @Root() s: Statement,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor | null | Promise<Actor | null> {
    return plannedOr(s, info, () =>
      s.reportedById === null ? Promise.resolve(null) : ctx.loaders.actor.load(s.reportedById),
    );
  }

  @FieldResolver(() => [Actor])
  addressees(
    @Root() s: Statement,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor[] | Promise<Actor[]> {
    return plannedOr(s, info, () => actorsOf(s.addresseeIds, ctx));
  }

  @FieldResolver(() => [Actor])
  about(
    @Root() s: Statement,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor[] | Promise<Actor[]> {
    return plannedOr(s, info, () => actorsOf(s.aboutIds, ctx));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => ID, { description: 'Stable: `article|start-end`.' })
  id(@Root() e: Evidence): string {
    return evidenceId(e);
  }

  @FieldResolver(() => Article)
  article(
    @Root() e: Evidence,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Article | Promise<Article> {
    return requiredPlannedOr(e, info, e.articleId, () => ctx.loaders.article.load(e.articleId));
  }
}
