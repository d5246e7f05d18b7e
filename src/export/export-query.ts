/**
 * The parameters of an events export (`/export/events.tsv?…`, `npm run export -- events …`): which events
 * (every one, an actor's, an article's or a dyad's) and the same conditions as the `events` query's
 * EventFilter. Every value is checked here; a bad one is BAD_USER_INPUT naming the parameter, before any
 * database read. Lists are comma-separated or repeated (`cameoRoot=05,16` = `cameoRoot=05&cameoRoot=16`).
 */
import { BadUserInputError } from '../errors/errors';
import { parseCalendarDay } from '../kg/dates';
import { ActorKind, EventRole, Modality, QUAD_CLASS_BY_NUMBER, QuadClass } from '../kg/domain';
import type { EventScope } from '../graph/export.repository';
import type { EventFilter } from '../schema/filter.input';
import { parseId } from '../resolvers/input';

/** Query parameters as Express (or the CLI) gives them. */
export type RawParams = Readonly<Record<string, unknown>>;

export interface EventExportQuery {
  readonly scope: EventScope;
  /** Null when no condition was given. */
  readonly filter: EventFilter | null;
  /** Stop after this many rows; null = every matching event. */
  readonly limit: number | null;
}

/** The largest `limit` (an export without one has no bound). */
export const MAX_EXPORT_LIMIT = 100_000_000;
const MAX_LIST = 50;
const MAX_SUMMARY_TEXT = 200;

const SCALARS = [
  'actor',
  'role',
  'article',
  'dyad',
  'directed',
  'from',
  'to',
  'goldsteinMin',
  'goldsteinMax',
  'minConfidence',
  'summaryContains',
  'limit',
] as const;
const LISTS = [
  'cameoCode',
  'cameoRoot',
  'quadClass',
  'modality',
  'sourceKind',
  'targetKind',
] as const;
export const EXPORT_PARAMETERS: readonly string[] = [...SCALARS, ...LISTS];

type Scalar = (typeof SCALARS)[number];
type List = (typeof LISTS)[number];

function bad(name: string, message: string): BadUserInputError {
  return new BadUserInputError(`${name} ${message}`, name);
}

function strings(name: string, value: unknown): string[] {
  const all = Array.isArray(value) ? (value as unknown[]) : [value];
  if (all.some(v => typeof v !== 'string')) {
    throw bad(name, 'must be text');
  }
  return all as string[];
}

/** The values of each parameter: scalars once, lists split on commas; unknown names are refused. */
function collect(raw: RawParams): {
  scalar: Partial<Record<Scalar, string>>;
  list: Partial<Record<List, string[]>>;
} {
  const scalar: Partial<Record<Scalar, string>> = {};
  const list: Partial<Record<List, string[]>> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) {
      continue;
    }
    if ((LISTS as readonly string[]).includes(name)) {
      const items = strings(name, value)
        .flatMap(v => v.split(','))
        .map(v => v.trim())
        .filter(v => v !== '');
      if (items.length === 0 || items.length > MAX_LIST) {
        throw bad(name, `must list 1 to ${MAX_LIST} values`);
      }
      list[name as List] = [...(list[name as List] ?? []), ...items];
    } else if ((SCALARS as readonly string[]).includes(name)) {
      const [one, ...more] = strings(name, value);
      if (one === undefined || more.length > 0) {
        throw bad(name, 'must be given once');
      }
      scalar[name as Scalar] = one.trim();
    } else {
      throw bad(name, `is not a parameter of this export (use ${EXPORT_PARAMETERS.join(', ')})`);
    }
  }
  return { scalar, list };
}

function oneOf<T extends string>(name: string, values: readonly T[], given: string): T {
  const v = given.toUpperCase() as T;
  if (!values.includes(v)) {
    throw bad(name, `must be one of ${values.join(', ')} (got ${given})`);
  }
  return v;
}

function day(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (parseCalendarDay(value) === null) {
    throw bad(name, `must be a date YYYY-MM-DD (got ${value})`);
  }
  return new Date(`${value}T00:00:00.000Z`);
}

function number(name: string, value: string | undefined, min: number, max: number) {
  if (value === undefined) {
    return undefined;
  }
  const n = value === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw bad(name, `must be a number from ${min} to ${max} (got ${value})`);
  }
  return n;
}

function quadClass(value: string): QuadClass {
  const byNumber = /^[1-4]$/.test(value) ? QUAD_CLASS_BY_NUMBER[Number(value)] : undefined;
  return byNumber ?? oneOf('quadClass', Object.values(QuadClass), value);
}

function scopeOf(s: Partial<Record<Scalar, string>>): EventScope {
  const given = (['actor', 'article', 'dyad'] as const).filter(k => s[k] !== undefined);
  if (given.length > 1) {
    throw bad(given[1] ?? 'dyad', `cannot be combined with ${given[0] ?? 'actor'}: pick one`);
  }
  if (s.role !== undefined && s.actor === undefined) {
    throw bad('role', 'needs actor');
  }
  if (s.directed !== undefined && s.dyad === undefined) {
    throw bad('directed', 'needs dyad');
  }
  if (s.actor !== undefined) {
    const role =
      s.role === undefined ? EventRole.ANY : oneOf('role', Object.values(EventRole), s.role);
    return { kind: 'actor', actor: parseId(s.actor, 'actor'), role };
  }
  if (s.article !== undefined) {
    return { kind: 'article', article: parseId(s.article, 'article') };
  }
  if (s.dyad !== undefined) {
    const ids = s.dyad.split(',').map(v => v.trim());
    if (ids.length !== 2) {
      throw bad('dyad', 'must be two actor ids, comma-separated (dyad=country:RUS,country:PRK)');
    }
    const directed = s.directed === undefined ? 'false' : s.directed.toLowerCase();
    if (directed !== 'true' && directed !== 'false') {
      throw bad('directed', 'must be true or false');
    }
    return {
      kind: 'dyad',
      a: parseId(ids[0] ?? '', 'dyad'),
      b: parseId(ids[1] ?? '', 'dyad'),
      directed: directed === 'true',
    };
  }
  return { kind: 'all' };
}

function filterOf(s: Partial<Record<Scalar, string>>, l: Partial<Record<List, string[]>>) {
  const from = day('from', s.from);
  const to = day('to', s.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw bad('to', `must not be before from (${s.from ?? ''} > ${s.to ?? ''})`);
  }
  for (const code of l.cameoCode ?? []) {
    if (!/^\d{2,4}$/.test(code)) {
      throw bad('cameoCode', `must list CAMEO codes of 2 to 4 digits (got ${code})`);
    }
  }
  for (const root of l.cameoRoot ?? []) {
    if (!/^\d{2}$/.test(root) || Number(root) < 1 || Number(root) > 20) {
      throw bad('cameoRoot', `must list two-digit CAMEO roots, 01 to 20 (got ${root})`);
    }
  }
  if (s.summaryContains !== undefined && s.summaryContains.length > MAX_SUMMARY_TEXT) {
    throw bad('summaryContains', `must be at most ${MAX_SUMMARY_TEXT} characters`);
  }
  const kinds = (name: 'sourceKind' | 'targetKind') =>
    l[name]?.map(k => oneOf(name, Object.values(ActorKind), k));
  const filter: EventFilter = {
    from,
    to,
    cameoCode: l.cameoCode,
    cameoRoot: l.cameoRoot,
    quadClass: l.quadClass?.map(quadClass),
    goldsteinMin: number('goldsteinMin', s.goldsteinMin, -10, 10),
    goldsteinMax: number('goldsteinMax', s.goldsteinMax, -10, 10),
    minConfidence: number('minConfidence', s.minConfidence, 0, 1),
    modality: l.modality?.map(m => oneOf('modality', Object.values(Modality), m)),
    sourceKind: kinds('sourceKind'),
    targetKind: kinds('targetKind'),
    summaryContains: s.summaryContains === '' ? undefined : s.summaryContains,
  };
  const set = Object.entries(filter).filter(([, v]) => v !== undefined);
  return set.length === 0 ? null : (Object.fromEntries(set) as EventFilter);
}

export function parseEventExportQuery(raw: RawParams): EventExportQuery {
  const { scalar, list } = collect(raw);
  const limit = number('limit', scalar.limit, 1, MAX_EXPORT_LIMIT);
  if (limit !== undefined && !Number.isInteger(limit)) {
    throw bad('limit', `must be a whole number (got ${scalar.limit ?? ''})`);
  }
  return { scope: scopeOf(scalar), filter: filterOf(scalar, list), limit: limit ?? null };
}
