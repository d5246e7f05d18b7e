/**
 * The language service as `npm start` opens it (openLanguageService with supervision), over the stand-in
 * JDK of tests/helpers/fake-java.ts: a local service that keeps dying is given up on with one message
 * that names its log, and one that dies once is restarted on the same port, so the client keeps its URL.
 * (The built server's own start, restart and stop are in shutdown.int.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { type LanguageService, openLanguageService } from '../../src/ingest/nlp/language-service';
import type { SupervisorEvent } from '../../src/runtime/service.supervisor';
import { type FakeJava, makeFakeJava } from '../helpers/fake-java';

let fake: FakeJava;
let logDir: string;
const opened: LanguageService[] = [];

beforeAll(() => {
  fake = makeFakeJava();
  logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-nlp-logs-'));
});

afterAll(async () => {
  await Promise.all(opened.map(l => l.close()));
  fake.remove();
  fs.rmSync(logDir, { recursive: true, force: true });
});

function nlpConfig(): ReturnType<typeof loadConfig>['nlp'] {
  return loadConfig({
    CORENLP_CACHE_DIR: fake.cacheDir,
    JAVA_HOME: fake.javaHome,
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

it('restarts a local service that died on the same port, and gives up on a crash loop naming its log', async () => {
  const events: SupervisorEvent[] = [];
  const fatal: string[] = [];
  const language = await openLanguageService(nlpConfig(), () => undefined, {
    logDir,
    supervise: {
      onFatal: message => fatal.push(message),
      supervisor: { backoffBaseMs: 50, maxDeaths: 1, windowMs: 60_000 },
      onEvent: event => events.push(event),
    },
  });
  opened.push(language);
  expect(language.origin).toBe('the local CoreNLP');
  expect(await language.status()).toBe('up');
  expect(await language.client.annotate('Chile met Peru.')).toEqual({ sentences: [] });

  const first = language.supervisor?.process?.pid ?? 0;
  process.kill(first, 'SIGKILL');
  await until(() => events.some(e => e.type === 'restarted'), 10_000);
  expect(language.supervisor?.process?.pid).not.toBe(first);
  // same URL: the client of the process keeps working
  expect(await language.client.annotate('Chile met Peru.')).toEqual({ sentences: [] });
  expect(await language.status()).toBe('up');

  process.kill(language.supervisor?.process?.pid ?? 0, 'SIGKILL');
  await until(() => fatal.length > 0, 10_000);
  expect(fatal).toHaveLength(1);
  expect(fatal[0]).toContain('the local corenlp died 2 times');
  expect(fatal[0]).toContain(path.join(logDir, 'launcher.out'));
  expect(await language.status()).toBe('failed');
}, 30_000);

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
  await expect(
    openLanguageService(
      { ...nlpConfig(), javaHome: '/nonexistent/newsgraph-no-jdk' },
      () => undefined,
      { logDir },
    ),
  ).rejects.toThrow(/^Java 17 not found: install it .*set CORENLP_URL/);
});
