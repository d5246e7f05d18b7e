/**
 * A real redis-server (Debian's) for one test file, on a free loopback port, with no persistence:
 * started in a few milliseconds, so each suite that needs one starts its own. `kill()` stops it hard
 * (an outage); `restart()` starts it again on the same port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { freePort } from '../../src/bench/bench-neo4j';

export interface TestRedis {
  readonly url: string;
  readonly port: number;
  kill(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', data => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => {
      resolve(false);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function launch(port: number): ChildProcess {
  return spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
}

async function ready(port: number, proc: ChildProcess): Promise<void> {
  const t0 = Date.now();
  while (!(await answersPing(port))) {
    if (proc.exitCode !== null) {
      throw new Error(`redis-server exited with ${proc.exitCode} (is it installed?)`);
    }
    if (Date.now() - t0 > 15_000) {
      throw new Error('redis-server did not answer PING within 15 s');
    }
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

function exited(proc: ChildProcess): Promise<void> {
  return proc.exitCode !== null || proc.signalCode !== null
    ? Promise.resolve()
    : new Promise(resolve => proc.once('exit', () => resolve()));
}

export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  let proc = launch(port);
  await ready(port, proc);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async kill() {
      proc.kill('SIGKILL');
      await exited(proc);
    },
    async restart() {
      proc = launch(port);
      await ready(port, proc);
    },
    async stop() {
      proc.kill('SIGTERM');
      await exited(proc);
    },
  };
}
