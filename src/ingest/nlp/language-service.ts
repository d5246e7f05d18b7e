/**
 * The language service of a process: the CoreNLP at CORENLP_URL when set, otherwise the local one
 * (corenlp.launcher.ts), started for this process and stopped with it, and one client with the bounds
 * of the configuration (CORENLP_MAX_IN_FLIGHT, CORENLP_MAX_QUEUED) that every parse of the process goes
 * through.
 *
 * The server (`supervise`) keeps a local service it started running, as it does the local Neo4j: a
 * ServiceSupervisor restarts it on the same port when it dies, and gives up on a crash loop with one
 * message naming its log. Meanwhile ingest answers SERVICE_UNAVAILABLE and reads are unaffected.
 */
import path from 'node:path';
import type { NlpConfig } from '../../config/config';
import {
  ServiceSupervisor,
  type SupervisorEvent,
  type SupervisorOptions,
  type SupervisorState,
} from '../../runtime/service.supervisor';
import { type Annotator, CoreNlpClient, type ParseTimer } from './corenlp.client';
import { CoreNlpPool } from './corenlp.pool';
import { type RunningNlp, localCoreNlpService, startLocalCoreNlp } from './corenlp.launcher';

export interface LanguageService {
  readonly client: CoreNlpClient;
  /** Where the service listens. */
  readonly url: string;
  /** `CORENLP_URL`, or `the local CoreNLP` when this process started it. */
  readonly origin: string;
  /** Present when this process started the local service and supervises it. */
  readonly supervisor: ServiceSupervisor<RunningNlp> | undefined;
  /** What /ready shows: `up`, `down` (no answer), or the supervisor's `restarting` / `failed`. */
  status(timeoutMs?: number): Promise<LanguageServiceStatus>;
  /** Stops the local service if this process started it. */
  close(): Promise<void>;
}

export type LanguageServiceStatus = 'up' | 'down' | Exclude<SupervisorState, 'idle' | 'stopped'>;

export interface LanguageServiceOptions {
  /** Folder of the local service's `launcher.out`; default `<CORENLP_CACHE_DIR>/logs`. */
  readonly logDir?: string;
  /** The server: restart the local service when it dies, and log its deaths. */
  readonly supervise?: {
    /** Called once on a crash loop, with a message naming the log to read. */
    readonly onFatal: (message: string) => void;
    /** Back-off and crash-loop limits (tests shorten them). */
    readonly supervisor?: SupervisorOptions;
    /** Every death and restart (the server logs them). */
    readonly onEvent?: (event: SupervisorEvent) => void;
  };
}

/** A client over `url` with the configured bounds. */
export function nlpClient(
  cfg: NlpConfig,
  url: string,
  origin: string,
  onParsed?: ParseTimer,
): CoreNlpClient {
  return new CoreNlpClient(url, {
    timeoutMs: cfg.timeoutMs,
    maxInFlight: cfg.maxInFlight,
    maxQueued: cfg.maxQueued,
    origin,
    ...(onParsed === undefined ? {} : { onParsed }),
  });
}

/** The language service(s) of `npm run ingest` and `npm run bench:ingest`. */
export interface IngestLanguage {
  readonly annotator: Annotator;
  /** Where the service(s) listen, comma-separated: what a worker process is given as CORENLP_URLS. */
  readonly urls: readonly string[];
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * CORENLP_URLS with several services: a pool of clients over them (corenlp.pool.ts), each with the
 * configured bounds. Otherwise the one service of openLanguageService (CORENLP_URLS's only URL,
 * CORENLP_URL, or a local one started for this process).
 */
export async function openIngestLanguage(
  cfg: NlpConfig,
  log: (line: string) => void,
  onParsed?: ParseTimer,
): Promise<IngestLanguage> {
  if (cfg.urls.length > 1) {
    const clients = cfg.urls.map(url => nlpClient(cfg, url, 'CORENLP_URLS', onParsed));
    const answers = await Promise.all(clients.map(c => c.ready(2000)));
    cfg.urls.forEach((url, i) => {
      log(
        answers[i] === true
          ? `[corenlp] using the language service at ${url} (CORENLP_URLS)`
          : `[corenlp] the language service at ${url} (CORENLP_URLS) does not answer yet`,
      );
    });
    return {
      annotator: new CoreNlpPool(clients),
      urls: cfg.urls,
      origin: 'CORENLP_URLS',
      close: () => Promise.resolve(),
    };
  }
  const one = await openLanguageService({ ...cfg, url: cfg.urls[0] ?? cfg.url }, log);
  const annotator =
    onParsed === undefined ? one.client : nlpClient(cfg, one.url, one.origin, onParsed);
  return { annotator, urls: [one.url], origin: one.origin, close: () => one.close() };
}

export async function openLanguageService(
  cfg: NlpConfig,
  log: (line: string) => void,
  opts: LanguageServiceOptions = {},
): Promise<LanguageService> {
  if (cfg.url !== undefined) {
    const client = nlpClient(cfg, cfg.url, 'CORENLP_URL');
    const answers = await client.ready(2000);
    log(
      answers
        ? `[corenlp] using the language service at ${cfg.url} (CORENLP_URL)`
        : `[corenlp] the language service at ${cfg.url} (CORENLP_URL) does not answer yet: ingest fails with SERVICE_UNAVAILABLE until it does`,
    );
    return {
      client,
      url: cfg.url,
      origin: 'CORENLP_URL',
      supervisor: undefined,
      status: async (timeoutMs = 1000) => ((await client.ready(timeoutMs)) ? 'up' : 'down'),
      close: () => Promise.resolve(),
    };
  }
  const logDir = opts.logDir ?? path.join(cfg.cacheDir, 'logs');
  const startOpts = { watchPid: process.pid, log, logDir };
  let supervisor: ServiceSupervisor<RunningNlp> | undefined;
  let running: RunningNlp;
  const sup = opts.supervise;
  if (sup !== undefined) {
    supervisor = new ServiceSupervisor(localCoreNlpService(cfg, startOpts), sup.onFatal, {
      // CoreNLP loads its models in 15-30 s: the same limits as Neo4j's suit it
      ...sup.supervisor,
    });
    if (sup.onEvent !== undefined) {
      supervisor.subscribe(sup.onEvent);
    }
    running = await supervisor.start();
  } else {
    running = await startLocalCoreNlp(cfg, startOpts);
  }
  const origin = 'the local CoreNLP';
  const client = nlpClient(cfg, running.url, origin);
  return {
    client,
    url: running.url,
    origin,
    supervisor,
    status: async (timeoutMs = 1000) => {
      const state = supervisor?.state;
      if (state === 'restarting' || state === 'failed') {
        return state;
      }
      return (await client.ready(timeoutMs)) ? 'up' : 'down';
    },
    close: async () => {
      await (supervisor !== undefined ? supervisor.stop() : running.stop());
    },
  };
}
