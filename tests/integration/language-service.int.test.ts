/**
 * The language service as `npm start` opens it (openLanguageService with supervision), with the real
 * local CoreNLP (a 1.5 GB JVM, 10-40 s to load its models) and real faults: its JVM is SIGKILLed and must
 * come back on the same port, so the client keeps its URL; then the compiled launcher in the test's own
 * cache copy is truncated (as a partial write leaves it), so every restart dies at once with the JVM's
 * ClassFormatError, and the supervisor gives up with one message naming launcher.out. No Java is a real
 * condition too: JAVA_HOME an empty folder. (The built server's own start, restart and stop are in
 * shutdown.int.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { type LanguageService, openLanguageService } from '../../src/ingest/nlp/language-service';
import { isAlive } from '../../src/runtime/local-neo4j';
import type { SupervisorEvent } from '../../src/runtime/service.supervisor';
import {
  type PrivateCoreNlpCache,
  TEST_HEAP_MB,
  extraCoreNlpSlot,
  privateCoreNlpCache,
} from '../helpers/corenlp-cache';

let cache: PrivateCoreNlpCache;
let release: () => void = () => undefined;
let logDir: string;
const opened: LanguageService[] = [];

beforeAll(async () => {
  release = await extraCoreNlpSlot(600_000);
  cache = await privateCoreNlpCache();
  logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-nlp-logs-'));
}, 610_000);

afterAll(async () => {
  await Promise.all(opened.map(l => l.close()));
  cache.remove();
  fs.rmSync(logDir, { recursive: true, force: true });
  release();
});

function nlpConfig(): ReturnType<typeof loadConfig>['nlp'] {
  return loadConfig({
    CORENLP_CACHE_DIR: cache.cacheDir,
    CORENLP_HEAP_MB: String(TEST_HEAP_MB),
    CORENLP_MAX_QUEUED: '3',
  }).nlp;
}

function until(pred: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (pred()) {
        resolve();
      } else if (Date.now() > deadline) {
        reject(new Error(`not within ${timeoutMs} ms`));
      } else {
        setTimeout(poll, 20);
      }
    };
    poll();
  });
}

async function words(language: LanguageService): Promise<string[]> {
  const doc = await language.client.annotate('Chile met Peru.');
  return doc.sentences.flatMap(s => s.tokens.map(t => t.word));
}

it('restarts a local service that died on the same port, and gives up on a crash loop naming its log', async () => {
  const events: SupervisorEvent[] = [];
  const fatal: string[] = [];
  const language = await openLanguageService(nlpConfig(), () => undefined, {
    logDir,
    supervise: {
      onFatal: message => fatal.push(message),
      // 3 deaths are restarted, a fourth within 10 min is a crash loop
      supervisor: { backoffBaseMs: 50, maxDeaths: 3, windowMs: 600_000 },
      onEvent: event => events.push(event),
    },
  });
  opened.push(language);
  expect(language.origin).toBe('the local CoreNLP');
  // a JVM just started may take more than the default second to answer its first request on a loaded
  // machine (a CI run once saw 'down' here): give the first check time
  expect(await language.status(10_000)).toBe('up');
  expect(await words(language)).toEqual(['Chile', 'met', 'Peru', '.']);

  const first = language.supervisor?.process?.pid ?? 0;
  expect(isAlive(first)).toBe(true);
  // the JVM of the project's launcher, with the test's heap (Linux: its command line in /proc)
  const cmdline = fs.readFileSync(`/proc/${first}/cmdline`, 'utf8').split('\0');
  expect(cmdline).toEqual(expect.arrayContaining([`-Xmx${TEST_HEAP_MB}m`, 'NewsgraphNlp']));
  process.kill(first, 'SIGKILL');
  await until(() => events.some(e => e.type === 'restarted'), 240_000);
  const second = language.supervisor?.process?.pid ?? 0;
  expect(second).not.toBe(first);
  expect(isAlive(first)).toBe(false);
  // same port: the client made for the first process parses with the second
  expect(language.supervisor?.process?.url).toBe(language.url);
  expect(await words(language)).toEqual(['Chile', 'met', 'Peru', '.']);
  expect(await language.status()).toBe('up');

  // from now on every start dies at once: the JVM cannot load a truncated launcher class
  cache.corruptLauncher();
  process.kill(second, 'SIGKILL');
  await until(() => fatal.length > 0, 60_000);
  expect(fatal).toHaveLength(1);
  expect(fatal[0]).toMatch(
    /^the local corenlp died 4 times within 10 min \(last: .*exited with code 1/,
  );
  expect(fatal[0]).toContain(path.join(logDir, 'launcher.out'));
  const failed = events.filter(e => e.type === 'restart-failed');
  expect(failed).toHaveLength(2);
  expect(events.filter(e => e.type === 'restarted')).toHaveLength(1);
  expect(fs.readFileSync(path.join(logDir, 'launcher.out'), 'utf8')).toMatch(/ClassFormatError/);
  expect(await language.status()).toBe('failed');
  expect(isAlive(second)).toBe(false);
}, 400_000);

it('uses CORENLP_URL as it is and starts nothing; a dead one is reported, not fatal', async () => {
  const lines: string[] = [];
  const language = await openLanguageService({ ...nlpConfig(), url: 'http://127.0.0.1:9' }, line =>
    lines.push(line),
  );
  expect(language.supervisor).toBeUndefined();
  expect(language.url).toBe('http://127.0.0.1:9');
  expect(lines.join('\n')).toMatch(/does not answer yet: ingest fails with SERVICE_UNAVAILABLE/);
  expect(await language.status(500)).toBe('down');
  await language.close();
});

it('fails with one line naming the fix when there is no Java', async () => {
  // JAVA_HOME names a folder with no JDK in it (an uninstalled one): bin/java is not there
  const emptyHome = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-empty-java-home-'));
  try {
    await expect(
      openLanguageService({ ...nlpConfig(), javaHome: emptyHome }, () => undefined, { logDir }),
    ).rejects.toThrow(/^Java 17 not found: install it .*set CORENLP_URL/);
  } finally {
    fs.rmSync(emptyHome, { recursive: true, force: true });
  }
});
