/** Validation of the traversal arguments: out of range is BAD_USER_INPUT naming the argument and bound. */
import { MAX_NEIGHBORHOOD_HOPS } from '../graph/traversal.repository';
import { LinkKind } from '../schema/link.enum';
import { BadUserInputError } from '../errors/errors';
import { dateString } from './input';

export const PATH_MAX_HOPS = 4;
export const MAX_PATHS = 100;
export const NEIGHBORHOOD_MAX_HOPS = MAX_NEIGHBORHOOD_HOPS;
export const MAX_LIMIT_PER_HOP = 100;

export function boundedInt(value: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(
      `${argumentName} must be between 1 and ${max} (got ${value})`,
      argumentName,
    );
  }
  return value;
}

/** The step kinds to follow: all when omitted; an empty list would match nothing, so it is refused. */
export function parseVia(via: readonly LinkKind[] | null | undefined): LinkKind[] {
  if (via === null || via === undefined) {
    return Object.values(LinkKind);
  }
  if (via.length === 0) {
    throw new BadUserInputError('via must name at least one kind of step (or be omitted)', 'via');
  }
  return [...new Set(via)];
}

export interface DateWindow {
  readonly since: string | null;
  readonly until: string | null;
}

export function parseDateWindow(
  since: Date | null | undefined,
  until: Date | null | undefined,
): DateWindow {
  const window = { since: dateString(since), until: dateString(until) };
  if (window.since !== null && window.until !== null && window.since > window.until) {
    throw new BadUserInputError('until must not be before since', 'until');
  }
  return window;
}
