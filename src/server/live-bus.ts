/**
 * The in-process live bus (src/kg/live-messages.ts says what travels on it): the bus of a single
 * instance, and the local end of the Redis bus (redis-bus.ts).
 *
 * Each subscription gets its own bounded queue: a client that reads slower than articles arrive loses its
 * oldest undelivered messages instead of growing the server's memory.
 */
import type { LiveBus, LiveBusStatus, LiveMessages, LiveTopic } from '../kg/live-messages';

/** Undelivered messages one subscription keeps before it drops the oldest. */
export const SUBSCRIBER_BUFFER = 256;

/**
 * One subscription's messages as an async iterator, registered at once (a message published right after
 * `subscribe` returns is not missed), with a queue of at most SUBSCRIBER_BUFFER (the oldest go first).
 */
class Subscriber<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private done = false;

  constructor(
    readonly keep: (message: T) => boolean,
    private readonly onEnd: (self: Subscriber<T>) => void,
  ) {}

  push(message: T): void {
    if (this.done || !this.keep(message)) {
      return;
    }
    const waiting = this.waiting;
    if (waiting !== undefined) {
      this.waiting = undefined;
      waiting({ value: message, done: false });
      return;
    }
    this.queue.push(message);
    if (this.queue.length > SUBSCRIBER_BUFFER) {
      this.queue.shift();
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) {
      return Promise.resolve({ value: this.queue.shift() as T, done: false });
    }
    if (this.done) {
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise(resolve => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  end(): void {
    if (this.done) {
      return;
    }
    this.done = true;
    this.queue.length = 0;
    this.onEnd(this);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/** Fan-out inside this process: the bus of a single instance, and the local end of the Redis bus. */
export class LocalFanout {
  private readonly subscribers = new Map<LiveTopic, Set<Subscriber<unknown>>>();

  deliver(topic: LiveTopic, message: unknown): void {
    for (const subscriber of this.subscribers.get(topic) ?? []) {
      subscriber.push(message);
    }
  }

  subscribe<T extends LiveTopic>(
    topic: T,
    keep: (message: LiveMessages[T]) => boolean = () => true,
  ): AsyncIterableIterator<LiveMessages[T]> {
    const set = this.subscribers.get(topic) ?? new Set<Subscriber<unknown>>();
    this.subscribers.set(topic, set);
    const subscriber = new Subscriber<LiveMessages[T]>(keep, self => {
      set.delete(self as Subscriber<unknown>);
    });
    set.add(subscriber as Subscriber<unknown>);
    return subscriber;
  }

  count(): number {
    let n = 0;
    for (const set of this.subscribers.values()) {
      n += set.size;
    }
    return n;
  }

  stopAll(): void {
    for (const set of this.subscribers.values()) {
      for (const subscriber of [...set]) {
        subscriber.end();
      }
    }
  }
}

/** The bus of a single instance (no REDIS_URL). */
export class InProcessBus implements LiveBus {
  private readonly fanout = new LocalFanout();

  publish<T extends LiveTopic>(topic: T, message: LiveMessages[T]): void {
    this.fanout.deliver(topic, message);
  }

  subscribe<T extends LiveTopic>(
    topic: T,
    keep?: (message: LiveMessages[T]) => boolean,
  ): AsyncIterableIterator<LiveMessages[T]> {
    return this.fanout.subscribe(topic, keep);
  }

  status(): LiveBusStatus {
    return { kind: 'in-process', state: 'up' };
  }

  subscriberCount(): number {
    return this.fanout.count();
  }

  close(): Promise<void> {
    this.fanout.stopAll();
    return Promise.resolve();
  }
}
