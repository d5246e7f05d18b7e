/**
 * Field resolvers' side of the read planner: the value a root field's plan read for this field of this
 * object (graph/planner/prefetch.ts), or what the DataLoader path gives when nothing was planned.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { prefetched } from '../graph/planner/prefetch';

export async function plannedOr<T>(
  root: object,
  info: Pick<GraphQLResolveInfo, 'path'>,
  load: () => Promise<T>,
): Promise<T> {
  const planned = prefetched<T>(root, info.path.key);
  return planned === undefined ? load() : planned.value;
}
