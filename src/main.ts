/**
 * `npm start`: a local (or configured) Neo4j, constraints, the seed when the database is empty, and the
 * GraphQL server on PORT. Ctrl-C / SIGTERM drain requests, close the driver and stop the local Neo4j.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { LocalNeo4jError } from './dbms/local-neo4j';
import { prepareGraph, seedGraph } from './seed/seed.service';
import { type App, createApp } from './server/app';
import { type ApiToken, AuthConfigError, generateToken, parseApiTokens } from './server/auth';
import { extractArticle } from './ingest/pipeline';
import { type GraphRuntime, StartupError, openGraph } from './server/graph-runtime';

const log = (line: string): void => {
  console.log(line);
};

/**
 * API_TOKENS, or in development without any, a fresh writer token printed once at start (so a local
 * analyst can ingest); in production without a writer token, mutations stay refused.
 */
function apiTokens(raw: string | undefined, nodeEnv: string): ApiToken[] {
  const tokens = parseApiTokens(raw);
  if (tokens.length > 0 || nodeEnv === 'production') {
    if (!tokens.some(t => t.role === 'writer')) {
      log('[auth] no writer token in API_TOKENS: mutations are refused');
    }
    return tokens;
  }
  const token = generateToken();
  log(`[auth] no API_TOKENS: development writer token for this run: ${token}`);
  return parseApiTokens(`dev:${token}:writer`);
}

async function main(): Promise<void> {
  const cfg = loadConfig();
  // Filled in as start-up proceeds, so a signal at any point stops what was started.
  const started: { runtime?: GraphRuntime; app?: App } = {};
  let stopping = false;
  const shutdown = async (signal: string, code: number): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    log(`[newsgraph] ${signal}: shutting down`);
    await started.app?.stop().catch(() => undefined);
    await started.runtime?.close().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));

  const runtime = await openGraph(cfg, log);
  started.runtime = runtime;
  log(`[neo4j] connected to ${runtime.agent} at ${runtime.uri}`);
  if (cfg.seedOnStart) {
    const seed = await seedGraph(runtime.graph, { onlyIfEmpty: true });
    log(
      seed.seeded
        ? `[seed] seeded ${seed.articleId}: ${seed.actors} actors, ${seed.statements} statements, ${seed.events} events`
        : '[seed] the database already holds articles: seed skipped',
    );
  } else {
    await prepareGraph(runtime.graph);
    log('[seed] SEED_ON_START=false: constraints and CAMEO types applied, seed skipped');
  }
  const app = await createApp({
    graph: runtime.graph,
    maxPageSize: cfg.maxPageSize,
    tokens: apiTokens(cfg.apiTokens, cfg.nodeEnv),
    extract: extractArticle,
    limits: cfg.limits,
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
  log(
    `[newsgraph] GraphQL and playground: http://${shown}:${port}/graphql  (health /health, readiness /ready)`,
  );
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
