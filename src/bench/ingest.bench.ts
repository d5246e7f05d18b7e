/**
 * `npm run bench:ingest`: end-to-end ingest of generated ~3 KB articles into Neo4j, the way
 * `npm run ingest` does it (groups of `--batch` articles per write transaction, the next group parsed
 * while the last one is written), and what it costs around it (issue 12 §5):
 * - articles/s and MB/s end to end over the bulk run;
 * - where the time goes, stage by stage (wait for a parse slot, CoreNLP parse, coding, Neo4j), as
 *   mean ms per article and as each stage's busy share of the wall clock (ingest-stages.ts: the
 *   stages overlap, and the table says by how much);
 * - the language service JVM's resident memory and heap (ingest-probes.ts; when CORENLP_URL is on
 *   this machine, the shared service's figures include its other users' work);
 * - the latency of reads (an actor page and a dyad) sent to a newsgraph server process on the same
 *   Neo4j, one at a time at a steady pace: at rest, during the bulk ingest, at rest again after it
 *   (p50 / p95 / p99 of the reads answered; failures counted apart).
 * Starts its own Neo4j in a temporary folder unless NEO4J_URI is set; parses with CORENLP_URL(S) or a
 * local CoreNLP started for the run. Prints a line at every tenth of each run.
 *
 *   npm run bench:ingest -- --articles 60 --batch 20 --warmup 10 --rest 20
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadConfig } from '../config/config';
import { parsingExtractor } from '../ingest/article.extractor';
import { type IngestResult, IngestService } from '../ingest/ingest.service';
import { openIngestLanguage } from '../ingest/nlp/language-service';
import type { ArticleInput } from '../kg/article-input';
import { prepareGraph } from '../seed/seed.service';
import { intArg, openBenchGraph } from './bench-neo4j';
import { type JvmHeap, jvmHeap, listenerPid, processMemory, sampleRss } from './ingest-probes';
import type { ReaderCommand, ReaderData, ReaderReport } from './ingest-reader';
import { printReads, printStages } from './ingest-report';
import { StageRecorder, stageBreakdown } from './ingest-stages';
import { newsCorpus } from './news-corpus';
import { startServerProcess } from './read-processes';

const log = (line: string): void => {
  console.log(`[bench:ingest] ${line}`);
};

function megabytes(articles: readonly ArticleInput[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) {
    yield items.slice(i, i + size);
  }
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** Ingests `articles` as `npm run ingest` does, printing a line at each tenth; the failures. */
async function ingestAll(
  label: string,
  service: IngestService,
  articles: readonly ArticleInput[],
  batchSize: number,
): Promise<number> {
  const t0 = performance.now();
  let done = 0;
  let failed = 0;
  let next = Math.ceil(articles.length / 10);
  for await (const results of service.ingestGroups(chunks(articles, batchSize))) {
    done += results.length;
    failed += results.filter((r: IngestResult) => r instanceof Error).length;
    if (done >= next || done >= articles.length) {
      const s = (performance.now() - t0) / 1e3;
      log(
        `  ${label}: ${done}/${articles.length} in ${s.toFixed(1)} s (${(done / s).toFixed(2)} art/s)`,
      );
      next += Math.ceil(articles.length / 10);
    }
  }
  return failed;
}

/** The reads: an actor page and a dyad between two of the corpus's most frequent countries. */
function readBodies(): ReaderData['bodies'] {
  return [
    {
      query: `query Actor($a: ID!) { actor(id: $a) { id name statements(last: 10) { edges { node {
        id text date speaker { id name } evidence { article { id title } } } } } } }`,
      variables: { a: 'country:CHN' },
    },
    {
      query: `query Dyad($a: ID!, $b: ID!) { relationsBetween(a: $a, b: $b, last: 10) { edges { node {
        id date type { code } source { id } target { id } evidence { id start end text } } } } }`,
      variables: { a: 'country:CHN', b: 'country:JPN' },
    },
  ];
}

function heapLine(h: JvmHeap | undefined): string {
  return h === undefined
    ? 'heap n/a (jstat could not attach)'
    : `heap used ${h.usedMb.toFixed(0)} MB, committed ${h.committedMb.toFixed(0)} MB, ` +
        `limit ${h.maxMb === undefined ? '?' : h.maxMb.toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const count = intArg('articles', 60);
  const batchSize = intArg('batch', 20);
  const warmup = intArg('warmup', 10);
  const restS = intArg('rest', 20);
  const everyMs = intArg('read-every-ms', 100);
  const corpus = newsCorpus(count + warmup);
  const bulk = corpus.slice(0, count);
  const warm = corpus.slice(count);
  const mb = megabytes(bulk);
  log(
    `corpus: ${count} generated articles, ${mb.toFixed(2)} MB (mean ${((mb * 1e3) / count).toFixed(2)} KB), ` +
      `${warmup} more to warm up; groups of ${batchSize}; Node ${process.version}`,
  );

  const cfg = loadConfig();
  const stages = new StageRecorder();
  const language = await openIngestLanguage(cfg.nlp, log, (asked, sent, answered) => {
    stages.add('queue', asked, sent);
    stages.add('parse', sent, answered);
  });
  const jvmPorts = language.urls
    .map(u => new URL(u))
    .filter(u => ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname))
    .map(u => Number(u.port || 80));
  const jvmPid = jvmPorts.map(listenerPid).find(pid => pid !== undefined);
  log(
    jvmPid === undefined
      ? 'language service JVM: not on this machine (or not visible): memory not measured'
      : `language service JVM: pid ${jvmPid} at ${language.urls.join(', ')} (${language.origin})`,
  );
  const heapBefore = jvmPid === undefined ? undefined : await jvmHeap(jvmPid);
  const rss = jvmPid === undefined ? undefined : sampleRss(jvmPid);

  const bench = await openBenchGraph(cfg, 'bench:ingest', { pagecacheMb: 512 });
  const server = await startServerProcess('newsgraph', bench.uri);
  const reader = new Worker(path.join(__dirname, 'ingest-reader.js'), {
    workerData: {
      url: `${server.url}/graphql`,
      bodies: readBodies(),
      everyMs,
    } satisfies ReaderData,
  });
  const tell = (cmd: ReaderCommand): void => {
    reader.postMessage(cmd);
  };
  try {
    await prepareGraph(bench.graph);
    const timed = <T>(work: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      return work().finally(() => {
        stages.add('write', t0, performance.now());
      });
    };
    const read = bench.graph.read.bind(bench.graph);
    const writeTx = bench.graph.writeTransaction.bind(bench.graph);
    bench.graph.read = (...args: Parameters<typeof read>) => timed(() => read(...args));
    bench.graph.writeTransaction = ((...args: Parameters<typeof writeTx>) =>
      timed(() => writeTx(...args))) as typeof writeTx;
    const extract = parsingExtractor(language.annotator, (start, end) => {
      stages.add('code', start, end);
    });
    const service = new IngestService(bench.graph, extract, {
      concurrency: language.annotator.capacity,
    });

    log(`warm-up: ${warmup} articles (the JITs, the dictionaries, something to read)`);
    let failed = await ingestAll('warm-up', service, warm, batchSize);
    log(`reads at rest for ${restS} s, one every ${everyMs} ms`);
    tell({ phase: 'rest' });
    await sleep(restS * 1000);
    tell({ phase: null });

    stages.take();
    log(`bulk ingest: ${count} articles, reads going on`);
    tell({ phase: 'ingest' });
    const wall = { start: performance.now(), end: 0 };
    failed += await ingestAll('bulk ingest', service, bulk, batchSize);
    wall.end = performance.now();
    tell({ phase: null });
    const spans = stages.take();
    log(`reads at rest again for ${restS} s`);
    // the same reads once the ingest is over: the database and server warmer than before it
    tell({ phase: 'after' });
    await sleep(restS * 1000);
    const reads = new Promise<ReaderReport>(resolve => reader.once('message', resolve));
    tell({ stop: true });
    const report = await reads;
    if (failed > 0) {
      throw new Error(`${failed} articles failed to ingest: the figures would be meaningless`);
    }

    const s = (wall.end - wall.start) / 1e3;
    console.log(
      `\n[bench:ingest] end to end: ${count} articles in ${s.toFixed(1)} s = ` +
        `${(count / s).toFixed(2)} articles/s, ${(mb / s).toFixed(3)} MB/s ` +
        `(target >= 3 articles/s, issue 12 §5)`,
    );
    printStages(stageBreakdown(spans, wall, count));
    printReads(report);
    const heapAfter = jvmPid === undefined ? undefined : await jvmHeap(jvmPid);
    const peak = rss?.stop();
    const mem = jvmPid === undefined ? undefined : processMemory(jvmPid);
    console.log(
      jvmPid === undefined
        ? 'language service JVM: not measured (not on this machine)'
        : `language service JVM (pid ${jvmPid}): RSS highest ${peak?.toFixed(0) ?? '?'} MB during the run, ` +
            `peak since its start ${mem?.peakRssMb.toFixed(0) ?? '?'} MB (target <= 3072 MB); ` +
            `before: ${heapLine(heapBefore)}; after: ${heapLine(heapAfter)}`,
    );
    console.log(
      `bench process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; ` +
        `load average ${os
          .loadavg()
          .map(l => l.toFixed(1))
          .join(' ')}`,
    );
  } finally {
    rss?.stop();
    await reader.terminate();
    await server.stop();
    await Promise.all([bench.close(), language.close()]);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
