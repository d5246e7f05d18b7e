/**
 * Starts one real Neo4j for the whole test run (unless NEO4J_URI points at one), on a free port with a
 * temporary data folder, seeds it, and hands the connection to the test workers through the environment.
 * At the same time it starts one language service (the local CoreNLP, unless CORENLP_URL points at one) on
 * a free port, and hands its URL to the workers as CORENLP_URL: ingest and the coder's tests parse with it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { loadConfig } from '../../src/config/config';
import { startLocalNeo4j } from '../../src/runtime/local-neo4j';
import { createDriver } from '../../src/graph/driver';
import { GraphClient } from '../../src/graph/graph-client';
import { seedGraph } from '../../src/seed/seed.service';
import { freePort } from '../../src/bench/bench-neo4j';
import { startLocalCoreNlp } from '../../src/ingest/nlp/corenlp.launcher';
import { TEST_PASSWORD, setTestCoreNlp, setTestNeo4j } from './test-neo4j';

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function startCoreNlp(): Promise<void> {
  const base = loadConfig().nlp;
  if (base.url !== undefined) {
    return;
  }
  const t0 = Date.now();
  const nlp = await startLocalCoreNlp(
    { ...base, port: await freePort(), threads: 2 },
    { watchPid: process.pid, log },
  );
  process.stdout.write(
    `\n[test] CoreNLP ready at ${nlp.url} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  process.env.CORENLP_URL = nlp.url;
  setTestCoreNlp({ stop: () => nlp.stop() });
}

async function startNeo4j(): Promise<void> {
  const base = loadConfig();
  if (base.neo4j.uri !== undefined) {
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-neo4j-'));
  const port = await freePort();
  const t0 = Date.now();
  const db = await startLocalNeo4j(
    { ...base.local, dataDir, boltPort: port, heapMb: 768, pagecacheMb: 64 },
    { password: TEST_PASSWORD, watchPid: process.pid, log },
  );
  process.stdout.write(
    `\n[test] Neo4j ready at ${db.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  process.env.NEO4J_URI = db.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  setTestNeo4j({ stop: () => db.stop(), dataDir });
}

export default async function globalSetup(): Promise<void> {
  // side by side: each JVM takes 15-40 s to be ready
  await Promise.all([startNeo4j(), startCoreNlp()]);
  const cfg = loadConfig();
  const driver = createDriver({ ...cfg.neo4j, uri: cfg.neo4j.uri ?? '' });
  try {
    await seedGraph(
      new GraphClient(driver, { database: cfg.neo4j.database, txTimeoutMs: 60_000 }),
      { onlyIfEmpty: false },
    );
  } finally {
    await driver.close();
  }
}
