import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { STATIC } from './cache-control.directive';
import { QuadClass } from './domain.enum';

@Directive(STATIC)
@ObjectType({
  simpleResolvers: true,
  description: 'A CAMEO event type (GDELT CAMEO 1.1b3 table), with its Goldstein score.',
})
export class EventType {
  @Field(() => String, {
    description: 'CAMEO code as a string: leading zeros matter ("036" is not "36").',
  })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The two-digit root code (01..20).' })
  rootCode!: string;

  @Field(() => Int, { description: '1 for a root code, 2 or 3 for more specific codes.' })
  level!: number;

  @Field(() => QuadClass)
  quadClass!: QuadClass;

  @Field(() => Float, {
    description: 'Goldstein score, -10 (most conflictual) to +10 (most cooperative).',
  })
  goldstein!: number;
}
