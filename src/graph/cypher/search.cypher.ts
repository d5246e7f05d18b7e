/**
 * Full-text search over the indexes created in schema.cypher.ts. `$query` is an escaped Lucene query
 * (graph/lucene.ts), `$kinds` the SearchKind values asked for, `$limit` the number of hits. Each index
 * is asked for at most `$limit` hits and only when its kind is in `$kinds`; the merged hits are ordered
 * by score.
 */
import { SearchKind } from '../../schema/search.type';
import { ACTOR_ROW, ARTICLE_ROW, STATEMENT_ROW } from './projections.cypher';

/** Closed map from the kind to its full-text index. */
const SEARCH_INDEX = {
  [SearchKind.STATEMENT]: 'statement_text',
  [SearchKind.ARTICLE]: 'article_text',
  [SearchKind.ACTOR]: 'actor_names',
} as const satisfies Record<SearchKind, string>;

/** Per kind, the node's variable and the row projected from it (its GraphQL type's row). */
export type SearchRows = Readonly<Record<SearchKind, { readonly v: string; readonly row: string }>>;

const FULL_ROWS: SearchRows = {
  [SearchKind.STATEMENT]: { v: 's', row: STATEMENT_ROW },
  [SearchKind.ARTICLE]: { v: 'a', row: ARTICLE_ROW },
  [SearchKind.ACTOR]: { v: 'x', row: ACTOR_ROW },
};

const searchOne = (kind: SearchKind, rows: SearchRows): string => {
  const { v, row } = rows[kind];
  return /* cypher */ `
  UNWIND [k IN $kinds WHERE k = '${kind}'] AS kind
  CALL db.index.fulltext.queryNodes('${SEARCH_INDEX[kind]}', $query, {limit: $limit}) YIELD node AS ${v}, score
  RETURN kind, score, ${row} AS row`;
};

/** The search with these rows (the read planner projects only what a request selects). */
export function searchStatement(rows: SearchRows): string {
  return /* cypher */ `
CALL {
${Object.values(SearchKind)
  .map(kind => searchOne(kind, rows))
  .join('\n  UNION ALL')}
}
RETURN kind, score, row
ORDER BY score DESC, kind, row.id
LIMIT $limit`;
}

export const SEARCH = searchStatement(FULL_ROWS);
