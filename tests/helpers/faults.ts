/**
 * Fault injection for the reliability tests (reliability.md §7, tiers 2 and 3).
 *
 * - `FaultInjector` wraps a real driver: sessions, managed, explicit (a query's shared reads) and auto-commit
 *   transactions and statements are the real ones against the real Neo4j, except that the next N statements of a chosen kind fail with a chosen
 *   Neo4jError code, wait first, or run a genuinely slow statement first in the same transaction. The
 *   driver's own retry logic sees the injected errors exactly as it would see the database's.
 * - `closedPort`, `blackHole` and `resetAfterAccept` are loopback "databases" that refuse, swallow or
 *   reset Bolt connections.
 */
import net from 'node:net';
import { type Driver, type ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';
import { freePort } from '../../src/bench/bench-neo4j';
import { DomainError } from '../../src/errors/errors';

type Mode = 'READ' | 'WRITE';
type TxConfig = Parameters<Session['run']>[2];

interface Fault {
  /** Which transactions it applies to. */
  readonly mode: Mode | 'ANY';
  /** The statement (1-based, within one attempt of a transaction) it hits. */
  readonly atStatement: number;
  remaining: number;
  readonly code?: string;
  readonly delayMs?: number;
  /** A real statement run before the hit one, in the same transaction (for server-side timeouts). */
  readonly slowCypher?: string;
}

export interface FaultOptions {
  readonly mode?: Mode | 'ANY';
  readonly atStatement?: number;
}

export function neo4jError(code: string, message = `injected ${code}`): Neo4jError {
  return new Neo4jError(message, code, '50N42', `error: injected fault. ${message}`);
}

export class FaultInjector {
  /** How many times a transaction's work function started, per mode (retries included). */
  readonly workRuns: Record<Mode, number> = { READ: 0, WRITE: 0 };
  /** How many faults fired. */
  fired = 0;
  private readonly faults: Fault[] = [];
  readonly driver: Driver;

  constructor(readonly real: Driver) {
    this.driver = new Proxy(real, {
      get: (target, prop, receiver) => {
        if (prop === 'session') {
          return (config?: Parameters<Driver['session']>[0]) =>
            this.wrapSession(target.session(config));
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value;
      },
    });
  }

  /** The next `times` matching statements fail with `code` instead of running. */
  failNext(times: number, code: string, opts: FaultOptions = {}): void {
    this.faults.push({
      mode: opts.mode ?? 'ANY',
      atStatement: opts.atStatement ?? 1,
      remaining: times,
      code,
    });
  }

  /** The next `times` matching statements wait `delayMs` inside their open transaction first. */
  delayNext(times: number, delayMs: number, opts: FaultOptions = {}): void {
    this.faults.push({
      mode: opts.mode ?? 'ANY',
      atStatement: opts.atStatement ?? 1,
      remaining: times,
      delayMs,
    });
  }

  /** The next `times` matching statements are preceded by `cypher` in the same transaction. */
  slowNext(times: number, cypher: string, opts: FaultOptions = {}): void {
    this.faults.push({
      mode: opts.mode ?? 'ANY',
      atStatement: opts.atStatement ?? 1,
      remaining: times,
      slowCypher: cypher,
    });
  }

  clear(): void {
    this.faults.length = 0;
  }

  private take(mode: Mode, statement: number): Fault | undefined {
    const fault = this.faults.find(
      f => f.remaining > 0 && (f.mode === 'ANY' || f.mode === mode) && f.atStatement === statement,
    );
    if (fault !== undefined) {
      fault.remaining -= 1;
      this.fired += 1;
    }
    return fault;
  }

  private wrapSession(session: Session): Session {
    const wrapWork =
      <T>(mode: Mode, work: (tx: ManagedTransaction) => Promise<T> | T) =>
      (tx: ManagedTransaction): Promise<T> | T => {
        this.workRuns[mode] += 1;
        return work(this.wrapTx(mode, tx));
      };
    return new Proxy(session, {
      get: (target, prop, receiver) => {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          const mode: Mode = prop === 'executeRead' ? 'READ' : 'WRITE';
          return <T>(
            work: (tx: ManagedTransaction) => Promise<T> | T,
            config?: Parameters<Session['executeRead']>[1],
          ) => target[prop](wrapWork(mode, work), config);
        }
        if (prop === 'beginTransaction') {
          // GraphClient begins explicit transactions only for a query's shared reads (request-reads.ts)
          return (config?: Parameters<Session['beginTransaction']>[0]) => {
            this.workRuns.READ += 1;
            const tx = target.beginTransaction(config);
            return this.wrapTx('READ', tx as unknown as ManagedTransaction);
          };
        }
        if (prop === 'run') {
          return (cypher: string, params?: Record<string, unknown>, config?: TxConfig) =>
            this.autoCommit(target, cypher, params, config);
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value;
      },
    });
  }

  /**
   * An auto-commit statement (a query's first read when it has one root field, request-reads.ts): its
   * own READ transaction of one statement. A delay holds a pooled connection of the same driver for
   * that long first (as a slow read in an open transaction does); a slow statement runs first as an
   * auto-commit statement of its own, with the same timeout.
   */
  private async autoCommit(
    session: Session,
    cypher: string,
    params: Record<string, unknown> | undefined,
    config: TxConfig | undefined,
  ): Promise<unknown> {
    this.workRuns.READ += 1;
    const fault = this.take('READ', 1);
    if (fault?.code !== undefined) {
      throw neo4jError(fault.code);
    }
    if (fault?.delayMs !== undefined) {
      await this.holdConnection(fault.delayMs);
    }
    if (fault?.slowCypher !== undefined) {
      await session.run(fault.slowCypher, {}, config);
    }
    return session.run(cypher, params, config);
  }

  private async holdConnection(ms: number): Promise<void> {
    const holder = this.real.session({ defaultAccessMode: 'READ' });
    try {
      const tx = await holder.beginTransaction();
      await new Promise(r => setTimeout(r, ms));
      await tx.commit();
    } finally {
      await holder.close();
    }
  }

  private wrapTx(mode: Mode, tx: ManagedTransaction): ManagedTransaction {
    let statement = 0;
    return new Proxy(tx, {
      get: (target, prop, receiver) => {
        if (prop !== 'run') {
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function'
            ? (value as (...a: unknown[]) => unknown).bind(target)
            : value;
        }
        return async (cypher: string, params?: Record<string, unknown>) => {
          statement += 1;
          const fault = this.take(mode, statement);
          if (fault?.code !== undefined) {
            throw neo4jError(fault.code);
          }
          if (fault?.delayMs !== undefined) {
            await new Promise(r => setTimeout(r, fault.delayMs));
          }
          if (fault?.slowCypher !== undefined) {
            await target.run(fault.slowCypher);
          }
          return target.run(cypher, params);
        };
      },
    });
  }
}

/** A loopback port nothing listens on: the one the benchmarks use to start their own Neo4j. */
export const closedPort = freePort;

export interface FaultServer {
  readonly port: number;
  /** Connections accepted so far. */
  readonly accepted: () => number;
  close(): Promise<void>;
}

/** Accepts TCP connections and never answers the Bolt handshake. */
export function blackHole(): Promise<FaultServer> {
  return faultServer(() => undefined);
}

/** Accepts TCP connections and resets each one at once (RST). */
export function resetAfterAccept(): Promise<FaultServer> {
  return faultServer(socket => {
    socket.resetAndDestroy();
  });
}

async function faultServer(onSocket: (socket: net.Socket) => void): Promise<FaultServer> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const srv = await listen(socket => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    onSocket(socket);
  });
  return {
    port: portOf(srv),
    accepted: () => accepted,
    close: async () => {
      sockets.forEach(s => s.destroy());
      await new Promise(r => srv.close(r));
    },
  };
}

function listen(onSocket: (socket: net.Socket) => void): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer(onSocket);
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      resolve(srv);
    });
  });
}

function portOf(srv: net.Server): number {
  const addr = srv.address();
  return typeof addr === 'object' && addr !== null ? addr.port : 0;
}

/** Largest gap between 20 ms ticks while `work` runs: a blocked event loop shows up here. */
export async function maxEventLoopLag<T>(
  work: () => Promise<T>,
): Promise<{ result: T; lagMs: number }> {
  let last = Date.now();
  let lagMs = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    lagMs = Math.max(lagMs, now - last - 20);
    last = now;
  }, 20);
  try {
    const result = await work();
    return { result, lagMs };
  } finally {
    clearInterval(timer);
  }
}

/** The code of a thrown project error (src/errors: what becomes extensions.code), or its name. */
export function codeOf(err: unknown): string {
  return err instanceof DomainError ? err.code : err instanceof Error ? err.name : String(err);
}
