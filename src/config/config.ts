import path from 'node:path';

/**
 * Configuration, parsed once at boot from the environment. Every key documents its default here;
 * the README's configuration table mirrors this file. A bad value fails loudly, naming the key.
 */
export interface Config {
  /** `NODE_ENV`. Default `development`. */
  readonly nodeEnv: 'development' | 'production' | 'test';
  /** `HOST`: address the HTTP server binds to. Default `127.0.0.1` (use `0.0.0.0` in a container). */
  readonly host: string;
  /** `PORT`: HTTP port. Default 4000; 0 picks a free port. */
  readonly port: number;
  readonly neo4j: Neo4jConfig;
  readonly local: LocalNeo4jConfig;
  readonly nlp: NlpConfig;
  /** `SEED_ON_START`: seed the graph at start when the database holds no article. Default `true`. */
  readonly seedOnStart: boolean;
  /** `MAX_PAGE_SIZE`: the cap on `first` for every connection. Default 100. */
  readonly maxPageSize: number;
  /**
   * `EXPORT_MAX_CONCURRENT`: streamed exports (`/export/events.*`) running at once; one more is answered
   * SERVICE_BUSY (HTTP 429, Retry-After). Default 4.
   */
  readonly exportMaxConcurrent: number;
  /**
   * `API_TOKENS`: comma-separated `name:token:role` entries (role reader or writer; token >= 16 chars).
   * Default none: in development the server then makes a writer token and prints it at start; in
   * production mutations are refused.
   */
  readonly apiTokens: string | undefined;
  readonly limits: RequestLimitsConfig;
  /** `LOG_LEVEL`: pino level of the JSON logs on stdout. Default `info` (`silent` turns them off). */
  readonly logLevel: LogLevel;
  /**
   * `SHUTDOWN_GRACE_MS`: on SIGTERM/SIGINT, how long in-flight requests may take to finish before their
   * connections are cut; the driver closes after. Default 10000.
   */
  readonly shutdownGraceMs: number;
  /**
   * `METRICS_TOKEN`: when set, `GET /metrics` needs `Authorization: Bearer <METRICS_TOKEN>` (>= 16 chars).
   * Default unset: /metrics is open, like /health (the server binds 127.0.0.1 unless HOST says otherwise).
   */
  readonly metricsToken: string | undefined;
  /**
   * `READ_ACCESS`: `public` (queries need no token) or `token` (every GraphQL request, including the
   * playground's, and `/metrics` need a reader or writer token from API_TOKENS; `/health` and `/ready`
   * stay open). Default `public` in every environment, so existing deployments keep working; `token` is
   * the suggested setting for production. Production with `token` and no API_TOKENS fails start-up.
   */
  readonly readAccess: ReadAccess;
  readonly live: LiveConfig;
}

/** GraphQL subscriptions over WebSocket (graphql-ws on /graphql) and their fan-out (docs/live.md). */
export interface LiveConfig {
  /**
   * `REDIS_URL`: a Redis (`redis://` or `rediss://`) through which every server instance gets every
   * instance's live events. Default unset: in-process only (one instance).
   */
  readonly redisUrl: string | undefined;
  /** `WS_MAX_CONNECTIONS`: open WebSocket connections per instance; one more is closed with 1013. Default 1000. */
  readonly maxConnections: number;
  /**
   * `WS_MAX_SUBSCRIPTIONS_PER_CONNECTION`: subscriptions running at once on one connection; one more is
   * answered with an error (TOO_MANY_SUBSCRIPTIONS). Default 20.
   */
  readonly maxSubscriptionsPerConnection: number;
}

/** The live settings with no overrides (tests and tools that build an app directly). */
export function defaultLiveConfig(): LiveConfig {
  return liveConfig({});
}

function liveConfig(env: Env): LiveConfig {
  return {
    redisUrl: redisUrl(env),
    maxConnections: int(env, 'WS_MAX_CONNECTIONS', 1000, 1, 1_000_000),
    maxSubscriptionsPerConnection: int(env, 'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION', 20, 1, 10_000),
  };
}

function redisUrl(env: Env): string | undefined {
  const raw = optional(env, 'REDIS_URL');
  if (raw === undefined) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL is not a URL (e.g. redis://127.0.0.1:6379)');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  }
  return raw;
}

export const READ_ACCESS_MODES = ['public', 'token'] as const;
export type ReadAccess = (typeof READ_ACCESS_MODES)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Request limits and schema exposure (src/server/limits.ts). Defaults fit every query of the playground,
 * README and tests with headroom: the deepest has depth 9; the costliest example costs 9139, the batching
 * test's 30-actor query 105962.
 */
export interface RequestLimitsConfig {
  /** `GRAPHQL_MAX_DEPTH`: deepest field nesting (a Relay connection takes 3 levels). Default 10. */
  readonly maxDepth: number;
  /** `GRAPHQL_MAX_ALIASES`: aliases per operation. Default 10. */
  readonly maxAliases: number;
  /** `GRAPHQL_MAX_DIRECTIVES`: directives per operation. Default 20. */
  readonly maxDirectives: number;
  /** `GRAPHQL_MAX_TOKENS`: lexical tokens per document (Apollo parse option). Default 2000. */
  readonly maxTokens: number;
  /** `GRAPHQL_MAX_COST`: graphql-armor cost, `first`/`last` (variables too) multiplied in. Default 250000. */
  readonly maxCost: number;
  /**
   * `GRAPHQL_INTROSPECTION`: serve `__schema`/`__type`, "Did you mean …" suggestions and the playground.
   * Default on, except with NODE_ENV=production.
   */
  readonly introspection: boolean;
  /** Whether limit errors name the limit and the value found; off with NODE_ENV=production. */
  readonly exposeLimits: boolean;
  /** `MAX_BODY_BYTES`: largest request body; larger is HTTP 413. Default 1.5 MiB (an article text may be 1 MiB). */
  readonly maxBodyBytes: number;
}

/** The request limits of an environment with no overrides (tests and tools that build an app directly). */
export function defaultRequestLimits(
  nodeEnv: Config['nodeEnv'] = 'development',
): RequestLimitsConfig {
  return requestLimits({}, nodeEnv);
}

function requestLimits(env: Env, nodeEnv: Config['nodeEnv']): RequestLimitsConfig {
  return {
    maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 100),
    maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 10, 0, 1000),
    maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
    maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 2000, 100, 1_000_000),
    maxCost: int(env, 'GRAPHQL_MAX_COST', 250_000, 10, 100_000_000),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    exposeLimits: nodeEnv !== 'production',
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 1_572_864, 1024, 100 * 1024 * 1024),
  };
}

export interface Neo4jConfig {
  /**
   * `NEO4J_URI`: a running Neo4j (docker compose, Aura, a cluster with `neo4j://`). When unset, newsgraph
   * starts its own local Neo4j (see `local`) and connects to it over `bolt://127.0.0.1:<NEO4J_BOLT_PORT>`.
   */
  readonly uri: string | undefined;
  /** `NEO4J_USER`. Default `neo4j`. */
  readonly user: string;
  /** `NEO4J_PASSWORD`. Default `newsgraph-local` (the local launcher sets it on first start; >= 8 chars). */
  readonly password: string;
  /** `NEO4J_DATABASE`. Default `neo4j` (Community has one user database). */
  readonly database: string;
  /**
   * `NEO4J_CONNECT_TIMEOUT_MS`: TCP + Bolt handshake timeout of one connection, and the deadline of the
   * start-up check. Default 3000 (driver default 30000).
   */
  readonly connectTimeoutMs: number;
  /** `NEO4J_ACQUISITION_TIMEOUT_MS`: wait for a pooled connection. Default 5000 (driver default 60000). */
  readonly acquisitionTimeoutMs: number;
  /** `NEO4J_POOL_SIZE`: maximum open connections. Default 50 (driver default 100). */
  readonly poolSize: number;
  /** `NEO4J_MAX_CONNECTION_LIFETIME_MS`: connections older than this are replaced. Default 1800000 (30 min). */
  readonly maxConnectionLifetimeMs: number;
  /** `NEO4J_READ_TIMEOUT_MS`: server-side timeout of one read transaction. Default 5000. */
  readonly readTimeoutMs: number;
  /** `NEO4J_WRITE_TIMEOUT_MS`: server-side timeout of one write transaction. Default 15000. */
  readonly writeTimeoutMs: number;
  /**
   * `NEO4J_MAX_RETRY_MS`: retry budget of a managed transaction on the request path (the server).
   * Default 5000 (driver default 30000).
   */
  readonly maxRetryMs: number;
  /** `NEO4J_CLI_MAX_RETRY_MS`: retry budget of the seed and ingest command lines. Default 60000. */
  readonly cliMaxRetryMs: number;
}

export interface LocalNeo4jConfig {
  /** `NEO4J_VERSION`: the Neo4j Community version fetched from Maven Central. Default `5.26.29`. */
  readonly version: string;
  /** `NEO4J_BOLT_PORT`: Bolt port of the local Neo4j (bound to 127.0.0.1). Default 7687. */
  readonly boltPort: number;
  /** `NEO4J_DATA_DIR`: the local Neo4j's persistent data folder. Default `.neo4j`. */
  readonly dataDir: string;
  /** `NEO4J_CACHE_DIR`: where the Neo4j jars and the compiled launcher are cached. Default `.cache/neo4j`. */
  readonly cacheDir: string;
  /** `NEO4J_HEAP_MB`: JVM heap of the local Neo4j. Default 1024. */
  readonly heapMb: number;
  /** `NEO4J_PAGECACHE_MB`: page cache of the local Neo4j. Default 256. */
  readonly pagecacheMb: number;
  /** `JAVA_HOME`: the JDK that runs the local Neo4j (17 or 21). Default: `java` on the PATH. */
  readonly javaHome: string | undefined;
}

/** The language service of ingest: Stanford CoreNLP, run locally unless CORENLP_URL names one. */
export interface NlpConfig {
  /**
   * `CORENLP_URL`: a running language service (the project's, or CoreNLP's own server) as `http://host:port`.
   * When unset, newsgraph starts its own on 127.0.0.1.
   */
  readonly url: string | undefined;
  /**
   * `CORENLP_URLS`: several running language services, comma-separated, that `npm run ingest` spreads
   * its parses over (the least loaded first, ties in turn; docs/ingest.md#several-workers). Default:
   * CORENLP_URL alone, or none (a local service is started). The server and the other tools use
   * CORENLP_URL only.
   */
  readonly urls: readonly string[];
  /** `CORENLP_VERSION`: the CoreNLP version fetched from Maven Central. Default `4.5.10`. */
  readonly version: string;
  /** `CORENLP_PORT`: port of the local service (bound to 127.0.0.1). Default 0: any free port. */
  readonly port: number;
  /** `CORENLP_CACHE_DIR`: where the CoreNLP jars and the compiled launcher are cached. Default `.cache/corenlp`. */
  readonly cacheDir: string;
  /** `CORENLP_HEAP_MB`: JVM heap of the local service. Default 3072 (the models take about 2 GB). */
  readonly heapMb: number;
  /** `CORENLP_THREADS`: articles the local service parses at once. Default 2 (one per core here). */
  readonly threads: number;
  /**
   * `CORENLP_NICE`: the scheduling priority (`nice -n`, 0-19) the local service runs at. Default 10: its
   * parses take the CPU only when reads and writes do not need it (0: the default priority).
   */
  readonly niceness: number;
  /** `CORENLP_TIMEOUT_MS`: deadline of one parse request. Default 60000. */
  readonly timeoutMs: number;
  /**
   * `CORENLP_MAX_IN_FLIGHT`: parses this process sends at once (match the service's threads). Default
   * `CORENLP_THREADS`.
   */
  readonly maxInFlight: number;
  /**
   * `CORENLP_MAX_QUEUED`: parses that may wait for a free slot; one more is answered SERVICE_BUSY at
   * once. Default 16.
   */
  readonly maxQueued: number;
  /** `JAVA_HOME`: the JDK that runs it (17 or newer). Default: `java` on the PATH. */
  readonly javaHome: string | undefined;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const PROJECT_ROOT = path.resolve(
  __dirname,
  '..',
  '..',
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '',
);

export function projectRoot(): string {
  return PROJECT_ROOT;
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  return {
    nodeEnv,
    host: str(env, 'HOST', '127.0.0.1'),
    port: int(env, 'PORT', 4000, 0, 65535),
    seedOnStart: bool(env, 'SEED_ON_START', true),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100, 1, 1000),
    exportMaxConcurrent: int(env, 'EXPORT_MAX_CONCURRENT', 4, 1, 1000),
    apiTokens: optional(env, 'API_TOKENS'),
    limits: requestLimits(env, nodeEnv),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    metricsToken: metricsToken(env),
    readAccess: oneOf(env, 'READ_ACCESS', READ_ACCESS_MODES, 'public'),
    live: liveConfig(env),
    neo4j: {
      uri: optional(env, 'NEO4J_URI'),
      user: str(env, 'NEO4J_USER', 'neo4j'),
      password: str(env, 'NEO4J_PASSWORD', 'newsgraph-local'),
      database: str(env, 'NEO4J_DATABASE', 'neo4j'),
      connectTimeoutMs: int(env, 'NEO4J_CONNECT_TIMEOUT_MS', 3000, 100, 120_000),
      acquisitionTimeoutMs: int(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 5000, 100, 120_000),
      poolSize: int(env, 'NEO4J_POOL_SIZE', 50, 1, 1000),
      maxConnectionLifetimeMs: int(
        env,
        'NEO4J_MAX_CONNECTION_LIFETIME_MS',
        1_800_000,
        60_000,
        86_400_000,
      ),
      readTimeoutMs: int(env, 'NEO4J_READ_TIMEOUT_MS', 5000, 100, 600_000),
      writeTimeoutMs: int(env, 'NEO4J_WRITE_TIMEOUT_MS', 15_000, 100, 600_000),
      maxRetryMs: int(env, 'NEO4J_MAX_RETRY_MS', 5000, 0, 120_000),
      cliMaxRetryMs: int(env, 'NEO4J_CLI_MAX_RETRY_MS', 60_000, 0, 600_000),
    },
    local: {
      version: str(env, 'NEO4J_VERSION', '5.26.29'),
      boltPort: int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
      dataDir: path.resolve(PROJECT_ROOT, str(env, 'NEO4J_DATA_DIR', '.neo4j')),
      cacheDir: path.resolve(
        PROJECT_ROOT,
        str(env, 'NEO4J_CACHE_DIR', path.join('.cache', 'neo4j')),
      ),
      heapMb: int(env, 'NEO4J_HEAP_MB', 1024, 256, 65536),
      pagecacheMb: int(env, 'NEO4J_PAGECACHE_MB', 256, 16, 65536),
      javaHome: optional(env, 'JAVA_HOME'),
    },
    nlp: {
      url: httpUrl(env, 'CORENLP_URL'),
      urls: httpUrls(env, 'CORENLP_URLS') ?? [httpUrl(env, 'CORENLP_URL')].flatMap(u => u ?? []),
      version: str(env, 'CORENLP_VERSION', '4.5.10'),
      port: int(env, 'CORENLP_PORT', 0, 0, 65535),
      cacheDir: path.resolve(
        PROJECT_ROOT,
        str(env, 'CORENLP_CACHE_DIR', path.join('.cache', 'corenlp')),
      ),
      heapMb: int(env, 'CORENLP_HEAP_MB', 3072, 1024, 65536),
      threads: int(env, 'CORENLP_THREADS', 2, 1, 64),
      niceness: int(env, 'CORENLP_NICE', 10, 0, 19),
      timeoutMs: int(env, 'CORENLP_TIMEOUT_MS', 60_000, 1000, 600_000),
      maxInFlight: int(env, 'CORENLP_MAX_IN_FLIGHT', int(env, 'CORENLP_THREADS', 2, 1, 64), 1, 64),
      maxQueued: int(env, 'CORENLP_MAX_QUEUED', 16, 0, 10_000),
      javaHome: optional(env, 'JAVA_HOME'),
    },
  };
}

/** An optional comma-separated list of http(s) URLs, each without a trailing slash. */
function httpUrls(env: Env, key: string): string[] | undefined {
  const raw = optional(env, key);
  if (raw === undefined) {
    return undefined;
  }
  const urls = raw
    .split(',')
    .map(part => part.trim())
    .filter(part => part !== '')
    .map(part => checkedUrl(key, part));
  if (urls.length === 0) {
    throw new ConfigError(
      `${key}=${raw} names no URL (e.g. http://10.0.0.5:9000,http://10.0.0.6:9000)`,
    );
  }
  return [...new Set(urls)];
}

/** An optional http(s) URL without a trailing slash. */
function httpUrl(env: Env, key: string): string | undefined {
  const raw = optional(env, key);
  return raw === undefined ? undefined : checkedUrl(key, raw);
}

function checkedUrl(key: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${key}=${raw} is not a URL (e.g. http://127.0.0.1:9000)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${key}=${raw} must be an http or https URL`);
  }
  return raw.replace(/\/+$/, '');
}

function metricsToken(env: Env): string | undefined {
  const token = optional(env, 'METRICS_TOKEN');
  if (token !== undefined && token.length < 16) {
    throw new ConfigError(
      'METRICS_TOKEN must be at least 16 characters (or unset for an open /metrics)',
    );
  }
  return token;
}

function optional(env: Env, key: string): string | undefined {
  const v = env[key]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

function str(env: Env, key: string, dflt: string): string {
  return optional(env, key) ?? dflt;
}

function int(env: Env, key: string, dflt: number, min: number, max: number): number {
  const raw = optional(env, key);
  if (raw === undefined) {
    return dflt;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${key}=${raw} is not an integer between ${min} and ${max}`);
  }
  return n;
}

function bool(env: Env, key: string, dflt: boolean): boolean {
  const raw = optional(env, key)?.toLowerCase();
  if (raw === undefined) {
    return dflt;
  }
  if (['1', 'true', 'yes', 'on'].includes(raw)) {
    return true;
  }
  if (['0', 'false', 'no', 'off'].includes(raw)) {
    return false;
  }
  throw new ConfigError(`${key}=${raw} is not a boolean (use true or false)`);
}

function oneOf<T extends string>(env: Env, key: string, allowed: readonly T[], dflt: T): T {
  const raw = optional(env, key);
  if (raw === undefined) {
    return dflt;
  }
  const hit = allowed.find(a => a === raw);
  if (hit === undefined) {
    throw new ConfigError(`${key}=${raw} is not one of ${allowed.join(', ')}`);
  }
  return hit;
}
