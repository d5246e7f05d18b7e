import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../schema/actor.type';
import { Event } from '../schema/event.type';
import { EventType } from '../schema/event-type.type';
import { Statement } from '../schema/statement.type';
import type { RequestContext } from '../server/context';
import { required } from './actor.resolver';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => EventType)
  async type(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<EventType> {
    return required(await ctx.loaders.eventType.load(e.typeCode), e.typeCode);
  }

  @FieldResolver(() => Actor)
  async source(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<Actor> {
    return required(await ctx.loaders.actor.load(e.sourceId), e.sourceId);
  }

  @FieldResolver(() => Actor)
  async target(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<Actor> {
    return required(await ctx.loaders.actor.load(e.targetId), e.targetId);
  }

  @FieldResolver(() => [Statement])
  statements(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<Statement[]> {
    return ctx.loaders.statementsOfEvent.load(e.id);
  }

  @FieldResolver(() => Event, { nullable: true })
  respondsTo(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return e.respondsToId === null ? Promise.resolve(null) : ctx.loaders.event.load(e.respondsToId);
  }
}
