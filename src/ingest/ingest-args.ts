/**
 * The command line of `npm run ingest`: options, then the files, folders and .jsonl files to ingest.
 * Pure, so the rules are unit-tested; ingest.cli.ts prints the usage on a problem.
 */
import { DEFAULT_INGEST_BATCH, type Shard, WHOLE } from './ingest-files';

export const MAX_WORKERS = 16;
export const MAX_SHARDS = 1000;

export const USAGE = [
  'usage: npm run ingest -- [--batch N] [--workers N | --shard K/N] <file.txt|folder|file.jsonl> ...',
  `  --batch N    articles per write transaction, 1 to 1000 (default ${DEFAULT_INGEST_BATCH})`,
  `  --workers N  N worker processes on this machine, 1 to ${MAX_WORKERS}, sharing one Neo4j and the`,
  '               language service(s) of CORENLP_URLS / CORENLP_URL (or one local CoreNLP)',
  '  --shard K/N  ingest only the K-th of N shares of the inputs (one worker of a run spread over',
  '               several machines; every worker gets the same paths)',
].join('\n');

export interface IngestArgs {
  readonly batchSize: number;
  readonly workers: number;
  readonly shard: Shard;
  readonly paths: readonly string[];
}

/** The parsed command line, or the problem with it. */
export function parseIngestArgs(argv: readonly string[]): IngestArgs | { error: string } {
  let batchSize = DEFAULT_INGEST_BATCH;
  let workers = 1;
  let shard: Shard = WHOLE;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const value = argv[i + 1];
    if (arg === '--batch' || arg === '--workers' || arg === '--shard') {
      if (value === undefined) {
        return { error: `${arg} needs a value` };
      }
      i += 1;
      if (arg === '--shard') {
        const parsed = parseShard(value);
        if (parsed === undefined) {
          return { error: `--shard ${value}: expected K/N with 1 <= K <= N <= ${MAX_SHARDS}` };
        }
        shard = parsed;
      } else if (arg === '--batch') {
        batchSize = Number(value);
        if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
          return { error: `--batch ${value}: expected an integer from 1 to 1000` };
        }
      } else {
        workers = Number(value);
        if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
          return { error: `--workers ${value}: expected an integer from 1 to ${MAX_WORKERS}` };
        }
      }
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}` };
    } else {
      paths.push(arg);
    }
  }
  if (workers > 1 && shard.count > 1) {
    return { error: '--workers and --shard do not go together: give each machine one --shard' };
  }
  if (paths.length === 0) {
    return { error: 'no file or folder to ingest' };
  }
  return { batchSize, workers, shard, paths };
}

/** `K/N` (1-based K) as a 0-based shard, or undefined when malformed. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (m === null || k < 1 || n < k || n > MAX_SHARDS) {
    return undefined;
  }
  return { index: k - 1, count: n };
}

/** The command line a worker process of `--workers` gets: its shard, the batch size and the paths. */
export function workerArgv(args: IngestArgs, index: number): string[] {
  return [
    '--batch',
    String(args.batchSize),
    '--shard',
    `${index + 1}/${args.workers}`,
    ...args.paths,
  ];
}
