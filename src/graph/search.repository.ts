import neo4j from 'neo4j-driver';
import { Actor } from '../schema/actor.type';
import { Article } from '../schema/article.type';
import { SearchHighlight, SearchHit, SearchKind } from '../schema/search.type';
import { Statement } from '../schema/statement.type';
import { boundedInt } from '../kg/bounded-int';
import type { GraphClient } from './graph-client';
import { searchTerms, toLuceneQuery } from './lucene';
import { makeSnippet } from './snippet';
import { SEARCH } from './cypher/search.cypher';

export interface SearchRequest {
  /** Non-blank text (validated by the resolver). */
  readonly text: string;
  readonly kinds: readonly SearchKind[];
  readonly first: number;
}

type HitRow =
  | { kind: SearchKind.STATEMENT; score: number; row: Statement }
  | { kind: SearchKind.ARTICLE; score: number; row: Article }
  | { kind: SearchKind.ACTOR; score: number; row: Actor };

/** The node as an instance of its class (the SearchResult union resolves by class) and its texts. */
function nodeOf(hit: HitRow): { node: Statement | Article | Actor; texts: string[] } {
  switch (hit.kind) {
    case SearchKind.STATEMENT:
      return { node: Object.assign(new Statement(), hit.row), texts: [hit.row.text] };
    case SearchKind.ARTICLE:
      return { node: Object.assign(new Article(), hit.row), texts: [hit.row.text, hit.row.title] };
    case SearchKind.ACTOR: {
      const { name, aliases } = hit.row;
      const texts = [aliases.length > 0 ? `${name} (also ${aliases.join(', ')})` : name];
      return { node: Object.assign(new Actor(), hit.row), texts };
    }
    default: {
      const unreachable: never = hit;
      throw new Error(`unknown search kind ${String(unreachable)}`);
    }
  }
}

export class SearchRepository {
  constructor(
    private readonly graph: GraphClient,
    private readonly maxPageSize: number,
  ) {}

  /** Hits of all asked-for kinds, best first, at most `first`; one Cypher statement. */
  async search(req: SearchRequest): Promise<SearchHit[]> {
    boundedInt(req.first, this.maxPageSize, 'first');
    const rows = await this.graph.read<HitRow>(SEARCH, {
      query: toLuceneQuery(req.text),
      kinds: [...req.kinds],
      limit: neo4j.int(req.first),
    });
    const terms = searchTerms(req.text);
    return rows.map(hit => {
      const { node, texts } = nodeOf(hit);
      const snippet = makeSnippet(texts, terms);
      return Object.assign(new SearchHit(), {
        kind: hit.kind,
        score: hit.score,
        snippet: snippet.text,
        highlights: snippet.highlights.map(h => Object.assign(new SearchHighlight(), h)),
        node,
      });
    });
  }
}
