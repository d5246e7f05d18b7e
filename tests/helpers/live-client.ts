/** A real graphql-ws client over a real WebSocket (the `ws` package), and what it received. */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Closed {
  readonly code: number;
  readonly reason: string;
}

export interface LiveClient {
  readonly client: Client;
  /** Resolves with the close code and reason once the socket closes. */
  readonly closed: Promise<Closed>;
  /** Resolves once the server acknowledged connection_init. */
  readonly connected: Promise<void>;
  dispose(): Promise<void>;
}

export interface Subscription<T> {
  readonly results: T[];
  readonly errors: { message: string; extensions?: { code?: string } }[];
  /** Resolves when at least `n` results arrived; rejects after `timeoutMs`. */
  received(n: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves when the server ended the subscription (complete or error). */
  readonly ended: Promise<void>;
  unsubscribe(): void;
}

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/graphql`;
}

export function connectLive(httpUrl: string, token?: string): LiveClient {
  let onClosed: (c: Closed) => void = () => undefined;
  let onConnected: () => void = () => undefined;
  const closed = new Promise<Closed>(resolve => {
    onClosed = resolve;
  });
  const connected = new Promise<void>(resolve => {
    onConnected = resolve;
  });
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    on: {
      connected: () => {
        onConnected();
      },
      closed: event => {
        const e = event as { code: number; reason: string | Buffer };
        onClosed({ code: e.code, reason: String(e.reason) });
      },
    },
    onNonLazyError: () => undefined, // the close is observed through `closed`
  });
  return {
    client,
    closed,
    connected,
    dispose: async () => {
      await client.dispose();
    },
  };
}

export function subscribe<T>(
  live: LiveClient,
  query: string,
  variables?: Record<string, unknown>,
): Subscription<T> {
  const results: T[] = [];
  const errors: Subscription<T>['errors'] = [];
  const waiters: (() => void)[] = [];
  let end: () => void = () => undefined;
  const ended = new Promise<void>(resolve => {
    end = resolve;
  });
  const unsubscribe = live.client.subscribe<T>(
    { query, variables },
    {
      next: value => {
        if (value.errors !== undefined) {
          errors.push(...(value.errors as Subscription<T>['errors']));
        }
        if (value.data !== undefined && value.data !== null) {
          results.push(value.data);
        }
        waiters.forEach(w => {
          w();
        });
      },
      error: err => {
        if (Array.isArray(err)) {
          errors.push(...(err as Subscription<T>['errors']));
        }
        end();
      },
      complete: () => {
        end();
      },
    },
  );
  return {
    results,
    errors,
    ended,
    unsubscribe,
    received: (n, timeoutMs = 60_000) =>
      new Promise<T[]>((resolve, reject) => {
        const check = (): void => {
          if (results.length >= n) {
            clearTimeout(timer);
            resolve(results);
          }
        };
        const timer = setTimeout(() => {
          reject(new Error(`received ${results.length} of ${n} results in ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(check);
        check();
      }),
  };
}

/** Polls `cond` every 20 ms until it holds, or fails after `timeoutMs`. */
export async function until(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}
