import { GraphQLDate } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';

export enum Interval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

export enum ActorMetric {
  MOST_QUOTED = 'MOST_QUOTED',
  MOST_MENTIONED = 'MOST_MENTIONED',
  MOST_COOPERATIVE_PARTNERS = 'MOST_COOPERATIVE_PARTNERS',
  MOST_CONFLICTUAL_PARTNERS = 'MOST_CONFLICTUAL_PARTNERS',
}

registerEnumType(Interval, {
  name: 'Interval',
  description: 'Bucket size of a time series (WEEK starts on Monday).',
});
registerEnumType(ActorMetric, {
  name: 'ActorMetric',
  description:
    'MOST_QUOTED: statements spoken. MOST_MENTIONED: articles mentioning the actor (value: mentions). ' +
    'MOST_COOPERATIVE_PARTNERS / MOST_CONFLICTUAL_PARTNERS of `of`: Goldstein sum of the events between them.',
});

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'One bucket of a dyad time series (GDELT-style cooperation/conflict measures).',
})
export class TimelineBucket {
  @Field(() => ID, {
    description:
      'Stable: `a|b|direction|interval|modalities|start`, every argument that changes the bucket.',
  })
  id!: string;

  @Field(() => GraphQLDate, { description: 'First day of the bucket.' })
  start!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  verbalCooperation!: number;

  @Field(() => Int)
  materialCooperation!: number;

  @Field(() => Int)
  verbalConflict!: number;

  @Field(() => Int)
  materialConflict!: number;

  @Field(() => Float, {
    description: 'Sum of the Goldstein scores of the events (0 for an empty bucket).',
  })
  goldsteinSum!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean Goldstein score; null for an empty bucket.',
  })
  goldsteinMean!: number | null;
}

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'An actor with its rank and the value it was ranked by.',
})
export class RankedActor {
  @Field(() => Int, { description: '1 for the first.' })
  rank!: number;

  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Float)
  value!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Events behind a partner value; articles behind MOST_MENTIONED; null for MOST_QUOTED.',
  })
  support!: number | null;
}
