/**
 * The context of a GraphQL subscription (graphql-ws): one per subscription, living as long as it. Each
 * message is resolved as a fresh request would be, with DataLoaders of its own, so a subscription that
 * runs for days neither caches stale graph objects nor grows.
 *
 * Those DataLoaders belong to the message, not to the subscription: every subscription of one server
 * instance that resolves the same message shares them, so N subscribers to an article's events cost the
 * reads of one (their loads batch together, and what one has read the others get from the cache). They
 * live as long as the message does: once every subscriber has resolved it, both can be collected.
 */
import type { Principal } from './access';
import {
  type ContextDeps,
  Loaders,
  type Repositories,
  type RequestContext,
  createContext,
} from './context';
import type { LiveBus } from '../kg/live-messages';

export interface LiveContext extends RequestContext {
  readonly live: LiveBus;
  /** The DataLoaders of `message`, shared with every other subscription resolving it. */
  useLoadersOf(message: object): void;
}

/** Per server instance (its repositories), the loaders of each message being resolved. */
const messageLoaders = new WeakMap<Repositories, WeakMap<object, Loaders>>();

function loadersOf(repos: Repositories, message: object): Loaders {
  let byMessage = messageLoaders.get(repos);
  if (byMessage === undefined) {
    byMessage = new WeakMap();
    messageLoaders.set(repos, byMessage);
  }
  let loaders = byMessage.get(message);
  if (loaders === undefined) {
    loaders = new Loaders(repos);
    byMessage.set(message, loaders);
  }
  return loaders;
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
    useLoadersOf(message: object) {
      loaders = loadersOf(deps.repos, message);
    },
  };
}
