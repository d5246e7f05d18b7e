import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Directive, Info, Query, Resolver } from 'type-graphql';
import { SLOW } from '../schema/cache-control.directive';
import { SearchArgs } from '../schema/search.args';
import { SearchHit } from '../schema/search.type';
import type { RequestContext } from './context';
import { parseSearchKinds, parseSearchText } from './input';
import { searchHitId } from './object-id';
import { selectionOf } from './selection';

@Resolver()
export class SearchResolver {
  @Directive(SLOW)
  @Query(() => [SearchHit], {
    description:
      'Full-text search over statements (text), articles (title, text) and actors (name, aliases), best ' +
      'first. The text is taken literally and every word must occur (AND).',
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    const text = parseSearchText(args.text);
    const hits = await ctx.repos.search.search(
      { text, kinds: parseSearchKinds(args.kinds), first: args.first },
      selectionOf(info),
    );
    return hits.map(hit => Object.assign(hit, { id: searchHitId(text, hit.node) }));
  }
}
