/**
 * `npm start`: a local (or configured) Neo4j and, at the same time, the local (or configured) language
 * service (Stanford CoreNLP, CORENLP_URL), constraints, the seed when the database is empty, and the
 * GraphQL server on PORT. Ctrl-C / SIGTERM: stop accepting connections, let in-flight requests finish
 * (SHUTDOWN_GRACE_MS), then close the driver, stop the local Neo4j and CoreNLP if this process started
 * them, exit 0.
 * Lines go through the JSON logger (LOG_LEVEL); the development token is printed once for the human.
 * A local Neo4j or CoreNLP this process started is restarted when it dies; a crash loop stops the server
 * with exit code 1 (docs/operations.md).
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
import { parsingExtractor } from './ingest/article.extractor';
import {
  type GraphRuntime,
  StartupError,
  logSupervisorEvent,
  openGraph,
} from './runtime/graph-runtime';
import { type LanguageService, openLanguageService } from './ingest/nlp/language-service';
import { NlpServiceError } from './ingest/nlp/corenlp.launcher';
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
  const started: { runtime?: GraphRuntime; language?: LanguageService; app?: App } = {};
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
    if (started.language !== undefined) {
      const local = started.language.supervisor !== undefined;
      await started.language.close().catch((err: unknown) => {
        logger.error({ err }, 'stopping the language service failed');
      });
      logger.info({ ms: Date.now() - t0, localCoreNlpStopped: local }, 'language service closed');
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
  // a local service that keeps dying needs a human: the message says where to look
  const onFatal = (service: string) => (message: string) => {
    console.error(`error: ${message}`);
    void shutdown(`local ${service} crash loop`, 1);
  };
  // Neo4j and the language service start side by side (each takes 15-40 s). The first failure stops
  // start-up at once, stopping what did start; one still starting exits with this process (--watch-pid).
  const opening = Promise.all([
    openGraph(cfg, log, { supervise: { logger, onFatal: onFatal('Neo4j') } }).then(r => {
      started.runtime = r;
      return r;
    }),
    openLanguageService(cfg.nlp, log, {
      supervise: {
        onFatal: onFatal('CoreNLP'),
        onEvent: event => {
          logSupervisorEvent(logger, event);
        },
      },
    }).then(l => {
      started.language = l;
      return l;
    }),
  ]);
  let runtime: GraphRuntime;
  let language: LanguageService;
  try {
    [runtime, language] = await opening;
  } catch (err) {
    await Promise.all([started.runtime?.close(), started.language?.close()]);
    throw err;
  }
  logger.info(
    { url: language.url, origin: language.origin, pid: language.supervisor?.process?.pid },
    'language service ready',
  );
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
    exportMaxConcurrent: cfg.exportMaxConcurrent,
    live: cfg.live,
    tokens,
    readAccess: cfg.readAccess,
    extract: parsingExtractor(language.client),
    limits: cfg.limits,
    logger,
    metricsToken: cfg.metricsToken,
    services: [runtime.supervisor, language.supervisor].filter(s => s !== undefined),
    language,
    stopGraceMs: cfg.shutdownGraceMs,
  });
  started.app = app;
  let port: number;
  try {
    port = await app.listen(cfg.port, cfg.host);
  } catch (err) {
    await Promise.all([runtime.close(), language.close()]);
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
    err instanceof NlpServiceError ||
    err instanceof AuthConfigError;
  console.error(known ? `error: ${err.message}` : err);
  process.exit(1);
});
