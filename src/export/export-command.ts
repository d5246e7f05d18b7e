/**
 * The command line of `npm run export` (export.cli.ts opens the graph and calls this): which export,
 * its format and parameters, where it goes, and progress on stderr. The parameters are the HTTP
 * endpoints' (`--dyad country:RUS,country:PRK --from 2022-01-01`), read by the same parser.
 */
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportSource } from '../graph/export.repository';
import { parseId } from '../resolvers/input';
import { type EventExportQuery, EXPORT_PARAMETERS, parseEventExportQuery } from './export-query';
import type { TableFormat } from './event-table';
import { ExportService } from './export.service';

export const EXPORT_USAGE = `usage:
  npm run --silent export -- events [--format tsv|csv] [--out FILE] [--<parameter> VALUE ...]
  npm run --silent export -- article <article id> [--out FILE]
parameters: ${EXPORT_PARAMETERS.join(', ')} (docs/exports.md)`;

/** Rows between two progress lines on stderr. */
export const PROGRESS_EVERY = 10_000;

/** A command line that cannot run (exit code 2); parameter errors are BadUserInputError. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type ExportCommand =
  | {
      readonly what: 'events';
      readonly format: TableFormat;
      readonly out: string | null;
      readonly query: EventExportQuery;
    }
  | { readonly what: 'article'; readonly out: string | null; readonly id: string };

/** `--key value` and `--key=value`; a key given twice becomes a list (as a repeated URL parameter). */
function options(args: readonly string[]): { rest: string[]; opts: Record<string, string[]> } {
  const rest: string[] = [];
  const opts: Record<string, string[]> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const value = eq < 0 ? args[(i += 1)] : arg.slice(eq + 1);
    if (value === undefined) {
      throw new UsageError(`--${key} needs a value`);
    }
    opts[key] = [...(opts[key] ?? []), value];
  }
  return { rest, opts };
}

export function parseExportCommand(argv: readonly string[]): ExportCommand {
  const { rest, opts } = options(argv);
  const { format: formats, out: outs, ...params } = opts;
  const out = outs?.[0] ?? null;
  const [what, ...more] = rest;
  if (what === 'events' && more.length === 0) {
    const format = formats?.[0] ?? 'tsv';
    if (format !== 'tsv' && format !== 'csv') {
      throw new UsageError(`--format must be tsv or csv (got ${format})`);
    }
    return { what, format, out, query: parseEventExportQuery(params) };
  }
  if (what === 'article' && more.length === 1 && Object.keys(params).length === 0) {
    return { what, out, id: parseId(more[0] ?? '', 'id') };
  }
  throw new UsageError(EXPORT_USAGE);
}

export interface ExportIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Progress every this many rows; default PROGRESS_EVERY. */
  readonly progressEvery?: number;
  /** Events per read; default DEFAULT_EXPORT_PAGE_SIZE. */
  readonly pageSize?: number;
}

/** Runs one export to stdout or `--out`; resolves once everything is written (the file closed). */
export async function runExportCommand(
  cmd: ExportCommand,
  source: ExportSource,
  io: ExportIo,
): Promise<void> {
  const started = Date.now();
  const service = new ExportService(source, io.pageSize);
  const sink = cmd.out === null ? io.stdout : fs.createWriteStream(cmd.out);
  const end = cmd.out !== null; // never end the process's stdout
  const where = cmd.out ?? 'stdout';
  const say = (line: string): void => {
    io.stderr.write(`[export] ${line}\n`);
  };
  if (cmd.what === 'article') {
    const doc = await service.articleJsonLd(cmd.id);
    await pipeline([`${JSON.stringify(doc, null, 2)}\n`], sink, { end });
    say(`${cmd.id} as JSON-LD to ${where}`);
    return;
  }
  const every = io.progressEvery ?? PROGRESS_EVERY;
  let rows = 0;
  let next = every;
  const stream = await service.eventTable(cmd.query, cmd.format, {
    onProgress: n => {
      rows = n;
      if (n >= next) {
        say(`${n} rows`);
        next = (Math.floor(n / every) + 1) * every;
      }
    },
  });
  await pipeline(stream, sink, { end });
  say(`${rows} events as ${cmd.format} to ${where} in ${Date.now() - started} ms`);
}
