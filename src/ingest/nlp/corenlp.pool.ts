/**
 * Several language services as one (CORENLP_URLS): each parse goes to the client with the fewest
 * parses running and waiting, ties taken in turn, so two services of equal speed share the work
 * evenly and a slow one gets less. Each client keeps its own bounds; the pool refuses (NlpBusyError)
 * only when the least loaded client does, i.e. when every service and its queue are full. A service
 * that is down fails the parses sent to it (SERVICE_UNAVAILABLE, naming its URL), as a single one
 * does: ingest stops instead of silently leaning on the others.
 */
import type { Annotator, CoreNlpClient, NlpDocument } from './corenlp.client';

export class CoreNlpPool implements Annotator {
  private turn = 0;

  constructor(readonly clients: readonly CoreNlpClient[]) {
    if (clients.length === 0) {
      throw new Error('a language service pool needs at least one client');
    }
  }

  get load(): { readonly inFlight: number; readonly queued: number } {
    return this.clients.reduce(
      (sum, c) => ({
        inFlight: sum.inFlight + c.load.inFlight,
        queued: sum.queued + c.load.queued,
      }),
      { inFlight: 0, queued: 0 },
    );
  }

  get capacity(): number {
    return this.clients.reduce((n, c) => n + c.capacity, 0);
  }

  /** True when every service answers. */
  async ready(timeoutMs = 1000): Promise<boolean> {
    const answers = await Promise.all(this.clients.map(c => c.ready(timeoutMs)));
    return answers.every(Boolean);
  }

  annotate(text: string, date?: string): Promise<NlpDocument> {
    return this.pick().annotate(text, date);
  }

  /** The least loaded client; among equals, the first at or after the turn, which then moves on. */
  pick(): CoreNlpClient {
    const n = this.clients.length;
    let best = this.turn % n;
    let bestLoad = Infinity;
    for (let k = 0; k < n; k += 1) {
      const i = (this.turn + k) % n;
      const c = this.clients[i] as CoreNlpClient;
      const load = c.load.inFlight + c.load.queued;
      if (load < bestLoad) {
        best = i;
        bestLoad = load;
      }
    }
    this.turn = best + 1;
    return this.clients[best] as CoreNlpClient;
  }
}
