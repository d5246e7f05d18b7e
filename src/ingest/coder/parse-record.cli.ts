/**
 * `npm run coder:parses`: records the real CoreNLP parse of each test sentence of the coder's unit tests
 * (tests/fixtures/parses/sentences.json: `{ name: { text, date } }`) into tests/fixtures/parses/<name>.json,
 * so the unit tests code real parser output without starting the service. Uses CORENLP_URL when set, else
 * starts the local service once.
 *
 * By default only sentences with no recording yet are recorded: SUTime reads weekdays against the clock, so
 * re-recording an old sentence can change its dates and with them a test's expectations. Name sentences to
 * re-record them (`npm run coder:parses -- <name> …`), or pass `--all` to re-record every one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot } from '../../config/config';
import { CoreNlpClient } from '../nlp/corenlp.client';
import { type RunningNlp, startLocalCoreNlp } from '../nlp/corenlp.launcher';

export const PARSES_DIR = path.join(projectRoot(), 'tests', 'fixtures', 'parses');

interface SentenceSpec {
  readonly text: string;
  readonly date: string;
}

/** The configured service, or a local one started for this process (stop it when done). */
export async function openNlp(): Promise<{ client: CoreNlpClient; stop: () => Promise<void> }> {
  const cfg = loadConfig().nlp;
  let running: RunningNlp | null = null;
  let url = cfg.url;
  if (url === undefined) {
    running = await startLocalCoreNlp(
      { ...cfg, port: 0 },
      { watchPid: process.pid, log: line => process.stderr.write(`${line}\n`) },
    );
    url = running.url;
  }
  const client = new CoreNlpClient(url, {
    timeoutMs: 120_000,
    maxInFlight: 1,
    maxQueued: 1000,
    origin: cfg.url === undefined ? 'the local CoreNLP' : 'CORENLP_URL',
  });
  return { client, stop: async () => running?.stop() };
}

/** The names to record: the named ones, every one with `--all`, else those with no recording yet. */
export function namesToRecord(
  specs: Readonly<Record<string, SentenceSpec>>,
  args: readonly string[],
  recorded: (name: string) => boolean,
): string[] {
  const unknown = args.filter(a => a !== '--all' && !(a in specs));
  if (unknown.length > 0) {
    throw new Error(
      `not in tests/fixtures/parses/sentences.json: ${unknown.join(', ')} (add them there first)`,
    );
  }
  if (args.includes('--all')) return Object.keys(specs);
  if (args.length > 0) return [...args];
  return Object.keys(specs).filter(name => !recorded(name));
}

async function main(): Promise<void> {
  const specs = JSON.parse(
    fs.readFileSync(path.join(PARSES_DIR, 'sentences.json'), 'utf8'),
  ) as Record<string, SentenceSpec>;
  const names = namesToRecord(specs, process.argv.slice(2), name =>
    fs.existsSync(path.join(PARSES_DIR, `${name}.json`)),
  );
  if (names.length === 0) {
    console.log('every sentence is recorded (name some, or pass --all, to re-record)');
    return;
  }
  const { client, stop } = await openNlp();
  try {
    for (const name of names) {
      const spec = specs[name];
      if (spec === undefined) continue;
      const doc = await client.annotate(spec.text, spec.date);
      fs.writeFileSync(
        path.join(PARSES_DIR, `${name}.json`),
        `${JSON.stringify({ text: spec.text, date: spec.date, doc })}\n`,
      );
      console.log(`recorded ${name}`);
    }
  } finally {
    await stop();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
