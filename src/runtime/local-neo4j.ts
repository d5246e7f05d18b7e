/**
 * The project's own Neo4j: Neo4j Community (embedded DBMS + Bolt) fetched from Maven Central into a
 * git-ignored cache and run on Java 17/21 by `neo4j-runtime/NewsgraphNeo4j.java`, bound to 127.0.0.1.
 *
 * Readiness is the launcher's own `NEO4J_READY` line (written after a query succeeded), never a sleep.
 * A state file in the data folder (`newsgraph-neo4j.json`) lets `db:status`, `db:stop` and `npm start`
 * find a server started by `db:start`. A server started as a child of a Node process is given
 * `--watch-pid`, so it shuts down by itself when that process dies (Ctrl-C, crash or SIGKILL).
 * `localNeo4jService` describes it for `ServiceSupervisor`, which the server uses to restart a child that
 * died (docs/operations.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type LocalNeo4jConfig, projectRoot } from '../config/config';
import {
  type JavaRuntimeSpec,
  ensureJavaRuntime,
  launchJava,
  javaMajor,
  runtimeLib,
} from './java-runtime';
import type { ExitStatus, ServiceDefinition } from './service.supervisor';

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export interface RunningNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** Milliseconds from spawn to the ready line (includes JVM start). */
  readonly startMs: number;
  /** True when this process started the server (and so should stop it). */
  readonly owned: boolean;
  /**
   * Settles when the process ends. Only a server this process spawned can be watched: for one reused
   * from `db:start` it never settles.
   */
  readonly exited: Promise<ExitStatus>;
  stop(): Promise<void>;
}

interface StateFile {
  pid: number;
  port: number;
  uri: string;
  version: string;
  startedAt: string;
}

export interface StartOptions {
  readonly password: string;
  /** Shut the server down when this pid exits. Omit for a detached server (`db:start`). */
  readonly watchPid?: number;
  readonly detached?: boolean;
  readonly log?: (line: string) => void;
  /** Give up waiting for the ready line after this many ms. Default 180000. */
  readonly readyTimeoutMs?: number;
  /**
   * The compiled launcher from an earlier `ensureRuntime`: skips the Java check, whose `java -version`
   * runs synchronously and would stall a serving process for a JVM start (restarts pass it).
   */
  readonly launcherClasses?: string;
}

const RUNTIME_DIR = path.join(projectRoot(), 'neo4j-runtime');
const LAUNCHER_CLASS = 'NewsgraphNeo4j';
const STATE_FILE = 'newsgraph-neo4j.json';
/** The launcher's stdout and stderr (ready line, JVM errors), and the previous run's. */
const LAUNCHER_OUT = 'launcher.out';
const LAUNCHER_OUT_PREVIOUS = 'launcher.previous.out';
/** Neo4j's own log, written by the embedded DBMS under <dataDir>/logs. */
const NEO4J_LOG = 'debug.log';

/** JVM flags from Neo4j 5.26's own neo4j.conf defaults (the embedded DBMS needs the same opens). */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-XX:-RestrictContended',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
];

const FIX_HINT = 'or set NEO4J_URI to a running Neo4j (see README: docker compose)';

/** The jar fetch and launcher compile for this version (shared with the language service). */
function neo4jRuntime(cfg: LocalNeo4jConfig): JavaRuntimeSpec {
  return {
    name: 'neo4j',
    title: `Neo4j Community ${cfg.version}`,
    runtimeDir: RUNTIME_DIR,
    launcherClass: LAUNCHER_CLASS,
    pomProperties: { 'neo4j.version': cfg.version },
    cacheDir: path.join(cfg.cacheDir, cfg.version),
    sizeHint: 'about 120 MB',
    javaHome: cfg.javaHome,
    fixHint: FIX_HINT,
    error: LocalNeo4jError,
  };
}

/** The major version of the configured Java, or a clear error when there is none or it does not fit. */
export function checkJava(cfg: LocalNeo4jConfig): number {
  const major = javaMajor(neo4jRuntime(cfg), 17);
  if (cfg.version.startsWith('5.') && major > 21) {
    throw new LocalNeo4jError(
      `Java ${major} is not supported by Neo4j ${cfg.version} (it runs on 17 or 21): set JAVA_HOME to a JDK 17`,
    );
  }
  return major;
}

function libDir(cfg: LocalNeo4jConfig): string {
  return runtimeLib(neo4jRuntime(cfg));
}

/** Fetches the Neo4j jars once (showing progress) and compiles the launcher when its source changed. */
export async function ensureRuntime(
  cfg: LocalNeo4jConfig,
  log: (line: string) => void = console.log,
): Promise<string> {
  checkJava(cfg);
  return ensureJavaRuntime(neo4jRuntime(cfg), log);
}

function statePath(cfg: LocalNeo4jConfig): string {
  return path.join(cfg.dataDir, STATE_FILE);
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The server recorded in the data folder's state file, when its process is still alive. */
export function readRunning(cfg: LocalNeo4jConfig): StateFile | undefined {
  try {
    const state = JSON.parse(fs.readFileSync(statePath(cfg), 'utf8')) as StateFile;
    return isAlive(state.pid) ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the local Neo4j and resolves once it answered a query. */
export async function startLocalNeo4j(
  cfg: LocalNeo4jConfig,
  opts: StartOptions,
): Promise<RunningNeo4j> {
  const log = opts.log ?? console.log;
  const existing = readRunning(cfg);
  if (existing !== undefined) {
    throw new LocalNeo4jError(
      `a local Neo4j (pid ${existing.pid}) already runs on ${existing.uri} with data folder ${cfg.dataDir}`,
    );
  }
  const classes = opts.launcherClasses ?? (await ensureRuntime(cfg, log));
  fs.mkdirSync(path.join(cfg.dataDir, 'logs'), { recursive: true });
  const outFile = path.join(cfg.dataDir, 'logs', LAUNCHER_OUT);
  // keep the previous run's output (after a crash it says why) instead of truncating it
  if (fs.existsSync(outFile)) {
    fs.renameSync(outFile, path.join(cfg.dataDir, 'logs', LAUNCHER_OUT_PREVIOUS));
  }
  const args = [
    `-Xms${Math.min(512, cfg.heapMb)}m`,
    `-Xmx${cfg.heapMb}m`,
    ...JVM_FLAGS,
    `-Djava.io.tmpdir=${path.join(cfg.dataDir, 'tmp')}`,
    '-cp',
    [path.join(libDir(cfg), '*'), classes].join(path.delimiter),
    LAUNCHER_CLASS,
    '--home',
    cfg.dataDir,
    '--port',
    String(cfg.boltPort),
    '--password',
    opts.password,
    '--pagecache-mb',
    String(cfg.pagecacheMb),
    ...(opts.watchPid !== undefined ? ['--watch-pid', String(opts.watchPid)] : []),
  ];
  fs.mkdirSync(path.join(cfg.dataDir, 'tmp'), { recursive: true });
  const {
    pid,
    address: uri,
    startMs,
    exited,
    child,
  } = await launchJava(
    { who: 'local Neo4j', error: LocalNeo4jError, javaHome: cfg.javaHome },
    args,
    outFile,
    { ready: /^NEO4J_READY (\S+)/m, failed: /^NEO4J_FAILED (.*)$/m },
    { timeoutMs: opts.readyTimeoutMs ?? 180_000, detached: opts.detached === true },
  );
  const state: StateFile = {
    pid,
    port: cfg.boltPort,
    uri,
    version: cfg.version,
    startedAt: new Date().toISOString(),
  };
  fs.writeFileSync(statePath(cfg), JSON.stringify(state, null, 2));
  if (opts.detached === true) {
    child.unref();
  }
  return { uri, pid, startMs, owned: true, exited, stop: () => stopPid(cfg, pid) };
}

/** Stops a server by pid: SIGTERM (the launcher's shutdown hook flushes the store), SIGKILL after 60 s. */
async function stopPid(cfg: LocalNeo4jConfig, pid: number): Promise<void> {
  if (isAlive(pid)) {
    process.kill(pid, 'SIGTERM');
  }
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 100));
  }
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
  }
  try {
    const state = JSON.parse(fs.readFileSync(statePath(cfg), 'utf8')) as StateFile;
    if (state.pid === pid) {
      fs.rmSync(statePath(cfg), { force: true });
    }
  } catch {
    // no state file: nothing to clean
  }
}

/** Stops the server recorded in the data folder; false when none was running. */
export async function stopRecorded(cfg: LocalNeo4jConfig): Promise<boolean> {
  const state = readRunning(cfg);
  if (state === undefined) {
    fs.rmSync(statePath(cfg), { force: true });
    return false;
  }
  await stopPid(cfg, state.pid);
  return true;
}

/** A handle on a server started earlier by `db:start` (not owned: `stop()` leaves it running). */
export function reuseRecorded(cfg: LocalNeo4jConfig): RunningNeo4j | undefined {
  const state = readRunning(cfg);
  if (state === undefined || state.port !== cfg.boltPort) {
    return undefined;
  }
  return {
    uri: state.uri,
    pid: state.pid,
    startMs: 0,
    owned: false,
    exited: new Promise<never>(() => undefined),
    stop: () => Promise.resolve(),
  };
}

/** The last lines of a file, reading only its last 8 KiB (debug.log grows to 20 MB before it rotates). */
function lastLines(file: string, lines: number): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.min(size, 8192));
    fs.readSync(fd, buf, 0, buf.length, size - buf.length);
    return buf.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) {
      fs.closeSync(fd);
    }
  }
}

/** The end of the launcher's output and of Neo4j's own debug.log: what a death report shows. */
export function logTail(cfg: LocalNeo4jConfig, lines = 10): string {
  const logs = path.join(cfg.dataDir, 'logs');
  return [LAUNCHER_OUT, NEO4J_LOG]
    .map(name => ({ name, tail: lastLines(path.join(logs, name), lines) }))
    .filter(part => part.tail !== '')
    .map(part => `--- ${part.name}\n${part.tail}`)
    .join('\n');
}

/**
 * The local Neo4j as a service for `ServiceSupervisor`: every start uses the same port and data folder,
 * and is tied to this process (--watch-pid) like the first one.
 */
export function localNeo4jService(
  cfg: LocalNeo4jConfig,
  opts: StartOptions,
): ServiceDefinition<RunningNeo4j> {
  const logs = path.join(cfg.dataDir, 'logs');
  let launcherClasses: string | undefined;
  return {
    name: 'neo4j',
    start: async () => {
      launcherClasses ??= await ensureRuntime(cfg, opts.log);
      return startLocalNeo4j(cfg, { ...opts, launcherClasses });
    },
    logTail: () => logTail(cfg),
    logHint: `${path.join(logs, NEO4J_LOG)} and ${path.join(logs, LAUNCHER_OUT)} (the run before: ${LAUNCHER_OUT_PREVIOUS})`,
  };
}
