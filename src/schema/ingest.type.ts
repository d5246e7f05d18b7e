import { IsISO8601, IsUrl, MaxLength, MinLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Article } from './article.type';

/** The largest article text accepted (characters); longer is BAD_USER_INPUT. */
export const MAX_ARTICLE_CHARS = 200_000;

@InputType({ description: 'A news article to extract into the graph.' })
export class IngestArticleInput {
  @Field(() => String, {
    description: `The article text, stored verbatim (1 to ${MAX_ARTICLE_CHARS} characters).`,
  })
  @MinLength(1)
  @MaxLength(MAX_ARTICLE_CHARS)
  text!: string;

  @Field(() => String, { nullable: true })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  url?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the first line of the text.' })
  @MaxLength(500)
  title?: string;

  @Field(() => String, { nullable: true, description: 'The publishing site or outlet.' })
  @MaxLength(200)
  source?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 date or date-time of publication.',
  })
  @IsISO8601({ strict: true })
  publishedAt?: string;
}

@ObjectType({ description: 'How many items of each kind.' })
export class IngestCounts {
  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  actors!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  events!: number;
}

@ObjectType({
  description: 'What ingesting an article did: what was new, and what merged into existing nodes.',
})
export class IngestResult {
  articleId!: string;

  @Field(() => Article)
  article?: Article;

  @Field(() => IngestCounts)
  created!: IngestCounts;

  @Field(() => IngestCounts)
  merged!: IngestCounts;
}
