/**
 * The read benchmark's server processes (read-server.ts), started as children so each one's CPU time
 * can be read from /proc, plus the CPU of any process by pid (the Neo4j JVM).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerKind } from './read-server';

/** CPU seconds (user + system) a process has used so far; null when /proc can't tell. */
export function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) {
    return null;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name, which is in parentheses and may hold spaces
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14, 15)
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

export interface ServerProcess {
  readonly kind: ServerKind;
  readonly pid: number;
  readonly url: string;
  statements(): Promise<number>;
  /** Empties the server's statement log (before the request whose db hits are wanted). */
  clearLog(): Promise<void>;
  /** The db hits of the statements logged since clearLog, from PROFILE (db-hits.ts). */
  dbHits(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts `read-server.js <kind>` on NEO4J_URI `uri`; resolves once it listens. */
export function startServerProcess(
  kind: ServerKind,
  uri: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
  // compiled: next to this file; under ts-jest (this file is .ts): the build's copy
  const script = __filename.endsWith('.ts')
    ? path.join(__dirname, '..', '..', 'dist', 'src', 'bench', 'read-server.js')
    : path.join(__dirname, 'read-server.js');
  const child: ChildProcess = spawn(process.execPath, [script, kind], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env, NEO4J_URI: uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onExit = (code: number | null): void => {
      reject(
        new Error(`${kind} server exited (${String(code)}) before listening:${os.EOL}${stderr}`),
      );
    };
    child.once('exit', onExit);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /READY (\d+) (\d+)/u.exec(out);
      if (m === null) {
        return;
      }
      child.off('exit', onExit);
      child.stdout?.removeAllListeners('data');
      const statsUrl = `http://127.0.0.1:${m[2] ?? ''}/`;
      const pid = child.pid ?? 0;
      resolve({
        kind,
        pid,
        url: `http://127.0.0.1:${m[1] ?? ''}`,
        statements: async () => {
          const res = await fetch(statsUrl);
          return ((await res.json()) as { statements: number }).statements;
        },
        clearLog: async () => {
          await fetch(`${statsUrl}clear`, { method: 'POST' });
        },
        dbHits: async () => {
          const res = await fetch(`${statsUrl}profile`, { method: 'POST' });
          const body = (await res.json()) as { dbHits?: number; error?: string };
          if (body.dbHits === undefined) {
            throw new Error(`${kind} could not PROFILE its statements: ${body.error ?? '?'}`);
          }
          return body.dbHits;
        },
        stop: () =>
          new Promise(done => {
            if (child.exitCode !== null) {
              done();
              return;
            }
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
