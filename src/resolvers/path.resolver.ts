import { boundedInt } from '../kg/bounded-int';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Directive, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { SLOW } from '../schema/cache-control.directive';
import { Actor } from '../schema/actor.type';
import { Event } from '../schema/event.type';
import { Path, PathStep } from '../schema/path.type';
import { AllShortestPathsArgs, PathArgs } from '../schema/traversal.args';
import type { PathQuery } from '../graph/traversal.repository';
import { type PathPlan, planPath } from '../graph/planner/path.planner';
import { BadUserInputError } from '../errors/errors';
import type { RequestContext } from './context';
import { pathId, pathStepId } from './object-id';
import { plannedOr, requiredPlannedOr } from './planned';
import { selectionOf } from './selection';
import { MAX_PATHS, PATH_MAX_HOPS, parseDateWindow, parseId, parseVia, required } from './input';

function pathQuery(args: PathArgs): PathQuery {
  const from = parseId(args.from, 'from');
  const to = parseId(args.to, 'to');
  if (from === to) {
    throw new BadUserInputError('to must differ from from', 'to');
  }
  return {
    from,
    to,
    maxHops: boundedInt(args.maxHops, PATH_MAX_HOPS, 'maxHops'),
    via: parseVia(args.via),
    ...parseDateWindow(args.since, args.until),
  };
}

/** The actors and events the request selects on the paths, read by the path statement itself. */
function plan(info: GraphQLResolveInfo, ctx: RequestContext): PathPlan {
  return planPath(selectionOf(info), ctx.maxPageSize);
}

const STEP_RULES =
  'A step is an event (either direction) or an actor relation (OF_COUNTRY, PART_OF, HAS_MEMBER, ' +
  'HOLDS_OFFICE, SUCCEEDS). ';

@Resolver()
export class PathQueryResolver {
  @Directive(SLOW)
  @Query(() => Path, {
    nullable: true,
    description:
      'The shortest connection between two actors within maxHops steps; null when an id is unknown or ' +
      'no path is that short. ' +
      STEP_RULES +
      'Among equally short paths it prefers events to relations and later events to earlier ones.',
  })
  async path(
    @Args(() => PathArgs) args: PathArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path | null> {
    const [first] = await ctx.repos.traversal.shortestPaths(pathQuery(args), 1, plan(info, ctx));
    return first ?? null;
  }

  @Directive(SLOW)
  @Query(() => [Path], {
    description:
      'Every shortest connection between two actors within maxHops steps, at most `limit` of them in ' +
      'the order `path` prefers; events between the same two actors make separate paths. ' +
      STEP_RULES +
      '[] when an id is unknown or no path is that short.',
  })
  allShortestPaths(
    @Args(() => AllShortestPathsArgs) args: AllShortestPathsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path[]> {
    const query = pathQuery(args);
    const limit = boundedInt(args.limit, MAX_PATHS, 'limit');
    return ctx.repos.traversal.shortestPaths(query, limit, plan(info, ctx));
  }
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => ID, { description: 'Stable: the ids of its steps, joined by ` > `.' })
  id(@Root() path: Path): string {
    return pathId(path.steps);
  }

  @FieldResolver(() => [Actor])
  actors(
    @Root() path: Path,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor[] | Promise<Actor[]> {
    const ids = [path.steps[0]?.fromId ?? '', ...path.steps.map(s => s.toId)];
    const actors = plannedOr<(Actor | Error | null)[]>(path, info, () =>
      ctx.loaders.actor.loadMany(ids),
    );
    const check = (list: (Actor | Error | null)[]): Actor[] =>
      list.map((a, i) => required(a instanceof Error ? null : a, ids[i] ?? ''));
    return Array.isArray(actors) ? check(actors) : actors.then(check);
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => ID, { description: 'Stable: `from|kind|direction|event|to`.' })
  id(@Root() step: PathStep): string {
    return pathStepId(step);
  }

  @FieldResolver(() => Actor)
  from(
    @Root() step: PathStep,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor | Promise<Actor> {
    return requiredPlannedOr(step, info, step.fromId, () => ctx.loaders.actor.load(step.fromId));
  }

  @FieldResolver(() => Actor)
  to(
    @Root() step: PathStep,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor | Promise<Actor> {
    return requiredPlannedOr(step, info, step.toId, () => ctx.loaders.actor.load(step.toId));
  }

  @FieldResolver(() => Event, { nullable: true })
  event(
    @Root() step: PathStep,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Event | null | Promise<Event | null> {
    const id = step.eventId;
    if (id === null) {
      return null;
    }
    return requiredPlannedOr(step, info, id, () => ctx.loaders.event.load(id));
  }
}
