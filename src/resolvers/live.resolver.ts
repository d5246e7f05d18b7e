/**
 * The subscriptions (docs/live.md), served over graphql-ws on /graphql (src/server/subscriptions.ts).
 * Each reads the live bus of its own server instance (in the context, not a schema-wide PubSub, so two
 * instances in one process keep their buses apart) and resolves each message as a fresh request, with
 * DataLoaders shared by every subscription resolving the same message (live.context.ts).
 */
import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { Article } from '../schema/article.type';
import { Event } from '../schema/event.type';
import { ArticleIngested } from '../schema/live.type';
import type { ArticleIngestedMessage, EventAddedMessage } from '../kg/live-messages';
import type { LiveContext } from './live.context';
import { eventMatches, parseEventFilter } from './live-filter';
import { required } from './input';

interface EventAddedArgs {
  readonly actor?: string | null;
  readonly dyad?: readonly string[] | null;
}

@Resolver(() => ArticleIngested)
export class LiveResolver {
  @Subscription(() => ArticleIngested, {
    description:
      'Each article written to the graph for the first time, once its write has committed (re-ingesting ' +
      'a stored article publishes nothing). Over graphql-ws on /graphql; see docs/live.md.',
    subscribe: ({ context }: SubscribeResolverData<unknown, object, LiveContext>) =>
      context.live.subscribe('articleIngested'),
  })
  articleIngested(
    @Root() message: ArticleIngestedMessage,
    @Ctx() ctx: LiveContext,
  ): ArticleIngested {
    ctx.useLoadersOf(message);
    return Object.assign(new ArticleIngested(), {
      id: message.articleId,
      title: message.title,
      publishedAt: message.publishedAt,
      counts: { actors: message.actors, statements: message.statements, events: message.events },
    });
  }

  @Subscription(() => Event, {
    description:
      'Each new event, once its article has committed, filtered on the server: `actor` keeps the events ' +
      'it is the source or target of (a country: also those of its officials), `dyad` those between two ' +
      'actors in either direction; both together must both hold. The same Event type as queries.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, EventAddedArgs, LiveContext>) => {
      const filter = parseEventFilter(args.actor, args.dyad);
      return context.live.subscribe('eventAdded', m => eventMatches(m, filter));
    },
  })
  async eventAdded(
    @Root() message: EventAddedMessage,
    @Ctx() ctx: LiveContext,
    @Arg('actor', () => ID, { nullable: true }) _actor?: string,
    @Arg('dyad', () => [ID], { nullable: true }) _dyad?: string[],
  ): Promise<Event> {
    ctx.useLoadersOf(message);
    return required(await ctx.loaders.event.load(message.eventId), message.eventId);
  }

  @FieldResolver(() => Article)
  async article(@Root() ingested: ArticleIngested, @Ctx() ctx: LiveContext): Promise<Article> {
    return required(await ctx.loaders.article.load(ingested.id), ingested.id);
  }
}
