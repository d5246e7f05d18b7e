/**
 * Field resolvers' side of the read planner: the value a root field's plan read for this field of this
 * object (graph/planner/prefetch.ts), or what the DataLoader path gives when nothing was planned. A
 * planned value is returned as it is, not in a promise: a page of events resolves three of these per
 * event.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { prefetched } from '../graph/planner/prefetch';
import { required } from './input';

type PathInfo = Pick<GraphQLResolveInfo, 'path'>;

export function plannedOr<T>(root: object, info: PathInfo, load: () => Promise<T>): T | Promise<T> {
  const planned = prefetched<T>(root, info.path.key);
  return planned === undefined ? load() : planned.value;
}

/** The same for a non-null relation: a target that vanished is a data fault (`required`, `what`). */
export function requiredPlannedOr<T>(
  root: object,
  info: PathInfo,
  what: string,
  load: () => Promise<T | null>,
): T | Promise<T> {
  const planned = prefetched<T | null>(root, info.path.key);
  return planned === undefined
    ? load().then(value => required(value, what))
    : required(planned.value, what);
}
