/**
 * The HTTP application: GraphQL (Apollo Server 5 on Express 5), the offline playground, and health
 * endpoints. `createApp(deps)` does not listen, so tests serve it on port 0.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { buildAppSchema } from '../build-schema';
import type { GraphClient } from '../graph/graph-client';
import { ActorRepository } from '../graph/actor.repository';
import { AnalyticsRepository } from '../graph/analytics.repository';
import { ArticleRepository } from '../graph/article.repository';
import { EventRepository } from '../graph/event.repository';
import { StatementRepository } from '../graph/statement.repository';
import { SearchRepository } from '../graph/search.repository';
import { DiplomacyRepository } from '../graph/diplomacy.repository';
import { TraversalRepository } from '../graph/traversal.repository';
import { type RequestContext, type Repositories, createContext } from '../resolvers/context';
import { createFormatError, type ErrorLogger, errorStatusPlugin, toGraphQLError } from './errors';
import { mountPlayground } from './playground';
import { type ApiToken, authorizeRequest } from './auth';
import { type Extractor, IngestService } from '../ingest/ingest.service';
import { PLAYGROUND_EXAMPLES } from './playground-examples';
import { type ReadAccess, type RequestLimitsConfig, defaultRequestLimits } from '../config/config';
import { privateWhenAuthenticated } from './cache-policy';
import { cacheControlPlugin } from './cache-control';
import { apolloLimits, bodyErrorHandler, defineBody } from './limits';
import { type Logger, createLogger } from '../runtime/logger';
import { createMetrics, metricsHandler } from './metrics';
import { errorLogger, observabilityPlugin, observeRequests } from './observability';
import { requestReads, requestReadsPlugin } from './request-scope';
import { retryAfterSeconds } from './retry-after';
import type { ServiceStats } from '../runtime/service.supervisor';
import type { LanguageService } from '../ingest/nlp/language-service';
import { ExportRepository } from '../graph/export.repository';
import { ExportService } from '../export/export.service';
import { DEFAULT_EXPORT_MAX_CONCURRENT, mountExports } from './export.route';
import { type LiveConfig, defaultLiveConfig } from '../config/config';
import type { LiveBus } from '../kg/live-messages';
import { livePublisher } from './live-publisher';
import { drainSubscriptions, liveReadiness, openLiveBus, registerLiveMetrics } from './live-setup';
import { type SubscriptionServer, attachSubscriptions } from './subscriptions';
import { createLiveContext } from '../resolvers/live.context';
import { mountExplore } from './explore.route';
import { graphqlHandler } from './graphql-handler';
import { resolvePlannedAsIs } from '../resolvers/planned-fields';

/** Deadline of the /ready database check. */
const READY_TIMEOUT_MS = 1000;

export interface AppDeps {
  readonly graph: GraphClient;
  readonly maxPageSize: number;
  /** Tokens from API_TOKENS (or the development token); none disables writes. */
  readonly tokens: readonly ApiToken[];
  /** Turns article text into a graph batch: parse and code (src/ingest/article.extractor.ts). */
  readonly extract: Extractor;
  readonly logError?: ErrorLogger;
  /** Request limits and schema exposure (config `limits`); default: development defaults. */
  readonly limits?: RequestLimitsConfig;
  /** JSON logs (access lines, masked errors); default: warn level on stdout. */
  readonly logger?: Logger;
  /** METRICS_TOKEN: when set, /metrics needs it as a Bearer token. */
  readonly metricsToken?: string;
  /** SHUTDOWN_GRACE_MS: how long stop() lets in-flight requests finish. Default 10000. */
  readonly stopGraceMs?: number;
  /** READ_ACCESS: `token` makes GraphQL requests and /metrics need a reader or writer token. Default `public`. */
  readonly readAccess?: ReadAccess;
  /** Local services the server supervises (the local Neo4j and CoreNLP), for /metrics. */
  readonly services?: readonly ServiceStats[];
  /**
   * The language service ingest parses with: /ready lists its state beside Neo4j's. Ingest needs it,
   * reads do not, so a language service that is down leaves /ready at 200.
   */
  readonly language?: Pick<LanguageService, 'status' | 'url'>;
  /** Events per Neo4j read of a streamed export (docs/exports.md). Default 1000. */
  readonly exportPageSize?: number;
  /** Streamed exports running at once (EXPORT_MAX_CONCURRENT). Default 4. */
  readonly exportMaxConcurrent?: number;
  /** Subscriptions: REDIS_URL and the WebSocket caps (docs/live.md). Default: in-process, default caps. */
  readonly live?: LiveConfig;
  /** The built /explore bundle (dist/web/explore); default: found next to the compiled server. */
  readonly exploreAssetsDir?: string;
}

export interface App {
  readonly express: express.Express;
  readonly httpServer: http.Server;
  /** Listens on host:port; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting requests, drains in-flight ones, then closes the server. */
  stop(): Promise<void>;
  /** The live bus subscriptions read and ingest publishes to. */
  readonly live: LiveBus;
  /** The graphql-ws endpoint on /graphql. */
  readonly subscriptions: SubscriptionServer;
}

export function createRepositories(graph: GraphClient, maxPageSize: number): Repositories {
  return {
    analytics: new AnalyticsRepository(graph),
    articles: new ArticleRepository(graph, maxPageSize),
    actors: new ActorRepository(graph, maxPageSize),
    statements: new StatementRepository(graph, maxPageSize),
    events: new EventRepository(graph, maxPageSize),
    search: new SearchRepository(graph, maxPageSize),
    diplomacy: new DiplomacyRepository(graph),
    traversal: new TraversalRepository(graph),
  };
}

export async function createApp(deps: AppDeps): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const logger = deps.logger ?? createLogger({ level: 'warn' });
  const logError: ErrorLogger = deps.logError ?? errorLogger(logger);
  const metrics = createMetrics(deps.graph, { services: deps.services });
  app.use(observeRequests({ logger, metrics, graphqlPath: '/graphql' }));
  const limits = deps.limits ?? defaultRequestLimits();
  const readAccess = deps.readAccess ?? 'public';
  const schema = resolvePlannedAsIs(buildAppSchema());
  const protection = apolloLimits<RequestContext>(schema, limits);
  const liveConfig = deps.live ?? defaultLiveConfig();
  const live = await openLiveBus(liveConfig, logger);
  // attached once the context exists; the drain plugin (created before) closes it
  const ws: { server?: SubscriptionServer } = {};
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createFormatError(logError),
    logger, // Apollo's own warnings (e.g. a request during shutdown) as JSON lines too
    ...protection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: deps.stopGraceMs }),
      observabilityPlugin(metrics),
      requestReadsPlugin(deps.graph),
      errorStatusPlugin(() => retryAfterSeconds(deps.graph)),
      ApolloServerPluginLandingPageDisabled(),
      // Hints come from @cacheControl in the schema (docs/caching.md); unhinted fields are uncacheable.
      // The private-scope plugin must come first: its willSendResponse runs before the header is set.
      // Apollo's plugin, its per-field hook run once per document where that gives the same policy.
      privateWhenAuthenticated(readAccess),
      cacheControlPlugin(schema, { defaultMaxAge: 0 }),
      ...protection.plugins,
      drainSubscriptions(() => ws.server),
    ],
  });
  await apollo.start();
  const repos = createRepositories(deps.graph, deps.maxPageSize);
  const contextDeps = {
    repos,
    maxPageSize: deps.maxPageSize,
    writesEnabled: deps.tokens.some(t => t.role === 'writer'),
    ingest: new IngestService(deps.graph, deps.extract, { onCommitted: livePublisher(live) }),
  };
  const subscriptions = attachSubscriptions({
    httpServer,
    path: '/graphql',
    schema,
    tokens: deps.tokens,
    readAccess,
    limits,
    validationRules: protection.validationRules ?? [],
    maxConnections: liveConfig.maxConnections,
    maxSubscriptionsPerConnection: liveConfig.maxSubscriptionsPerConnection,
    context: principal => createLiveContext(contextDeps, principal, live),
    formatError: createFormatError(logError),
  });
  ws.server = subscriptions;
  registerLiveMetrics(metrics.registry, live, subscriptions);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // One PING without retries, bounded: 503 while Neo4j is unreachable, 200 again once it answers. While
  // Neo4j is known to be down (the circuit breaker is open) 503 at once, without a PING. The language
  // service is checked at the same time and listed, but does not make the answer 503: reads need only
  // Neo4j, and ingest answers SERVICE_UNAVAILABLE on its own while the language service is down.
  app.get('/ready', async (_req, res) => {
    const since = deps.graph.breaker?.openSince;
    const [neo4jUp, corenlp] = await Promise.all([
      since !== undefined ? Promise.resolve(false) : deps.graph.ping(READY_TIMEOUT_MS),
      deps.language?.status(READY_TIMEOUT_MS),
    ]);
    const components =
      corenlp === undefined ? {} : { components: { neo4j: neo4jUp ? 'up' : 'down', corenlp } };
    const ingest =
      corenlp === undefined || corenlp === 'up'
        ? {}
        : {
            ingest: `unavailable: the language service at ${deps.language?.url ?? '?'} is ${corenlp}`,
          };
    const liveState = liveReadiness(live.status());
    if (neo4jUp) {
      res.json({ status: 'ready', ...components, ...ingest, ...liveState });
      return;
    }
    res
      .status(503)
      .set('Retry-After', String(retryAfterSeconds(deps.graph)))
      .json({
        status: 'unavailable',
        reason:
          since !== undefined
            ? `Neo4j is down since ${new Date(since).toISOString()}`
            : `Neo4j did not answer within ${READY_TIMEOUT_MS} ms`,
        ...components,
        ...ingest,
        ...liveState,
      });
  });
  app.get(
    '/metrics',
    metricsHandler(metrics, {
      token: deps.metricsToken,
      apiTokens: readAccess === 'token' ? deps.tokens : undefined,
    }),
  );
  mountExports(app, {
    exports: new ExportService(new ExportRepository(deps.graph), deps.exportPageSize),
    tokens: deps.tokens,
    readAccess,
    logError,
    retryAfter: () => retryAfterSeconds(deps.graph),
    maxConcurrent: deps.exportMaxConcurrent ?? DEFAULT_EXPORT_MAX_CONCURRENT,
  });
  mountPlayground(app, {
    path: '/graphql',
    examples: PLAYGROUND_EXAMPLES,
    enabled: limits.introspection,
    needsToken: readAccess === 'token',
  });
  mountExplore(app, {
    assetsDir: deps.exploreAssetsDir,
    endpoint: '/graphql',
    needsToken: readAccess === 'token',
    playground: limits.introspection ? '/graphql' : undefined,
  });
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    defineBody,
    requestReads(deps.graph),
    graphqlHandler(apollo, {
      context: ({ req }) => {
        try {
          const principal = authorizeRequest(req.headers.authorization, deps.tokens, readAccess);
          return Promise.resolve(createContext(contextDeps, principal));
        } catch (err) {
          // Before any resolver runs: the error needs its GraphQL form (and 401) here.
          return Promise.reject(toGraphQLError(err));
        }
      },
    }),
    bodyErrorHandler(limits.maxBodyBytes),
  );

  return {
    express: app,
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const addr = httpServer.address();
          resolve(typeof addr === 'object' && addr !== null ? addr.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await live.close();
    },
    live,
    subscriptions,
  };
}
