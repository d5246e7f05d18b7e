/**
 * For the tests that start a real local CoreNLP of their own beside the run's shared one (how the server
 * and openLanguageService start, supervise and stop it): a private CORENLP_CACHE_DIR that shares the
 * run's jars (a symlink to its `lib/`) but holds its own copy of the compiled launcher and its own
 * `logs/`, so a test can corrupt that launcher (a real fault: the JVM refuses a truncated class file at
 * every start) without touching the cache other runs use.
 *
 * Such a JVM takes 1.5 GB and 10-40 s to load its models, and jest runs two test files at once: a lock
 * file lets one of them run at a time (on this machine, across jest runs), the others wait for it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { ensureLanguageRuntime } from '../../src/ingest/nlp/corenlp.launcher';

/**
 * Heap (MB) of these JVMs. Measured alone: 1024 (config's minimum), 1536 and 2048 all load the models and
 * annotate the first sentence (15-38 s on this busy 2-core machine); 1536 keeps a margin over the minimum
 * while taking half of what the shared test CoreNLP takes.
 */
export const TEST_HEAP_MB = 1536;

export interface PrivateCoreNlpCache {
  readonly cacheDir: string;
  /** Truncates the compiled launcher to half its size, as a partial write would leave it. */
  corruptLauncher(): void;
  remove(): void;
}

export async function privateCoreNlpCache(): Promise<PrivateCoreNlpCache> {
  const shared = loadConfig({ CORENLP_CACHE_DIR: process.env.CORENLP_CACHE_DIR }).nlp;
  // the run's cache: fetched and compiled already when jest's setup started the shared CoreNLP
  const classes = await ensureLanguageRuntime(shared, () => undefined);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-corenlp-cache-'));
  const versionDir = path.join(dir, 'corenlp', shared.version);
  fs.mkdirSync(versionDir, { recursive: true });
  fs.symlinkSync(path.join(shared.cacheDir, shared.version, 'lib'), path.join(versionDir, 'lib'));
  const ownClasses = path.join(versionDir, path.basename(classes));
  fs.cpSync(classes, ownClasses, { recursive: true });
  return {
    cacheDir: path.join(dir, 'corenlp'),
    corruptLauncher: () => {
      const file = path.join(ownClasses, 'NewsgraphNlp.class');
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const LOCK = path.join(os.tmpdir(), 'newsgraph-test-extra-corenlp.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until no other test process holds the extra-CoreNLP slot; resolves to its release. */
export async function extraCoreNlpSlot(timeoutMs: number): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return () => {
        if (fs.readFileSync(LOCK, 'utf8') === String(process.pid)) {
          fs.rmSync(LOCK, { force: true });
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw err;
      }
    }
    let holder: number;
    try {
      holder = Number(fs.readFileSync(LOCK, 'utf8'));
    } catch {
      continue; // released in between
    }
    if (!(holder > 0) || !alive(holder)) {
      fs.rmSync(LOCK, { force: true }); // left by a test process that was killed
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `another test process (pid ${holder}) kept its extra CoreNLP for ${timeoutMs} ms`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}
