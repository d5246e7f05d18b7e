/**
 * The read benchmark's output: the table printed at the end (per operation and server: req/s, p50,
 * p99, errors, statements per request and their db hits, Node and Neo4j CPU, and newsgraph's ratios to the peer and the
 * floor) and the JSON saved under bench/results/ with the machine, versions and dataset.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatasetStats } from './read-dataset';
import type { RoundResult } from './read-load';
import type { OperationName } from './read-operations';
import type { ServerKind } from './read-server';

export interface OperationReport {
  readonly name: OperationName;
  readonly description: string;
  /** '' when the three answers are the same; else the first difference found. */
  readonly mismatch: string;
  /** Cypher statements one request ran, counted in the check (one request alone). */
  readonly statements: Partial<Record<ServerKind, number>>;
  /** Db hits of those statements, each run once more under PROFILE and its plan summed (db-hits.ts). */
  readonly dbHits: Partial<Record<ServerKind, number>>;
  readonly servers: Partial<Record<ServerKind, RoundResult>>;
  readonly rounds: Partial<Record<ServerKind, RoundResult[]>>;
}

export interface BenchReport {
  readonly startedAt: string;
  readonly machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    neo4j: string;
    loadAverage: number[];
  };
  readonly packages: Record<string, string>;
  readonly dataset: DatasetStats;
  readonly method: { seconds: number; rounds: number; connections: number; warmupSeconds: number };
  readonly operations: OperationReport[];
}

const fmt = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined ? '-' : v.toFixed(digits);

/** The printed table, one line per operation and server. */
export function formatTable(report: BenchReport): string {
  const head = [
    'operation'.padEnd(10),
    'server'.padEnd(9),
    'req/s'.padStart(8),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(7),
    'errors'.padStart(6),
    'stmts/req'.padStart(9),
    'db hits'.padStart(8),
    'node cores'.padStart(10),
    'node ms/req'.padStart(11),
    'neo4j cores'.padStart(11),
    'neo4j ms/req'.padStart(12),
    'x peer'.padStart(6),
    'x floor'.padStart(7),
  ].join(' ');
  const lines = [head, '-'.repeat(head.length)];
  for (const op of report.operations) {
    const ng = op.servers.newsgraph?.reqPerSec;
    for (const kind of ['newsgraph', 'peer', 'floor'] as const) {
      const r = op.servers[kind];
      if (r === undefined) {
        continue;
      }
      const ratio = (other: ServerKind): string => {
        const o = op.servers[other]?.reqPerSec;
        return kind !== 'newsgraph' || ng === undefined || o === undefined || o === 0
          ? ''
          : (ng / o).toFixed(2);
      };
      lines.push(
        [
          (kind === 'newsgraph' ? op.name : '').padEnd(10),
          kind.padEnd(9),
          fmt(r.reqPerSec).padStart(8),
          fmt(r.p50, 0).padStart(7),
          fmt(r.p99, 0).padStart(7),
          String(r.errors).padStart(6),
          String(op.statements[kind] ?? '-').padStart(9),
          String(op.dbHits[kind] ?? '-').padStart(8),
          fmt(r.nodeCores, 2).padStart(10),
          fmt(r.nodeCpuMs, 2).padStart(11),
          fmt(r.neo4jCores, 2).padStart(11),
          fmt(r.neo4jCpuMs, 2).padStart(12),
          ratio('peer').padStart(6),
          ratio('floor').padStart(7),
        ].join(' '),
      );
    }
    if (op.mismatch !== '') {
      lines.push(`${''.padEnd(10)} ANSWERS DIFFER: ${op.mismatch}`);
    }
  }
  return lines.join('\n');
}

/** A dependency's version, from the package.json above its entry point (some export no package.json). */
function packageVersion(name: string): string {
  try {
    let dir = path.dirname(require.resolve(name));
    while (dir !== path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === name) {
          return pkg.version ?? 'unknown';
        }
      }
      dir = path.dirname(dir);
    }
  } catch {
    // not installed
  }
  return 'unknown';
}

export function packageVersions(): Record<string, string> {
  const names = [
    '@neo4j/graphql',
    '@apollo/server',
    'graphql',
    'type-graphql',
    'neo4j-driver',
    'autocannon',
  ];
  return Object.fromEntries(names.map(n => [n, packageVersion(n)]));
}

export function machine(neo4jVersion: string): BenchReport['machine'] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    neo4j: neo4jVersion,
    loadAverage: os.loadavg().map(l => Number(l.toFixed(2))),
  };
}

/** Writes the report to `dir`/<timestamp>.json; returns the file's path. */
export function saveReport(report: BenchReport, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.startedAt.replace(/[:.]/gu, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
