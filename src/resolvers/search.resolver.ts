import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { SearchArgs } from '../schema/search.args';
import { SearchHit } from '../schema/search.type';
import type { RequestContext } from '../server/context';
import { parseSearchKinds, parseSearchText } from './analyst-input';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over statements (text), articles (title, text) and actors (name, aliases), best ' +
      'first. The text is taken literally and every word must occur (AND).',
  })
  search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SearchHit[]> {
    return ctx.repos.search.search({
      text: parseSearchText(args.text),
      kinds: parseSearchKinds(args.kinds),
      first: args.first,
    });
  }
}
