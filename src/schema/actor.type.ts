import { GraphQLDate } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { ActorKind } from './domain.enum';

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description:
    'A country, person, organization, media outlet, territory, historical state or group.',
})
export class Actor {
  @Field(() => ID, {
    description: 'Stable readable id, e.g. country:PRK, person:kim-jong-un, media:kcna.',
  })
  id!: string;

  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => String)
  name!: string;

  @Field(() => [String], {
    description: 'Other names the actor goes by in the news (e.g. Pyongyang, DPRK).',
  })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-3 (countries) or ISO 3166-3 (SUN).',
  })
  iso3!: string | null;

  @Field(() => String, { nullable: true })
  wikidataId!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  countryId!: string | null;
}

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description: 'An office a person holds, e.g. President of Russia.',
})
export class Office {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, OFFICIAL...' })
  role!: string;

  personId!: string;
  countryId!: string;

  @Field(() => Actor)
  country?: Actor;

  @Field(() => GraphQLDate, { nullable: true })
  since!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  until!: string | null;
}
