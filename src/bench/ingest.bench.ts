/**
 * `npm run bench:ingest`: extraction throughput (single process, no database) and end-to-end ingest
 * throughput into Neo4j on a generated corpus, one transaction per article (what `ingestArticle` does)
 * side by side with grouped writes (what `npm run ingest` does). Starts its own Neo4j in a temporary
 * folder unless NEO4J_URI is set.
 *
 *   npm run bench:ingest -- --articles 3000 --batch 50 --single 300
 */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { IngestService } from '../ingest/ingest.service';
import { type ArticleInput, extractArticle } from '../ingest/pipeline';
import { prepareGraph } from '../seed/seed.service';
import { intArg, openBenchGraph } from './bench-neo4j';
import { newsCorpus } from './news-corpus';

function megabytes(articles: readonly ArticleInput[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
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
  const count = intArg('articles', 3000);
  const batchSize = intArg('batch', 50);
  const single = Math.min(intArg('single', 300), count);
  const corpus = newsCorpus(count + single);
  const bulk = corpus.slice(0, count);
  const alone = corpus.slice(count);
  const mb = megabytes(bulk);
  console.log(
    `[bench:ingest] corpus: ${count} generated articles, ${mb.toFixed(2)} MB ` +
      `(mean ${((mb * 1e3) / count).toFixed(2)} KB); Node ${process.version}, one process`,
  );

  for (const a of bulk.slice(0, 50)) {
    extractArticle(a); // warm-up: regex compilation, JIT
  }
  let facts = 0;
  const extractS = await withProgress('extraction', count, i => {
    const { batch } = extractArticle(bulk[i] as ArticleInput);
    facts += batch.statements.length + batch.events.length;
    return 1;
  });

  const bench = await openBenchGraph(loadConfig(), 'bench:ingest', { pagecacheMb: 512 });
  try {
    await prepareGraph(bench.graph);
    const service = new IngestService(bench.graph, extractArticle);
    const aloneS = await withProgress('one transaction per article', single, async i => {
      await service.ingest(alone[i] as ArticleInput);
      return 1;
    });
    let failed = 0;
    const groupS = await withProgress(`groups of ${batchSize}`, count, async i => {
      const group = bulk.slice(i, i + batchSize);
      const results = await service.ingestMany(group);
      failed += results.filter(r => r instanceof Error).length;
      return group.length;
    });
    if (failed > 0) {
      throw new Error(`${failed} articles failed to ingest: the figures would be meaningless`);
    }
    const rows: [string, number, number, number][] = [
      ['extraction only (no database)', count, extractS, mb],
      ['end-to-end, one transaction per article', single, aloneS, megabytes(alone)],
      [`end-to-end, ${batchSize} articles per transaction`, count, groupS, mb],
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
      `targets: extraction >= 200 articles/s; end-to-end >= 100 articles/s. ` +
        `RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
  } finally {
    await bench.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
