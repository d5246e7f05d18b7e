import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Actor } from '../schema/actor.type';
import { Article } from '../schema/article.type';
import { Evidence } from '../schema/evidence.type';
import { Statement } from '../schema/statement.type';
import type { RequestContext } from '../server/context';
import { required } from './actor.resolver';
import { evidenceId } from './object-id';

async function actorsOf(ids: readonly string[], ctx: RequestContext): Promise<Actor[]> {
  const actors = await ctx.loaders.actor.loadMany(ids);
  return actors.filter((a): a is Actor => a !== null && !(a instanceof Error));
}

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Actor)
  async speaker(@Root() s: Statement, @Ctx() ctx: RequestContext): Promise<Actor> {
    return required(await ctx.loaders.actor.load(s.speakerId), s.speakerId);
  }

  @FieldResolver(() => Actor, { nullable: true })
  reportedBy(@Root() s: Statement, @Ctx() ctx: RequestContext): Promise<Actor | null> {
    return s.reportedById === null ? Promise.resolve(null) : ctx.loaders.actor.load(s.reportedById);
  }

  @FieldResolver(() => [Actor])
  addressees(@Root() s: Statement, @Ctx() ctx: RequestContext): Promise<Actor[]> {
    return actorsOf(s.addresseeIds, ctx);
  }

  @FieldResolver(() => [Actor])
  about(@Root() s: Statement, @Ctx() ctx: RequestContext): Promise<Actor[]> {
    return actorsOf(s.aboutIds, ctx);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => ID, { description: 'Stable: `article|start-end`.' })
  id(@Root() e: Evidence): string {
    return evidenceId(e);
  }

  @FieldResolver(() => Article)
  async article(@Root() e: Evidence, @Ctx() ctx: RequestContext): Promise<Article> {
    return required(await ctx.loaders.article.load(e.articleId), e.articleId);
  }
}
