import { GraphQLDateTime } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { DatePrecision } from './domain.enum';

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'A news article: the source of every statement and event.',
})
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The site or outlet that published the article.',
  })
  source!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When it was published, in UTC. Only publishedAtPrecision of it was given: a date-only value is ' +
      'midnight UTC with precision DAY. Null when unknown (or when a stored value could not be read).',
  })
  publishedAt!: string | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: 'How much of publishedAt was given: DAY (a date only), MINUTE or SECOND.',
  })
  publishedAtPrecision!: DatePrecision | null;

  @Field(() => Boolean, {
    description: 'True when publishedAt was inferred from the text (the article carries no date).',
  })
  publishedAtInferred!: boolean;

  @Field(() => String, { description: 'The stored article text; evidence offsets index into it.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What extracted its facts: `manual` for curated articles, else the extractor and its version.',
  })
  extractor!: string | null;

  @Field(() => Int)
  length!: number;
}
