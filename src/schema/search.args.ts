import { ArgsType, Field, Int } from 'type-graphql';
import { SearchKind } from './search.type';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description:
      'Words to find, 1 to 500 characters. Taken literally (no Lucene syntax); a hit contains every word ' +
      '(AND), case-insensitively, as a whole token; a hyphenated word matches as a phrase.',
  })
  text!: string;

  @Field(() => [SearchKind], {
    nullable: true,
    description:
      'Only these kinds of nodes; all kinds when omitted. An empty list is BAD_USER_INPUT.',
  })
  kinds?: SearchKind[] | null;

  @Field(() => Int, {
    description:
      'Number of hits, 1 to MAX_PAGE_SIZE (default cap 100); default 20. Larger is BAD_USER_INPUT.',
  })
  first: number = 20;
}
