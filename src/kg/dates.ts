/**
 * Dates as the graph stores them, shared by every write path (mutation, CLI, seed) and the read path.
 *
 * - `Article.publishedAt` is stored in ONE canonical form, `YYYY-MM-DDTHH:MM:SS.sssZ` (UTC, what
 *   `Date.prototype.toISOString` prints and the DateTime scalar serves), with `publishedAtPrecision`
 *   saying how much of it was given: a date-only input becomes midnight UTC with precision DAY, so
 *   nothing is invented. A date-time without a zone is taken as UTC (feeds often drop the zone;
 *   rejecting it would lose the article, and the day is right for most of the world).
 * - Facts' dates (`Event.date`, `Statement.date`, offices' `since`/`until`) are calendar days
 *   `YYYY-MM-DD`, as the Date scalar serves them.
 *
 * The `read*` functions make reads tolerant: a stored value that does not fit (written before these
 * rules, or by hand) is normalised when it can be, else served as null, never as a failed query.
 */
import { DatePrecision } from './domain';

/** The canonical stored form of a date-time. */
export const CANONICAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 / RFC 3339 date, optionally with a time (T or space) and an optional zone. */
const PUBLISHED_AT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

export interface ParsedDateTime {
  /** Canonical form, `YYYY-MM-DDTHH:MM:SS.sssZ`. */
  readonly value: string;
  readonly precision: DatePrecision;
}

/** True when y-m-d names a day of the proleptic Gregorian calendar (no 30 February). */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  const day = new Date(Date.UTC(y, m - 1, d));
  day.setUTCFullYear(y);
  return y >= 1 && m >= 1 && m <= 12 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** `YYYY-MM-DD` naming a real day; null for anything else. */
export function parseCalendarDay(value: string): string | null {
  const m = CALENDAR_DAY.exec(value);
  return m && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])) ? value : null;
}

/**
 * A publication date or date-time in its canonical stored form with its precision, or null when it is
 * not one: a date (DAY), a date-time to the minute (MINUTE) or the second, fractions kept to the
 * millisecond (SECOND); a `T` or a space between; `Z`, `±HH:MM`, `±HHMM` or no zone (taken as UTC).
 */
export function parseDateTime(raw: string): ParsedDateTime | null {
  const m = PUBLISHED_AT.exec(raw.trim());
  if (!m) {
    return null;
  }
  const [, y, mo, d, hh, mi, ss, frac, zone] = m;
  if (!isCalendarDay(Number(y), Number(mo), Number(d))) {
    return null;
  }
  if (hh === undefined || mi === undefined) {
    return { value: `${y}-${mo}-${d}T00:00:00.000Z`, precision: DatePrecision.DAY };
  }
  if (Number(hh) > 23 || Number(mi) > 59 || Number(ss ?? 0) > 59) {
    return null;
  }
  const ms = (frac ?? '.000').slice(1).padEnd(3, '0').slice(0, 3);
  const offset =
    zone === undefined || zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) {
    return null;
  }
  const at = new Date(`${y}-${mo}-${d}T${hh}:${mi}:${ss ?? '00'}.${ms}${offset}`);
  if (Number.isNaN(at.getTime())) {
    return null;
  }
  return {
    value: at.toISOString(),
    precision: ss === undefined ? DatePrecision.MINUTE : DatePrecision.SECOND,
  };
}

/** The precisions a publication date may carry. */
export const DATE_TIME_PRECISIONS: readonly DatePrecision[] = [
  DatePrecision.DAY,
  DatePrecision.MINUTE,
  DatePrecision.SECOND,
];
/** The precisions a calendar day (a fact's date) may carry. */
export const DAY_PRECISIONS: readonly DatePrecision[] = [
  DatePrecision.DAY,
  DatePrecision.MONTH,
  DatePrecision.YEAR,
];

type Warn = (message: string) => void;
let warn: Warn = message => {
  process.emitWarning(message, 'StoredValueWarning');
};
const warned = new Set<string>();

/** Where unreadable stored values are reported (once per field and value). For the server's logger. */
export function onUnreadableStoredValue(sink: Warn): void {
  warn = sink;
}

function unreadable(field: string, value: unknown): null {
  const key = `${field}\u0000${String(value)}`;
  if (!warned.has(key) && warned.size < 10_000) {
    warned.add(key);
    warn(
      `stored ${field} ${JSON.stringify(value)} cannot be served as it is: the answer leaves it ` +
        'out (null, or a documented default for a non-null field); see docs/stored-values.md',
    );
  }
  return null;
}

/** A stored publication date-time as the DateTime scalar can serve it, or null. */
export function readDateTime(field: string, stored: unknown): string | null {
  if (stored === null || stored === undefined) {
    return null;
  }
  if (typeof stored === 'string') {
    if (CANONICAL_DATE_TIME.test(stored) && !Number.isNaN(Date.parse(stored))) {
      return stored;
    }
    const parsed = parseDateTime(stored);
    if (parsed !== null) {
      return parsed.value;
    }
  }
  return unreadable(field, stored);
}

/**
 * The precision of a stored publication date-time: the stored one when valid, else what a legacy
 * value shows (a date-only value is DAY), else null.
 */
export function readDateTimePrecision(stored: unknown, storedAt: unknown): DatePrecision | null {
  if (typeof stored === 'string' && (DATE_TIME_PRECISIONS as readonly string[]).includes(stored)) {
    return stored as DatePrecision;
  }
  if (typeof storedAt === 'string' && !CANONICAL_DATE_TIME.test(storedAt)) {
    return parseDateTime(storedAt)?.precision ?? null;
  }
  return null;
}

/** A stored calendar day as the Date scalar can serve it, or null. */
export function readDay(field: string, stored: unknown): string | null {
  if (stored === null || stored === undefined) {
    return null;
  }
  if (typeof stored === 'string') {
    const day = parseCalendarDay(stored) ?? parseCalendarDay(stored.slice(0, 10));
    if (day !== null) {
      return day;
    }
  }
  return unreadable(field, stored);
}

/** A stored enum value when it is one of `values`, else null (reported once). */
export function readEnum<T extends string>(
  field: string,
  values: readonly T[],
  stored: unknown,
): T | null {
  if (stored === null || stored === undefined) {
    return null;
  }
  return (values as readonly unknown[]).includes(stored)
    ? (stored as T)
    : unreadable(field, stored);
}

/** A stored number when finite (Neo4j integers arrive as numbers), else null (reported once). */
export function readNumber(field: string, stored: unknown): number | null {
  if (stored === null || stored === undefined) {
    return null;
  }
  return typeof stored === 'number' && Number.isFinite(stored) ? stored : unreadable(field, stored);
}
