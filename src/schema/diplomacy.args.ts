import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class DiplomaticStatusArgs {
  @Field(() => ID, { description: 'A country, territory or historical state, e.g. country:UKR.' })
  a!: string;

  @Field(() => ID, { description: 'Another one, e.g. country:PRK.' })
  b!: string;

  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'The date to evaluate at (events up to and including it count); default: today (UTC). An event ' +
      'dated to a month or year counts from the first day of that period.',
  })
  at?: Date | null;
}
