/**
 * Live updates in the app: the bus (Redis when REDIS_URL is set, else in-process) and the Apollo plugin
 * that closes the WebSocket connections when the HTTP server drains.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { LiveConfig } from '../config/config';
import type { Logger } from '../runtime/logger';
import type { LiveBus, LiveBusStatus } from '../kg/live-messages';
import { InProcessBus } from './live-bus';
import { RedisBus } from './redis-bus';
import type { SubscriptionServer } from './subscriptions';

/** The bus for this config; with Redis, waits a moment for it but never fails (redis-bus.ts). */
export async function openLiveBus(cfg: LiveConfig, logger: Logger): Promise<LiveBus> {
  if (cfg.redisUrl === undefined) {
    return new InProcessBus();
  }
  const bus = new RedisBus(cfg.redisUrl, logger);
  await bus.start();
  return bus;
}

/** Closes the subscriptions' sockets (1001) while Apollo drains the HTTP server, so the drain ends. */
export function drainSubscriptions<C extends BaseContext>(
  subscriptions: () => SubscriptionServer | undefined,
): ApolloServerPlugin<C> {
  return {
    serverWillStart() {
      return Promise.resolve({
        drainServer: async () => {
          await subscriptions()?.dispose();
        },
      });
    },
  };
}

/**
 * What /ready says about live updates with Redis (nothing without: an in-process bus cannot fail). While
 * Redis is down they degrade to per-instance delivery, but reads and ingest go on, so it is not a 503.
 */
export function liveReadiness(status: LiveBusStatus): Record<string, string> {
  if (status.kind === 'in-process') {
    return {};
  }
  return status.state === 'up'
    ? { live: 'redis: up' }
    : {
        live: 'redis: down (each instance delivers only its own events until Redis is back)',
      };
}
