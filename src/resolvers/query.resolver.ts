import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Directive, ID, Info, Query, Resolver } from 'type-graphql';
import { SLOW, STATIC } from '../schema/cache-control.directive';
import { Actor } from '../schema/actor.type';
import { Article } from '../schema/article.type';
import {
  ActorConnection,
  ArticleConnection,
  EventConnection,
  StatementConnection,
} from '../schema/connection.type';
import type { ConnectionShape } from '../schema/connection.type';
import { PageArgs } from '../schema/connection.args';
import { EventType } from '../schema/event-type.type';
import type { Event } from '../schema/event.type';
import type { Statement } from '../schema/statement.type';
import {
  ActorsArgs,
  OrderedEventPageArgs,
  RelationsBetweenArgs,
  StatementsArgs,
} from '../schema/query.args';
import type { RequestContext } from './context';
import { compileEventFilter, compileStatementFilter } from '../graph/filter';
import { compileEventOrder } from '../graph/order';
import { dateString, parseCameoRoot, parseId, parseIso3, parseOptionalId } from './input';
import { selectionOf } from './selection';

@Resolver()
export class QueryResolver {
  @Directive(SLOW)
  @Query(() => Article, { nullable: true, description: 'An article by id; null when unknown.' })
  article(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Article | null> {
    const key = parseId(id, 'id');
    return ctx.repos.articles.byIdPlanned(key, selectionOf(info)) ?? ctx.loaders.article.load(key);
  }

  @Directive(SLOW)
  @Query(() => ArticleConnection, { description: 'Articles, newest first.' })
  async articles(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Article>> {
    return ArticleConnection.from(await ctx.repos.articles.page(page));
  }

  @Directive(SLOW)
  @Query(() => Actor, {
    nullable: true,
    description: 'An actor by id (country:PRK, person:kim-jong-un...).',
  })
  actor(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    const key = parseId(id, 'id');
    return ctx.repos.actors.byIdPlanned(key, selectionOf(info)) ?? ctx.loaders.actor.load(key);
  }

  @Directive(SLOW)
  @Query(() => Actor, {
    nullable: true,
    description: 'A country by ISO 3166-1 alpha-3 code (case-insensitive).',
  })
  country(
    @Arg('iso3', () => String) iso3: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Actor | null> {
    return ctx.repos.actors.countryByIso3(parseIso3(iso3));
  }

  @Directive(SLOW)
  @Query(() => ActorConnection, {
    description: 'Actors by name, optionally of one kind or matching a search.',
  })
  async actors(
    @Args(() => ActorsArgs) args: ActorsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Actor>> {
    const search = args.search?.trim();
    return ActorConnection.from(
      await ctx.repos.actors.page(
        { kind: args.kind ?? null, search: search === '' ? null : (search ?? null) },
        args,
      ),
    );
  }

  @Directive(SLOW)
  @Query(() => StatementConnection, {
    description: 'Statements, oldest first, filtered by speaker, subject or article.',
  })
  async statements(
    @Args(() => StatementsArgs) args: StatementsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Statement>> {
    const filter = {
      speaker: parseOptionalId(args.speaker, 'speaker'),
      about: parseOptionalId(args.about, 'about'),
      article: parseOptionalId(args.article, 'article'),
    };
    return StatementConnection.from(
      await ctx.repos.statements.page(filter, {
        ...args,
        where: compileStatementFilter(args.filter),
      }),
    );
  }

  @Directive(SLOW)
  @Query(() => EventConnection, {
    description:
      'Events between two actors in both directions, oldest first (undated events first). For countries it ' +
      'includes events of the people holding office in them and their government bodies at the event date.',
  })
  async relationsBetween(
    @Args(() => RelationsBetweenArgs) args: RelationsBetweenArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Event>> {
    const filter = {
      a: parseId(args.a, 'a'),
      b: parseId(args.b, 'b'),
      from: dateString(args.from),
      to: dateString(args.to),
    };
    return EventConnection.from(
      await ctx.repos.events.relationsBetween(
        filter,
        {
          ...args,
          where: compileEventFilter(args.filter),
          order: compileEventOrder(args.orderBy),
        },
        selectionOf(info),
      ),
    );
  }

  @Directive(SLOW)
  @Query(() => EventConnection, {
    description:
      'All events, oldest first (undated first), narrowed by a filter (e.g. modality POSSIBLE).',
  })
  async events(
    @Args(() => OrderedEventPageArgs) args: OrderedEventPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Event>> {
    return EventConnection.from(
      await ctx.repos.events.page({
        ...args,
        where: compileEventFilter(args.filter),
        order: compileEventOrder(args.orderBy),
      }),
    );
  }

  @Directive(STATIC)
  @Query(() => [EventType], {
    description: 'CAMEO event types, optionally under one root code (01..20).',
  })
  eventTypes(
    @Arg('root', () => String, { nullable: true }) root: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<EventType[]> {
    return ctx.repos.events.types(parseCameoRoot(root));
  }
}
