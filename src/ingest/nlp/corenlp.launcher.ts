/**
 * The project's language service: Stanford CoreNLP fetched from Maven Central into a git-ignored cache and
 * run by `corenlp-runtime/NewsgraphNlp.java`, an HTTP server bound to 127.0.0.1 only (CoreNLP's own server
 * listens on every interface). It speaks the part of CoreNLP's server protocol that ingest uses, so
 * `CORENLP_URL` may instead name a CoreNLP server the user runs (docker compose has one).
 *
 * Readiness is the launcher's `NLP_READY` line, written once the models are loaded and a first sentence
 * was annotated. A service started for a Node process gets `--watch-pid`, so it exits with that process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type NlpConfig, projectRoot } from '../../config/config';
import type { ExitStatus, ServiceDefinition } from '../../runtime/service.supervisor';
import {
  type JavaRuntimeSpec,
  ensureJavaRuntime,
  launchJava,
  javaMajor,
  runtimeLib,
} from '../../runtime/java-runtime';

export class NlpServiceError extends Error {
  override readonly name = 'NlpServiceError';
}

export interface RunningNlp {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly pid: number;
  /** Milliseconds from spawn to the ready line (JVM start and model load). */
  readonly startMs: number;
  /** The launcher's output (CoreNLP's own log lines go there too). */
  readonly logFile: string;
  /** Settles when the process ends, however it ends. */
  readonly exited: Promise<ExitStatus>;
  stop(): Promise<void>;
}

export interface NlpStartOptions {
  /** Stop the service when this pid exits. */
  readonly watchPid?: number;
  readonly log?: (line: string) => void;
  /** Give up waiting for the ready line after this many ms. Default 300000 (a cold, busy machine). */
  readonly readyTimeoutMs?: number;
  /** Folder for the launcher's output (`launcher.out`); default a fresh temporary folder. */
  readonly logDir?: string;
  /**
   * The compiled launcher from an earlier start: skips the Java check, whose `java -version` runs
   * synchronously and would stall a serving process (restarts pass it).
   */
  readonly launcherClasses?: string;
}

const FIX_HINT = 'or set CORENLP_URL to a running CoreNLP server (see README: docker compose)';
const LAUNCHER_CLASS = 'NewsgraphNlp';
const LAUNCHER_OUT = 'launcher.out';
const LAUNCHER_OUT_PREVIOUS = 'launcher.previous.out';
/** How long a stop waits for the JVM after SIGTERM before SIGKILL. */
const STOP_GRACE_MS = 10_000;

export function corenlpRuntime(cfg: NlpConfig): JavaRuntimeSpec {
  return {
    name: 'corenlp',
    title: `Stanford CoreNLP ${cfg.version}`,
    runtimeDir: path.join(projectRoot(), 'corenlp-runtime'),
    launcherClass: LAUNCHER_CLASS,
    pomProperties: { 'corenlp.version': cfg.version },
    cacheDir: path.join(cfg.cacheDir, cfg.version),
    sizeHint: 'about 470 MB with its English models',
    javaHome: cfg.javaHome,
    fixHint: FIX_HINT,
    error: NlpServiceError,
  };
}

/** The JVM's arguments for the launcher: heap, temporary folder, classpath, port, parse threads. */
export function corenlpArgs(
  cfg: NlpConfig,
  spec: JavaRuntimeSpec,
  classes: string,
  logDir: string,
  watchPid: number | undefined,
): string[] {
  return [
    `-Xmx${cfg.heapMb}m`,
    '-XX:-OmitStackTraceInFastThrow',
    `-Djava.io.tmpdir=${logDir}`,
    '-cp',
    [path.join(runtimeLib(spec), '*'), classes].join(path.delimiter),
    LAUNCHER_CLASS,
    '--port',
    String(cfg.port),
    '--threads',
    String(cfg.threads),
    ...(watchPid !== undefined ? ['--watch-pid', String(watchPid)] : []),
  ];
}

/** Checks Java and fetches the jars / compiles the launcher once; returns the launcher's classes. */
export async function ensureLanguageRuntime(
  cfg: NlpConfig,
  log: (line: string) => void = console.log,
): Promise<string> {
  const spec = corenlpRuntime(cfg);
  javaMajor(spec, 17);
  return ensureJavaRuntime(spec, log);
}

/** Starts the local language service and resolves once it answered. */
export async function startLocalCoreNlp(
  cfg: NlpConfig,
  opts: NlpStartOptions = {},
): Promise<RunningNlp> {
  const log = opts.log ?? console.log;
  const spec = corenlpRuntime(cfg);
  const classes = opts.launcherClasses ?? (await ensureLanguageRuntime(cfg, log));
  const logDir = opts.logDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-corenlp-'));
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, LAUNCHER_OUT);
  // keep the previous run's output (after a crash it says why) instead of truncating it
  if (fs.existsSync(logFile)) {
    fs.renameSync(logFile, path.join(logDir, LAUNCHER_OUT_PREVIOUS));
  }
  const args = corenlpArgs(cfg, spec, classes, logDir, opts.watchPid);
  log(
    `[corenlp] starting ${spec.title} on 127.0.0.1 (heap ${cfg.heapMb} MB, ${cfg.threads} threads, ` +
      `nice ${cfg.niceness})`,
  );
  const {
    child,
    pid,
    address: url,
    startMs,
    exited,
  } = await launchJava(
    { who: 'local CoreNLP', error: NlpServiceError, javaHome: cfg.javaHome },
    args,
    logFile,
    { ready: /^NLP_READY (\S+)/m, failed: /^NLP_FAILED (.*)$/m },
    { timeoutMs: opts.readyTimeoutMs ?? 300_000, niceness: cfg.niceness },
  );
  log(`[corenlp] ready at ${url} in ${(startMs / 1000).toFixed(1)} s`);
  return {
    url,
    pid,
    startMs,
    logFile,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The last lines of a file (its last 8 KiB at most). */
function lastLines(file: string, lines: number): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.slice(-8192).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * The local language service as a service for `ServiceSupervisor`: every start writes to the same log
 * folder and, after the first, listens on the port the first one got (the client keeps its URL).
 */
export function localCoreNlpService(
  cfg: NlpConfig,
  opts: NlpStartOptions & { readonly logDir: string },
): ServiceDefinition<RunningNlp> {
  let port = cfg.port;
  let launcherClasses = opts.launcherClasses;
  const logFile = path.join(opts.logDir, LAUNCHER_OUT);
  return {
    name: 'corenlp',
    start: async () => {
      launcherClasses ??= await ensureLanguageRuntime(cfg, opts.log);
      const nlp = await startLocalCoreNlp({ ...cfg, port }, { ...opts, launcherClasses });
      port = Number(new URL(nlp.url).port);
      return nlp;
    },
    logTail: () => lastLines(logFile, 10),
    logHint: `${logFile} (the run before: ${LAUNCHER_OUT_PREVIOUS})`,
  };
}
