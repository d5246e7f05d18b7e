/**
 * The only owner of Neo4j sessions. Every statement runs in a managed transaction (`executeRead` /
 * `executeWrite`), so a `neo4j://` cluster URI routes reads to readers and retries transient faults.
 * It counts statements, which the N+1 tests read.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { toGraphError } from './graph.errors';

/** Neo4j integers become JS numbers (all of ours are small: offsets, counts, codes). */
function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) {
    return value.toNumber();
  }
  if (Array.isArray(value)) {
    return value.map(toPlain);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

export type Params = object;

export interface GraphClientOptions {
  readonly database: string;
  readonly txTimeoutMs: number;
}

export class GraphClient {
  private statements = 0;
  private open = 0;

  constructor(
    readonly driver: Driver,
    private readonly opts: GraphClientOptions,
  ) {}

  /** Cypher statements run through this client so far. */
  get statementCount(): number {
    return this.statements;
  }

  /** Sessions open right now (each holds at most one pooled connection); read by /metrics. */
  get openSessions(): number {
    return this.open;
  }

  /** Runs one read statement and returns its records as plain objects. */
  async read<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    const result = await this.session('READ', tx => this.run<T>(tx, cypher, params));
    return result.records.map(r => toPlain(r.toObject()) as T);
  }

  /** Runs one write statement in its own transaction. */
  async write<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    const result = await this.session('WRITE', tx => this.run<T>(tx, cypher, params));
    return result.records.map(r => toPlain(r.toObject()) as T);
  }

  /** Runs several statements in one write transaction: all or nothing. */
  writeTransaction<T>(
    work: (run: (cypher: string, params?: Params) => Promise<void>) => Promise<T>,
  ): Promise<T> {
    return this.session('WRITE', tx =>
      work(async (cypher, params = {}) => {
        await this.run(tx, cypher, params);
      }),
    );
  }

  private run<T extends RecordShape>(
    tx: ManagedTransaction,
    cypher: string,
    params: Params,
  ): Promise<QueryResult<T>> {
    this.statements += 1;
    return tx.run<T>(cypher, params);
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.opts.txTimeoutMs, metadata: { app: 'newsgraph' } };
    this.open += 1;
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (err) {
      throw toGraphError(err);
    } finally {
      await session.close().finally(() => {
        this.open -= 1;
      });
    }
  }
}
