/**
 * The built server (`node dist/src/main.js`) as a child process on the test Neo4j: how it starts and stops.
 *
 * Reliability case 25: SIGTERM with 20 requests in flight. The built server (`node dist/src/main.js`) runs
 * as a child process on the test Neo4j. Each of the 20 requests has sent its headers and half its body
 * when SIGTERM arrives, so all 20 are provably in flight; the test then checks that new connections are
 * refused, sends the rest of the bodies, and expects 20 answers with data, the driver closed only after
 * the drain, and exit code 0 within the 10 s grace.
 *
 * The language service (issue 12): without CORENLP_URL the server starts the local CoreNLP, supervises it
 * and stops it. That is the real CoreNLP (a second JVM beside the run's shared one, with a 1.5 GB heap and
 * its own cache copy, one such JVM at a time: tests/helpers/corenlp-cache.ts); the test SIGKILLs its JVM
 * and SIGTERMs the server. Without Java (JAVA_HOME unset, no java on PATH) the server exits with one line.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { closedPort } from '../helpers/faults';
import {
  type PrivateCoreNlpCache,
  TEST_HEAP_MB,
  extraCoreNlpSlot,
  privateCoreNlpCache,
} from '../helpers/corenlp-cache';
import { isAlive } from '../../src/runtime/local-neo4j';

const ROOT = path.resolve(__dirname, '..', '..');
const IN_FLIGHT = 20;
const GRACE_MS = 10_000;

type Line = Record<string, unknown> & { msg: string };

interface Child {
  proc: ChildProcess;
  lines: Line[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  waitFor(pred: (l: Line) => boolean, timeoutMs: number): Promise<Line>;
}

function startServer(env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      API_TOKENS: 'shutdown-test:shutdown-reader-token-0123:reader',
      // reads need no language service: the one of the run, else a dead address
      CORENLP_URL: process.env.CORENLP_URL ?? 'http://127.0.0.1:9',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Line[] = [];
  const waiters: { pred: (l: Line) => boolean; resolve: (l: Line) => void }[] = [];
  readline.createInterface({ input: proc.stdout }).on('line', text => {
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
    } catch {
      line = { msg: text, plain: true };
    }
    lines.push(line);
    for (const w of waiters.filter(x => x.pred(line))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    resolve => {
      proc.once('exit', (code, signal) => {
        resolve({ code, signal, at: Date.now() });
      });
    },
  );
  return {
    proc,
    lines,
    exit,
    waitFor: (pred, timeoutMs) => {
      const seen = lines.find(pred);
      if (seen !== undefined) {
        return Promise.resolve(seen);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(
              `no matching log line in ${timeoutMs} ms; stdout: ${JSON.stringify(lines)} stderr: ${stderr}`,
            ),
          );
        }, timeoutMs);
        waiters.push({
          pred,
          resolve: l => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      });
    },
  };
}

interface Pending {
  finishBody(): void;
  response: Promise<{ status: number; body: string; requestId: string | undefined }>;
}

/** A POST whose headers and first half of the body are sent now; finishBody() sends the rest. */
function halfSentRequest(port: number, requestId: string): Pending {
  const body = JSON.stringify({ query: 'query ShutdownProbe { country(iso3: "PRK") { id } }' });
  const half = Math.floor(body.length / 2);
  const req = http.request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-request-id': requestId,
    },
  });
  const response = new Promise<{ status: number; body: string; requestId: string | undefined }>(
    (resolve, reject) => {
      req.once('error', reject);
      req.once('response', res => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.once('end', () => {
          const id = res.headers['x-request-id'];
          resolve({
            status: res.statusCode ?? 0,
            body: text,
            requestId: typeof id === 'string' ? id : undefined,
          });
        });
        res.once('error', reject);
      });
    },
  );
  req.flushHeaders();
  req.write(body.slice(0, half));
  return {
    finishBody: () => {
      req.end(body.slice(half));
    },
    response,
  };
}

function connectOutcome(port: number): Promise<string> {
  return new Promise(resolve => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      resolve(err.code ?? err.message);
    });
  });
}

async function inFlight(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const line = text.split('\n').find(l => l.startsWith('newsgraph_http_requests_in_flight '));
  // The scrape itself is one of them.
  return Number(line?.split(' ')[1] ?? 0) - 1;
}

let child: Child | undefined;

beforeAll(() => {
  const build = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) {
    throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  }
}, 120_000);

afterAll(() => {
  if (child !== undefined && child.proc.exitCode === null) {
    child.proc.kill('SIGKILL');
  }
});

it(`SIGTERM with ${IN_FLIGHT} requests in flight: they complete, new connections are refused, the driver closes after the drain, exit 0`, async () => {
  child = startServer();
  const up = await child.waitFor(l => typeof l.port === 'number', 30_000);
  const port = up.port as number;

  const pending = Array.from({ length: IN_FLIGHT }, (_, i) =>
    halfSentRequest(port, `shutdown-${process.pid}-${i}`),
  );
  const deadline = Date.now() + 10_000;
  while ((await inFlight(port)) < IN_FLIGHT) {
    if (Date.now() > deadline) {
      throw new Error(`the server never had ${IN_FLIGHT} requests in flight`);
    }
    await new Promise(r => setTimeout(r, 50));
  }

  const termAt = Date.now();
  child.proc.kill('SIGTERM');
  await child.waitFor(l => l.msg.startsWith('shutting down'), 5_000);

  // New connections are refused while the 20 are still waiting for their bodies. A connection that
  // reached the listen backlog just before the listener closed is reset (ECONNRESET), not served: on a
  // loaded machine that race is seen, so the probe retries until the port refuses.
  let outcome = await connectOutcome(port);
  for (let i = 0; i < 40 && outcome !== 'ECONNREFUSED'; i += 1) {
    await new Promise(r => setTimeout(r, 50));
    outcome = await connectOutcome(port);
  }
  expect(outcome).toBe('ECONNREFUSED');
  expect(child.lines.some(l => l.msg === 'HTTP server drained')).toBe(false);

  for (const p of pending) {
    p.finishBody();
  }
  const answers = await Promise.all(pending.map(p => p.response));
  for (const [i, a] of answers.entries()) {
    expect(a.status).toBe(200);
    expect(a.requestId).toBe(`shutdown-${process.pid}-${i}`);
    expect(JSON.parse(a.body)).toEqual({ data: { country: { id: 'country:PRK' } } });
  }

  const exit = await child.exit;
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(exit.at - termAt).toBeLessThan(GRACE_MS);

  // Order in the child's own log: the 20 access lines, then the drain, then the driver, then exit.
  const index = (pred: (l: Line) => boolean): number => child!.lines.findIndex(pred);
  const served = child.lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.msg === 'graphql request' && l.operation === 'ShutdownProbe');
  expect(served).toHaveLength(IN_FLIGHT);
  expect(served.every(({ l }) => l.status === 200)).toBe(true);
  const drained = index(l => l.msg === 'HTTP server drained');
  const closed = index(l => l.msg === 'Neo4j driver closed');
  const stopped = index(l => l.msg === 'stopped');
  expect(Math.max(...served.map(s => s.i))).toBeLessThan(drained);
  expect(drained).toBeLessThan(closed);
  expect(closed).toBeLessThan(stopped);
}, 60_000);

it('reliability case 17: started against a closed port, the server exits 1 within 10 s with one line naming the fix', async () => {
  const closed = await closedPort();
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      NEO4J_URI: `bolt://127.0.0.1:${closed}`,
      CORENLP_URL: process.env.CORENLP_URL ?? 'http://127.0.0.1:9',
    },
  });
  const elapsed = Date.now() - t0;
  expect(run.status).toBe(1);
  expect(elapsed).toBeLessThan(10_000);
  const output = `${run.stdout}${run.stderr}`;
  expect(output).toMatch(/NEO4J_URI/);
  expect(output).not.toMatch(/\n\s+at /); // a message, not a stack trace
}, 30_000);

it('without Java and without CORENLP_URL, the server exits 1 with one line naming both fixes', () => {
  // a machine without a JDK: JAVA_HOME unset and no java on PATH (an empty folder)
  const emptyPath = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-no-java-path-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_ON_START: 'false',
    CORENLP_URL: '',
    PATH: emptyPath,
  };
  delete env.JAVA_HOME;
  try {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
      env,
    });
    expect(run.status).toBe(1);
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toMatch(/Java 17 not found: install it .*CORENLP_URL/);
    expect(output).not.toMatch(/\n\s+at /);
  } finally {
    fs.rmSync(emptyPath, { recursive: true, force: true });
  }
}, 40_000);

describe('the local language service of `npm start`', () => {
  let cache: PrivateCoreNlpCache;
  let release: () => void = () => undefined;
  beforeAll(async () => {
    release = await extraCoreNlpSlot(600_000);
    cache = await privateCoreNlpCache();
  }, 610_000);
  afterAll(() => {
    cache.remove();
    release();
  });

  it('is started, listed in /ready, restarted when it dies (counted in /metrics), and stopped on SIGTERM', async () => {
    child = startServer({
      CORENLP_URL: '',
      CORENLP_CACHE_DIR: cache.cacheDir,
      CORENLP_HEAP_MB: String(TEST_HEAP_MB),
    });
    const c = child;
    const port = (await c.waitFor(l => typeof l.port === 'number', 240_000)).port as number;
    const ready = await c.waitFor(l => l.msg === 'language service ready', 1000);
    expect(ready.origin).toBe('the local CoreNLP');
    const firstPid = ready.pid as number;
    expect(isAlive(firstPid)).toBe(true);
    const cmdline = fs.readFileSync(`/proc/${firstPid}/cmdline`, 'utf8').split('\0');
    expect(cmdline).toEqual(expect.arrayContaining([`-Xmx${TEST_HEAP_MB}m`, 'NewsgraphNlp']));
    const nlpUrl = ready.url as string;
    const parses = async (): Promise<boolean> => {
      const res = await fetch(
        `${nlpUrl}/?properties=${encodeURIComponent('{"annotators":"tokenize,ssplit"}')}`,
        {
          method: 'POST',
          body: 'Chile met Peru.',
        },
      );
      return res.ok && ((await res.json()) as { sentences: unknown[] }).sentences.length === 1;
    };
    expect(await parses()).toBe(true);
    const readiness = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
      const res = await fetch(`http://127.0.0.1:${port}/ready`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect(await readiness()).toEqual({
      status: 200,
      body: { status: 'ready', components: { neo4j: 'up', corenlp: 'up' } },
    });

    process.kill(firstPid, 'SIGKILL');
    const died = await c.waitFor(l => l.msg.startsWith('the local corenlp died'), 10_000);
    expect(died).toMatchObject({ service: 'corenlp', pid: firstPid, signal: 'SIGKILL' });
    // reads stay ready while it restarts (a 1 s back-off, then 20-40 s of loading); ingest is unavailable
    const during = await readiness();
    expect(during.status).toBe(200);
    expect(during.body.components).toEqual({ neo4j: 'up', corenlp: 'restarting' });
    expect(during.body.ingest).toMatch(/unavailable/);
    const back = await c.waitFor(l => l.msg.startsWith('the local corenlp is back'), 240_000);
    const secondPid = back.pid as number;
    expect(secondPid).not.toBe(firstPid);
    expect(isAlive(firstPid)).toBe(false);
    // on the same port: the URL the server's client has parses again
    expect(await parses()).toBe(true);
    expect((await readiness()).body.components).toEqual({ neo4j: 'up', corenlp: 'up' });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('newsgraph_local_service_restarts_total{service="corenlp"} 1');
    expect(metrics).toContain('newsgraph_local_service_deaths_total{service="corenlp"} 1');
    expect(metrics).toContain('newsgraph_local_service_up{service="corenlp"} 1');

    c.proc.kill('SIGTERM');
    expect(await c.exit).toMatchObject({ code: 0, signal: null });
    expect(c.lines.find(l => l.msg === 'language service closed')).toMatchObject({
      localCoreNlpStopped: true,
    });
    expect(isAlive(secondPid)).toBe(false);
  }, 600_000);
});
