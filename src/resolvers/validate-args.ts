/**
 * Argument validation for type-graphql (`validateFn` in build-schema.ts). type-graphql's own validation
 * `require`s class-validator and runs its asynchronous executor for every object argument of every
 * resolver call: the article's and actor's nested connections each take page arguments, so that was
 * several validations per request (about 2% of a small query's CPU) for classes whose only constraints
 * are `@MaxLength` on optional strings.
 *
 * Here a class's constraints are read once from class-validator's metadata. When every one of them is a
 * plain `@MaxLength` (no groups, `each`, `always` or condition), a value passes at once if each such
 * property is missing or a string no longer than the limit, which class-validator would accept too (its
 * length counts a surrogate pair as one character, never more than `length`). Anything else (a longer or
 * non-string value, any other constraint) goes to class-validator with the options type-graphql used,
 * so every rejection, its message and its `validationErrors` are class-validator's, as before.
 */
import { ValidationTypes, getMetadataStorage, validateOrReject } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** type-graphql's defaults for class-validator (validate-arg.js), kept for the full validation. */
const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;

/** One `@MaxLength(max)` on `property`. */
interface LengthCheck {
  readonly property: string;
  readonly max: number;
}

/** Per class: its length checks, or null when it has a constraint only class-validator can check. */
const checksByClass = new Map<unknown, readonly LengthCheck[] | null>();

function checksOf(ctor: new (...args: never[]) => unknown): readonly LengthCheck[] | null {
  const known = checksByClass.get(ctor);
  if (known !== undefined) {
    return known;
  }
  const checks: LengthCheck[] = [];
  let simple = true;
  for (const m of getMetadataStorage().getTargetValidationMetadatas(ctor, '', false, false)) {
    const max: unknown = m.constraints[0];
    const plain =
      m.type === ValidationTypes.CUSTOM_VALIDATION &&
      m.name === 'maxLength' &&
      typeof max === 'number' &&
      !m.each &&
      m.always === undefined &&
      m.groups.length === 0 &&
      m.validateIf === undefined;
    if (!plain) {
      simple = false;
      break;
    }
    checks.push({ property: m.propertyName, max });
  }
  const result = simple ? checks : null;
  checksByClass.set(ctor, result);
  return result;
}

/** True when class-validator is sure to accept `value` (false: ask it). */
function passesAtOnce(value: object): boolean {
  const checks = checksOf(value.constructor as new (...args: never[]) => unknown);
  if (checks === null) {
    return false;
  }
  for (const { property, max } of checks) {
    const v: unknown = (value as Record<string, unknown>)[property];
    if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > max)) {
      return false;
    }
  }
  return true;
}

const validatable = (v: unknown): v is object => v !== null && typeof v === 'object';

async function fullValidation(values: readonly object[]): Promise<void> {
  try {
    await Promise.all(values.map(v => validateOrReject(v, OPTIONS)));
  } catch (err) {
    throw new ArgumentValidationError(
      err as ConstructorParameters<typeof ArgumentValidationError>[0],
    );
  }
}

/** type-graphql's `validateFn`: undefined when the argument is valid, else rejects as type-graphql did. */
export function validateArgument(value: unknown): Promise<void> | undefined {
  if (!validatable(value)) {
    return undefined;
  }
  const values = Array.isArray(value) ? value.filter(validatable) : [value];
  return values.every(passesAtOnce) ? undefined : fullValidation(values);
}
