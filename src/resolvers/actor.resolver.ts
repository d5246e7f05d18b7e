import { GraphQLDate } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { readDay } from '../kg/dates';
import { Actor, Office } from '../schema/actor.type';
import { Article } from '../schema/article.type';
import { EventConnection, StatementConnection } from '../schema/connection.type';
import type { ConnectionShape, Page } from '../schema/connection.type';
import { prefetched } from '../graph/planner/prefetch';
import type { Event } from '../schema/event.type';
import { ActorEventsArgs, StatementPageArgs } from '../schema/query.args';
import { compileEventFilter, compileStatementFilter } from '../graph/filter';
import type { Statement } from '../schema/statement.type';
import type { RequestContext } from './context';
import { officeId } from './object-id';
import { required } from './input';

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => Actor, {
    nullable: true,
    description:
      "The country a person, organization, outlet or territory belongs to (a person's citizenship).",
  })
  country(
    @Root() actor: Actor,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    const planned = prefetched<Actor | null>(actor, info.path.key);
    if (planned !== undefined) {
      return Promise.resolve(planned.value);
    }
    return actor.countryId === null
      ? Promise.resolve(null)
      : ctx.loaders.actor.load(actor.countryId);
  }

  @FieldResolver(() => [Office], {
    description: 'Offices held (e.g. Kim Jong Un: leader of North Korea).',
  })
  async offices(@Root() actor: Actor, @Ctx() ctx: RequestContext): Promise<Office[]> {
    const offices = await ctx.loaders.offices.load(actor.id);
    return offices.map(o => ({ ...o, personId: actor.id }));
  }

  @FieldResolver(() => StatementConnection, { description: 'What this actor said, oldest first.' })
  async statements(
    @Root() actor: Actor,
    @Args(() => StatementPageArgs) page: StatementPageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Statement>> {
    return StatementConnection.from(
      prefetched<Page<Statement>>(actor, info.path.key)?.value ??
        (await ctx.loaders
          .statementPages('speaker', { ...page, where: compileStatementFilter(page.filter) })
          .load(actor.id)),
    );
  }

  @FieldResolver(() => EventConnection, {
    description: 'Events this actor took part in, oldest first.',
  })
  async events(
    @Root() actor: Actor,
    @Args(() => ActorEventsArgs) args: ActorEventsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Event>> {
    return EventConnection.from(
      prefetched<Page<Event>>(actor, info.path.key)?.value ??
        (await ctx.loaders
          .eventPages(args.role, { ...args, where: compileEventFilter(args.filter) })
          .load(actor.id)),
    );
  }

  @FieldResolver(() => [Actor], {
    description: 'Members of a group (e.g. hostile forces: the United States).',
  })
  members(@Root() actor: Actor, @Ctx() ctx: RequestContext): Promise<Actor[]> {
    return ctx.loaders.members.load(actor.id);
  }

  @FieldResolver(() => [Actor], { description: 'Groups this actor is counted in.' })
  memberOf(@Root() actor: Actor, @Ctx() ctx: RequestContext): Promise<Actor[]> {
    return ctx.loaders.groups.load(actor.id);
  }

  @FieldResolver(() => [Article], {
    description: 'Articles that mention this actor, newest first.',
  })
  mentionedIn(@Root() actor: Actor, @Ctx() ctx: RequestContext): Promise<Article[]> {
    return ctx.loaders.mentionedIn.load(actor.id);
  }
}

@Resolver(() => Office)
export class OfficeResolver {
  @FieldResolver(() => ID, { description: 'Stable: `person|country|role|since`.' })
  id(@Root() office: Office): string {
    return officeId(office);
  }

  // Stored days are read tolerantly (kg/dates.ts): an unreadable one is null, logged once.
  @FieldResolver(() => GraphQLDate, { nullable: true })
  since(@Root() office: Office): string | null {
    return readDay(`Office.since of ${office.title}`, office.since);
  }

  @FieldResolver(() => GraphQLDate, { nullable: true })
  until(@Root() office: Office): string | null {
    return readDay(`Office.until of ${office.title}`, office.until);
  }

  @FieldResolver(() => Actor)
  async country(@Root() office: Office, @Ctx() ctx: RequestContext): Promise<Actor> {
    return required(await ctx.loaders.actor.load(office.countryId), office.countryId);
  }
}

/** A non-null edge whose target vanished is a data fault, not a client error. */
