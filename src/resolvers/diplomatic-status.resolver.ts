import { Args, Ctx, Directive, Query, Resolver } from 'type-graphql';
import { SLOW } from '../schema/cache-control.directive';
import { DiplomaticStatusArgs } from '../schema/diplomacy.args';
import { DiplomaticStatus } from '../schema/diplomatic-status.type';
import { BadUserInputError } from '../errors/errors';
import type { RequestContext } from './context';
import { parseStateId, todayUtc } from './input';
import { dateString } from './input';
import { diplomaticStatusId } from './object-id';

@Resolver()
export class DiplomaticStatusResolver {
  @Directive(SLOW)
  @Query(() => DiplomaticStatus, {
    nullable: true,
    description:
      'The state of diplomatic ties between two states at a date (default today), derived from the ' +
      'events between them: the latest CAMEO 161 (SEVERED) or 054 (ACTIVE) up to that date decides; ' +
      'none gives UNKNOWN. Null when either id is unknown.',
  })
  async diplomaticStatus(
    @Args(() => DiplomaticStatusArgs) args: DiplomaticStatusArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<DiplomaticStatus | null> {
    const a = parseStateId(args.a, 'a');
    const b = parseStateId(args.b, 'b');
    if (a === b) {
      throw new BadUserInputError('b must differ from a', 'b');
    }
    const at = dateString(args.at) ?? todayUtc();
    const status = await ctx.repos.diplomacy.tiesBetween(a, b, at);
    return status === null ? null : { ...status, id: diplomaticStatusId(a, b, at) };
  }
}
