// The DOM-free parts of live updates (./live.ts): where the socket goes, how long to wait before a
// retry, and what a close says. Kept apart so they can be unit-tested without a browser.

/** Close code of a refused connection_init (docs/access.md): retrying cannot help. */
export const REFUSED = 4403;
const FIRST_WAIT_MS = 1000;
const MAX_WAIT_MS = 30_000;

/** The socket URL of a GraphQL endpoint given relative to the page (same host, port and path). */
export function liveUrl(endpoint: string, pageUrl: string): string {
  const url = new URL(endpoint, pageUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  return url.toString();
}

/** The wait before retry number `retries` (0-based): 1 s, 2 s, 4 s … capped at 30 s, plus up to 50 %. */
export function backoffMs(retries: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(retries, 15));
  return Math.round(base * (1 + random() / 2));
}

export function closeCode(value: unknown): number | undefined {
  if (typeof value === 'object' && value !== null && 'code' in value) {
    const code = value.code;
    return typeof code === 'number' ? code : undefined;
  }
  return undefined;
}

export function closeReason(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'reason' in value) {
    const reason = value.reason;
    return typeof reason === 'string' && reason !== '' ? reason : undefined;
  }
  return undefined;
}
