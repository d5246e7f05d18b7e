import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';
import { Event } from './event.type';
import { LinkKind, StepDirection } from './link.enum';

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'One step of a path: an event or an actor relation between two actors.',
})
export class PathStep {
  fromId!: string;
  toId!: string;
  eventId!: string | null;

  @Field(() => Actor, { description: 'The actor this step leaves (nearer the start of the path).' })
  from?: Actor;

  @Field(() => Actor, { description: 'The actor this step reaches.' })
  to?: Actor;

  @Field(() => LinkKind)
  kind!: LinkKind;

  @Field(() => StepDirection)
  direction!: StepDirection;

  @Field(() => Event, {
    nullable: true,
    description: 'The event of an EVENT step, with its type and evidence; null for relations.',
  })
  event?: Event | null;
}

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'A connection between two actors, step by step.',
})
export class Path {
  @Field(() => Int, { description: 'The number of steps.' })
  length!: number;

  @Field(() => [PathStep])
  steps!: PathStep[];

  @Field(() => [Actor], {
    description: 'The actors along the path, from start to end (length + 1).',
  })
  actors?: Actor[];
}
