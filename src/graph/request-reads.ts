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
 *
 * A query with one root field starts with an auto-commit statement instead: its first statement is one
 * RUN on a READ session of its own (one implicit transaction, with the same timeout and metadata), no
 * BEGIN or COMMIT. The read planner compiles `article`, `actor` and `search` with their selection into
 * one statement, so that is usually the whole request. A statement after it (a field the plan left to
 * a DataLoader) begins the request's one explicit transaction as above, on a session that carries the
 * auto-commit's bookmarks: every later statement still shares that one transaction, and it sees at least
 * what the first one saw, also on another cluster member. Neo4j reads are read-committed (each statement
 * sees what was committed when it read, in an explicit transaction too: non-repeatable reads may
 * occur), so one transaction never gave its statements one snapshot; what changes for such a request is
 * only that the first statement may run on another reader than the rest (see docs/architecture.md).
 */
import type { QueryResult, RecordShape, Session, Transaction } from 'neo4j-driver';

/** What `beginTransaction` returns: a transaction that is also the promise of its BEGIN. */
export type BegunTransaction = ReturnType<Session['beginTransaction']>;

/** What the scope needs from GraphClient: counted READ sessions, their transactions, their release. */
export interface ReadTxHost {
  /** A READ session (after `bookmarks`, when given) and its explicit transaction. */
  openReadTransaction(bookmarks?: string[]): {
    readonly session: Session;
    readonly tx: BegunTransaction;
  };
  /** A READ session for one auto-commit statement. */
  openReadSession(): Session;
  /** Runs one auto-commit statement on `session`, with the read transactions' timeout. */
  runAutoCommit<T extends RecordShape>(
    session: Session,
    cypher: string,
    params: object,
  ): Promise<QueryResult<T>>;
  /** Ends the transaction (if any) and closes the session, in the background; never rejects. */
  release(session: Session, tx?: Transaction): Promise<void>;
}

/** One statement's place in the request's reads. */
export interface SharedStatement {
  /** Sends the statement: a RUN in the request's transaction, or the auto-commit statement. */
  run<T extends RecordShape>(cypher: string, params: object): Promise<QueryResult<T>>;
  /** It is the request's auto-commit statement (no explicit transaction). */
  readonly autoCommit: boolean;
  /** Other statements of the transaction were in flight when it was sent: it may wait behind them. */
  readonly queued: boolean;
  /** Call once the statement settled. */
  done(): void;
  /**
   * The statement failed: let its transaction go (the driver fails every statement of a transaction
   * with the first error), so that the next statement begins a fresh one.
   */
  discard(): void;
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

export interface ShareOptions {
  /** The operation has one root field: its first statement may run auto-commit. */
  readonly oneRootField?: boolean;
}

export class RequestReads {
  private shared = false;
  private closed = false;
  private autoCommitFirst = false;
  private started = false;
  private bookmarks: string[] | undefined;
  private current: Open | undefined;
  private readonly releases: Promise<void>[] = [];
  /** Explicit transactions this request began (1 unless a statement failed in one; 0 if none needed). */
  transactions = 0;
  /** Auto-commit statements this request ran (1 at most). */
  autoCommits = 0;

  constructor(private readonly host: ReadTxHost) {}

  /** From now on reads share the request's transaction (the operation is a query). */
  share(options: ShareOptions = {}): void {
    this.shared = !this.closed;
    this.autoCommitFirst = options.oneRootField === true;
  }

  /** True while reads go through this scope's transaction. */
  get active(): boolean {
    return this.shared && !this.closed;
  }

  /**
   * A statement's place in the request's reads. Only while `active`. The first statement of a query
   * with one root field runs auto-commit; otherwise the transaction is begun on the first call.
   */
  enter(): SharedStatement {
    const first = !this.started;
    this.started = true;
    if (first && this.autoCommitFirst) {
      return this.autoCommit();
    }
    let open = this.current;
    if (open === undefined) {
      const { session, tx } = this.host.openReadTransaction(this.bookmarks);
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
      run: (cypher, params) => entered.tx.run(cypher, params),
      autoCommit: false,
      queued,
      done: () => {
        if (!settled) {
          settled = true;
          entered.inFlight -= 1;
        }
      },
      discard: () => {
        if (this.current === entered) {
          this.releaseCurrent();
        }
      },
      beginFailure: () => entered.beginFailure,
    };
  }

  /**
   * The auto-commit statement, on a session of its own, closed once it settled (an idle connection goes
   * back to the pool without a RESET); its bookmarks go to the transaction a later statement begins.
   */
  private autoCommit(): SharedStatement {
    const session = this.host.openReadSession();
    this.autoCommits += 1;
    let settled = false;
    const settle = (): void => {
      if (!settled) {
        settled = true;
        this.bookmarks = session.lastBookmarks();
        this.releases.push(this.host.release(session));
      }
    };
    return {
      run: (cypher, params) => this.host.runAutoCommit(session, cypher, params),
      autoCommit: true,
      queued: false,
      done: settle,
      discard: settle,
      beginFailure: () => undefined,
    };
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
