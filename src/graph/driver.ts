/** The one place that creates the neo4j-driver instance, with timeouts sized for a request path. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config/config';

export type DriverSettings = Pick<
  Neo4jConfig,
  | 'user'
  | 'password'
  | 'connectTimeoutMs'
  | 'acquisitionTimeoutMs'
  | 'poolSize'
  | 'maxConnectionLifetimeMs'
  | 'maxRetryMs'
> & { readonly uri: string };

/**
 * Driver defaults (30 s connect, 60 s acquisition, 30 s retries) outlive any HTTP client's patience, so
 * every limit comes from config (reliability.md §4). `maxRetryMs` is the budget of the managed
 * transactions' retries after their first failure: the request path keeps it short, CLIs pass
 * `cliMaxRetryMs` to ride out a database restart.
 */
export function createDriver(cfg: DriverSettings): Driver {
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    connectionTimeout: cfg.connectTimeoutMs,
    connectionAcquisitionTimeout: cfg.acquisitionTimeoutMs,
    maxConnectionPoolSize: cfg.poolSize,
    maxConnectionLifetime: cfg.maxConnectionLifetimeMs,
    maxTransactionRetryTime: cfg.maxRetryMs,
    disableLosslessIntegers: false,
    userAgent: 'newsgraph/0.1',
  });
}

/**
 * Resolves with the server's agent string once Neo4j answers, or rejects after `timeoutMs` with the
 * driver's reason (unreachable, bad credentials...). `getServerInfo()` alone may wait on retries.
 */
export async function checkConnectivity(
  driver: Driver,
  database: string,
  timeoutMs: number,
): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const info = await Promise.race([driver.getServerInfo({ database }), timeout]);
    return info.agent ?? 'Neo4j';
  } finally {
    clearTimeout(timer);
  }
}
