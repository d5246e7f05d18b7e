/**
 * `npm run soak -- --seconds 60 --connections 50 [--url http://host:port] [--write-ratio 0.1]`
 *
 * A mixed load on loopback for a fixed time, then a report: requests, throughput, latency percentiles,
 * errors by code, busy rejections (SERVICE_BUSY: the language service's parse queue was full, an
 * intended answer, counted apart from errors), and memory at start and end. About 90% of the requests are the playground's analyst
 * queries (src/server/playground-examples.ts), 10% `ingestArticle` writes of unique generated articles.
 *
 * Without --url it serves its own app in this process, on a temporary Neo4j (removed at the end) or on
 * NEO4J_URI when set (the writes then stay there), seeded when empty, parsing with the CoreNLP at
 * CORENLP_URL or a local one started for the run. With --url it loads that server and
 * needs a writer token in SOAK_WRITER_TOKEN for the writes. Exit code 1 when any request failed (busy
 * rejections are not failures).
 * Memory is this process's: with the in-process server it is server and load generator together. Run with
 * `--expose-gc` (the npm script does) so heap figures are taken after a full collection.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { parsingExtractor } from '../ingest/article.extractor';
import { openLanguageService } from '../ingest/nlp/language-service';
import { seedGraph } from '../seed/seed.service';
import { createApp } from '../server/app';
import { generateToken, parseApiTokens } from '../server/auth';
import type { GraphClient } from '../graph/graph-client';
import { openGraph } from '../runtime/graph-runtime';
import { createLogger } from '../runtime/logger';
import { freePort } from './bench-neo4j';
import { PLAYGROUND_EXAMPLES } from '../server/playground-examples';

interface Options {
  seconds: number;
  connections: number;
  url: string | undefined;
  writeRatio: number;
  progressSeconds: number;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, dflt: number, min: number, max: number, integer = true): number => {
    const raw = value(name);
    const n = raw === undefined ? dflt : Number(raw);
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
      throw new Error(
        `--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
      );
    }
    return n;
  };
  return {
    seconds: num('seconds', 60, 1, 86_400),
    connections: num('connections', 50, 1, 1000),
    url: value('url'),
    writeRatio: num('write-ratio', 0.1, 0, 1, false),
    progressSeconds: num('progress', 5, 1, 3600),
  };
}

const INGEST = `mutation SoakIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { article { id } created { statements events } }
}`;

const PLACES = ['Russia', 'North Korea', 'Ukraine', 'China', 'Japan', 'the United States'];

/** A unique, plausible article: actors the gazetteer knows, a quote, an event verb, a serial. */
function articleText(run: string, n: number): string {
  const a = PLACES[n % PLACES.length] ?? 'Russia';
  const b = PLACES[(n * 7 + 3) % PLACES.length] ?? 'China';
  return [
    `${a} and ${b} discuss cooperation (soak ${run} #${n})`,
    '',
    `${a} vowed on Tuesday to expand its relations with ${b}, officials said in report ${run}-${n}.`,
    `"We will strengthen our ties," the foreign minister of ${a} said, according to state media.`,
    `${b} praised the talks and said both sides would meet again next month.`,
  ].join('\n');
}

interface Sample {
  ms: number;
  codes: string[];
}

async function request(url: string, body: unknown, token: string | undefined): Promise<Sample> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    let codes: string[] = [];
    try {
      const json = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
      codes = (json.errors ?? []).map(e =>
        typeof e.extensions?.code === 'string' ? e.extensions.code : 'NO_CODE',
      );
    } catch {
      codes = ['UNPARSABLE_BODY'];
    }
    if (res.status !== 200 && codes.length === 0) {
      codes = [`HTTP_${res.status}`];
    }
    return { ms, codes };
  } catch (err) {
    const cause = (err as { cause?: { code?: unknown } }).cause;
    return {
      ms: performance.now() - t0,
      codes: [typeof cause?.code === 'string' ? cause.code : 'NETWORK_ERROR'],
    };
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Memory {
  rssMb: number;
  heapMb: number;
}

function memory(): Memory {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const m = process.memoryUsage();
  return { rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 };
}

interface Target {
  url: string;
  token: string | undefined;
  where: string;
  /** For the in-process server: the Neo4j error codes behind failed statements (the client sees only ours). */
  causes?: Map<string, number>;
  close(): Promise<void>;
}

/** Counts, per Neo4j code, the errors GraphClient raises (their cause when mapped to an API error). */
function recordCauses(graph: GraphClient): Map<string, number> {
  const causes = new Map<string, number>();
  const note = (err: unknown): never => {
    const cause = (err as { originalError?: unknown }).originalError ?? err;
    const code = (cause as { code?: unknown }).code;
    const key = typeof code === 'string' ? code : cause instanceof Error ? cause.name : 'unknown';
    causes.set(key, (causes.get(key) ?? 0) + 1);
    throw err;
  };
  const read = graph.read.bind(graph);
  const write = graph.write.bind(graph);
  const writeTransaction = graph.writeTransaction.bind(graph);
  graph.read = (cypher, params) => read(cypher, params).catch(note);
  graph.write = (cypher, params) => write(cypher, params).catch(note);
  graph.writeTransaction = work => writeTransaction(work).catch(note);
  return causes;
}

/** This process serves the app on a temporary Neo4j (or NEO4J_URI), seeded, with a writer token. */
async function ownServer(): Promise<Target> {
  const base = loadConfig();
  let dataDir: string | undefined;
  let cfg = base;
  if (base.neo4j.uri === undefined) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-soak-'));
    cfg = { ...base, local: { ...base.local, dataDir, boltPort: await freePort() } };
    console.log(`[soak] starting a temporary Neo4j in ${dataDir} (removed at the end)`);
  } else {
    console.log(`[soak] using NEO4J_URI ${base.neo4j.uri}: the soak's articles stay there`);
  }
  const log = (line: string): void => {
    console.log(`[soak] ${line}`);
  };
  const [runtime, language] = await Promise.all([
    openGraph(cfg, log),
    openLanguageService(cfg.nlp, log),
  ]);
  const seed = await seedGraph(runtime.graph, { onlyIfEmpty: true });
  console.log(
    `[soak] Neo4j ${runtime.agent} at ${runtime.uri}; seed ${seed.seeded ? 'written' : 'present'}`,
  );
  const causes = recordCauses(runtime.graph);
  const token = generateToken();
  const app = await createApp({
    graph: runtime.graph,
    maxPageSize: cfg.maxPageSize,
    tokens: parseApiTokens(`soak:${token}:writer`),
    extract: parsingExtractor(language.client),
    // Access lines of thousands of requests would drown the report; errors still print.
    logger: createLogger({ level: 'warn' }),
  });
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    where: `in-process server on 127.0.0.1:${port}`,
    causes,
    close: async () => {
      await app.stop();
      await Promise.all([runtime.close(), language.close()]);
      if (dataDir !== undefined) {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

async function scrape(url: string): Promise<string> {
  try {
    const res = await fetch(`${url}/metrics`);
    return res.ok ? await res.text() : '';
  } catch {
    return '';
  }
}

function metricValue(text: string, name: string): string {
  const line = text.split('\n').find(l => l.startsWith(`${name} `));
  return line?.slice(name.length + 1) ?? 'n/a';
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if ((globalThis as { gc?: unknown }).gc === undefined) {
    console.log('[soak] run with node --expose-gc for heap figures after a full collection');
  }
  const target: Target =
    opts.url === undefined
      ? await ownServer()
      : {
          url: opts.url.replace(/\/(graphql)?$/, ''),
          token: process.env.SOAK_WRITER_TOKEN,
          where: opts.url,
          close: () => Promise.resolve(),
        };
  if (target.token === undefined && opts.writeRatio > 0) {
    throw new Error(
      '--url needs SOAK_WRITER_TOKEN=<writer token> for the writes (or --write-ratio 0)',
    );
  }
  const run = Date.now().toString(36);
  const reads = PLAYGROUND_EXAMPLES.map(e => ({
    operationName: e.name,
    query: e.query,
    variables: e.variables ?? {},
  }));

  // Warm-up: every read once and one write, so plans and caches are in place before the baseline.
  for (const r of reads) {
    await request(target.url, r, undefined);
  }
  await request(
    target.url,
    { query: INGEST, variables: { input: { text: articleText(`${run}w`, 0) } } },
    target.token,
  );
  const start = memory();
  console.log(
    `[soak] ${opts.connections} connections for ${opts.seconds} s against ${target.where}; ` +
      `${Math.round((1 - opts.writeRatio) * 100)}% reads (${reads.length} analyst queries), ` +
      `${Math.round(opts.writeRatio * 100)}% ingestArticle; start RSS ${start.rssMb.toFixed(0)} MB, heap ${start.heapMb.toFixed(1)} MB`,
  );

  const latencies: number[] = [];
  const byOperation = new Map<string, number[]>();
  const failedByOperation = new Map<string, number>();
  const errors = new Map<string, number>();
  let failed = 0;
  let busy = 0;
  let writes = 0;
  let serial = 0;
  let window: number[] = [];
  const t0 = Date.now();
  const deadline = t0 + opts.seconds * 1000;
  let minRss = start.rssMb;
  let maxRss = start.rssMb;

  const progress = setInterval(() => {
    const m = process.memoryUsage();
    const rss = m.rss / 2 ** 20;
    minRss = Math.min(minRss, rss);
    maxRss = Math.max(maxRss, rss);
    const sorted = [...window].sort((a, b) => a - b);
    console.log(
      `[soak] ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s  ${String(latencies.length).padStart(7)} requests  ` +
        `${(window.length / opts.progressSeconds).toFixed(0).padStart(5)} req/s  p95 ${percentile(sorted, 95).toFixed(0)} ms  ` +
        `errors ${failed}  busy ${busy}  RSS ${rss.toFixed(0)} MB  heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB`,
    );
    window = [];
  }, opts.progressSeconds * 1000);

  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const write = Math.random() < opts.writeRatio;
      let sample: Sample;
      let operation: string;
      if (write) {
        operation = 'SoakIngest';
        serial += 1;
        writes += 1;
        sample = await request(
          target.url,
          { query: INGEST, variables: { input: { text: articleText(run, serial) } } },
          target.token,
        );
      } else {
        const r = reads[Math.floor(Math.random() * reads.length)];
        operation = r?.operationName ?? 'none';
        sample = await request(target.url, r, undefined);
      }
      latencies.push(sample.ms);
      const mine = byOperation.get(operation) ?? [];
      mine.push(sample.ms);
      byOperation.set(operation, mine);
      window.push(sample.ms);
      if (sample.codes.length > 0 && sample.codes.every(code => code === 'SERVICE_BUSY')) {
        busy += 1; // refused at once, nothing written: backpressure, not a failure
      } else if (sample.codes.length > 0) {
        failed += 1;
        failedByOperation.set(operation, (failedByOperation.get(operation) ?? 0) + 1);
        for (const code of sample.codes) {
          errors.set(code, (errors.get(code) ?? 0) + 1);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, () => worker()));
  clearInterval(progress);
  const elapsed = (Date.now() - t0) / 1000;
  const end = memory();
  const metrics = await scrape(target.url);
  await target.close();

  const sorted = [...latencies].sort((a, b) => a - b);
  const rows: [string, string][] = [
    ['connections', String(opts.connections)],
    ['duration', `${elapsed.toFixed(1)} s`],
    ['requests', `${latencies.length} (${writes} writes)`],
    ['throughput', `${(latencies.length / elapsed).toFixed(1)} req/s`],
    ['latency p50', `${percentile(sorted, 50).toFixed(1)} ms`],
    ['latency p95', `${percentile(sorted, 95).toFixed(1)} ms`],
    ['latency p99', `${percentile(sorted, 99).toFixed(1)} ms`],
    ['latency max', `${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms`],
    ['failed requests', String(failed)],
    [
      'busy rejections',
      `${busy} (SERVICE_BUSY, HTTP 429: the parse queue was full; nothing written)`,
    ],
    [
      'errors by code',
      errors.size === 0
        ? 'none'
        : [...errors.entries()].map(([code, n]) => `${code} ${n}`).join(', '),
    ],
    [
      'RSS start / end',
      `${start.rssMb.toFixed(0)} MB / ${end.rssMb.toFixed(0)} MB (${(end.rssMb - start.rssMb >= 0 ? '+' : '') + (end.rssMb - start.rssMb).toFixed(0)} MB; min ${minRss.toFixed(0)}, max ${maxRss.toFixed(0)} during)`,
    ],
    [
      'heap start / end',
      `${start.heapMb.toFixed(1)} MB / ${end.heapMb.toFixed(1)} MB (${(end.heapMb - start.heapMb >= 0 ? '+' : '') + (end.heapMb - start.heapMb).toFixed(1)} MB)`,
    ],
    [
      'Neo4j causes of errors',
      target.causes === undefined
        ? 'n/a (--url)'
        : target.causes.size === 0
          ? 'none'
          : [...target.causes.entries()].map(([code, n]) => `${code} ${n}`).join(', '),
    ],
    ['Neo4j sessions open at end', metricValue(metrics, 'newsgraph_neo4j_sessions_open')],
    ['Neo4j statements (server total)', metricValue(metrics, 'newsgraph_neo4j_statements_total')],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('\n[soak] result');
  for (const [k, v] of rows) {
    console.log(`  ${k.padEnd(width)}  ${v}`);
  }
  console.log('\n[soak] latency by operation');
  const opWidth = Math.max(...[...byOperation.keys()].map(k => k.length));
  for (const [op, ms] of [...byOperation.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    ms.sort((a, b) => a - b);
    console.log(
      `  ${op.padEnd(opWidth)}  ${String(ms.length).padStart(6)} requests  p50 ${percentile(ms, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(ms, 95).toFixed(0).padStart(5)} ms  failed ${failedByOperation.get(op) ?? 0}`,
    );
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(`soak failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
