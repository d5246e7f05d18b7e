import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Article } from './article.type';

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description:
    'A span of an article: text == article.text[start:end] (offsets in UTF-16 code units, end exclusive).',
})
export class Evidence {
  articleId!: string;

  @Field(() => Article)
  article?: Article;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String)
  text!: string;
}
