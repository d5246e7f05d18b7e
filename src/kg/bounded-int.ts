/** The one check for a count argument (first, last, maxHops, limitPerHop …): an integer from 1 to max. */
import { BadUserInputError } from '../errors/errors';

export function boundedInt(value: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(
      `${argumentName} must be between 1 and ${max} (got ${value})`,
      argumentName,
    );
  }
  return value;
}
