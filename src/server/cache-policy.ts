/**
 * HTTP caching of GraphQL responses (docs/caching.md). The @cacheControl hints in the schema give each
 * field a max-age; Apollo's cache-control plugin turns the minimum over the response into
 * `Cache-Control: max-age=N, public` (or `no-store` when any field is unhinted, for mutations and for
 * errors). A response that depends on who asked must never land in a shared cache, so a request that
 * carries a token, and every request when reads need one, is restricted to the PRIVATE scope: a browser
 * may keep it, a CDN or proxy may not.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ReadAccess } from '../config/config';
import type { RequestContext } from '../resolvers/context';

export function privateWhenAuthenticated(
  readAccess: ReadAccess,
): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        // Runs before the cache-control plugin's willSendResponse (it is listed first), and after
        // execution, so the field hints have been collected and only the scope is tightened.
        willSendResponse({ contextValue, overallCachePolicy }) {
          // contextValue is absent when context creation failed (an unknown token): that is an error
          // response, which is never cacheable anyway.
          const principal = (contextValue as RequestContext | undefined)?.principal ?? null;
          if (readAccess === 'token' || principal !== null) {
            overallCachePolicy.restrict({ scope: 'PRIVATE' });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
