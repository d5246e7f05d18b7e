import neo4j from 'neo4j-driver';
import { Actor } from '../schema/actor.type';
import { Article } from '../schema/article.type';
import { SearchHighlight, SearchHit, SearchKind } from '../schema/search.type';
import { Statement } from '../schema/statement.type';
import { boundedInt } from '../kg/bounded-int';
import type { GraphClient } from './graph-client';
import { searchTerms, toLuceneQuery } from './lucene';
import { makeSnippet } from './snippet';
import { SEARCH, searchStatement } from './cypher/search.cypher';
import { planSearch } from './planner/search.planner';
import type { FieldSelection } from './planner/selection';

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
function nodeOf(hit: HitRow): { node: Statement | Article | Actor; texts: () => string[] } {
  switch (hit.kind) {
    case SearchKind.STATEMENT:
      return { node: Object.assign(new Statement(), hit.row), texts: () => [hit.row.text] };
    case SearchKind.ARTICLE:
      return {
        node: Object.assign(new Article(), hit.row),
        texts: () => [hit.row.text, hit.row.title],
      };
    case SearchKind.ACTOR: {
      const { name, aliases } = hit.row;
      const texts = (): string[] => [
        aliases.length > 0 ? `${name} (also ${aliases.join(', ')})` : name,
      ];
      return { node: Object.assign(new Actor(), hit.row), texts };
    }
    default: {
      const unreachable: never = hit;
      throw new Error(`unknown search kind ${String(unreachable)}`);
    }
  }
}

/** What an unselected snippet is (never sent: the field is not in the response). */
const NO_SNIPPET: ReturnType<typeof makeSnippet> = { text: '', highlights: [] };

export class SearchRepository {
  constructor(
    private readonly graph: GraphClient,
    private readonly maxPageSize: number,
  ) {}

  /**
   * Hits of all asked-for kinds, best first, at most `first`; one Cypher statement. With `selection`
   * (what the request asks of each hit) the nodes carry only the fields asked for and their planned
   * relations (graph/planner), and snippets are cut only when asked for.
   */
  async search(req: SearchRequest, selection?: readonly FieldSelection[]): Promise<SearchHit[]> {
    boundedInt(req.first, this.maxPageSize, 'first');
    const plan = selection === undefined ? null : planSearch(selection, this.maxPageSize);
    const rows = await this.graph.read<HitRow>(
      plan === null ? SEARCH : searchStatement(plan.rows),
      {
        ...plan?.params,
        query: toLuceneQuery(req.text),
        kinds: [...req.kinds],
        limit: neo4j.int(req.first),
      },
    );
    const terms = searchTerms(req.text);
    return rows.map(read => {
      const hit =
        plan === null ? read : ({ ...read, row: plan.decode[read.kind](read.row) } as HitRow);
      const { node, texts } = nodeOf(hit);
      const snippet = plan === null || plan.snippets ? makeSnippet(texts(), terms) : NO_SNIPPET;
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
