/**
 * `npm run ingest -- <file.txt|folder|file.jsonl> ...`: ingests articles with a progress bar and a
 * summary; exits non-zero when any input failed. Text files are one article each (the file name is not
 * used); JSON Lines files hold one `{text, url?, title?, source?, publishedAt?}` per line. Inputs stream in
 * batches, so a folder of thousands of articles never sits in memory at once.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { loadConfig } from '../config/config';
import { openGraph } from '../server/graph-runtime';
import { prepareGraph } from '../seed/seed.service';
import { type IngestInput, IngestService } from './ingest.service';
import { extractArticle } from './pipeline';

interface Item {
  readonly where: string;
  readonly input?: IngestInput;
  readonly error?: string;
}

const MAX_CHARS = 200_000;

function listFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    return fs
      .readdirSync(target)
      .sort()
      .flatMap(name => listFiles(path.join(target, name)));
  }
  return /\.(txt|jsonl)$/i.test(target) ? [target] : [];
}

async function* items(files: readonly string[]): AsyncGenerator<Item> {
  for (const file of files) {
    if (file.toLowerCase().endsWith('.jsonl')) {
      const lines = readline.createInterface({
        input: fs.createReadStream(file, 'utf8'),
        crlfDelay: Infinity,
      });
      let n = 0;
      for await (const line of lines) {
        n += 1;
        if (line.trim() === '') {
          continue;
        }
        const where = `${file}:${n}`;
        try {
          const parsed = JSON.parse(line) as Partial<IngestInput>;
          if (typeof parsed.text !== 'string') {
            yield { where, error: 'no "text" string' };
          } else {
            yield { where, input: { ...parsed, text: parsed.text } };
          }
        } catch {
          yield { where, error: 'not valid JSON' };
        }
      }
    } else {
      yield { where: file, input: { text: fs.readFileSync(file, 'utf8') } };
    }
  }
}

/** One line that redraws on a terminal, and a line per 10% otherwise (CI logs). */
function progress(total: number): (done: number, failed: number) => void {
  let lastDecile = -1;
  return (done, failed) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    const width = 30;
    const bar = '#'.repeat(Math.round((pct / 100) * width)).padEnd(width, '.');
    const line = `[ingest] [${bar}] ${done}/${total} (${pct}%)${failed > 0 ? `, ${failed} failed` : ''}`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    } else if (Math.floor(pct / 10) !== lastDecile || done === total) {
      lastDecile = Math.floor(pct / 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

async function countItems(files: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _ of items(files)) {
    n += 1;
  }
  return n;
}

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0) {
    console.error('usage: npm run ingest -- <file.txt|folder|file.jsonl> ...');
    return 2;
  }
  const missing = args.filter(a => !fs.existsSync(a));
  if (missing.length > 0) {
    console.error(`not found: ${missing.join(', ')}`);
    return 2;
  }
  const files = args.flatMap(listFiles);
  const total = await countItems(files);
  const runtime = await openGraph(loadConfig(), line => {
    console.error(line);
  });
  const totals = { articles: 0, newArticles: 0, actors: 0, statements: 0, events: 0 };
  const skipped: { where: string; reason: string }[] = [];
  try {
    await prepareGraph(runtime.graph);
    const service = new IngestService(runtime.graph, extractArticle);
    const show = progress(total);
    let done = 0;
    show(0, 0);
    for await (const item of items(files)) {
      try {
        if (item.input === undefined) {
          throw new Error(item.error ?? 'unreadable');
        }
        if (item.input.text.length > MAX_CHARS) {
          throw new Error(`longer than ${MAX_CHARS} characters`);
        }
        const out = await service.ingest(item.input);
        totals.articles += 1;
        totals.newArticles += out.created.articles;
        totals.actors += out.created.actors + out.merged.actors;
        totals.statements += out.created.statements + out.merged.statements;
        totals.events += out.created.events + out.merged.events;
      } catch (err) {
        skipped.push({
          where: item.where,
          reason: err instanceof Error ? err.message : String(err),
        });
      }
      done += 1;
      show(done, skipped.length);
    }
  } finally {
    await runtime.close();
  }
  console.log(
    `[ingest] ${totals.articles} articles (${totals.newArticles} new), ${totals.actors} actors (per article, summed), ` +
      `${totals.statements} statements, ${totals.events} events; ${skipped.length} skipped`,
  );
  for (const s of skipped) {
    console.log(`[ingest]   skipped ${s.where}: ${s.reason}`);
  }
  return skipped.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? `error: ${err.message}` : err);
    process.exitCode = 1;
  },
);
