/**
 * What a statement's records become for the repositories, and how a request-path statement is sent.
 */
import neo4j, { type QueryResult, type RecordShape } from 'neo4j-driver';

/**
 * Neo4j integers become JS numbers (all of ours are small: offsets, counts, codes). Records' maps and
 * lists are fresh objects the driver made for this result, so they are converted in place: a planned
 * article is one row of a few hundred nested maps, and copying each one was a visible share of the
 * request's CPU and garbage. Other objects (the driver's own types) are copied as plain objects.
 */
function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (neo4j.isInt(value)) {
    return value.toNumber();
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      value[i] = toPlain(value[i]);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      map[key] = toPlain(map[key]);
    }
    return map;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

/**
 * Sends a statement without the call-site stack neo4j-driver captures for every result (`new Error()`
 * and its formatted `.stack`, to paste into a failure's stack later): about 2% of a one-statement
 * request's CPU. On the request path that stack only ever showed this file's frames, and a failure is
 * mapped to a domain error anyway (graph.errors.ts); the driver's error keeps its name and message.
 */
export function withoutCallSite<T>(send: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return send();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A result's records as plain objects. */
export function plainRecords<T extends RecordShape>(result: QueryResult<T>): T[] {
  return result.records.map(r => toPlain(r.toObject()) as T);
}
