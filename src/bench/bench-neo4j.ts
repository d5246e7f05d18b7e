/**
 * The database a benchmark runs on: NEO4J_URI when set, else a temporary local Neo4j on a free port in
 * a temporary folder, removed afterwards (benchmarks never write into the dev database in `.neo4j/`).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/config';
import { type RunningNeo4j, startLocalNeo4j } from '../runtime/local-neo4j';
import { createDriver } from '../graph/driver';
import { GraphClient } from '../graph/graph-client';

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => {
        resolve(typeof addr === 'object' && addr !== null ? addr.port : 0);
      });
    });
  });
}

/** `--name N` from the command line: a positive integer, or `dflt` when absent. */
export function intArg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : dflt;
  if (!Number.isInteger(v) || v < 1) {
    throw new Error(`--${name} must be a positive integer`);
  }
  return v;
}

export interface BenchGraph {
  readonly graph: GraphClient;
  readonly uri: string;
  /** The temporary Neo4j's process (undefined on NEO4J_URI). */
  readonly pid: number | undefined;
  close(): Promise<void>;
}

export async function openBenchGraph(
  cfg: Config,
  tag: string,
  opts: { pagecacheMb?: number; txTimeoutMs?: number } = {},
): Promise<BenchGraph> {
  let local: RunningNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = cfg.neo4j.uri;
  if (uri === undefined) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-${tag}-`));
    console.log(`[${tag}] starting a temporary Neo4j in ${dataDir}`);
    local = await startLocalNeo4j(
      { ...cfg.local, dataDir, boltPort: await freePort(), pagecacheMb: opts.pagecacheMb ?? 256 },
      { password: cfg.neo4j.password, watchPid: process.pid },
    );
    uri = local.uri;
  }
  const driver = createDriver({ ...cfg.neo4j, uri });
  const graph = new GraphClient(driver, {
    database: cfg.neo4j.database,
    txTimeoutMs: opts.txTimeoutMs ?? 120_000,
  });
  return {
    graph,
    uri,
    pid: local?.pid,
    close: async () => {
      await driver.close();
      await local?.stop();
      if (dataDir !== undefined) {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
