/**
 * Closed lists of labels and relationship types. Neither can be a Cypher parameter, so every statement
 * that needs one is built from these maps at module load, never from request input.
 */
import { ActorKind } from './domain';

export const ACTOR_LABEL = {
  [ActorKind.COUNTRY]: 'Country',
  [ActorKind.PERSON]: 'Person',
  [ActorKind.ORGANIZATION]: 'Organization',
  [ActorKind.MEDIA_OUTLET]: 'MediaOutlet',
  [ActorKind.TERRITORY]: 'Territory',
  [ActorKind.HISTORICAL_STATE]: 'HistoricalState',
  [ActorKind.GROUP]: 'ActorGroup',
} as const satisfies Record<ActorKind, string>;

/** Relations between actors that the seed and the ingest pipeline may write. */
export const ACTOR_RELATION_TYPES = ['OF_COUNTRY', 'PART_OF', 'HAS_MEMBER', 'SUCCEEDS'] as const;
export type ActorRelationType = (typeof ACTOR_RELATION_TYPES)[number];

export function isActorRelationType(value: string): value is ActorRelationType {
  return (ACTOR_RELATION_TYPES as readonly string[]).includes(value);
}
