/**
 * `npm run bench:ingest`: extraction throughput (single process, no database) and end-to-end ingest
 * throughput into Neo4j on a generated corpus, one transaction per article (what `ingestArticle` does)
 * side by side with grouped writes, first extracting and writing in turn, then extracting the next group
 * while the last one is written (what `npm run ingest` does). Starts its own Neo4j in a temporary
 * folder unless NEO4J_URI is set. Extraction is the parse by the language service (CORENLP_URL, or a
 * local CoreNLP started for the run) and the coder, a few articles per second, so the defaults are small.
 *
 *   npm run bench:ingest -- --articles 60 --batch 20 --single 10 --warmup 20
 */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { DEFAULT_INGEST_BATCH } from '../ingest/ingest-files';
import { type IngestResult, IngestService } from '../ingest/ingest.service';
import type { ArticleInput } from '../kg/article-input';
import { parsingExtractor } from '../ingest/article.extractor';
import { openLanguageService } from '../ingest/nlp/language-service';
import { prepareGraph } from '../seed/seed.service';
import { intArg, openBenchGraph } from './bench-neo4j';
import { newsCorpus } from './news-corpus';

function megabytes(articles: readonly ArticleInput[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) {
    yield items.slice(i, i + size);
  }
}

/** Runs `step(i)` for i < total and prints a line at every tenth. */
async function withProgress(
  label: string,
  total: number,
  step: (i: number) => Promise<number> | number,
): Promise<number> {
  const t0 = process.hrtime.bigint();
  let i = 0;
  let next = Math.ceil(total / 10);
  while (i < total) {
    i += await step(i);
    if (i >= next || i >= total) {
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      console.log(`[bench:ingest]   ${label}: ${Math.min(i, total)}/${total} in ${s.toFixed(1)} s`);
      next += Math.ceil(total / 10);
    }
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function main(): Promise<void> {
  const count = intArg('articles', 60);
  const batchSize = intArg('batch', Math.min(20, DEFAULT_INGEST_BATCH));
  const single = Math.min(intArg('single', 10), count);
  const warmup = intArg('warmup', 20);
  const corpus = newsCorpus(2 * count + single + warmup);
  const bulk = corpus.slice(0, count);
  const sequential = corpus.slice(count, 2 * count);
  const alone = corpus.slice(2 * count, 2 * count + single);
  const warm = corpus.slice(2 * count + single);
  const mb = megabytes(bulk);
  console.log(
    `[bench:ingest] corpus: ${count} generated articles, ${mb.toFixed(2)} MB ` +
      `(mean ${((mb * 1e3) / count).toFixed(2)} KB); Node ${process.version}, one process`,
  );

  const cfg = loadConfig();
  const language = await openLanguageService(cfg.nlp, line =>
    console.log(`[bench:ingest] ${line}`),
  );
  const extract = parsingExtractor(language.client);
  for (const a of bulk.slice(0, 5)) {
    await extract(a); // warm-up: the service's JIT, the dictionaries
  }
  let facts = 0;
  const extractS = await withProgress('extraction (parse + code)', count, async i => {
    const { batch } = await extract(bulk[i] as ArticleInput);
    facts += batch.statements.length + batch.events.length;
    return 1;
  });

  const bench = await openBenchGraph(cfg, 'bench:ingest', { pagecacheMb: 512 });
  try {
    await prepareGraph(bench.graph);
    const service = new IngestService(bench.graph, extract, {
      concurrency: cfg.nlp.maxInFlight + cfg.nlp.maxQueued,
    });
    let failed = 0;
    const ingested = (results: readonly IngestResult[]): number => {
      failed += results.filter(r => r instanceof Error).length;
      return results.length;
    };
    // A fresh JVM compiles Neo4j's hot paths for minutes: measured over 2000 articles after the first
    // 1000, the C2 compiler threads still used 6.3 ms of CPU per article against 4.6 ms for the Bolt
    // worker running the statements, on a machine with two cores. The paths below are compared on a
    // warm database (a server's state once it has run a while); the warm-up is printed on its own.
    const warmS = await withProgress(`warm-up, groups of ${batchSize}`, warmup, async i =>
      ingested(await service.ingestMany(warm.slice(i, i + batchSize))),
    );
    const aloneS = await withProgress('one transaction per article', single, async i => {
      await service.ingest(alone[i] as ArticleInput);
      return 1;
    });
    // the same service calls as `npm run ingest`, first without and then with overlapping
    const seqS = await withProgress(`groups of ${batchSize}, in turn`, count, async i =>
      ingested(await service.ingestMany(sequential.slice(i, i + batchSize))),
    );
    const overlapped = service.ingestGroups(chunks(bulk, batchSize));
    const groupS = await withProgress(`groups of ${batchSize}, overlapped`, count, async () => {
      const next = await overlapped.next();
      return next.done === true ? count : ingested(next.value);
    });
    if (failed > 0) {
      throw new Error(`${failed} articles failed to ingest: the figures would be meaningless`);
    }
    const rows: [string, number, number, number][] = [
      ['extraction only (no database)', count, extractS, mb],
      ['warm-up: fresh database and JVM, in turn', warmup, warmS, megabytes(warm)],
      ['end-to-end, one transaction per article', single, aloneS, megabytes(alone)],
      [`end-to-end, ${batchSize} per transaction, in turn`, count, seqS, megabytes(sequential)],
      [`end-to-end, ${batchSize} per transaction, overlapped`, count, groupS, mb],
    ];
    console.log(
      `\n[bench:ingest] ${facts} statements and events extracted (${(facts / count).toFixed(1)} per article)`,
    );
    console.log(
      `${'path'.padEnd(48)} ${'articles'.padStart(8)} ${'seconds'.padStart(8)} ${'art/s'.padStart(8)} ${'MB/s'.padStart(7)}`,
    );
    for (const [name, n, s, size] of rows) {
      console.log(
        `${name.padEnd(48)} ${String(n).padStart(8)} ${s.toFixed(2).padStart(8)} ` +
          `${(n / s).toFixed(1).padStart(8)} ${(size / s).toFixed(2).padStart(7)}`,
      );
    }
    console.log(
      `target (issue 12 §5): end-to-end >= 3 articles/s. ` +
        `RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
  } finally {
    await Promise.all([bench.close(), language.close()]);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
