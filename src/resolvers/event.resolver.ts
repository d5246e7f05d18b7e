import { GraphQLDate } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Float, ID, Info, Resolver, Root } from 'type-graphql';
import { DAY_PRECISIONS, readDay, readEnum, readNumber } from '../kg/dates';
import { DatePrecision, Modality } from '../schema/domain.enum';
import { Actor } from '../schema/actor.type';
import { Event } from '../schema/event.type';
import { EventType } from '../schema/event-type.type';
import { Statement } from '../schema/statement.type';
import { Sourcing } from '../schema/sourcing.type';
import { Article } from '../schema/article.type';
import type { RequestContext } from './context';
import { sourcingId } from './object-id';
import { plannedOr, requiredPlannedOr } from './planned';

/** What an unreadable stored modality reads as (the field is non-null); reported once in the log. */
const UNREADABLE_MODALITY = Modality.ASSERTED;
import { required } from './input';

@Resolver(() => Event)
export class EventResolver {
  // Stored values are read tolerantly: one that does not fit its scalar or enum reads as null (logged
  // once) instead of failing the query (kg/dates.ts).
  @FieldResolver(() => GraphQLDate, {
    nullable: true,
    description: 'When it happened; null when unknown.',
  })
  date(@Root() e: Event): string | null {
    return readDay(`Event.date of ${e.id}`, e.date);
  }

  @FieldResolver(() => DatePrecision, { nullable: true })
  datePrecision(@Root() e: Event): DatePrecision | null {
    return readDay(`Event.date of ${e.id}`, e.date) === null
      ? null
      : readEnum(`Event.datePrecision of ${e.id}`, DAY_PRECISIONS, e.datePrecision);
  }

  @FieldResolver(() => Modality)
  modality(@Root() e: Event): Modality {
    return (
      readEnum(`Event.modality of ${e.id}`, Object.values(Modality), e.modality) ??
      UNREADABLE_MODALITY
    );
  }

  @FieldResolver(() => Float, { nullable: true })
  confidence(@Root() e: Event): number | null {
    return readNumber(`Event.confidence of ${e.id}`, e.confidence);
  }

  @FieldResolver(() => EventType)
  type(
    @Root() e: Event,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): EventType | Promise<EventType> {
    return requiredPlannedOr(e, info, `type of ${e.id}`, () =>
      ctx.loaders.eventType.load(e.typeCode),
    );
  }

  @FieldResolver(() => Actor)
  source(
    @Root() e: Event,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor | Promise<Actor> {
    return requiredPlannedOr(e, info, `source of ${e.id}`, () =>
      ctx.loaders.actor.load(e.sourceId),
    );
  }

  @FieldResolver(() => Actor)
  target(
    @Root() e: Event,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Actor | Promise<Actor> {
    return requiredPlannedOr(e, info, `target of ${e.id}`, () =>
      ctx.loaders.actor.load(e.targetId),
    );
  }

  @FieldResolver(() => [Statement])
  statements(
    @Root() e: Event,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Statement[] | Promise<Statement[]> {
    return plannedOr(e, info, () => ctx.loaders.statementsOfEvent.load(e.id));
  }

  @FieldResolver(() => Sourcing, { description: 'How well sourced the event is.' })
  async sourcing(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<Sourcing> {
    const sourcing = required(await ctx.loaders.sourcing.load(e.id), e.id);
    return { ...sourcing, eventId: e.id };
  }

  @FieldResolver(() => Event, { nullable: true })
  respondsTo(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return e.respondsToId === null ? Promise.resolve(null) : ctx.loaders.event.load(e.respondsToId);
  }
}

@Resolver(() => EventType)
export class EventTypeResolver {
  @FieldResolver(() => ID, { description: 'The CAMEO code (stable, the same as `code`).' })
  id(@Root() t: EventType): string {
    return t.code;
  }
}

@Resolver(() => Sourcing)
export class SourcingResolver {
  @FieldResolver(() => ID, { description: "The event's id: one sourcing per event." })
  id(@Root() s: Sourcing): string {
    return sourcingId(s.eventId);
  }

  @FieldResolver(() => [Article])
  async articles(@Root() s: Sourcing, @Ctx() ctx: RequestContext): Promise<Article[]> {
    const rows = await ctx.loaders.article.loadMany(s.articleIds);
    return rows.filter((a): a is Article => a !== null && !(a instanceof Error));
  }

  @FieldResolver(() => [Actor])
  async outlets(@Root() s: Sourcing, @Ctx() ctx: RequestContext): Promise<Actor[]> {
    const rows = await ctx.loaders.actor.loadMany(s.outletIds);
    return rows.filter((a): a is Actor => a !== null && !(a instanceof Error));
  }
}
