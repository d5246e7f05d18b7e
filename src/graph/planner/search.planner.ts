/**
 * `search`: the hits' nodes projected from what the request selects of each member of the SearchResult
 * union (`... on Statement { id speaker { name } }`), with its relations read in the same statement,
 * instead of every property of every hit (an article's whole text) read and then dropped. The texts a
 * snippet is cut from are projected only when `snippet` or `highlights` is selected.
 */
import { SearchKind } from '../../schema/search.type';
import type { SearchRows } from '../cypher/search.cypher';
import type { PlanKind } from './model.cypher';
import { type Decoder, PlanBuilder, compileProjection } from './projection.compiler';
import { type FieldSelection, mergeSelections } from './selection';

const NODE_TYPE = {
  [SearchKind.STATEMENT]: 'Statement',
  [SearchKind.ARTICLE]: 'Article',
  [SearchKind.ACTOR]: 'Actor',
} as const satisfies Record<SearchKind, PlanKind>;

/** The fields a hit's snippet is made from (search.repository.ts). */
const SNIPPET_FIELDS: Readonly<Record<SearchKind, readonly string[]>> = {
  [SearchKind.STATEMENT]: ['text'],
  [SearchKind.ARTICLE]: ['text', 'title'],
  [SearchKind.ACTOR]: ['name', 'aliases'],
};

export interface SearchPlan {
  readonly rows: SearchRows;
  readonly params: Readonly<Record<string, unknown>>;
  readonly decode: Readonly<Record<SearchKind, Decoder>>;
  /** Whether snippet or highlights is selected (else the texts are not read). */
  readonly snippets: boolean;
}

const leaf = (name: string): FieldSelection => ({ name, key: name, args: {}, fields: [] });

/** The plan for a selection of SearchHit; null when two node selections disagree. */
export function planSearch(hit: readonly FieldSelection[], maxPageSize: number): SearchPlan | null {
  const snippets = hit.some(f => f.name === 'snippet' || f.name === 'highlights');
  const nodes = hit.filter(f => f.name === 'node');
  const b = new PlanBuilder(maxPageSize);
  const rows: Partial<Record<SearchKind, { v: string; row: string }>> = {};
  const decode: Partial<Record<SearchKind, Decoder>> = {};
  for (const kind of Object.values(SearchKind)) {
    const type = NODE_TYPE[kind];
    const fields = mergeSelections([
      ...nodes.map(n => n.byType?.[type] ?? []),
      snippets ? SNIPPET_FIELDS[kind].map(leaf) : [],
    ]);
    if (fields === null) {
      return null;
    }
    const v = b.variable();
    const projection = compileProjection(b, type, v, fields, { names: new Set(), depth: 0 });
    rows[kind] = { v, row: projection.cypher };
    decode[kind] = projection.decode;
  }
  return {
    rows: rows as SearchRows,
    params: b.params,
    decode: decode as Record<SearchKind, Decoder>,
    snippets,
  };
}
