/**
 * Connects to Neo4j for a process: the server at NEO4J_URI when set, otherwise the local Neo4j (reused
 * when `db:start` runs one, started as a child otherwise). Fails within the connect timeout with one
 * line that names the fix.
 *
 * The server (`supervise`) keeps a local Neo4j it started itself running: a ServiceSupervisor restarts
 * it when it dies, and the GraphClient's circuit breaker fails requests fast meanwhile. A Neo4j started
 * by `db:start` is not ours to restart, and a CLI rides out an outage within its retry budget.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config';
import {
  type RunningNeo4j,
  localNeo4jService,
  reuseRecorded,
  startLocalNeo4j,
} from './local-neo4j';
import {
  ServiceSupervisor,
  type SupervisorEvent,
  type SupervisorOptions,
} from './service.supervisor';
import { checkConnectivity, createDriver } from '../graph/driver';
import { type BreakerEvent, type BreakerOptions, GraphClient } from '../graph/graph-client';
import type { Logger } from './logger';

/**
 * On the request path an operation gives up this long after its transaction timeout. Neo4j checks
 * transaction timeouts every 2 s, so a slow query still gets the server's TIMEOUT first.
 */
const REQUEST_DEADLINE_MARGIN_MS = 3000;

export class StartupError extends Error {
  override readonly name = 'StartupError';
}

export interface GraphRuntime {
  readonly driver: Driver;
  readonly graph: GraphClient;
  readonly uri: string;
  readonly agent: string;
  /** The local Neo4j as first started (after a restart its pid differs: see `supervisor`). */
  readonly local: RunningNeo4j | undefined;
  /** Present when this process started the local Neo4j and supervises it. */
  readonly supervisor: ServiceSupervisor<RunningNeo4j> | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * A command line (seed, ingest) rather than the request path: the managed transactions' retry budget
   * is NEO4J_CLI_MAX_RETRY_MS, long enough to ride out a database restart.
   */
  readonly cli?: boolean;
  /** The server: restart a local Neo4j this process starts, and log deaths and outages. */
  readonly supervise?: SuperviseOptions;
}

export interface SuperviseOptions {
  readonly logger: Logger;
  /** Called once when the local Neo4j is in a crash loop, with a message naming what to do. */
  readonly onFatal: (message: string) => void;
  /** Back-off and crash-loop limits (tests shorten them); defaults in service.supervisor.ts. */
  readonly supervisor?: SupervisorOptions;
  /** Probing while the database is down; defaults in graph-client.ts. */
  readonly breaker?: BreakerOptions;
}

export async function openGraph(
  cfg: Config,
  log: (line: string) => void,
  opts: OpenOptions = {},
): Promise<GraphRuntime> {
  let local: RunningNeo4j | undefined;
  let supervisor: ServiceSupervisor<RunningNeo4j> | undefined;
  let uri = cfg.neo4j.uri;
  // events before the client exists (a death during start-up) reach it once it does
  const pending: SupervisorEvent[] = [];
  let onSupervisorEvent = (event: SupervisorEvent): void => {
    pending.push(event);
  };
  if (uri === undefined) {
    local = reuseRecorded(cfg.local);
    if (local !== undefined) {
      log(
        `[neo4j] using the local Neo4j started by db:start (${local.uri}, pid ${local.pid}); not supervised: restart it yourself if it stops`,
      );
    } else {
      log(
        `[neo4j] starting local Neo4j ${cfg.local.version} on 127.0.0.1:${cfg.local.boltPort} (data ${cfg.local.dataDir})`,
      );
      const startOpts = { password: cfg.neo4j.password, watchPid: process.pid, log };
      const sup = opts.supervise;
      if (sup !== undefined && opts.cli !== true) {
        supervisor = new ServiceSupervisor(
          localNeo4jService(cfg.local, startOpts),
          sup.onFatal,
          sup.supervisor,
        );
        supervisor.subscribe(event => {
          onSupervisorEvent(event);
        });
        local = await supervisor.start();
      } else {
        local = await startLocalNeo4j(cfg.local, startOpts);
      }
      log(`[neo4j] ready in ${(local.startMs / 1000).toFixed(1)} s`);
    }
    uri = local.uri;
  }
  const stopLocal = async (): Promise<void> => {
    if (supervisor !== undefined) {
      await supervisor.stop();
    } else if (local?.owned === true) {
      await local.stop();
    }
  };
  const driver = createDriver({
    ...cfg.neo4j,
    uri,
    maxRetryMs: opts.cli === true ? cfg.neo4j.cliMaxRetryMs : cfg.neo4j.maxRetryMs,
  });
  let agent: string;
  try {
    agent = await checkConnectivity(driver, cfg.neo4j.database, cfg.neo4j.connectTimeoutMs);
  } catch (err) {
    await driver.close();
    await stopLocal();
    const reason = err instanceof Error ? err.message : String(err);
    throw new StartupError(
      cfg.neo4j.uri === undefined
        ? `cannot reach the local Neo4j at ${uri}: ${reason}. Run \`npm run db:stop\` and retry, or delete ${cfg.local.dataDir} if its password differs from NEO4J_PASSWORD`
        : `cannot reach Neo4j at ${uri}: ${reason}. Start it (docker compose up -d neo4j), check NEO4J_USER/NEO4J_PASSWORD, or unset NEO4J_URI to let newsgraph run a local Neo4j`,
    );
  }
  const graph = new GraphClient(driver, {
    database: cfg.neo4j.database,
    readTimeoutMs: cfg.neo4j.readTimeoutMs,
    writeTimeoutMs: cfg.neo4j.writeTimeoutMs,
    deadlineMarginMs: opts.cli === true ? undefined : REQUEST_DEADLINE_MARGIN_MS,
    breaker: opts.cli === true ? undefined : (opts.supervise?.breaker ?? {}),
  });
  const logger = opts.supervise?.logger;
  if (logger !== undefined) {
    graph.breaker?.subscribe(event => {
      logBreakerEvent(logger, event);
    });
  }
  onSupervisorEvent = event => {
    if (logger !== undefined) {
      logSupervisorEvent(logger, event);
    }
    // the breaker follows the supervisor: down at the death, probing once the restart is ready
    if (event.type === 'died') {
      graph.breaker?.hold(`the local Neo4j died (${exitText(event)})`);
    } else if (event.type === 'restarted') {
      graph.breaker?.release();
    }
  };
  pending.splice(0).forEach(onSupervisorEvent);
  return {
    driver,
    graph,
    uri,
    agent,
    local,
    supervisor,
    close: async () => {
      graph.breaker?.dispose();
      await driver.close();
      await stopLocal();
    },
  };
}

function exitText(event: { exitCode: number | null; signal: string | null }): string {
  return event.signal !== null ? `signal ${event.signal}` : `exit code ${String(event.exitCode)}`;
}

/** One log line per supervisor event (deaths with their exit and log tail, restarts, the end). */
export function logSupervisorEvent(logger: Logger, event: SupervisorEvent): void {
  const { service } = event;
  switch (event.type) {
    case 'died':
      logger.error(
        {
          service,
          pid: event.pid,
          exitCode: event.exitCode,
          signal: event.signal,
          uptimeMs: event.uptimeMs,
          logTail: event.logTail,
        },
        `the local ${service} died unexpectedly (${exitText(event)}): restarting it`,
      );
      return;
    case 'restarting':
      logger.warn(
        { service, attempt: event.attempt, delayMs: event.delayMs },
        `restarting the local ${service} in ${event.delayMs} ms (attempt ${event.attempt})`,
      );
      return;
    case 'restarted':
      logger.warn(
        { service, pid: event.pid, attempt: event.attempt, downMs: event.downMs },
        `the local ${service} is back after ${(event.downMs / 1000).toFixed(1)} s`,
      );
      return;
    case 'restart-failed':
      logger.error(
        { service, attempt: event.attempt, error: event.error },
        `restarting the local ${service} failed`,
      );
      return;
    case 'gave-up':
      logger.fatal({ service }, event.message);
      return;
    default:
      throw new UnreachableCaseError(event);
  }
}

function logBreakerEvent(logger: Logger, event: BreakerEvent): void {
  if (event.type === 'open') {
    logger.warn(
      { cause: event.cause, reason: event.reason },
      'Neo4j outage started: requests fail fast with SERVICE_UNAVAILABLE until it answers again',
    );
  } else {
    logger.warn(
      { cause: event.cause, outageMs: event.outageMs },
      `Neo4j outage ended after ${(event.outageMs / 1000).toFixed(1)} s`,
    );
  }
}

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
