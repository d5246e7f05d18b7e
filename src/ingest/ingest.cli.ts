/**
 * `npm run ingest -- [--batch N] <file.txt|folder|file.jsonl> ...`: ingests articles with a progress bar and a
 * summary; exits non-zero when any input failed. Articles are parsed by the language service at CORENLP_URL
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
import {
  DEFAULT_INGEST_BATCH,
  type IngestTotals,
  countItems,
  ingestPaths,
  listFiles,
  pacedIngestService,
} from './ingest-files';
import { DomainError, ServiceUnavailableError } from '../errors/errors';
import { openLanguageService } from './nlp/language-service';

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

const USAGE = 'usage: npm run ingest -- [--batch N] <file.txt|folder|file.jsonl> ...';

async function main(argv: readonly string[]): Promise<number> {
  const b = argv.indexOf('--batch');
  const batchSize = b >= 0 ? Number(argv[b + 1]) : DEFAULT_INGEST_BATCH;
  const args = b >= 0 ? [...argv.slice(0, b), ...argv.slice(b + 2)] : [...argv];
  if (args.length === 0 || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    console.error(
      `${USAGE}\n  --batch: articles per write transaction, 1 to 1000 (default ${DEFAULT_INGEST_BATCH})`,
    );
    return 2;
  }
  const missing = args.filter(a => !fs.existsSync(a));
  if (missing.length > 0) {
    console.error(`not found: ${missing.join(', ')}`);
    return 2;
  }
  const total = await countItems(args.flatMap(listFiles));
  const cfg = loadConfig();
  const log = (line: string): void => {
    console.error(line);
  };
  // side by side, as npm start does; a failure of either stops the run before anything is written
  const [graphOpened, languageOpened] = await Promise.allSettled([
    openGraph(cfg, log, { cli: true }),
    openLanguageService(cfg.nlp, log),
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
    if (!(await language.client.ready(5000))) {
      throw new ServiceUnavailableError(
        `the language service at ${language.url} (${language.origin}) does not answer: start it, or unset CORENLP_URL to let npm run ingest start a local one. Nothing was written`,
      );
    }
    await prepareGraph(runtime.graph);
    const show = progress(total);
    show(0, 0);
    const service = pacedIngestService(runtime.graph, language.client, cfg.nlp, line => {
      process.stderr.write(`${line}\n`);
    });
    totals = await ingestPaths(args, service, show, batchSize);
  } finally {
    await Promise.all([runtime?.close(), language?.close()]);
  }
  console.log(
    `[ingest] ${totals.articles} articles (${totals.newArticles} new), ${totals.actors} actors (per article, summed), ` +
      `${totals.statements} statements, ${totals.events} events; ${totals.skipped.length} skipped`,
  );
  for (const s of totals.skipped) {
    console.log(`[ingest]   skipped ${s.where}: ${s.reason}`);
  }
  return totals.skipped.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(
      err instanceof DomainError
        ? `error: ${err.code}: ${err.message}`
        : err instanceof Error
          ? `error: ${err.message}`
          : err,
    );
    process.exitCode = 1;
  },
);
