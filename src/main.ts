/**
 * `npm start`: a local (or configured) Neo4j, constraints, the seed when the database is empty, and the
 * GraphQL server on PORT. Ctrl-C / SIGTERM: stop accepting connections, let in-flight requests finish
 * (SHUTDOWN_GRACE_MS), then close the driver, stop the local Neo4j if this process started it, exit 0.
 * Lines go through the JSON logger (LOG_LEVEL); the development token is printed once for the human.
 * A local Neo4j this process started is restarted when it dies; a crash loop stops the server with exit
 * code 1 (docs/operations.md).
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { LocalNeo4jError } from './runtime/local-neo4j';
import { prepareGraph, seedGraph } from './seed/seed.service';
import { type App, createApp } from './server/app';
import {
  type ApiToken,
  AuthConfigError,
  checkReadAccess,
  generateToken,
  parseApiTokens,
} from './server/auth';
import { extractArticle } from './ingest/pipeline';
import { type GraphRuntime, StartupError, openGraph } from './runtime/graph-runtime';
import { onUnreadableStoredValue } from './kg/dates';
import { type Logger, createLogger } from './runtime/logger';

/** Beyond the grace, closing the driver and the local Neo4j may take this long before exit 1. */
const CLOSE_BUDGET_MS = 30_000;

/**
 * API_TOKENS, or in development without any, a fresh writer token printed once at start (so a local
 * analyst can ingest); in production without a writer token, mutations stay refused.
 */
function apiTokens(raw: string | undefined, nodeEnv: string, logger: Logger): ApiToken[] {
  const tokens = parseApiTokens(raw);
  if (tokens.length > 0 || nodeEnv === 'production') {
    if (!tokens.some(t => t.role === 'writer')) {
      logger.warn('no writer token in API_TOKENS: mutations are refused');
    }
    return tokens;
  }
  const token = generateToken();
  // Meant for the developer at the terminal, so plain text and not a log line (logs never hold tokens).
  console.log(`[auth] no API_TOKENS: development writer token for this run: ${token}`);
  return parseApiTokens(`dev:${token}:writer`);
}

async function main(): Promise<void> {
  const cfg = loadConfig();
  const logger = createLogger({ level: cfg.logLevel });
  const log = (line: string): void => {
    logger.info(line);
  };
  // Filled in as start-up proceeds, so a signal at any point stops what was started.
  const started: { runtime?: GraphRuntime; app?: App } = {};
  let stopping = false;
  const shutdown = async (signal: string, code: number): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    const t0 = Date.now();
    setTimeout(() => {
      logger.error({ signal }, 'shutdown did not finish in time: exiting with code 1');
      process.exit(1);
    }, cfg.shutdownGraceMs + CLOSE_BUDGET_MS).unref();
    logger.info(
      { signal, graceMs: cfg.shutdownGraceMs },
      'shutting down: refusing new connections, draining in-flight requests',
    );
    if (started.app !== undefined) {
      await started.app.stop().catch((err: unknown) => {
        logger.error({ err }, 'draining the HTTP server failed');
      });
      logger.info({ ms: Date.now() - t0 }, 'HTTP server drained');
    }
    if (started.runtime !== undefined) {
      const local = started.runtime.local?.owned === true;
      await started.runtime.close().catch((err: unknown) => {
        logger.error({ err }, 'closing Neo4j failed');
      });
      logger.info({ ms: Date.now() - t0, localNeo4jStopped: local }, 'Neo4j driver closed');
    }
    logger.info({ exitCode: code }, 'stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));

  // Token settings first: a read policy nobody could satisfy stops start-up before Neo4j is touched.
  const tokens = apiTokens(cfg.apiTokens, cfg.nodeEnv, logger);
  checkReadAccess(cfg.readAccess, tokens);
  if (cfg.nodeEnv === 'production' && cfg.readAccess === 'public') {
    logger.info(
      'READ_ACCESS=public: queries need no token (set READ_ACCESS=token to protect reads)',
    );
  }
  const runtime = await openGraph(cfg, log, {
    supervise: {
      logger,
      // a local Neo4j that keeps dying needs a human: the message says where to look
      onFatal: message => {
        console.error(`error: ${message}`);
        void shutdown('local Neo4j crash loop', 1);
      },
    },
  });
  started.runtime = runtime;
  logger.info({ agent: runtime.agent, uri: runtime.uri }, 'connected to Neo4j');
  if (cfg.seedOnStart) {
    const seed = await seedGraph(runtime.graph, { onlyIfEmpty: true });
    logger.info(
      seed.seeded
        ? `seeded ${seed.articleId}: ${seed.actors} actors, ${seed.statements} statements, ${seed.events} events`
        : 'the database already holds articles: seed skipped',
    );
  } else {
    await prepareGraph(runtime.graph);
    logger.info('SEED_ON_START=false: constraints and CAMEO types applied, seed skipped');
  }
  // A stored value the read path cannot serve as it is (kg/dates.ts) is a warning in the JSON log.
  onUnreadableStoredValue(message => {
    logger.warn(message);
  });
  const app = await createApp({
    graph: runtime.graph,
    maxPageSize: cfg.maxPageSize,
    tokens,
    readAccess: cfg.readAccess,
    extract: extractArticle,
    limits: cfg.limits,
    logger,
    metricsToken: cfg.metricsToken,
    services: runtime.supervisor === undefined ? [] : [runtime.supervisor],
    stopGraceMs: cfg.shutdownGraceMs,
  });
  started.app = app;
  let port: number;
  try {
    port = await app.listen(cfg.port, cfg.host);
  } catch (err) {
    await runtime.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(
        `port ${cfg.host}:${cfg.port} is in use: stop the other process or set PORT`,
      );
    }
    throw err;
  }
  const shown = cfg.host === '0.0.0.0' ? 'localhost' : cfg.host;
  logger.info(
    { port, url: `http://${shown}:${port}/graphql` },
    `GraphQL and playground: http://${shown}:${port}/graphql  (health /health, readiness /ready, metrics /metrics)`,
  );
  if (
    cfg.nodeEnv === 'production' &&
    cfg.metricsToken === undefined &&
    cfg.readAccess === 'public' &&
    cfg.host !== '127.0.0.1'
  ) {
    logger.warn(
      '/metrics is open on a non-loopback address: set METRICS_TOKEN or READ_ACCESS=token to protect it',
    );
  }
}

main().catch((err: unknown) => {
  const known =
    err instanceof ConfigError ||
    err instanceof StartupError ||
    err instanceof LocalNeo4jError ||
    err instanceof AuthConfigError;
  console.error(known ? `error: ${err.message}` : err);
  process.exit(1);
});
