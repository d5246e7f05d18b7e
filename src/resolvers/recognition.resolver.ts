import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { SLOW } from '../schema/cache-control.directive';
import { Actor } from '../schema/actor.type';
import { Recognition } from '../schema/recognition.type';
import type { RequestContext } from './context';
import { parseId, required } from './input';
import { recognitionId } from './object-id';

@Resolver(() => Recognition)
export class RecognitionResolver {
  @Directive(SLOW)
  @Query(() => [Recognition], {
    description:
      'Who recognizes a state or territory (CAMEO 054 events aimed at it), earliest first. An unknown id ' +
      'gives [].',
  })
  recognitions(
    @Arg('of', () => ID) of: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Recognition[]> {
    return ctx.repos.diplomacy.recognitionsOf(parseId(of, 'of'));
  }

  @FieldResolver(() => ID, { description: 'Stable: `recognizer|recognized`.' })
  id(@Root() r: Recognition): string {
    return recognitionId(r);
  }

  @FieldResolver(() => Actor)
  async recognizer(@Root() r: Recognition, @Ctx() ctx: RequestContext): Promise<Actor> {
    return required(await ctx.loaders.actor.load(r.recognizerId), r.recognizerId);
  }

  @FieldResolver(() => Actor)
  async recognized(@Root() r: Recognition, @Ctx() ctx: RequestContext): Promise<Actor> {
    return required(await ctx.loaders.actor.load(r.recognizedId), r.recognizedId);
  }
}
