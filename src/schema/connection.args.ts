import { MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    description:
      'Page size, 1 to MAX_PAGE_SIZE (default cap 100); default 20. Larger is BAD_USER_INPUT.',
  })
  first: number = 20;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (pageInfo.endCursor).',
  })
  @MaxLength(512)
  after?: string;
}
