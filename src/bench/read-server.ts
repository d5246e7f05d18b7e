/**
 * One server of the read benchmark in its own process, so each one's CPU can be read from /proc:
 * `node dist/src/bench/read-server.js newsgraph|peer|floor` with NEO4J_URI set. Prints
 * `READY <port>` when listening. `GET /__stats` answers the Cypher statements run so far. Stops on
 * SIGTERM.
 *
 * newsgraph runs as `npm start` does in production (NODE_ENV=production config, the request-path
 * GraphClient with its breaker and timeouts, createApp), and counts statements itself; the peer and
 * the floor count through a counting driver.
 */
import 'reflect-metadata';
import http from 'node:http';
import neo4j, { type Session } from 'neo4j-driver';
import { loadConfig } from '../config/config';
import { createDriver } from '../graph/driver';
import { refuseIngest } from './read-only';
import { openGraph } from '../runtime/graph-runtime';
import { createLogger } from '../runtime/logger';
import { createApp } from '../server/app';
import { type StatementCounter, countSessionsInPlace, countingDriver } from './counting-driver';
import { type RecordedStatement, profileDbHits } from './db-hits';
import { createFloorServer } from './floor-server';
import { startPeerServer } from './peer-server';

export const SERVER_KINDS = ['newsgraph', 'peer', 'floor'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

interface Running {
  readonly port: number;
  statements(): number;
  /** The statements sent since the log was last emptied. */
  readonly log: RecordedStatement[];
  /** PROFILEs the logged statements (uncounted) and empties the log: their db hits summed. */
  profile(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A tiny side server, so no server's own routing is touched: `GET /` answers the statements run so
 * far, `POST /clear` empties the statement log, `POST /profile` answers the logged statements' db hits.
 */
function statsServer(running: Running): Promise<http.Server> {
  const srv = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    const answer = async (): Promise<unknown> => {
      if (req.url === '/clear') {
        running.log.splice(0);
        return { cleared: true };
      }
      if (req.url === '/profile') {
        const statements = running.log.length;
        return { dbHits: await running.profile(), statements };
      }
      return { statements: running.statements() };
    };
    answer().then(
      body => res.end(JSON.stringify(body)),
      (err: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ error: String(err) }));
      },
    );
  });
  return new Promise(resolve => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

async function start(kind: ServerKind): Promise<Running> {
  const log: RecordedStatement[] = [];
  const counter: StatementCounter = { statements: 0, log };
  const profiled = async (open: () => Session): Promise<number> => {
    const hits = await profileDbHits(open, log);
    log.splice(0);
    return hits;
  };
  const cfg = loadConfig();
  if (cfg.neo4j.uri === undefined) {
    throw new Error('read-server needs NEO4J_URI');
  }
  const database = cfg.neo4j.database;
  if (kind === 'newsgraph') {
    const runtime = await openGraph(cfg, () => undefined);
    // counts come from the GraphClient; the in-place counter only logs the statements for PROFILE
    const uncounted = countSessionsInPlace(runtime.graph.driver, counter);
    const app = await createApp({
      graph: runtime.graph,
      maxPageSize: cfg.maxPageSize,
      tokens: [],
      readAccess: cfg.readAccess,
      extract: refuseIngest,
      limits: cfg.limits,
      logger: createLogger({ level: 'warn' }),
    });
    const port = await app.listen(0, '127.0.0.1');
    return {
      port,
      statements: () => runtime.graph.statementCount,
      log,
      profile: () => profiled(() => uncounted({ database, defaultAccessMode: 'READ' })),
      stop: async () => {
        await app.stop();
        await runtime.close();
      },
    };
  }
  // the floor reads plain JS numbers; the peer converts Integers itself
  const base =
    kind === 'floor'
      ? neo4j.driver(cfg.neo4j.uri, neo4j.auth.basic(cfg.neo4j.user, cfg.neo4j.password), {
          disableLosslessIntegers: true,
          maxConnectionPoolSize: cfg.neo4j.poolSize,
        })
      : createDriver({ ...cfg.neo4j, uri: cfg.neo4j.uri });
  const driver = countingDriver(base, counter);
  const profile = (): Promise<number> =>
    profiled(() => base.session({ database, defaultAccessMode: 'READ' }));
  if (kind === 'peer') {
    const peer = await startPeerServer(driver, cfg.neo4j.database, 0);
    return {
      port: peer.port,
      statements: () => counter.statements,
      log,
      profile,
      stop: async () => {
        await peer.stop();
        await base.close();
      },
    };
  }
  const floor = createFloorServer(driver, cfg.neo4j.database);
  await new Promise<void>(resolve => floor.listen(0, '127.0.0.1', resolve));
  const addr = floor.address();
  return {
    port: typeof addr === 'object' && addr !== null ? addr.port : 0,
    statements: () => counter.statements,
    log,
    profile,
    stop: async () => {
      floor.closeAllConnections();
      await new Promise(resolve => floor.close(resolve));
      await base.close();
    },
  };
}

async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  if (!SERVER_KINDS.includes(kind)) {
    throw new Error(`usage: read-server (${SERVER_KINDS.join('|')})`);
  }
  const running = await start(kind);
  const stats = await statsServer(running);
  const statsAddr = stats.address();
  const statsPort = typeof statsAddr === 'object' && statsAddr !== null ? statsAddr.port : 0;
  process.once('SIGTERM', () => {
    stats.close();
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  console.log(`READY ${running.port} ${statsPort}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
