/**
 * What every local Java service of the project shares (the Neo4j launcher, the CoreNLP language service):
 * checking the JDK, fetching a pom's runtime jars from Maven Central once into a git-ignored cache with
 * progress, compiling the project's small launcher class when its source changed, and waiting for the
 * launcher's own READY line (never a sleep).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExitStatus } from './service.supervisor';

/** A service's runtime: its pom, launcher source and cache, and how its errors name the fix. */
export interface JavaRuntimeSpec {
  /** Short name in log lines and errors, e.g. `corenlp`. */
  readonly name: string;
  /** Human name, e.g. `Stanford CoreNLP 4.5.10`. */
  readonly title: string;
  /** Folder holding `pom.xml` and `<launcherClass>.java`. */
  readonly runtimeDir: string;
  readonly launcherClass: string;
  /** `-D` properties for the pom (e.g. the version to fetch). */
  readonly pomProperties: Readonly<Record<string, string>>;
  /** Cache folder for this version: `lib/` (jars) and `launcher-<hash>/` (classes) go inside. */
  readonly cacheDir: string;
  /** How much the first fetch brings, for the progress line (e.g. `about 470 MB`). */
  readonly sizeHint: string;
  readonly javaHome: string | undefined;
  /** Appended to every error: how to do without this local service. */
  readonly fixHint: string;
  /** The error class to throw (so callers keep their own error types). */
  readonly error: new (message: string) => Error;
}

export function javaBin(javaHome: string | undefined, tool: 'java' | 'javac'): string {
  return javaHome !== undefined ? path.join(javaHome, 'bin', tool) : tool;
}

/** The major version of the configured Java, or an error naming the fix when there is none or it is old. */
export function javaMajor(spec: JavaRuntimeSpec, minimum = 17): number {
  const r = spawnSync(javaBin(spec.javaHome, 'java'), ['-version'], { encoding: 'utf8' });
  if (r.error !== undefined || r.status !== 0) {
    throw new spec.error(
      `Java ${minimum} not found: install it (or set JAVA_HOME), ${spec.fixHint}`,
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  const major = m?.[1] === '1' ? Number(m[2]) : Number(m?.[1]);
  if (!Number.isFinite(major) || major < minimum) {
    throw new spec.error(
      `Java ${String(major)} is too old: ${spec.title} needs Java ${minimum} or newer (set JAVA_HOME), ${spec.fixHint}`,
    );
  }
  return major;
}

export function runtimeLib(spec: JavaRuntimeSpec): string {
  return path.join(spec.cacheDir, 'lib');
}

/** Fetches the jars once (showing progress) and compiles the launcher; returns the classes folder. */
export async function ensureJavaRuntime(
  spec: JavaRuntimeSpec,
  log: (line: string) => void,
): Promise<string> {
  const lib = runtimeLib(spec);
  const done = path.join(lib, '.complete');
  if (!fs.existsSync(done)) {
    await fetchJars(spec, lib, log);
    fs.writeFileSync(done, new Date().toISOString());
  }
  return compileLauncher(spec, lib, log);
}

async function fetchJars(
  spec: JavaRuntimeSpec,
  lib: string,
  log: (line: string) => void,
): Promise<void> {
  const mvnCheck = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvnCheck.error !== undefined || mvnCheck.status !== 0) {
    throw new spec.error(
      `Maven (mvn) not found: install it to fetch ${spec.title}, ${spec.fixHint}`,
    );
  }
  fs.rmSync(lib, { recursive: true, force: true });
  fs.mkdirSync(lib, { recursive: true });
  log(`[${spec.name}] first run: fetching ${spec.title} from Maven Central (${spec.sizeHint})`);
  const t0 = Date.now();
  const args = [
    '-B',
    '-f',
    path.join(spec.runtimeDir, 'pom.xml'),
    ...Object.entries(spec.pomProperties).map(([k, v]) => `-D${k}=${v}`),
    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
    `-DoutputDirectory=${lib}`,
    '-DincludeScope=runtime',
  ];
  const progress = { files: 0, bytes: 0 };
  const errors: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        trackProgress(spec.name, line, progress, errors, log);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    throw new spec.error(
      `could not fetch ${spec.title} with Maven (is Maven Central reachable?):\n` +
        `${errors.slice(0, 5).join('\n')}\n${spec.fixHint}`,
    );
  }
  const jars = fs.readdirSync(lib).filter(f => f.endsWith('.jar'));
  const bytes = jars.reduce((sum, f) => sum + fs.statSync(path.join(lib, f)).size, 0);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  log(
    `[${spec.name}] ready: ${jars.length} jars, ${(bytes / 1e6).toFixed(1)} MB in ${secs} s (cached in ${lib})`,
  );
}

const UNIT_BYTES: Readonly<Record<string, number>> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

/** mvn prints one "Downloaded from central: <url> (1.2 MB at ...)" line per file: show a running total. */
export function trackProgress(
  name: string,
  line: string,
  progress: { files: number; bytes: number },
  errors: string[],
  log: (line: string) => void,
): void {
  if (line.includes('[ERROR]')) {
    errors.push(line);
    return;
  }
  const m = /Downloaded from \S+: \S+ \(([\d.]+) (B|kB|KB|MB|GB)/.exec(line);
  if (m?.[1] === undefined || m[2] === undefined) {
    return;
  }
  progress.files += 1;
  progress.bytes += Number(m[1]) * (UNIT_BYTES[m[2]] ?? 1);
  if (progress.files % 25 === 0) {
    log(`[${name}]   ${progress.files} files, ${(progress.bytes / 1e6).toFixed(1)} MB downloaded`);
  }
}

function compileLauncher(spec: JavaRuntimeSpec, lib: string, log: (line: string) => void): string {
  const sourcePath = path.join(spec.runtimeDir, `${spec.launcherClass}.java`);
  const source = fs.readFileSync(sourcePath);
  const hash = crypto.createHash('sha256').update(source).digest('hex').slice(0, 16);
  const out = path.join(spec.cacheDir, `launcher-${hash}`);
  if (fs.existsSync(path.join(out, `${spec.launcherClass}.class`))) {
    return out;
  }
  log(`[${spec.name}] compiling the launcher`);
  fs.mkdirSync(out, { recursive: true });
  const r = spawnSync(
    javaBin(spec.javaHome, 'javac'),
    ['-nowarn', '-cp', path.join(lib, '*'), '-d', out, sourcePath],
    { encoding: 'utf8' },
  );
  if (r.error !== undefined || r.status !== 0) {
    fs.rmSync(out, { recursive: true, force: true });
    throw new spec.error(
      `could not compile the ${spec.name} launcher (a JDK 17 with javac is needed): ${r.stderr || String(r.error)}`,
    );
  }
  return out;
}

/**
 * Resolves with the first capture of `ready` once the launcher wrote that whole line to `outFile`;
 * rejects on its `failed` line, on its exit, or after `timeoutMs` (then the child is killed).
 */
export function waitForReadyLine(
  spec: { readonly who: string; readonly error: JavaRuntimeSpec['error'] },
  child: ChildProcess,
  outFile: string,
  patterns: { readonly ready: RegExp; readonly failed: RegExp },
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    let exited: number | null | undefined;
    child.once('exit', code => {
      exited = code;
    });
    const poll = (): void => {
      const text = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
      // only whole lines: a read can catch the launcher mid-line ("NEO4J_READY bolt://127.0.0.1:"
      // before the port), and a ready address cut short would be taken as the address
      const lines = text.slice(0, text.lastIndexOf('\n') + 1);
      const ready = patterns.ready.exec(lines);
      if (ready?.[1] !== undefined) {
        resolve(ready[1]);
        return;
      }
      const failed = patterns.failed.exec(lines);
      if (failed?.[1] !== undefined) {
        reject(new spec.error(`${spec.who} did not start: ${failed[1]}`));
        return;
      }
      if (exited !== undefined) {
        const tail = text.trim().split('\n').slice(-8).join('\n');
        reject(
          new spec.error(
            `${spec.who} exited with code ${String(exited)} before it was ready:\n${tail}`,
          ),
        );
        return;
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        reject(new spec.error(`${spec.who} was not ready after ${timeoutMs} ms (see ${outFile})`));
        return;
      }
      setTimeout(poll, 100);
    };
    poll();
  });
}

/** A launcher that wrote its ready line. */
export interface LaunchedJava {
  readonly child: ChildProcess;
  readonly pid: number;
  /** The ready line's first capture: where the service listens. */
  readonly address: string;
  /** Milliseconds from spawn to the ready line. */
  readonly startMs: number;
  /** Resolves when the process ends, however it ends. */
  readonly exited: Promise<ExitStatus>;
}

/**
 * The program and arguments that run `java args`: under `nice -n <niceness>` when niceness > 0, so that
 * every thread of the JVM (they inherit the launcher's priority) yields the CPU to the processes at the
 * default priority, such as the server answering reads while a bulk ingest parses.
 */
export function javaCommand(
  javaHome: string | undefined,
  args: readonly string[],
  niceness = 0,
): { readonly command: string; readonly args: readonly string[] } {
  const java = javaBin(javaHome, 'java');
  return niceness > 0
    ? { command: 'nice', args: ['-n', String(niceness), java, ...args] }
    : { command: java, args };
}

/**
 * Spawns `java args` (javaCommand: under `nice` when `opts.niceness` > 0) with its output in `outFile`
 * (truncated) and resolves once its ready line is there; rejects as waitForReadyLine does.
 */
export async function launchJava(
  spec: {
    readonly who: string;
    readonly error: JavaRuntimeSpec['error'];
    readonly javaHome: string | undefined;
  },
  args: readonly string[],
  outFile: string,
  patterns: { readonly ready: RegExp; readonly failed: RegExp },
  opts: { readonly timeoutMs: number; readonly detached?: boolean; readonly niceness?: number },
): Promise<LaunchedJava> {
  const fd = fs.openSync(outFile, 'w');
  const t0 = Date.now();
  const cmd = javaCommand(spec.javaHome, args, opts.niceness);
  const child = spawn(cmd.command, cmd.args, {
    stdio: ['ignore', fd, fd],
    detached: opts.detached === true,
  });
  fs.closeSync(fd);
  const exited = new Promise<ExitStatus>(resolve => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
  const pid = child.pid;
  if (pid === undefined) {
    throw new spec.error(`could not spawn ${cmd.command}`);
  }
  const address = await waitForReadyLine(spec, child, outFile, patterns, opts.timeoutMs);
  return { child, pid, address, startMs: Date.now() - t0, exited };
}
