/**
 * `npm run bench`: newsgraph's reads side by side with the Neo4j GraphQL Library (`@neo4j/graphql` 7)
 * and a floor of hand-written Cypher on the bare driver, three servers on loopback over one Neo4j
 * holding a generated graph (read-dataset.ts). First each operation's three answers are compared
 * (read-canonical.ts); then autocannon runs each operation on each server: a warm-up, then rounds in
 * which the servers take turns (the order rotates per round), and the medians are printed and saved
 * under bench/results/. Starts a temporary Neo4j unless NEO4J_URI is set (`--neo4j-pid` then names its
 * process, for its CPU).
 *
 *   npm run bench -- [--articles 5000] [--seed 42] [--duration 8] [--rounds 3] [--connections 16]
 *                    [--warmup 2] [--only dyad,search] [--out bench/results]
 */
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { intArg, openBenchGraph } from './bench-neo4j';
import { type Tamper, checkOperations, resolveParams, target } from './read-check';
import { loadDataset } from './read-dataset';
import { type RoundResult, medianRound, runRound } from './read-load';
import { type Operation, OPERATION_NAMES, operations } from './read-operations';
import { type ServerProcess, startServerProcess } from './read-processes';
import {
  type BenchReport,
  type OperationReport,
  formatTable,
  machine,
  packageVersions,
  saveReport,
} from './read-report';
import { SERVER_KINDS } from './read-server';

export interface ReadBenchOptions {
  readonly articles: number;
  readonly seed: number;
  readonly seconds: number;
  readonly rounds: number;
  readonly connections: number;
  readonly warmupSeconds: number;
  readonly only: readonly string[];
  readonly outDir: string | null;
  readonly neo4jPid: number | undefined;
  readonly log: (line: string) => void;
  /** Test hook: changes one server's canonical answer before the comparison. */
  readonly tamper?: Tamper;
}

export async function runReadBench(opts: ReadBenchOptions): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const { log } = opts;
  const cfg = loadConfig();
  const bench = await openBenchGraph(cfg, 'bench', { pagecacheMb: 512 });
  const servers: ServerProcess[] = [];
  try {
    const dataset = await loadDataset(
      bench.graph,
      { articles: opts.articles, seed: opts.seed, articleBytes: 3000 },
      log,
    );
    log(
      `[bench] graph: ${dataset.articles} articles, ${dataset.events} events, ` +
        `${dataset.statements} statements, ${dataset.actors} actors`,
    );
    const params = await resolveParams(bench.graph);
    const ops = operations(params).filter(
      o => opts.only.length === 0 || opts.only.includes(o.name),
    );
    const neo4jPid = bench.pid ?? opts.neo4jPid;
    for (const kind of SERVER_KINDS) {
      servers.push(await startServerProcess(kind, bench.uri));
      log(`[bench] ${kind} listening (pid ${servers.at(-1)?.pid ?? '?'})`);
    }
    const { reports, bodies } = await checkOperations(servers, ops, opts.tamper, log);
    // a server that answered an operation with errors is not timed on it (the check says why)
    const answered = (s: ServerProcess, op: Operation): string | undefined =>
      bodies.get(op.name)?.get(s.kind);
    const load = (s: ServerProcess, op: Operation, seconds: number): Promise<RoundResult> =>
      runRound(
        s,
        { ...target(s.kind, op), expectBody: answered(s, op) ?? '' },
        { seconds, connections: opts.connections, neo4jPid },
      );
    const total = ops.length * servers.length * (opts.warmupSeconds + opts.rounds * opts.seconds);
    log(`[bench] timing ${ops.length} operations x 3 servers: about ${Math.ceil(total / 60)} min`);
    for (const op of ops) {
      for (const s of servers.filter(x => answered(x, op) !== undefined)) {
        await load(s, op, opts.warmupSeconds);
      }
      log(`[bench]   warmed up ${op.name}`);
    }
    for (let round = 0; round < opts.rounds; round += 1) {
      for (const [i, op] of ops.entries()) {
        const report = reports[i] as OperationReport;
        // alternate: each round starts with a different server
        const order = servers.map((_, k) => servers[(k + round) % servers.length] as ServerProcess);
        for (const s of order.filter(x => answered(x, op) !== undefined)) {
          const r = await load(s, op, opts.seconds);
          (report.rounds[s.kind] ??= []).push(r);
          log(
            `[bench]   round ${round + 1}/${opts.rounds} ${op.name.padEnd(9)} ${s.kind.padEnd(9)} ` +
              `${r.reqPerSec.toFixed(1)} req/s, p99 ${r.p99} ms, ${r.errors} errors`,
          );
        }
      }
    }
    for (const report of reports) {
      for (const kind of SERVER_KINDS) {
        const rounds = report.rounds[kind];
        if (rounds !== undefined) {
          report.servers[kind] = medianRound(rounds);
        }
      }
    }
    const info = await bench.graph.read<{ version: string }>(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    );
    const result: BenchReport = {
      startedAt,
      machine: machine(info[0]?.version ?? 'unknown'),
      packages: packageVersions(),
      dataset,
      method: {
        seconds: opts.seconds,
        rounds: opts.rounds,
        connections: opts.connections,
        warmupSeconds: opts.warmupSeconds,
      },
      operations: reports,
    };
    log(`\n${formatTable(result)}`);
    if (opts.outDir !== null) {
      log(`\n[bench] saved ${saveReport(result, opts.outDir)}`);
    }
    return result;
  } finally {
    for (const s of servers) {
      await s.stop();
    }
    await bench.close();
  }
}

function stringArg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** `--only a,b`: operation names, each one of OPERATION_NAMES; all when absent. */
function onlyArg(): string[] {
  const only = (stringArg('only') ?? '').split(',').filter(s => s !== '');
  const unknown = only.filter(o => !(OPERATION_NAMES as readonly string[]).includes(o));
  if (unknown.length > 0) {
    throw new Error(
      `unknown operations: ${unknown.join(', ')} (known: ${OPERATION_NAMES.join(', ')})`,
    );
  }
  return only;
}

if (require.main === module) {
  const pid = stringArg('neo4j-pid');
  Promise.resolve()
    .then(() =>
      runReadBench({
        articles: intArg('articles', 5000),
        seed: intArg('seed', 42),
        seconds: intArg('duration', 8),
        rounds: intArg('rounds', 3),
        connections: intArg('connections', 16),
        warmupSeconds: intArg('warmup', 2),
        only: onlyArg(),
        outDir: stringArg('out') ?? path.join(process.cwd(), 'bench', 'results'),
        neo4jPid: pid === undefined ? undefined : Number(pid),
        log: line => console.log(line),
      }),
    )
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
