/**
 * The closed map from LinkKind (GraphQL) to relationship types. Relationship types can't be Cypher
 * parameters, so traversal statements name this fixed union, and requests choose among its members
 * with a parameter (`type(r) IN $relationTypes`).
 */
import { LinkKind } from '../schema/link.enum';

export type RelationLinkKind = Exclude<LinkKind, LinkKind.EVENT>;

export const RELATION_TYPE_BY_LINK = {
  [LinkKind.OF_COUNTRY]: 'OF_COUNTRY',
  [LinkKind.PART_OF]: 'PART_OF',
  [LinkKind.HAS_MEMBER]: 'HAS_MEMBER',
  [LinkKind.HOLDS_OFFICE]: 'HOLDS_OFFICE',
  [LinkKind.SUCCEEDS]: 'SUCCEEDS',
} as const satisfies Record<RelationLinkKind, string>;

/** `OF_COUNTRY|PART_OF|...`: every relation an actor-to-actor step may follow. */
export const RELATION_TYPE_UNION = Object.values(RELATION_TYPE_BY_LINK).join('|');

const LINK_BY_RELATION_TYPE: ReadonlyMap<string, RelationLinkKind> = new Map(
  (Object.entries(RELATION_TYPE_BY_LINK) as [RelationLinkKind, string][]).map(([k, t]) => [t, k]),
);

/** The LinkKind of a row's `kind` column ('EVENT' or a relationship type). */
export function linkKindOf(kind: string): LinkKind {
  if (kind === 'EVENT') {
    return LinkKind.EVENT;
  }
  const link = LINK_BY_RELATION_TYPE.get(kind);
  if (link === undefined) {
    throw new Error(`unexpected link kind ${kind}`);
  }
  return link;
}
