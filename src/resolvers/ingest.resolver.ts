import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Article } from '../schema/article.type';
import { IngestArticleInput, IngestResult } from '../schema/ingest.type';
import { requireWriter } from './access';
import type { RequestContext } from './context';
import { required } from './input';

@Resolver(() => IngestResult)
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      'Extracts actors, statements and events from an article and writes them in one transaction (MERGE on ' +
      'stable ids: ingesting the same text again changes nothing). Needs Authorization: Bearer <writer token>. ' +
      'The article is parsed by the language service (CoreNLP): while it is down the answer is ' +
      'SERVICE_UNAVAILABLE, and while its queue is full SERVICE_BUSY (HTTP 429 with Retry-After, ' +
      'extensions.retryAfter in seconds); either way nothing is written.',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput) input: IngestArticleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IngestResult> {
    requireWriter(ctx.principal, ctx.writesEnabled);
    const outcome = await ctx.ingest.ingest(input);
    return Object.assign(new IngestResult(), outcome);
  }

  @FieldResolver(() => Article)
  async article(@Root() result: IngestResult, @Ctx() ctx: RequestContext): Promise<Article> {
    return required(await ctx.loaders.article.load(result.articleId), result.articleId);
  }
}
