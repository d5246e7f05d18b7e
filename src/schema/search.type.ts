import {
  createUnionType,
  Directive,
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';
import { Article } from './article.type';
import { Statement } from './statement.type';

export enum SearchKind {
  STATEMENT = 'STATEMENT',
  ARTICLE = 'ARTICLE',
  ACTOR = 'ACTOR',
}

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description:
    'What a search hit is: a STATEMENT (its text), an ARTICLE (title and text) or an ACTOR (name and aliases).',
});

/** Hit nodes are instances of these classes, which is how the union resolves their type. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'The node a search hit found.',
  types: () => [Statement, Article, Actor] as const,
});

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'A range of a snippet: [start, end) in UTF-16 code units.',
})
export class SearchHighlight {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@Directive(INHERIT)
@ObjectType({ simpleResolvers: true, description: 'One full-text search result.' })
export class SearchHit {
  @Field(() => ID, { description: 'Stable: `node id|search text`.' })
  id!: string;

  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => Float, {
    description:
      'Lucene relevance (BM25) from the index of its kind: higher is better. Comparable within a kind; ' +
      'across kinds only roughly (each index has its own statistics).',
  })
  score!: number;

  @Field(() => String, {
    description:
      'Plain-text excerpt of the matched text (about 160 characters) centred on the first match; `…` ' +
      'marks a cut. For an actor: its name and aliases.',
  })
  snippet!: string;

  @Field(() => [SearchHighlight], { description: 'Where the searched words occur in `snippet`.' })
  highlights!: SearchHighlight[];

  // A union carries no hint of its own here (type-graphql unions take no directives): inherit.
  @Directive(INHERIT)
  @Field(() => SearchResult)
  node!: Statement | Article | Actor;
}
