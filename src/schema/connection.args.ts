import { MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** Relay paging: first/after reads forward, last/before backward (not both sizes at once). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page size reading forward, 1 to MAX_PAGE_SIZE (default cap 100); 20 when neither first nor last is given.',
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (pageInfo.endCursor).',
  })
  @MaxLength(512)
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Page size reading backward, 1 to MAX_PAGE_SIZE.',
  })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return items before this cursor (pageInfo.startCursor).',
  })
  @MaxLength(512)
  before?: string;
}
