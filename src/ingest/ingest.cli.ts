/**
 * `npm run ingest -- [--batch N] [--workers N | --shard K/N] <file.txt|folder|file.jsonl> ...`: ingests
 * articles with a progress bar and a summary; exits non-zero when any input failed. `--workers` and
 * `--shard` spread a run over processes and machines (ingest-workers.ts, docs/ingest.md#several-workers). Articles are parsed by the language service at CORENLP_URL
 * (or a local one started for the run, beside Neo4j): when it does not answer, the run stops before writing
 * anything (SERVICE_UNAVAILABLE); when it is busy, the run waits and tries again, saying so. Text files are one article each (the file name is not
 * used); JSON Lines files hold one `{text, url?, title?, source?, publishedAt?}` per line. Inputs stream in
 * batches, so a folder of thousands of articles never sits in memory at once.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { loadConfig } from '../config/config';
import { openGraph } from '../runtime/graph-runtime';
import { prepareGraph } from '../seed/seed.service';
import { USAGE, parseIngestArgs } from './ingest-args';
import {
  type IngestTotals,
  WHOLE,
  countItems,
  ingestPaths,
  listFiles,
  pacedIngestService,
} from './ingest-files';
import { WORKER_ENV, type WorkerMessage, runWorkers } from './ingest-workers';
import { DomainError, ServiceUnavailableError } from '../errors/errors';
import { openIngestLanguage } from './nlp/language-service';
import { runCli } from '../runtime/cli.runner';

/** One line that redraws on a terminal, and a line per 10% otherwise (CI logs). */
function progress(total: number): (done: number, failed: number) => void {
  let lastDecile = -1;
  return (done, failed) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    const width = 30;
    const bar = '#'.repeat(Math.round((pct / 100) * width)).padEnd(width, '.');
    const line = `[ingest] [${bar}] ${done}/${total} (${pct}%)${failed > 0 ? `, ${failed} failed` : ''}`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    } else if (Math.floor(pct / 10) !== lastDecile || done === total) {
      lastDecile = Math.floor(pct / 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

/** Tells the parent of a `--workers` run (ingest-workers.ts) instead of drawing a bar. */
function report(msg: WorkerMessage): void {
  process.send?.(msg);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseIngestArgs(argv);
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }
  const missing = args.paths.filter(a => !fs.existsSync(a));
  if (missing.length > 0) {
    console.error(`not found: ${missing.join(', ')}`);
    return 2;
  }
  const isWorker = process.env[WORKER_ENV] === '1' && process.send !== undefined;
  const files = args.paths.flatMap(listFiles);
  const total = await countItems(files, args.workers > 1 ? WHOLE : args.shard);
  const cfg = loadConfig();
  // a worker's start-up lines would repeat the parent's; its errors still reach stderr
  const log = (line: string): void => {
    if (!isWorker) {
      console.error(line);
    }
  };
  // side by side, as npm start does; a failure of either stops the run before anything is written
  const [graphOpened, languageOpened] = await Promise.allSettled([
    openGraph(cfg, log, { cli: true }),
    openIngestLanguage(cfg.nlp, log),
  ]);
  const runtime = graphOpened.status === 'fulfilled' ? graphOpened.value : undefined;
  const language = languageOpened.status === 'fulfilled' ? languageOpened.value : undefined;
  let totals: IngestTotals;
  try {
    if (runtime === undefined || language === undefined) {
      throw (
        graphOpened.status === 'rejected' ? graphOpened : (languageOpened as PromiseRejectedResult)
      ).reason;
    }
    if (!(await language.annotator.ready(5000))) {
      throw new ServiceUnavailableError(
        `the language service at ${language.urls.join(', ')} (${language.origin}) does not answer: start it, or unset CORENLP_URL and CORENLP_URLS to let npm run ingest start a local one. Nothing was written`,
      );
    }
    if (!isWorker) {
      await prepareGraph(runtime.graph); // once, by the parent of a --workers run
    }
    const show = isWorker
      ? (done: number, failed: number) => report({ kind: 'progress', done, failed })
      : progress(total);
    if (args.workers > 1) {
      log(`[ingest] ${args.workers} workers, parsing at ${language.urls.join(', ')}`);
    }
    show(0, 0);
    if (args.workers > 1) {
      totals = await runWorkers(args, { neo4jUri: runtime.uri, corenlpUrls: language.urls }, show);
    } else {
      const service = pacedIngestService(runtime.graph, language.annotator, line => {
        process.stderr.write(`${line}\n`);
      });
      totals = await ingestPaths(args.paths, service, show, args.batchSize, args.shard);
    }
  } finally {
    await Promise.all([runtime?.close(), language?.close()]);
  }
  if (isWorker) {
    report({ kind: 'totals', totals });
    return totals.skipped.length > 0 ? 1 : 0;
  }
  const share = args.shard.count > 1 ? ` (shard ${args.shard.index + 1}/${args.shard.count})` : '';
  console.log(
    `[ingest] ${totals.articles} articles${share} (${totals.newArticles} new), ${totals.actors} actors (per article, summed), ` +
      `${totals.statements} statements, ${totals.events} events; ${totals.skipped.length} skipped`,
  );
  for (const s of totals.skipped) {
    console.log(`[ingest]   skipped ${s.where}: ${s.reason}`);
  }
  return totals.skipped.length > 0 ? 1 : 0;
}

runCli(
  () => main(process.argv.slice(2)),
  err =>
    err instanceof DomainError
      ? `error: ${err.code}: ${err.message}`
      : err instanceof Error
        ? `error: ${err.message}`
        : err,
);
