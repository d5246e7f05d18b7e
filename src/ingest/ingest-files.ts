/**
 * Ingests files, folders and JSON Lines, streaming: text files are one article each; JSON Lines files
 * hold one `{text, url?, title?, source?, publishedAt?}` per line. Failures are collected with their
 * reason and do not stop the run. Used by `npm run ingest` (ingest.cli.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { GraphClient } from '../graph/graph-client';
import { parsingExtractor } from './article.extractor';
import { type IngestInput, type IngestResult, IngestService } from './ingest.service';
import type { Annotator } from './nlp/corenlp.client';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A text file's content, or why it cannot be an article (not UTF-8). */
function readText(file: string): { text: string } | { error: string } {
  try {
    return { text: UTF8.decode(fs.readFileSync(file)) };
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      return { error: 'not valid UTF-8: convert the file to UTF-8 text' };
    }
    throw err;
  }
}

interface Item {
  readonly where: string;
  readonly input?: IngestInput;
  readonly error?: string;
}

export function listFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    return fs
      .readdirSync(target)
      .sort()
      .flatMap(name => listFiles(path.join(target, name)));
  }
  return /\.(txt|jsonl)$/i.test(target) ? [target] : [];
}

/**
 * One worker's share of a run: the inputs whose ordinal (0-based, over every article of the listed
 * files in order, unreadable ones included) is `index` modulo `count`. Workers given the same paths
 * and shards 0..count-1 each take a different article and together take all of them, without talking
 * to each other.
 */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Shard = { index: 0, count: 1 };

async function* items(files: readonly string[], shard: Shard = WHOLE): AsyncGenerator<Item> {
  let ordinal = -1;
  for await (const item of allItems(files)) {
    ordinal += 1;
    if (ordinal % shard.count === shard.index) {
      yield item;
    }
  }
}

async function* allItems(files: readonly string[]): AsyncGenerator<Item> {
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
      const read = readText(file);
      yield 'text' in read
        ? { where: file, input: { text: read.text } }
        : { where: file, error: read.error };
    }
  }
}

export async function countItems(files: readonly string[], shard = WHOLE): Promise<number> {
  let n = 0;
  for await (const _ of items(files, shard)) {
    n += 1;
  }
  return n;
}

export interface IngestTotals {
  articles: number;
  newArticles: number;
  actors: number;
  statements: number;
  events: number;
  readonly skipped: { where: string; reason: string }[];
}

async function* groupsOf<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let group: T[] = [];
  for await (const item of source) {
    group.push(item);
    if (group.length >= size) {
      yield group;
      group = [];
    }
  }
  if (group.length > 0) {
    yield group;
  }
}

/**
 * The ingest service of `npm run ingest`: as many parses at once as the client lets run and wait (so the
 * language service never idles), and pacing instead of failing when it is busy anyway (a shared or
 * proxied service answering 429/503): `onWait` gets a line before each wait.
 */
export function pacedIngestService(
  graph: GraphClient,
  annotator: Annotator,
  onWait: (line: string) => void,
): IngestService {
  let waits = 0;
  return new IngestService(graph, parsingExtractor(annotator), {
    concurrency: annotator.capacity,
    onBusy: err => {
      waits += 1;
      onWait(
        `[ingest] the language service is busy: waiting ${err.retryAfterSeconds} s and trying again (${waits} ${waits === 1 ? 'wait' : 'waits'} so far)`,
      );
    },
  });
}

/**
 * Articles per write transaction unless the caller says otherwise: `npm run bench:ingest` measured
 * groups of 200 faster than 50 (fewer commits), and 500 no faster than 200.
 */
export const DEFAULT_INGEST_BATCH = 200;

/**
 * Ingests every article under `paths` (of `shard` only, when given), `batchSize` articles per write
 * transaction (an article that fails is retried alone and reported, the others land);
 * `onProgress(done, failed)` after each group.
 */
export async function ingestPaths(
  paths: readonly string[],
  service: IngestService,
  onProgress: (done: number, failed: number) => void = () => undefined,
  batchSize = DEFAULT_INGEST_BATCH,
  shard: Shard = WHOLE,
): Promise<IngestTotals> {
  const files = paths.flatMap(listFiles);
  const totals: IngestTotals = {
    articles: 0,
    newArticles: 0,
    actors: 0,
    statements: 0,
    events: 0,
    skipped: [],
  };
  let done = 0;
  const tally = (group: readonly Item[], results: readonly IngestResult[]): void => {
    const readable = group.filter(item => item.input !== undefined);
    const byItem = new Map(readable.map((item, i) => [item, results[i]]));
    for (const item of group) {
      const out = byItem.get(item) ?? new Error(item.error ?? 'unreadable');
      if (out instanceof Error) {
        totals.skipped.push({ where: item.where, reason: out.message });
        continue;
      }
      totals.articles += 1;
      totals.newArticles += out.created.articles;
      totals.actors += out.created.actors + out.merged.actors;
      totals.statements += out.created.statements + out.merged.statements;
      totals.events += out.created.events + out.merged.events;
    }
    done += group.length;
    onProgress(done, totals.skipped.length);
  };
  // groups handed to the service and not yet answered: it answers them in order
  const sent: Item[][] = [];
  async function* inputGroups(): AsyncGenerator<IngestInput[]> {
    for await (const group of groupsOf(items(files, shard), batchSize)) {
      sent.push(group);
      yield group.flatMap(item => (item.input === undefined ? [] : [item.input]));
    }
  }
  for await (const results of service.ingestGroups(inputGroups())) {
    tally(sent.shift() ?? [], results);
  }
  return totals;
}
