import { GraphQLDate } from 'graphql-scalars';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';
import { DatePrecision, Modality } from './domain.enum';
import { EventType } from './event-type.type';
import { Evidence } from './evidence.type';
import { Statement } from './statement.type';

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'Something one actor did to another, coded with CAMEO (GDELT conventions).',
})
export class Event {
  @Field(() => ID)
  id!: string;

  typeCode!: string;
  sourceId!: string;
  targetId!: string;
  respondsToId!: string | null;

  @Field(() => EventType)
  type?: EventType;

  @Field(() => Actor)
  source?: Actor;

  @Field(() => Actor)
  target?: Actor;

  @Field(() => GraphQLDate, { nullable: true, description: 'When it happened; null when unknown.' })
  date!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision!: DatePrecision | null;

  @Field(() => Boolean, {
    description: 'True when the date was inferred rather than stated in the article.',
  })
  dateInferred!: boolean;

  @Field(() => Modality)
  modality!: Modality;

  @Field(() => String)
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What produced it: `manual` for curated facts, else the extractor and its version ' +
      '(`newsgraph-rules/0.5.0`). Null only for facts stored before provenance was recorded.',
  })
  extractor!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The producer's confidence in [0, 1] (1 for curated facts). Rule confidences are calibrated on " +
      'the evaluation articles (`npm run eval` prints precision per confidence band).',
  })
  confidence!: number | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field(() => [Statement], { description: 'Statements that are evidence for this event.' })
  statements?: Statement[];

  @Field(() => Event, {
    nullable: true,
    description: 'The event this one responds to (e.g. a retaliation).',
  })
  respondsTo?: Event | null;
}
