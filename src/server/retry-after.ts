/**
 * `Retry-After` on every GraphQL response that carries SERVICE_UNAVAILABLE: the seconds after which a
 * retry is worth it, from GraphClient's circuit breaker (5 while the local Neo4j restarts, else 1). The
 * HTTP status stays as Apollo sets it (200 for a GraphQL error), so clients that read the body keep
 * working; those that honour the header back off instead of hammering a database that is down.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphClient } from '../graph/graph-client';

/** When no outage is known (a busy pool, a database past its deadline). */
const DEFAULT_RETRY_AFTER_S = 1;

export function retryAfterSeconds(graph: GraphClient): number {
  return graph.breaker?.retryAfterSeconds() ?? DEFAULT_RETRY_AFTER_S;
}

export function retryAfterPlugin<T extends BaseContext>(graph: GraphClient): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse(rc) {
          const body = rc.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          if (errors.some(e => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            rc.response.http.headers.set('retry-after', String(retryAfterSeconds(graph)));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
