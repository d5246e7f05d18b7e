import { GraphQLDateTime } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';

@Directive(INHERIT)
@ObjectType({ description: 'A news article: the source of every statement and event.' })
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

  @Field(() => GraphQLDateTime, { nullable: true })
  publishedAt!: string | null;

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
