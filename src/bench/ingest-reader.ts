/**
 * The reader of `npm run bench:ingest`, in a worker thread so the bench's own coding (CPU on the main
 * thread) never delays a request or its timing: it sends the given GraphQL reads to the server one at a
 * time, one every `everyMs`, and files each latency under the phase the main thread last named
 * (`{ phase: 'rest' }`, `{ phase: 'ingest' }`, `{ phase: null }` to send without recording). On
 * `{ stop: true }` it posts `{ latencies: { phase: ms[] }, errors }` and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface ReaderData {
  readonly url: string;
  readonly bodies: readonly { query: string; variables: Record<string, unknown> }[];
  readonly everyMs: number;
}

export type ReaderCommand = { readonly phase: string | null } | { readonly stop: true };

export interface ReaderReport {
  /** Latencies of the reads answered without errors, by phase. */
  readonly latencies: Record<string, number[]>;
  /** Reads that failed or answered errors, by phase (unrecorded ones under `-`). */
  readonly errors: Record<string, number>;
  /** The first few distinct failures, for the report. */
  readonly samples: string[];
}

async function run(data: ReaderData): Promise<void> {
  const port = parentPort;
  if (port === null) {
    throw new Error('ingest-reader runs as a worker thread');
  }
  // changed by messages between awaits
  const state: { phase: string | null; stopping: boolean } = { phase: null, stopping: false };
  const latencies: Record<string, number[]> = {};
  const errors: Record<string, number> = {};
  const samples = new Set<string>();
  port.on('message', (cmd: ReaderCommand) => {
    if ('stop' in cmd) {
      state.stopping = true;
    } else {
      state.phase = cmd.phase;
    }
  });
  for (let i = 0; !state.stopping; i += 1) {
    const body = data.bodies[i % data.bodies.length];
    const started = performance.now();
    const recording: string | null = state.phase;
    let failure: string | undefined;
    try {
      const res = await fetch(data.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await res.json()) as { errors?: { message?: string }[] };
      if (!res.ok || answer.errors !== undefined) {
        failure = `HTTP ${res.status}: ${answer.errors?.[0]?.message ?? ''}`;
      }
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
    }
    const ms = performance.now() - started;
    const phase = recording !== null && recording === state.phase ? recording : '-';
    if (failure !== undefined) {
      errors[phase] = (errors[phase] ?? 0) + 1;
      if (samples.size < 3) {
        samples.add(failure.slice(0, 200));
      }
    } else if (phase !== '-') {
      (latencies[phase] ??= []).push(ms);
    }
    await new Promise(resolve => setTimeout(resolve, Math.max(0, data.everyMs - ms)));
  }
  const report: ReaderReport = { latencies, errors, samples: [...samples] };
  port.postMessage(report);
}

if (parentPort !== null) {
  void run(workerData as ReaderData);
}
