/**
 * Compiles EventFilter / StatementFilter trees into a Cypher predicate for FILTER_SLOT. Structure comes
 * only from the closed templates below; every value becomes a parameter ($f0, $f1, ...). Depth and size
 * are bounded so a filter cannot make a statement arbitrarily large.
 */
import { QUAD_CLASS_BY_NUMBER } from '../schema/domain.enum';
import type { EventFilter, StatementFilter } from '../schema/filter.input';
import { BadUserInputError } from '../errors/errors';
import { FILTER_SLOT } from './cypher/read.cypher';

export const MAX_FILTER_DEPTH = 5;
export const MAX_FILTER_CONDITIONS = 50;

export interface CompiledFilter {
  readonly predicate: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Predicate templates per filter field; `$value` stands for the field's parameter. */
type Leaf<F> = { [K in keyof F]?: string };

interface Combinable<F> {
  AND?: F[];
  OR?: F[];
  NOT?: F;
}

const QUAD_NUMBER = new Map(Object.entries(QUAD_CLASS_BY_NUMBER).map(([n, q]) => [q, Number(n)]));

const dateValue = (d: Date): string => d.toISOString().slice(0, 10);

/** Templates on an event bound as `e`. */
const EVENT_LEAVES: Leaf<EventFilter> = {
  from: '(e.date IS NOT NULL AND e.date >= $value)',
  to: '(e.date IS NOT NULL AND e.date <= $value)',
  cameoCode: 'e.cameoCode IN $value',
  cameoRoot: 'substring(e.cameoCode, 0, 2) IN $value',
  quadClass: 'EXISTS { (e)-[:OF_TYPE]->(t:EventType) WHERE t.quadClass IN $value }',
  goldsteinMin: 'EXISTS { (e)-[:OF_TYPE]->(t:EventType) WHERE t.goldstein >= $value }',
  goldsteinMax: 'EXISTS { (e)-[:OF_TYPE]->(t:EventType) WHERE t.goldstein <= $value }',
  modality: 'e.modality IN $value',
  sourceKind: 'EXISTS { (e)-[:SOURCE]->(x:Actor) WHERE x.kind IN $value }',
  targetKind: 'EXISTS { (e)-[:TARGET]->(x:Actor) WHERE x.kind IN $value }',
  summaryContains: 'toLower(e.summary) CONTAINS $value',
  minConfidence: 'e.confidence >= $value',
};

/** Templates on a statement bound as `s`. */
const STATEMENT_LEAVES: Leaf<StatementFilter> = {
  direct: 's.direct = $value',
  textContains: 'toLower(s.text) CONTAINS $value',
  reportingVerb: 's.reportingVerb IN $value',
  from: '(s.date IS NOT NULL AND s.date >= $value)',
  to: '(s.date IS NOT NULL AND s.date <= $value)',
  speakerKind: 'EXISTS { (s)-[:SPOKEN_BY]->(x:Actor) WHERE x.kind IN $value }',
  minConfidence: 's.confidence >= $value',
};

/** Values as Cypher parameters: dates as YYYY-MM-DD, quad classes as CAMEO numbers, text lower-cased. */
function paramValue(key: string, value: unknown): unknown {
  if (value instanceof Date) {
    return dateValue(value);
  }
  if (key === 'quadClass' && Array.isArray(value)) {
    return value.map(q => QUAD_NUMBER.get(q as never));
  }
  if ((key === 'summaryContains' || key === 'textContains') && typeof value === 'string') {
    return value.toLowerCase();
  }
  return value;
}

function compile<F extends Combinable<F>>(
  filter: F,
  leaves: Leaf<F>,
  argumentName: string,
): CompiledFilter {
  const params: Record<string, unknown> = {};
  let conditions = 0;
  const walk = (f: F, depth: number): string => {
    if (depth > MAX_FILTER_DEPTH) {
      throw new BadUserInputError(
        `${argumentName} nests deeper than ${MAX_FILTER_DEPTH} levels`,
        argumentName,
      );
    }
    const parts: string[] = [];
    for (const [key, value] of Object.entries(f) as [keyof F & string, unknown][]) {
      if (value === undefined || value === null) {
        continue;
      }
      if (key === 'AND' || key === 'OR') {
        const subs = (value as F[]).map(sub => walk(sub, depth + 1));
        if (subs.length > 0) {
          parts.push(`(${subs.join(key === 'AND' ? ' AND ' : ' OR ')})`);
        } else {
          parts.push(key === 'AND' ? 'true' : 'false');
        }
        continue;
      }
      if (key === 'NOT') {
        parts.push(`(NOT ${walk(value as F, depth + 1)})`);
        continue;
      }
      const template = leaves[key];
      if (template === undefined) {
        continue;
      }
      if (key === 'minConfidence' && !(Number(value) >= 0 && Number(value) <= 1)) {
        throw new BadUserInputError(`${argumentName}.minConfidence must be 0 to 1`, argumentName);
      }
      conditions += 1;
      if (conditions > MAX_FILTER_CONDITIONS) {
        throw new BadUserInputError(
          `${argumentName} has more than ${MAX_FILTER_CONDITIONS} conditions`,
          argumentName,
        );
      }
      const name = `f${Object.keys(params).length}`;
      params[name] = paramValue(key, value);
      parts.push(template.split('$value').join('$' + name));
    }
    return parts.length === 0 ? 'true' : `(${parts.join(' AND ')})`;
  };
  return { predicate: walk(filter, 1), params };
}

export function compileEventFilter(filter: EventFilter | null | undefined): CompiledFilter | null {
  return filter === null || filter === undefined ? null : compile(filter, EVENT_LEAVES, 'filter');
}

export function compileStatementFilter(
  filter: StatementFilter | null | undefined,
): CompiledFilter | null {
  return filter === null || filter === undefined
    ? null
    : compile(filter, STATEMENT_LEAVES, 'filter');
}

/** The statement with the filter in its slot (or unchanged without one). */
export function withFilter(statement: string, filter: CompiledFilter | null): string {
  if (!statement.includes(FILTER_SLOT)) {
    throw new Error('statement has no filter slot');
  }
  return filter === null ? statement : statement.split(FILTER_SLOT).join(filter.predicate);
}
