import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ActorMetric, Interval } from './analytics.type';
import { ActorKind, Modality } from './domain.enum';

@ArgsType()
export class DyadTimelineArgs {
  @Field(() => ID)
  a!: string;

  @Field(() => ID)
  b!: string;

  @Field(() => Interval)
  interval: Interval = Interval.MONTH;

  @Field(() => Boolean, {
    description: 'true: only events from a (and its officials) to b; false: both ways.',
  })
  directed: boolean = false;

  @Field(() => GraphQLDate, { nullable: true })
  from?: Date;

  @Field(() => GraphQLDate, { nullable: true })
  to?: Date;

  @Field(() => [Modality], {
    description: 'Modalities counted; HISTORICAL, POSSIBLE and PLANNED are left out unless listed.',
  })
  modalities: Modality[] = [Modality.ASSERTED, Modality.REPORTED];

  @Field(() => Boolean, {
    description: 'Include empty buckets between the first and last (or from/to).',
  })
  fillGaps: boolean = true;
}

@ArgsType()
export class TopActorsArgs {
  @Field(() => ActorMetric)
  by!: ActorMetric;

  @Field(() => ID, {
    nullable: true,
    description: 'The actor whose partners are ranked (partner metrics).',
  })
  of?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only count what this article says or mentions.',
  })
  article?: string;

  @Field(() => ActorKind, { nullable: true, description: 'Only rank actors of this kind.' })
  kind?: ActorKind;

  @Field(() => Int, { description: '1 to MAX_PAGE_SIZE; default 10.' })
  first: number = 10;

  @Field(() => [Modality], { description: 'Modalities counted by partner metrics.' })
  modalities: Modality[] = [Modality.ASSERTED, Modality.REPORTED];
}
