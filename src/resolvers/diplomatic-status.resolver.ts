import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { DiplomaticStatusArgs } from '../schema/diplomacy.args';
import { DiplomaticStatus } from '../schema/diplomatic-status.type';
import { BadUserInputError } from '../server/errors';
import type { RequestContext } from '../server/context';
import { parseStateId, todayUtc } from './analyst-input';
import { dateString } from './input';

@Resolver()
export class DiplomaticStatusResolver {
  @Query(() => DiplomaticStatus, {
    nullable: true,
    description:
      'The state of diplomatic ties between two states at a date (default today), derived from the ' +
      'events between them: the latest CAMEO 161 (SEVERED) or 054 (ACTIVE) up to that date decides; ' +
      'none gives UNKNOWN. Null when either id is unknown.',
  })
  diplomaticStatus(
    @Args(() => DiplomaticStatusArgs) args: DiplomaticStatusArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<DiplomaticStatus | null> {
    const a = parseStateId(args.a, 'a');
    const b = parseStateId(args.b, 'b');
    if (a === b) {
      throw new BadUserInputError('b must differ from a', 'b');
    }
    return ctx.repos.diplomacy.tiesBetween(a, b, dateString(args.at) ?? todayUtc());
  }
}
