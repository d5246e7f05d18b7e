import { MaxLength } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { Field, Float, InputType } from 'type-graphql';
import { ActorKind, Modality, QuadClass } from './domain.enum';

@InputType({
  description:
    'Conditions on events; the fields of one filter must all hold (AND). Combine filters with AND, OR, NOT.',
})
export class EventFilter {
  @Field(() => [EventFilter], { nullable: true })
  AND?: EventFilter[];

  @Field(() => [EventFilter], { nullable: true })
  OR?: EventFilter[];

  @Field(() => EventFilter, { nullable: true })
  NOT?: EventFilter;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'On or after this date (undated events fail).',
  })
  from?: Date;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'On or before this date (undated events fail).',
  })
  to?: Date;

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these CAMEO codes, e.g. ["161", "0311"].',
  })
  cameoCode?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these CAMEO roots, e.g. ["05", "16"].',
  })
  cameoRoot?: string[];

  @Field(() => [QuadClass], { nullable: true })
  quadClass?: QuadClass[];

  @Field(() => Float, { nullable: true, description: 'Goldstein score at least this.' })
  goldsteinMin?: number;

  @Field(() => Float, { nullable: true, description: 'Goldstein score at most this.' })
  goldsteinMax?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Extraction confidence at least this (0 to 1; curated facts are 1).',
  })
  minConfidence?: number;

  @Field(() => [Modality], { nullable: true })
  modality?: Modality[];

  @Field(() => [ActorKind], {
    nullable: true,
    description: "The source actor's kind is one of these.",
  })
  sourceKind?: ActorKind[];

  @Field(() => [ActorKind], {
    nullable: true,
    description: "The target actor's kind is one of these.",
  })
  targetKind?: ActorKind[];

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive substring of the summary.',
  })
  @MaxLength(200)
  summaryContains?: string;
}

@InputType({
  description:
    'Conditions on statements; the fields of one filter must all hold (AND). Combine with AND, OR, NOT.',
})
export class StatementFilter {
  @Field(() => [StatementFilter], { nullable: true })
  AND?: StatementFilter[];

  @Field(() => [StatementFilter], { nullable: true })
  OR?: StatementFilter[];

  @Field(() => StatementFilter, { nullable: true })
  NOT?: StatementFilter;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: verbatim quotations; false: reported speech.',
  })
  direct?: boolean;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the text.' })
  @MaxLength(200)
  textContains?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these reporting verbs (stated, claimed...).',
  })
  reportingVerb?: string[];

  @Field(() => GraphQLDate, { nullable: true })
  from?: Date;

  @Field(() => GraphQLDate, { nullable: true })
  to?: Date;

  @Field(() => [ActorKind], { nullable: true, description: "The speaker's kind is one of these." })
  speakerKind?: ActorKind[];

  @Field(() => Float, {
    nullable: true,
    description: 'Extraction confidence at least this (0 to 1; curated facts are 1).',
  })
  minConfidence?: number;
}
