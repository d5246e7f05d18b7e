/**
 * A neo4j-driver Driver that counts the Cypher statements run through it (session.run, and tx.run in
 * managed and explicit transactions), for the peer and the floor of the read benchmark. newsgraph counts
 * its own (GraphClient.statementCount).
 */
import type { Driver, Session } from 'neo4j-driver';
import type { RecordedStatement } from './db-hits';

export interface StatementCounter {
  statements: number;
  /** When present, each statement is also kept here (for PROFILE: db-hits.ts). */
  readonly log?: RecordedStatement[];
}

/** The most statements a log keeps (the oldest are dropped; a request runs a handful). */
const MAX_LOG = 200;

/** Counts one `run(query, params)` call, and logs it when the counter keeps a log. */
function record(counter: StatementCounter, args: readonly unknown[]): void {
  counter.statements += 1;
  const [query, params] = args;
  if (counter.log !== undefined && typeof query === 'string') {
    counter.log.push({ cypher: query, params: (params ?? {}) as Record<string, unknown> });
    counter.log.splice(0, Math.max(0, counter.log.length - MAX_LOG));
  }
}

/** Wraps anything with a `run` method so each call adds one to the counter. */
function countRuns<T extends object>(target: T, counter: StatementCounter): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (prop === 'run' && typeof value === 'function') {
        return (...args: unknown[]): unknown => {
          record(counter, args);
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      return typeof value === 'function' ? (value as () => unknown).bind(obj) : value;
    },
  });
}

function countingSession(session: Session, counter: StatementCounter): Session {
  const wrapWork =
    (fn: (work: (tx: object) => unknown, config?: unknown) => Promise<unknown>) =>
    (work: (tx: object) => unknown, config?: unknown): Promise<unknown> =>
      fn.call(session, (tx: object) => work(countRuns(tx, counter)), config);
  return new Proxy(session, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      switch (prop) {
        case 'run':
          return (...args: unknown[]): unknown => {
            record(counter, args);
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          };
        case 'executeRead':
        case 'executeWrite':
          return wrapWork(value as Parameters<typeof wrapWork>[0]);
        case 'beginTransaction':
          return (...args: unknown[]): unknown =>
            countRuns((value as (...a: unknown[]) => object).apply(obj, args), counter);
        default:
          return typeof value === 'function' ? (value as () => unknown).bind(obj) : value;
      }
    },
  });
}

/** The same driver, counting statements into `counter`. */
export function countingDriver(driver: Driver, counter: StatementCounter): Driver {
  return new Proxy(driver, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (prop === 'session') {
        return (...args: unknown[]): Session =>
          countingSession((value as (...a: unknown[]) => Session).apply(obj, args), counter);
      }
      return typeof value === 'function' ? (value as () => unknown).bind(obj) : value;
    },
  });
}

/**
 * Makes `driver`'s sessions count (and log) into `counter` in place, for a driver owned by code that
 * can't be handed a wrapper (newsgraph's GraphClient). Returns the original `session` method, whose
 * sessions are not counted.
 */
export function countSessionsInPlace(driver: Driver, counter: StatementCounter): Driver['session'] {
  const original = driver.session.bind(driver);
  driver.session = (...args: Parameters<Driver['session']>): Session =>
    countingSession(original(...args), counter);
  return original;
}
