// Live updates: the `articleIngested` subscription (docs/live.md) over graphql-ws, on the same origin
// and path as queries (ws:// or wss:// as the page is http:// or https://). The reader token goes as
// connection params, read at each (re)connection; a dropped socket is retried with a capped,
// jittered exponential backoff, and a refused token (close 4403) stops the retries until the page
// starts live updates again with another token. The page is told each article and each change of
// state, and re-queries what it shows (a reconnect may have missed messages: docs/live.md).
import { createClient } from 'graphql-ws';
import { getToken } from './api';
import { REFUSED, backoffMs, closeCode, closeReason, liveUrl } from './live-retry';

export interface IngestedArticle {
  readonly id: string;
  readonly title: string;
}

/** `connecting` until the server acknowledges, `live` while it does, `offline` between tries. */
export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface LiveHandlers {
  onArticleIngested(article: IngestedArticle): void;
  /** `reason` says why when offline (e.g. the token was refused). */
  onStatus?(status: LiveStatus, reason?: string): void;
}

const ARTICLE_INGESTED = 'subscription ExploreLive { articleIngested { id title } }';

/** Starts live updates; returns the function that stops them. */
export function startLiveUpdates(endpoint: string, handlers: LiveHandlers): () => void {
  let stopped = false;
  const status = (next: LiveStatus, reason?: string): void => {
    if (!stopped) {
      handlers.onStatus?.(next, reason);
    }
  };
  const client = createClient({
    url: liveUrl(endpoint, window.location.href),
    connectionParams: () => {
      const token = getToken();
      return token === null ? {} : { authorization: `Bearer ${token}` };
    },
    retryAttempts: Infinity,
    shouldRetry: event => closeCode(event) !== REFUSED,
    retryWait: retries => new Promise(resolve => setTimeout(resolve, backoffMs(retries))),
    on: {
      connecting: () => status('connecting'),
      connected: () => status('live'),
      closed: event => {
        const code = closeCode(event);
        status('offline', code === REFUSED ? closeReason(event) : undefined);
      },
    },
  });
  status('connecting');
  const unsubscribe = client.subscribe<{ articleIngested: IngestedArticle }>(
    { query: ARTICLE_INGESTED },
    {
      next: ({ data }) => {
        if (!stopped && data?.articleIngested !== undefined) {
          handlers.onArticleIngested(data.articleIngested);
        }
      },
      error: err =>
        status('offline', closeReason(err) ?? (err instanceof Error ? err.message : undefined)),
      complete: () => undefined,
    },
  );
  return () => {
    stopped = true;
    unsubscribe();
    void client.dispose();
  };
}
