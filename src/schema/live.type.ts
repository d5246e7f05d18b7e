import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Article } from './article.type';

@ObjectType({
  simpleResolvers: true,
  description: 'How many actors, statements and events an article holds.',
})
export class ArticleCounts {
  @Field(() => Int)
  actors!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  events!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'An article that was just written to the graph for the first time (subscription articleIngested).',
})
export class ArticleIngested {
  @Field(() => ID, { description: 'The article id (as Article.id).' })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'As Article.publishedAt.' })
  publishedAt!: string | null;

  @Field(() => ArticleCounts, {
    description: 'What the article holds, all of it new to the graph.',
  })
  counts!: ArticleCounts;

  @Field(() => Article, { description: 'The article itself, for fragments written for queries.' })
  article?: Article;
}
