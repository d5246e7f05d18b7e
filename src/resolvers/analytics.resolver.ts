import { Args, Ctx, Directive, Query, Resolver } from 'type-graphql';
import { SLOW } from '../schema/cache-control.directive';
import { RankedActor, TimelineBucket } from '../schema/analytics.type';
import { DyadTimelineArgs, TopActorsArgs } from '../schema/analytics.args';
import type { RequestContext } from './context';
import { BadUserInputError } from '../errors/errors';
import { boundedInt } from '../kg/bounded-int';
import { dateString, parseId, parseOptionalId } from './input';
import { timelineBucketId } from './object-id';

@Resolver()
export class AnalyticsResolver {
  @Directive(SLOW)
  @Query(() => [TimelineBucket], {
    description:
      'Cooperation/conflict time series of a dyad: per bucket, event count, count per quad class, Goldstein sum ' +
      'and mean. Undated events are left out; an event dated to a month or year counts at its first day. ' +
      'Country dyads include their officials and government bodies, as relationsBetween does.',
  })
  async dyadTimeline(
    @Args(() => DyadTimelineArgs) args: DyadTimelineArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<TimelineBucket[]> {
    if (args.modalities.length === 0) {
      throw new BadUserInputError('modalities must list at least one modality', 'modalities');
    }
    const query = {
      a: parseId(args.a, 'a'),
      b: parseId(args.b, 'b'),
      directed: args.directed,
      interval: args.interval,
      from: dateString(args.from),
      to: dateString(args.to),
      modalities: args.modalities,
      fillGaps: args.fillGaps,
    };
    const buckets = await ctx.repos.analytics.dyadTimeline(query);
    return buckets.map(b => ({ ...b, id: timelineBucketId(query, b.start) }));
  }

  @Directive(SLOW)
  @Query(() => [RankedActor], { description: 'Actors ranked by an aggregate (see ActorMetric).' })
  topActors(
    @Args(() => TopActorsArgs) args: TopActorsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RankedActor[]> {
    boundedInt(args.first, ctx.maxPageSize, 'first');
    return ctx.repos.analytics.topActors(args.by, {
      of: parseOptionalId(args.of, 'of'),
      article: parseOptionalId(args.article, 'article'),
      kind: args.kind ?? null,
      first: args.first,
      modalities: args.modalities,
    });
  }
}
