import { MaxLength } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from './connection.args';
import { ActorKind, EventRole } from './domain.enum';
import { EventFilter, StatementFilter } from './filter.input';
import { EventOrder } from './order.input';

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKind;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive substring of the name or an alias.',
  })
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class StatementPageArgs extends PageArgs {
  @Field(() => StatementFilter, { nullable: true })
  filter?: StatementFilter;
}

@ArgsType()
export class EventPageArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true })
  filter?: EventFilter;
}

@ArgsType()
export class OrderedEventPageArgs extends EventPageArgs {
  @Field(() => [EventOrder], {
    nullable: true,
    description: 'Multi-key order (at most 3 keys); default: by date, oldest first.',
  })
  orderBy?: EventOrder[];
}

@ArgsType()
export class StatementsArgs extends StatementPageArgs {
  @Field(() => ID, { nullable: true, description: 'Only statements by this actor.' })
  speaker?: string;

  @Field(() => ID, { nullable: true, description: 'Only statements about this actor.' })
  about?: string;

  @Field(() => ID, { nullable: true, description: 'Only statements from this article.' })
  article?: string;
}

@ArgsType()
export class RelationsBetweenArgs extends OrderedEventPageArgs {
  @Field(() => ID)
  a!: string;

  @Field(() => ID)
  b!: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only events on or after this date.' })
  from?: Date;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only events on or before this date.' })
  to?: Date;
}

@ArgsType()
export class ActorEventsArgs extends EventPageArgs {
  @Field(() => EventRole, {
    description: 'SOURCE: events by the actor; TARGET: events aimed at it; ANY: both.',
  })
  role: EventRole = EventRole.ANY;
}
