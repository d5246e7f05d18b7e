import { GraphQLDate } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';
import { DatePrecision } from './domain.enum';
import { Event } from './event.type';
import { Evidence } from './evidence.type';

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description:
    'One actor recognizing a state or territory, derived from its CAMEO 054 "Grant diplomatic ' +
    'recognition" events (an office holder or government body acts for its country).',
})
export class Recognition {
  recognizerId!: string;
  recognizedId!: string;

  @Field(() => Actor)
  recognizer?: Actor;

  @Field(() => Actor)
  recognized?: Actor;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Date of the earliest recognition event; null when undated.',
  })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  sincePrecision!: DatePrecision | null;

  @Field(() => Event, { description: 'The earliest recognition event.' })
  event!: Event;

  @Field(() => [Evidence], {
    description: 'Evidence of every recognition event by this recognizer, earliest event first.',
  })
  evidence!: Evidence[];
}
