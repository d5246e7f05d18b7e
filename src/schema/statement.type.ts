import { GraphQLDate } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';
import { DatePrecision } from './domain.enum';
import { Evidence } from './evidence.type';

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'Something an actor said: a verbatim quotation or reported speech.',
})
export class Statement {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'The words as they stand in the article (the evidence text).',
  })
  text!: string;

  @Field(() => Boolean, {
    description: 'True for a verbatim quotation, false for reported speech.',
  })
  direct!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The reporting verb: stated, claimed, projected...',
  })
  reportingVerb!: string | null;

  @Field(() => Int, {
    description: 'Stance toward what it is about: -1 negative, 0 neutral, +1 positive.',
  })
  stance!: number;

  @Field(() => GraphQLDate, { nullable: true })
  date!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision!: DatePrecision | null;

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

  speakerId!: string;
  reportedById!: string | null;
  addresseeIds!: string[];
  aboutIds!: string[];

  @Field(() => Actor)
  speaker?: Actor;

  @Field(() => Actor, { nullable: true, description: 'The outlet that carried it (e.g. KCNA).' })
  reportedBy?: Actor | null;

  @Field(() => [Actor])
  addressees?: Actor[];

  @Field(() => [Actor])
  about?: Actor[];

  @Field(() => Evidence)
  evidence!: Evidence;
}
