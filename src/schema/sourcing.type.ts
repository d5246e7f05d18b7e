import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';
import { Article } from './article.type';

@Directive(INHERIT)
@ObjectType({
  simpleResolvers: true,
  description:
    'How well sourced a claim is: the articles it comes from and the outlets that carried it.',
})
export class Sourcing {
  eventId!: string;
  articleIds!: string[];
  outletIds!: string[];

  @Field(() => Int, { description: 'Distinct articles the event was extracted from.' })
  articleCount!: number;

  @Field(() => [Article])
  articles?: Article[];

  @Field(() => [Actor], {
    description: 'Outlets credited with the statements behind it (e.g. KCNA).',
  })
  outlets?: Actor[];

  @Field(() => Boolean, {
    description: 'True when it rests on one article and at most one outlet.',
  })
  singleSource!: boolean;
}
