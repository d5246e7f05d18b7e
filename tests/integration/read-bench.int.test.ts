/**
 * `npm run bench` end to end at a tiny size: 30 generated articles in a temporary Neo4j of its own (the
 * benchmark needs a database holding only its dataset, so not the shared test Neo4j), the three server
 * processes, the equivalence check, one 1 s round per operation and server on 2 connections, the table
 * and the saved JSON. One server's answer to one operation is altered on purpose: the check must mark
 * that operation and no other. Behaviour only; no figure is asserted.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ReadBenchOptions, runReadBench } from '../../src/bench/read.bench';
import type { BenchReport } from '../../src/bench/read-report';

const ROOT = path.resolve(__dirname, '..', '..');
const saved = { uri: process.env.NEO4J_URI, heap: process.env.NEO4J_HEAP_MB };
let outDir: string;
let report: BenchReport;
const lines: string[] = [];

beforeAll(async () => {
  // the server processes run the compiled files
  const build = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (build.status !== 0) {
    throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  }
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-read-bench-'));
  delete process.env.NEO4J_URI;
  process.env.NEO4J_HEAP_MB = '512';
  const opts: ReadBenchOptions = {
    articles: 30,
    seed: 42,
    seconds: 1,
    rounds: 1,
    connections: 2,
    warmupSeconds: 1,
    only: [],
    outDir,
    neo4jPid: undefined,
    log: line => lines.push(line),
    // the floor's timeline loses its first bucket: a different answer the check must catch
    tamper: (server, op, answer) =>
      server === 'floor' && op === 'timeline' && Array.isArray(answer) ? answer.slice(1) : answer,
  };
  report = await runReadBench(opts);
}, 600_000);

afterAll(() => {
  process.env.NEO4J_URI = saved.uri;
  if (saved.heap === undefined) {
    delete process.env.NEO4J_HEAP_MB;
  } else {
    process.env.NEO4J_HEAP_MB = saved.heap;
  }
  if (saved.uri === undefined) {
    delete process.env.NEO4J_URI;
  }
  fs.rmSync(outDir, { recursive: true, force: true });
});

it('times every operation on the three servers and counts their statements', () => {
  expect(report.dataset.articles).toBe(30);
  expect(report.dataset.events).toBeGreaterThan(0);
  expect(report.operations.map(o => o.name)).toEqual([
    'dyad',
    'actor',
    'deep',
    'search',
    'article',
    'dashboard',
    'timeline',
    'path',
  ]);
  for (const op of report.operations) {
    for (const kind of ['newsgraph', 'peer', 'floor'] as const) {
      const r = op.servers[kind];
      expect(r?.requests).toBeGreaterThan(0);
      expect(r?.errors).toBe(0);
      expect(op.statements[kind]).toBeGreaterThanOrEqual(1);
    }
  }
  // the floor's dashboard is five statements in one transaction
  const dashboard = report.operations.find(o => o.name === 'dashboard');
  expect(dashboard?.statements.floor).toBe(5);
});

it('marks the operation whose answers differ, and only that one', () => {
  const marked = report.operations.filter(o => o.mismatch !== '').map(o => o.name);
  expect(marked).toEqual(['timeline']);
  expect(report.operations.find(o => o.name === 'timeline')?.mismatch).toMatch(/vs floor/u);
  expect(lines.join('\n')).toMatch(/ANSWERS DIFFER/u);
});

it('saves the report with machine, versions and dataset', () => {
  const files = fs.readdirSync(outDir);
  expect(files).toHaveLength(1);
  const saved = JSON.parse(
    fs.readFileSync(path.join(outDir, files[0] ?? ''), 'utf8'),
  ) as BenchReport;
  expect(saved.machine.cpus).toBeGreaterThan(0);
  expect(saved.machine.neo4j).toMatch(/^5\./u);
  expect(saved.packages['@neo4j/graphql']).toMatch(/^7\./u);
  expect(saved.dataset).toEqual(report.dataset);
});
