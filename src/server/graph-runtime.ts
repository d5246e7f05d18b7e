/**
 * Connects to Neo4j for a process: the server at NEO4J_URI when set, otherwise the local Neo4j (reused
 * when `db:start` runs one, started as a child otherwise). Fails within the connect timeout with one
 * line that names the fix.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config';
import { type RunningNeo4j, reuseRecorded, startLocalNeo4j } from '../dbms/local-neo4j';
import { checkConnectivity, createDriver } from '../graph/driver';
import { GraphClient } from '../graph/graph-client';

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
  readonly local: RunningNeo4j | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * A command line (seed, ingest) rather than the request path: the managed transactions' retry budget
   * is NEO4J_CLI_MAX_RETRY_MS, long enough to ride out a database restart.
   */
  readonly cli?: boolean;
}

export async function openGraph(
  cfg: Config,
  log: (line: string) => void,
  opts: OpenOptions = {},
): Promise<GraphRuntime> {
  let local: RunningNeo4j | undefined;
  let uri = cfg.neo4j.uri;
  if (uri === undefined) {
    local = reuseRecorded(cfg.local);
    if (local !== undefined) {
      log(`[neo4j] using the local Neo4j started by db:start (${local.uri}, pid ${local.pid})`);
    } else {
      log(
        `[neo4j] starting local Neo4j ${cfg.local.version} on 127.0.0.1:${cfg.local.boltPort} (data ${cfg.local.dataDir})`,
      );
      local = await startLocalNeo4j(cfg.local, {
        password: cfg.neo4j.password,
        watchPid: process.pid,
        log,
      });
      log(`[neo4j] ready in ${(local.startMs / 1000).toFixed(1)} s`);
    }
    uri = local.uri;
  }
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
    await local?.stop();
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
  });
  return {
    driver,
    graph,
    uri,
    agent,
    local,
    close: async () => {
      await driver.close();
      if (local?.owned === true) {
        await local.stop();
      }
    },
  };
}
