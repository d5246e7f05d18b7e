/**
 * The context of a GraphQL subscription (graphql-ws): one per subscription, living as long as it. Its
 * DataLoaders are renewed for each message, so a subscription that runs for days neither caches stale
 * graph objects nor grows: each message is resolved as a fresh request would be.
 */
import type { Principal } from './access';
import { type ContextDeps, Loaders, type RequestContext, createContext } from './context';
import type { LiveBus } from '../kg/live-messages';

export interface LiveContext extends RequestContext {
  readonly live: LiveBus;
  /** New DataLoaders for the next message. */
  renewLoaders(): void;
}

export function createLiveContext(
  deps: ContextDeps,
  principal: Principal | null,
  live: LiveBus,
): LiveContext {
  const base = createContext(deps, principal);
  let loaders = base.loaders;
  return {
    ...base,
    live,
    get loaders() {
      return loaders;
    },
    renewLoaders() {
      loaders = new Loaders(deps.repos);
    },
  };
}
