/**
 * Validation of the resolvers' arguments, in one place: ids and codes, search text and kinds, traversal
 * bounds and date windows. Malformed input is a BAD_USER_INPUT naming the argument, never a database query.
 */
import { BadUserInputError } from '../errors/errors';
import { MAX_NEIGHBORHOOD_HOPS } from '../graph/traversal.repository';
import { LinkKind } from '../schema/link.enum';
import { SearchKind } from '../schema/search.type';

const ID_PREFIXES = [
  'article',
  'country',
  'person',
  'org',
  'media',
  'territory',
  'historical',
  'group',
  'statement',
  'event',
] as const;
const ID_PATTERN = /^([a-z]+):([A-Za-z0-9][A-Za-z0-9._-]{0,127})$/;

export function parseId(value: string, argumentName: string): string {
  const m = ID_PATTERN.exec(value);
  if (m?.[1] === undefined || !(ID_PREFIXES as readonly string[]).includes(m[1])) {
    throw new BadUserInputError(
      `${argumentName} must be an id like country:PRK or person:kim-jong-un (prefixes: ${ID_PREFIXES.join(', ')})`,
      argumentName,
    );
  }
  return value;
}

export function parseOptionalId(
  value: string | null | undefined,
  argumentName: string,
): string | null {
  return value === null || value === undefined ? null : parseId(value, argumentName);
}

export function parseIso3(value: string): string {
  if (!/^[A-Za-z]{3}$/.test(value)) {
    throw new BadUserInputError('iso3 must be an ISO 3166-1 alpha-3 code such as PRK', 'iso3');
  }
  return value.toUpperCase();
}

/** graphql-scalars' Date scalar parses to a JS Date (UTC midnight); the graph stores YYYY-MM-DD strings. */
export function dateString(value: Date | null | undefined): string | null {
  return value === null || value === undefined ? null : value.toISOString().slice(0, 10);
}

export function parseCameoRoot(value: string | null | undefined): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (!/^\d{2}$/.test(value) || Number(value) < 1 || Number(value) > 20) {
    throw new BadUserInputError('root must be a two-digit CAMEO root code, 01 to 20', 'root');
  }
  return value;
}

/** A field that points at a node must find it: a missing one is a dangling reference (our bug, masked). */
export function required<T>(value: T | null, id: string): T {
  if (value === null) {
    throw new Error(`dangling reference to ${id}`);
  }
  return value;
}

// Analyst fields (search, recognitions, diplomaticStatus).

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

// Traversal (path, neighborhood).

export const PATH_MAX_HOPS = 4;
export const MAX_PATHS = 100;
export const NEIGHBORHOOD_MAX_HOPS = MAX_NEIGHBORHOOD_HOPS;
export const MAX_LIMIT_PER_HOP = 100;

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
