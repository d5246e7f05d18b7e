/** /ready's probe of the database: one `PING` without retries, bounded in time. */
import type { Session } from 'neo4j-driver';
import { PING } from './cypher/read.cypher';

/** Where the probe gets its session, and who is told when it is closed (the client's session count). */
export interface PingSessions {
  readonly open: () => Session;
  readonly closed: () => void;
}

/**
 * True when Neo4j answered a `PING` within `timeoutMs`. A pooled connection left broken by a restart
 * fails at once, so a second attempt fits the budget.
 */
export async function pingWithin(timeoutMs: number, sessions: PingSessions): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const left = deadline - Date.now();
    if (left <= 0) {
      return false;
    }
    if (await pingOnce(left, sessions)) {
      return true;
    }
  }
  return false;
}

async function pingOnce(timeoutMs: number, sessions: PingSessions): Promise<boolean> {
  const session = sessions.open();
  let timer: NodeJS.Timeout | undefined;
  const attempt = session
    .run(PING, {}, { timeout: Math.max(timeoutMs, 100) })
    .then(() => true)
    .catch(() => false);
  const late = new Promise<boolean>(resolve => {
    timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
  });
  try {
    return await Promise.race([attempt, late]);
  } finally {
    clearTimeout(timer);
    // a connection attempt still pending ends by connectionTimeout; do not make the caller wait for it
    void session
      .close()
      .catch(() => undefined)
      .finally(sessions.closed);
  }
}
