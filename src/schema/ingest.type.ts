import { IsISO8601, IsUrl, MaxLength, MinLength } from 'class-validator';
import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Article } from './article.type';
import { MAX_SOURCE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../kg/article-input';

@InputType({ description: 'A news article to extract into the graph.' })
export class IngestArticleInput {
  @Field(() => String, {
    description:
      'The article text, at most 1 MiB of UTF-8. It is stored NFC-normalised with line breaks as \\n ' +
      'and control characters removed; evidence offsets index the stored text.',
  })
  // Its size is counted in UTF-8 bytes, once, by checkArticleInput (kg/article-input.ts), for every way in.
  @MinLength(1)
  text!: string;

  @Field(() => String, { nullable: true })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(MAX_URL_CHARS)
  url?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the first line of the text.' })
  @MaxLength(MAX_TITLE_CHARS)
  title?: string;

  @Field(() => String, { nullable: true, description: 'The publishing site or outlet.' })
  @MaxLength(MAX_SOURCE_CHARS)
  source?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 8601 date or date-time of publication: 2024-06-19, 2024-06-19T08:30:00Z, ' +
      '2024-06-19T10:30:00+02:00 (a space may replace the T; fractions of a second are kept to the ' +
      'millisecond). A date-time without a zone is taken as UTC. Stored in UTC with its precision ' +
      '(Article.publishedAtPrecision); anything else is BAD_USER_INPUT.',
  })
  @IsISO8601({ strict: true })
  publishedAt?: string;
}

@Directive(INHERIT)
@ObjectType({ simpleResolvers: true, description: 'How many items of each kind.' })
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

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
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
