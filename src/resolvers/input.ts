/** Validation of ids and codes at the edge: malformed input is BAD_USER_INPUT, never a database query. */
import { BadUserInputError } from '../errors/errors';

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
