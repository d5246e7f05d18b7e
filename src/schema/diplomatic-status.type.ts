import { GraphQLDate } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { DatePrecision } from './domain.enum';
import { Event } from './event.type';

export enum TiesStatus {
  ACTIVE = 'ACTIVE',
  SEVERED = 'SEVERED',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(TiesStatus, {
  name: 'TiesStatus',
  description:
    'State of diplomatic ties: ACTIVE (established or restored: CAMEO 054), SEVERED (reduced or broken: ' +
    'CAMEO 161), UNKNOWN (no such event up to the date: no evidence either way, not a sign of ties).',
});

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description:
    'Diplomatic ties between two states at a date, derived from the events between them (and between ' +
    'the people holding office in them at the time).',
})
export class DiplomaticStatus {
  @Field(() => ID, { description: 'Stable: `a|b|at`.' })
  id!: string;

  @Field(() => TiesStatus)
  status!: TiesStatus;

  @Field(() => GraphQLDate, { description: 'The date the status holds at.' })
  at!: string;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'When the status began: the date of basedOn (null when UNKNOWN).',
  })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  sincePrecision!: DatePrecision | null;

  @Field(() => Event, {
    nullable: true,
    description:
      'The event that put the ties in this status, with its evidence (null when UNKNOWN).',
  })
  basedOn!: Event | null;
}
