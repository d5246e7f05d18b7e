import { boundedInt } from '../kg/bounded-int';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Directive, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { SLOW } from '../schema/cache-control.directive';
import { Actor } from '../schema/actor.type';
import { Graph, GraphNode } from '../schema/graph.type';
import { NeighborhoodArgs } from '../schema/traversal.args';
import type { RequestContext } from './context';
import { MAX_LIMIT_PER_HOP, NEIGHBORHOOD_MAX_HOPS, parseId, required } from './input';
import { selectionOf } from './selection';

@Resolver()
export class NeighborhoodQueryResolver {
  @Directive(SLOW)
  @Query(() => Graph, {
    description:
      "An actor's ego network for drawing. Hop k adds at most limitPerHop actors linked to hop k-1 " +
      '(by events in either direction or actor relations), those with the most such events first, ' +
      'so a hub stays cheap. Edges: all links among the returned actors, events aggregated per ' +
      'ordered pair. Empty for an unknown id.',
  })
  neighborhood(
    @Args(() => NeighborhoodArgs) args: NeighborhoodArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Graph> {
    return ctx.repos.traversal.neighborhood({
      id: parseId(args.id, 'id'),
      hops: boundedInt(args.hops, NEIGHBORHOOD_MAX_HOPS, 'hops'),
      limitPerHop: boundedInt(args.limitPerHop, MAX_LIMIT_PER_HOP, 'limitPerHop'),
      // the links among the actors cost most of the statement: read them only when asked for
      edges: selectionOf(info).some(f => f.name === 'edges'),
    });
  }
}

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => Actor)
  async actor(@Root() node: GraphNode, @Ctx() ctx: RequestContext): Promise<Actor> {
    return required(await ctx.loaders.actor.load(node.id), node.id);
  }
}
