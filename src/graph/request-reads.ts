/**
 * One read transaction for everything a GraphQL query reads (issue 13 §1). Without it each statement
 * had its own session and managed transaction: BEGIN, RUN and COMMIT written separately, a pooled
 * connection acquired and released per statement, about 40% of the article's Node CPU. With it the
 * first statement of a request opens one session and one explicit read transaction, and every later
 * statement of the request is one more RUN on it; statements started together (sibling root fields, the
 * DataLoader batches of one level) go out back to back and the driver pipelines them.
 *
 * GraphClient is still the only owner of sessions: it lends them to this scope (`ReadTxHost`) and runs
 * the statements. The server creates one scope per GraphQL request, turns sharing on for queries only
 * (a mutation's reads and writes keep their own managed transactions), and closes the scope when the
 * response is done or the client went away. After `close` nothing opens a transaction here again: a
 * statement that still comes runs in its own session, as before.
 */
import type { Session, Transaction } from 'neo4j-driver';

/** What `beginTransaction` returns: a transaction that is also the promise of its BEGIN. */
export type BegunTransaction = ReturnType<Session['beginTransaction']>;

/** What the scope needs from GraphClient: a counted READ session, its transaction, and its release. */
export interface ReadTxHost {
  openReadTransaction(): { readonly session: Session; readonly tx: BegunTransaction };
  /** Ends the transaction and closes the session, in the background; never rejects. */
  release(session: Session, tx: Transaction): Promise<void>;
}

/** One statement's place in the request's transaction. */
export interface SharedStatement {
  readonly tx: Transaction;
  /** Other statements of the transaction were in flight when it was sent: it may wait behind them. */
  readonly queued: boolean;
  /** Call once the statement settled. */
  done(): void;
  /**
   * Why the transaction could not begin (no pooled connection in time, the database unreachable), if
   * it could not: a statement run on it after that fails with a generic "rolled back" error instead.
   */
  beginFailure(): unknown;
}

interface Open {
  readonly session: Session;
  readonly tx: Transaction;
  inFlight: number;
  beginFailure?: unknown;
}

export class RequestReads {
  private shared = false;
  private closed = false;
  private current: Open | undefined;
  private readonly releases: Promise<void>[] = [];
  /** Transactions this request began (1 unless a statement failed in one). */
  transactions = 0;

  constructor(private readonly host: ReadTxHost) {}

  /** From now on reads share the request's transaction (the operation is a query). */
  share(): void {
    this.shared = !this.closed;
  }

  /** True while reads go through this scope's transaction. */
  get active(): boolean {
    return this.shared && !this.closed;
  }

  /** A statement's place in the request's transaction, begun on the first call. Only while `active`. */
  enter(): SharedStatement {
    let open = this.current;
    if (open === undefined) {
      const { session, tx } = this.host.openReadTransaction();
      const opened: Open = { session, tx, inFlight: 0 };
      tx.catch((err: unknown) => {
        opened.beginFailure = err;
      });
      open = opened;
      this.current = open;
      this.transactions += 1;
    }
    const queued = open.inFlight > 0;
    open.inFlight += 1;
    let settled = false;
    const entered = open;
    return {
      tx: entered.tx,
      queued,
      done: () => {
        if (!settled) {
          settled = true;
          entered.inFlight -= 1;
        }
      },
      beginFailure: () => entered.beginFailure,
    };
  }

  /**
   * A statement failed in `tx` (the driver fails every statement of a transaction with the first
   * error): let it go, so that the next statement begins a fresh one.
   */
  discard(tx: Transaction): void {
    if (this.current?.tx === tx) {
      this.releaseCurrent();
    }
  }

  /** The response is done (or abandoned): end the transaction, close its session. Idempotent. */
  close(): Promise<void> {
    this.closed = true;
    this.releaseCurrent();
    return Promise.all(this.releases).then(() => undefined);
  }

  private releaseCurrent(): void {
    const open = this.current;
    this.current = undefined;
    if (open !== undefined) {
      this.releases.push(this.host.release(open.session, open.tx));
    }
  }
}
