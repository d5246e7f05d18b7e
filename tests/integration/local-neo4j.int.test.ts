/**
 * The project's Neo4j launcher: clear failures, and no orphan JVM when the Node process that started it
 * dies (the launcher's --watch-pid), including on SIGKILL.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import {
  LocalNeo4jError,
  checkJava,
  isAlive,
  readRunning,
  startLocalNeo4j,
} from '../../src/runtime/local-neo4j';
import { StartupError, openGraph } from '../../src/runtime/graph-runtime';

const base = loadConfig().local;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-launcher-'));
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) {
      return true;
    }
    await new Promise(r => setTimeout(r, 100));
  }
  return check();
}

function listen(): Promise<net.Server> {
  return new Promise(resolve => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      resolve(srv);
    });
  });
}

describe('local Neo4j launcher', () => {
  it('says which port is in use instead of starting', async () => {
    const blocker = await listen();
    const addr = blocker.address();
    const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
    const dataDir = tempDir();
    try {
      await expect(
        startLocalNeo4j(
          { ...base, dataDir, boltPort: port },
          { password: 'newsgraph-test', log: () => undefined },
        ),
      ).rejects.toThrow(`port 127.0.0.1:${port} is in use`);
    } finally {
      blocker.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('stops by itself when the process that started it is killed with SIGKILL', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    const parentPid = parent.pid ?? 0;
    const dataDir = tempDir();
    const srv = await listen();
    const addr = srv.address();
    const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
    await new Promise(r => srv.close(r));
    const cfg = { ...base, dataDir, boltPort: port, heapMb: 512, pagecacheMb: 32 };
    try {
      const db = await startLocalNeo4j(cfg, {
        password: 'newsgraph-test',
        watchPid: parentPid,
        log: () => undefined,
      });
      expect(isAlive(db.pid)).toBe(true);
      expect(readRunning(cfg)?.pid).toBe(db.pid);
      // a second server on the same data folder is refused (Neo4j's store lock would fail obscurely)
      await expect(
        startLocalNeo4j(cfg, { password: 'newsgraph-test', log: () => undefined }),
      ).rejects.toThrow('already runs');
      parent.kill('SIGKILL');
      expect(await waitUntil(() => !isAlive(db.pid), 40_000)).toBe(true);
      expect(fs.readFileSync(path.join(dataDir, 'logs', 'launcher.out'), 'utf8')).toContain(
        'NEO4J_STOPPED',
      );
    } finally {
      parent.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('names the fix when Java is missing', () => {
    expect(() => checkJava({ ...base, javaHome: '/nonexistent-jdk' })).toThrow(LocalNeo4jError);
    expect(() => checkJava({ ...base, javaHome: '/nonexistent-jdk' })).toThrow(
      /Java 17 not found: install it .*or set NEO4J_URI to a running Neo4j/,
    );
  });
});

describe('start-up against an unreachable NEO4J_URI', () => {
  it('fails within 10 s with one line that names the fix', async () => {
    const srv = await listen();
    const addr = srv.address();
    const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
    await new Promise(r => srv.close(r));
    const cfg = loadConfig({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_CONNECT_TIMEOUT_MS: '3000',
    });
    const t0 = Date.now();
    const err: unknown = await openGraph(cfg, () => undefined).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toMatch(
      new RegExp(`cannot reach Neo4j at bolt://127.0.0.1:${port}`),
    );
    expect((err as Error).message).toContain('unset NEO4J_URI');
    expect((err as Error).message).not.toContain('\n');
  });

  it('also fails within 10 s when the address accepts connections but never answers', async () => {
    const silent = await listen();
    const sockets: net.Socket[] = [];
    silent.on('connection', socket => sockets.push(socket));
    const addr = silent.address();
    const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
    const cfg = loadConfig({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_CONNECT_TIMEOUT_MS: '3000',
    });
    const t0 = Date.now();
    try {
      await expect(openGraph(cfg, () => undefined)).rejects.toThrow(StartupError);
      expect(Date.now() - t0).toBeLessThan(10_000);
    } finally {
      sockets.forEach(socket => socket.destroy());
      silent.close();
    }
  }, 20_000);
});
