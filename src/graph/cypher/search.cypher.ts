/**
 * Full-text search over the indexes created in schema.cypher.ts. `$query` is an escaped Lucene query
 * (graph/lucene.ts), `$kinds` the SearchKind values asked for, `$limit` the number of hits. Each index
 * is asked for at most `$limit` hits and only when its kind is in `$kinds`; the merged hits are ordered
 * by score.
 */
import { SearchKind } from '../../schema/search.type';
import { ACTOR_ROW, ARTICLE_ROW, STATEMENT_ROW } from './projections.cypher';

/** Closed map from the kind to its full-text index and to the row the GraphQL type is built from. */
const SEARCH_TARGETS = {
  [SearchKind.STATEMENT]: { index: 'statement_text', v: 's', row: STATEMENT_ROW },
  [SearchKind.ARTICLE]: { index: 'article_text', v: 'a', row: ARTICLE_ROW },
  [SearchKind.ACTOR]: { index: 'actor_names', v: 'x', row: ACTOR_ROW },
} as const satisfies Record<SearchKind, { index: string; v: string; row: string }>;

const searchOne = (kind: SearchKind): string => {
  const { index, v, row } = SEARCH_TARGETS[kind];
  return /* cypher */ `
  UNWIND [k IN $kinds WHERE k = '${kind}'] AS kind
  CALL db.index.fulltext.queryNodes('${index}', $query, {limit: $limit}) YIELD node AS ${v}, score
  RETURN kind, score, ${row} AS row`;
};

export const SEARCH = /* cypher */ `
CALL {
${Object.values(SearchKind).map(searchOne).join('\n  UNION ALL')}
}
RETURN kind, score, row
ORDER BY score DESC, kind, row.id
LIMIT $limit`;
