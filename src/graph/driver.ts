/** The one place that creates the neo4j-driver instance, with timeouts sized for a request path. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config/config';

export function createDriver(cfg: Neo4jConfig & { uri: string }): Driver {
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    // Driver defaults (30 s connect, 60 s acquisition, 30 s retries) outlive any HTTP client's patience.
    connectionTimeout: cfg.connectTimeoutMs,
    connectionAcquisitionTimeout: cfg.connectTimeoutMs,
    maxTransactionRetryTime: cfg.maxRetryMs,
    maxConnectionPoolSize: 50,
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
