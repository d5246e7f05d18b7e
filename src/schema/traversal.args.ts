import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LinkKind } from './link.enum';

@ArgsType()
export class PathArgs {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Int, { description: 'At most this many steps, 1 to 4.' })
  maxHops: number = 3;

  @Field(() => [LinkKind], {
    nullable: true,
    description: 'Only steps of these kinds (e.g. [EVENT]); all kinds when omitted.',
  })
  via?: LinkKind[];

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Only events on or after this date (then undated events are left out too).',
  })
  since?: Date;

  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'Only events on or before this date. Offices count when held at some time in the window.',
  })
  until?: Date;
}

@ArgsType()
export class AllShortestPathsArgs extends PathArgs {
  @Field(() => Int, { description: 'At most this many paths, 1 to 100.' })
  limit: number = 10;
}

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: 'The centre.' })
  id!: string;

  @Field(() => Int, { description: 'How many steps out, 1 to 3.' })
  hops: number = 1;

  @Field(() => Int, {
    description: 'At most this many new actors per hop, 1 to 100: the strongest by event count.',
  })
  limitPerHop: number = 25;
}
