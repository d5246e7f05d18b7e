/**
 * The live bus across server instances (REDIS_URL): a message is PUBLISHed on a Redis channel per topic,
 * and every instance (the publisher too) delivers what its SUBSCRIBE connection receives to its own
 * subscribers. So a subscriber on instance B gets what instance A ingests.
 *
 * A Redis outage never takes the server down: both connections reconnect on their own (ioredis, with
 * a capped back-off) and resubscribe; meanwhile a publish is not queued (a backlog would replay stale
 * events later) but delivered to this instance's own subscribers, the outage is logged once, and
 * `status()` says `down` (shown by /ready). Subscribers on other instances miss what is published during
 * the outage; docs/live.md tells clients to re-query after a gap.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../runtime/logger';
import {
  LIVE_TOPICS,
  type LiveBus,
  type LiveBusStatus,
  type LiveMessages,
  type LiveTopic,
} from '../kg/live-messages';
import { LocalFanout } from './live-bus';

/** Channel names: one per topic, namespaced so the Redis can serve other applications too. */
const CHANNEL_PREFIX = 'newsgraph:live:';

/** Longest wait between two reconnection attempts. */
const MAX_RECONNECT_DELAY_MS = 2000;

/** How long start-up waits for Redis before serving without it (and reconnecting behind). */
const START_WAIT_MS = 3000;

function channelOf(topic: LiveTopic): string {
  return `${CHANNEL_PREFIX}${topic}`;
}

function topicOf(channel: string): LiveTopic | undefined {
  const name = channel.startsWith(CHANNEL_PREFIX) ? channel.slice(CHANNEL_PREFIX.length) : '';
  return LIVE_TOPICS.find(t => t === name);
}

function client(url: string): Redis {
  return new Redis(url, {
    // fail a command at once while disconnected instead of queueing it for a later replay
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: times => Math.min(times * 100, MAX_RECONNECT_DELAY_MS),
    lazyConnect: true,
  });
}

export class RedisBus implements LiveBus {
  private readonly fanout = new LocalFanout();
  private readonly pub: Redis;
  private readonly sub: Redis;
  /** Undefined until the first connection or failure, so the first state is logged too. */
  private down: boolean | undefined;
  private subscribed = false;
  private closed = false;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    this.pub = client(url);
    this.sub = client(url);
    for (const [role, conn] of [
      ['publish', this.pub],
      ['subscribe', this.sub],
    ] as const) {
      conn.on('error', (err: Error) => {
        this.markDown(`Redis ${role} connection: ${err.message}`);
      });
      conn.on('close', () => {
        if (conn === this.sub) {
          this.subscribed = false;
        }
        this.markDown(`Redis ${role} connection closed`);
      });
    }
    this.pub.on('ready', () => {
      this.markUp();
    });
    // (re)subscribe on every connection: the first one may come long after start-up
    this.sub.on('ready', () => {
      this.sub
        .subscribe(...LIVE_TOPICS.map(channelOf))
        .then(() => {
          this.subscribed = true;
          this.markUp();
        })
        .catch((err: unknown) => {
          this.markDown(
            `Redis SUBSCRIBE failed: ${err instanceof Error ? err.message : String(err)}`,
          );
        });
    });
    this.sub.on('message', (channel: string, raw: string) => {
      this.receive(channel, raw);
    });
  }

  /**
   * Connects and subscribes, waiting at most START_WAIT_MS: a Redis that is down at start-up is logged
   * and retried behind, never a reason not to serve.
   */
  async start(): Promise<void> {
    // a failed first attempt is logged by the 'error' handlers, and reconnection goes on behind
    for (const conn of [this.pub, this.sub]) {
      conn.connect().catch(() => undefined);
    }
    const t0 = Date.now();
    while (this.isDown() && Date.now() - t0 < START_WAIT_MS) {
      await new Promise(resolve => setTimeout(resolve, 25));
    }
    if (this.isDown()) {
      this.markDown(`Redis did not answer within ${START_WAIT_MS} ms of start-up`);
    }
  }

  publish<T extends LiveTopic>(topic: T, message: LiveMessages[T]): void {
    if (this.isDown()) {
      this.fanout.deliver(topic, message);
      return;
    }
    this.pub.publish(channelOf(topic), JSON.stringify(message)).catch((err: unknown) => {
      this.markDown(`Redis publish failed: ${err instanceof Error ? err.message : String(err)}`);
      this.fanout.deliver(topic, message);
    });
  }

  subscribe<T extends LiveTopic>(
    topic: T,
    keep?: (message: LiveMessages[T]) => boolean,
  ): AsyncIterableIterator<LiveMessages[T]> {
    return this.fanout.subscribe(topic, keep);
  }

  status(): LiveBusStatus {
    return { kind: 'redis', state: this.isDown() ? 'down' : 'up' };
  }

  subscriberCount(): number {
    return this.fanout.count();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fanout.stopAll();
    await Promise.all([this.pub, this.sub].map(c => c.quit().catch(() => c.disconnect())));
  }

  private isDown(): boolean {
    return this.pub.status !== 'ready' || this.sub.status !== 'ready' || !this.subscribed;
  }

  private receive(channel: string, raw: string): void {
    const topic = topicOf(channel);
    if (topic === undefined) {
      return;
    }
    try {
      this.fanout.deliver(topic, JSON.parse(raw) as unknown);
    } catch (err) {
      this.logger.warn({ err, channel }, 'ignored a live message that is not JSON');
    }
  }

  private markDown(reason: string): void {
    if (this.down === true || this.closed) {
      return;
    }
    this.down = true;
    this.logger.error(
      { reason },
      'live updates: Redis is down; subscribers get only this instance’s events until it is back',
    );
  }

  private markUp(): void {
    if (this.down === false || this.isDown()) {
      return;
    }
    this.down = false;
    this.logger.info('live updates: Redis connected; events fan out to every instance');
  }
}
