/** Input validation for the analyst fields (search, recognitions, diplomaticStatus): BAD_USER_INPUT. */
import { SearchKind } from '../schema/search.type';
import { BadUserInputError } from '../errors/errors';
import { parseId } from './input';

export const MAX_SEARCH_TEXT = 500;

/** Search text: not blank, at most MAX_SEARCH_TEXT characters (trimmed). */
export function parseSearchText(value: string): string {
  const text = value.trim();
  if (text === '') {
    throw new BadUserInputError('text must contain something to search for', 'text');
  }
  if (text.length > MAX_SEARCH_TEXT) {
    throw new BadUserInputError(
      `text must be at most ${MAX_SEARCH_TEXT} characters (got ${text.length})`,
      'text',
    );
  }
  return text;
}

/** Omitted (null) = every kind; an empty list would ask for nothing, so it is an error. */
export function parseSearchKinds(value: readonly SearchKind[] | null | undefined): SearchKind[] {
  if (value === null || value === undefined) {
    return Object.values(SearchKind);
  }
  if (value.length === 0) {
    throw new BadUserInputError('kinds must name at least one kind, or be omitted', 'kinds');
  }
  return [...new Set(value)];
}

/** Parties to diplomatic relations: states and state-like entities, not people or outlets. */
const STATE_PREFIXES = ['country', 'territory', 'historical'] as const;

export function parseStateId(value: string, argumentName: string): string {
  const id = parseId(value, argumentName);
  if (!(STATE_PREFIXES as readonly string[]).includes(id.slice(0, id.indexOf(':')))) {
    throw new BadUserInputError(
      `${argumentName} must be a country, territory or historical state id (e.g. country:UKR)`,
      argumentName,
    );
  }
  return id;
}

/** Today's date (UTC) as YYYY-MM-DD, the default `at` of diplomaticStatus. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
