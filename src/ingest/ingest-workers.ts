/**
 * `npm run ingest -- --workers N`: N worker processes of ingest.cli.js, each given `--shard i/N` of the
 * same paths, the parent's Neo4j (NEO4J_URI) and its language service(s) (CORENLP_URLS), so they share
 * one database and one set of parsers while each codes on its own core. A worker reports its progress
 * and its totals to the parent over the IPC channel; the parent draws one progress bar and one summary.
 *
 * The workers write with MERGE on stable ids in managed transactions: two workers merging the same actor
 * may wait on each other's locks, and a deadlock Neo4j detects is a transient error that the driver
 * retries (within NEO4J_CLI_MAX_RETRY_MS); a uniqueness race between two creators is run again as a
 * merge (ingest.service.ts). The graph is the same as one worker's (tests/integration/ingest-workers).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import type { IngestArgs } from './ingest-args';
import { workerArgv } from './ingest-args';
import type { IngestTotals } from './ingest-files';

/** Set in a worker process's environment: report over IPC instead of drawing a progress bar. */
export const WORKER_ENV = 'NEWSGRAPH_INGEST_WORKER';

export type WorkerMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly failed: number }
  | { readonly kind: 'totals'; readonly totals: IngestTotals };

export function emptyTotals(): IngestTotals {
  return { articles: 0, newArticles: 0, actors: 0, statements: 0, events: 0, skipped: [] };
}

/** The sum of several workers' totals (skipped inputs in worker order). */
export function sumTotals(all: readonly IngestTotals[]): IngestTotals {
  const sum = emptyTotals();
  for (const t of all) {
    sum.articles += t.articles;
    sum.newArticles += t.newArticles;
    sum.actors += t.actors;
    sum.statements += t.statements;
    sum.events += t.events;
    sum.skipped.push(...t.skipped);
  }
  return sum;
}

export interface WorkerTargets {
  /** The Neo4j every worker writes to. */
  readonly neo4jUri: string;
  /** The language service(s) the workers parse with. */
  readonly corenlpUrls: readonly string[];
}

/**
 * Runs `args.workers` worker processes to the end; `onProgress` gets the done and failed inputs summed
 * over the workers. Rejects, once all have ended, when a worker died without its totals (naming it and
 * its exit code: its own error is on stderr).
 */
export async function runWorkers(
  args: IngestArgs,
  targets: WorkerTargets,
  onProgress: (done: number, failed: number) => void,
): Promise<IngestTotals> {
  const script = path.join(__dirname, 'ingest.cli.js');
  const progress = Array.from({ length: args.workers }, () => ({ done: 0, failed: 0 }));
  const runs = progress.map(
    (mine, i) =>
      new Promise<IngestTotals>((resolve, reject) => {
        const child = fork(script, workerArgv(args, i), {
          env: {
            ...process.env,
            NEO4J_URI: targets.neo4jUri,
            CORENLP_URLS: targets.corenlpUrls.join(','),
            [WORKER_ENV]: '1',
          },
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
        let totals: IngestTotals | undefined;
        child.on('message', (msg: WorkerMessage) => {
          if (msg.kind === 'totals') {
            totals = msg.totals;
            return;
          }
          mine.done = msg.done;
          mine.failed = msg.failed;
          onProgress(
            progress.reduce((n, p) => n + p.done, 0),
            progress.reduce((n, p) => n + p.failed, 0),
          );
        });
        child.once('error', reject);
        child.once('exit', code => {
          if (totals !== undefined) {
            resolve(totals);
          } else {
            reject(new Error(`ingest worker ${i + 1}/${args.workers} exited (${String(code)})`));
          }
        });
      }),
  );
  // every worker runs to its end before the parent closes the database and services they use
  const settled = await Promise.allSettled(runs);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed !== undefined) {
    throw failed.reason;
  }
  return sumTotals(settled.map(s => (s as PromiseFulfilledResult<IngestTotals>).value));
}
