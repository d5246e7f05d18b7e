/**
 * Keeps a local service that the server started itself (the local Neo4j; later CoreNLP) running, the way
 * a process supervisor or a container restart policy would: when its process dies and we did not ask it
 * to, the death is reported (exit code or signal, the tail of its log) and the service is started again
 * after a back-off of 1 s, 2 s, 4 s ... (at most 30 s). A crash loop, more than `maxDeaths` deaths (a
 * failed restart counts as one) within `windowMs`, ends supervision: `onFatal` gets a message that says
 * where to look, and the server exits non-zero, because a service that cannot stay up needs a human.
 *
 * The supervisor knows nothing of Neo4j: a service is a `start()` that resolves once the service is
 * ready, with a handle whose `exited` settles when the process ends and whose `stop()` stops it.
 */

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface SupervisedProcess {
  readonly pid: number;
  /** Settles once, when the process has ended for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  /** Stops the process; resolves once it is gone. */
  stop(): Promise<void>;
}

export interface ServiceDefinition<P extends SupervisedProcess> {
  /** A short name for logs and metric labels (`neo4j`). */
  readonly name: string;
  /** Starts the service and resolves once it is ready (rejects when it cannot start). */
  start(): Promise<P>;
  /** The last lines of the service's own logs, shown when it dies. */
  logTail?(): string;
  /** Where to look when it keeps dying, named in the fatal message (`<dataDir>/logs/...`). */
  readonly logHint?: string;
}

export type SupervisorEvent =
  | {
      readonly type: 'died';
      readonly service: string;
      readonly pid: number;
      readonly exitCode: number | null;
      readonly signal: NodeJS.Signals | null;
      readonly uptimeMs: number;
      readonly logTail: string;
    }
  | {
      readonly type: 'restarting';
      readonly service: string;
      readonly attempt: number;
      readonly delayMs: number;
    }
  | {
      readonly type: 'restarted';
      readonly service: string;
      readonly pid: number;
      /** From the death to ready again. */
      readonly downMs: number;
      readonly attempt: number;
    }
  | {
      readonly type: 'restart-failed';
      readonly service: string;
      readonly attempt: number;
      readonly error: string;
    }
  | { readonly type: 'gave-up'; readonly service: string; readonly message: string };

export interface SupervisorOptions {
  /** The first restart waits this long; each further death within `windowMs` doubles it. Default 1000. */
  readonly backoffBaseMs?: number;
  /** The longest wait before a restart. Default 30000. */
  readonly backoffMaxMs?: number;
  /**
   * More deaths than this within `windowMs` is a crash loop. Default 5 in 10 min: with the back-off that
   * is six starts in about a minute plus the start times (Neo4j needs 20-40 s), so a service that dies
   * once a day is restarted for ever, one that cannot start is given up on within a few minutes.
   */
  readonly maxDeaths?: number;
  /** Default 600000 (10 min). */
  readonly windowMs?: number;
}

const DEFAULTS: Required<SupervisorOptions> = {
  backoffBaseMs: 1000,
  backoffMaxMs: 30_000,
  maxDeaths: 5,
  windowMs: 600_000,
};

export type SupervisorState = 'idle' | 'up' | 'restarting' | 'failed' | 'stopped';

/** What /metrics reads. */
export interface ServiceStats {
  readonly name: string;
  readonly state: SupervisorState;
  /** Successful restarts so far. */
  readonly restarts: number;
  /** Unexpected deaths so far (failed restarts included). */
  readonly deaths: number;
}

export class ServiceSupervisor<P extends SupervisedProcess> implements ServiceStats {
  private current: P | undefined;
  private startedAt = 0;
  private downSince = 0;
  private readonly deathTimes: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  private starting: Promise<unknown> | undefined;
  private readonly listeners = new Set<(event: SupervisorEvent) => void>();
  private readonly opts: Required<SupervisorOptions>;
  private attempt = 0;
  state: SupervisorState = 'idle';
  restarts = 0;
  deaths = 0;

  constructor(
    private readonly service: ServiceDefinition<P>,
    /** Called once, on a crash loop, with a message that names what to do. */
    private readonly onFatal: (message: string) => void,
    opts: SupervisorOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  get name(): string {
    return this.service.name;
  }

  /** The running process (undefined while it is being restarted, or after stop). */
  get process(): P | undefined {
    return this.current;
  }

  /** Receives every event (deaths, restarts, the end); returns the unsubscribe function. */
  subscribe(listener: (event: SupervisorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first start: its failure is the caller's (a server that cannot start its database stops). */
  async start(): Promise<P> {
    const proc = await this.track(this.service.start());
    this.adopt(proc);
    return proc;
  }

  /** Stops supervising and stops the process (also one that is being restarted right now). */
  async stop(): Promise<void> {
    if (this.state === 'stopped') {
      return;
    }
    this.state = 'stopped';
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.starting?.catch(() => undefined);
    const proc = this.current;
    this.current = undefined;
    await proc?.stop();
  }

  /** Back-off before restart number `attempt` (1-based). */
  backoffMs(attempt: number): number {
    return Math.min(
      this.opts.backoffBaseMs * 2 ** Math.max(0, attempt - 1),
      this.opts.backoffMaxMs,
    );
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.starting = promise;
    return promise.finally(() => {
      if (this.starting === promise) {
        this.starting = undefined;
      }
    });
  }

  private adopt(proc: P): void {
    this.current = proc;
    this.startedAt = Date.now();
    this.state = 'up';
    void proc.exited.then(status => {
      this.onExit(proc, status);
    });
  }

  private emit(event: SupervisorEvent): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }

  private onExit(proc: P, status: ExitStatus): void {
    if (this.state === 'stopped' || this.current !== proc) {
      return; // our own stop, or a process we already replaced
    }
    this.current = undefined;
    this.downSince = Date.now();
    this.emit({
      type: 'died',
      service: this.name,
      pid: proc.pid,
      exitCode: status.code,
      signal: status.signal,
      uptimeMs: Date.now() - this.startedAt,
      logTail: this.logTail(),
    });
    this.recordDeath(`exit code ${String(status.code)}, signal ${String(status.signal)}`);
  }

  /** Counts a death; gives up on a crash loop, else schedules the next start after its back-off. */
  private recordDeath(last: string): void {
    this.deaths += 1;
    const now = Date.now();
    this.deathTimes.push(now);
    while (this.deathTimes.length > 0 && (this.deathTimes[0] ?? now) <= now - this.opts.windowMs) {
      this.deathTimes.shift();
    }
    if (this.deathTimes.length > this.opts.maxDeaths) {
      this.giveUp(last);
      return;
    }
    this.attempt = this.deathTimes.length;
    const delayMs = this.backoffMs(this.attempt);
    this.state = 'restarting';
    this.emit({ type: 'restarting', service: this.name, attempt: this.attempt, delayMs });
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.restart();
    }, delayMs);
  }

  private async restart(): Promise<void> {
    if (this.state !== 'restarting') {
      return;
    }
    const attempt = this.attempt;
    let proc: P;
    try {
      proc = await this.track(this.service.start());
    } catch (err) {
      if (this.state !== 'restarting') {
        return;
      }
      const error = err instanceof Error ? err.message : String(err);
      this.emit({ type: 'restart-failed', service: this.name, attempt, error });
      this.recordDeath(error);
      return;
    }
    if (this.state !== 'restarting') {
      await proc.stop(); // stop() came while it was starting
      return;
    }
    this.restarts += 1;
    this.adopt(proc);
    this.emit({
      type: 'restarted',
      service: this.name,
      pid: proc.pid,
      downMs: Date.now() - this.downSince,
      attempt,
    });
  }

  private giveUp(last: string): void {
    this.state = 'failed';
    const w = this.opts.windowMs;
    const window = w >= 60_000 ? `${Math.round(w / 60_000)} min` : `${w / 1000} s`;
    const where = this.service.logHint ?? 'its logs';
    const message =
      `the local ${this.name} died ${this.deathTimes.length} times within ${window} ` +
      `(last: ${last}): giving up. Look at ${where} for the cause (memory, disk, a damaged store), ` +
      'fix it and start the server again';
    this.emit({ type: 'gave-up', service: this.name, message });
    this.onFatal(message);
  }

  private logTail(): string {
    try {
      return this.service.logTail?.() ?? '';
    } catch {
      return '';
    }
  }
}
