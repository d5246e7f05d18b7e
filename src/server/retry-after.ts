/**
 * The `Retry-After` of a response that carries SERVICE_UNAVAILABLE (set by errorStatusPlugin) and of
 * /ready while the database is down: the seconds after which a retry is worth it, from GraphClient's
 * circuit breaker (5 while the local Neo4j restarts, else 1). The HTTP status of a GraphQL error stays
 * 200, so clients that read the body keep working; those that honour the header back off instead of
 * hammering a database that is down.
 */
import type { GraphClient } from '../graph/graph-client';

/** When no outage is known (a busy pool, a database past its deadline). */
const DEFAULT_RETRY_AFTER_S = 1;

export function retryAfterSeconds(graph: GraphClient): number {
  return graph.breaker?.retryAfterSeconds() ?? DEFAULT_RETRY_AFTER_S;
}
