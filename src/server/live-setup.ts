/**
 * Live updates in the app: the bus (Redis when REDIS_URL is set, else in-process), the Apollo plugin
 * that closes the WebSocket connections when the HTTP server drains, and their metrics.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Gauge, type Registry } from 'prom-client';
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

/**
 * /metrics for live updates: open WebSocket connections and running subscriptions of this instance
 * (against their caps), and with Redis whether it is reachable.
 */
export function registerLiveMetrics(
  registry: Registry,
  live: LiveBus,
  subscriptions: SubscriptionServer,
): void {
  new Gauge({
    name: 'newsgraph_ws_connections',
    help: 'Open GraphQL WebSocket connections (capped by WS_MAX_CONNECTIONS)',
    registers: [registry],
    collect() {
      this.set(subscriptions.connections());
    },
  });
  new Gauge({
    name: 'newsgraph_live_subscriptions',
    help: 'Running GraphQL subscriptions on this instance',
    registers: [registry],
    collect() {
      this.set(live.subscriberCount());
    },
  });
  if (live.status().kind === 'redis') {
    new Gauge({
      name: 'newsgraph_live_redis_up',
      help: '1 while the Redis of live updates (REDIS_URL) is connected, 0 during an outage',
      registers: [registry],
      collect() {
        this.set(live.status().state === 'up' ? 1 : 0);
      },
    });
  }
}
