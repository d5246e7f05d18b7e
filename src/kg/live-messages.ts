/**
 * Live updates as the domain sees them: the messages published after an ingest commits, and the bus
 * they travel on. Messages are plain JSON (ids and counts, no graph objects), so the same message can
 * cross Redis between server instances; each subscriber's instance reads the graph objects it needs.
 * The buses themselves live in src/server (live-bus.ts in process, redis-bus.ts across instances).
 */

/** An article written for the first time, with how many facts it holds. */
export interface ArticleIngestedMessage {
  readonly articleId: string;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly actors: number;
  readonly statements: number;
  readonly events: number;
}

/** An event written for the first time, with the actors it concerns (for server-side filtering). */
export interface EventAddedMessage {
  readonly eventId: string;
  readonly articleId: string;
  readonly sourceId: string;
  readonly targetId: string;
  /** The countries whose officials (offices named in the article) are the source / the target. */
  readonly sourceCountryIds: readonly string[];
  readonly targetCountryIds: readonly string[];
}

export interface LiveMessages {
  articleIngested: ArticleIngestedMessage;
  eventAdded: EventAddedMessage;
}

export type LiveTopic = keyof LiveMessages;

export const LIVE_TOPICS: readonly LiveTopic[] = ['articleIngested', 'eventAdded'];

/** What /ready shows about the live bus. */
export interface LiveBusStatus {
  readonly kind: 'in-process' | 'redis';
  /** `down` while Redis is unreachable: each instance's subscribers then get only its own events. */
  readonly state: 'up' | 'down';
}

export interface LiveBus {
  /** Delivers a message to every subscriber of every instance; never throws (an outage is logged). */
  publish<T extends LiveTopic>(topic: T, message: LiveMessages[T]): void;
  /** Messages of `topic` from now on, those `keep` accepts; `return()` ends the subscription. */
  subscribe<T extends LiveTopic>(
    topic: T,
    keep?: (message: LiveMessages[T]) => boolean,
  ): AsyncIterableIterator<LiveMessages[T]>;
  status(): LiveBusStatus;
  /** Subscriptions open on this instance. */
  subscriberCount(): number;
  /** Ends every subscription and releases connections. */
  close(): Promise<void>;
}
