/**
 * `npm run export -- events [--format tsv|csv] [--out FILE] [--<parameter> VALUE …]` and
 * `npm run export -- article <article id> [--out FILE]`: the exports of the HTTP endpoints
 * (docs/exports.md) from the command line, to stdout or FILE; progress and a summary on stderr.
 * Exit codes: 0 done, 1 failed (the database, an unknown article), 2 a bad command line.
 */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { DomainError } from '../errors/errors';
import { ExportRepository } from '../graph/export.repository';
import { openGraph } from '../runtime/graph-runtime';
import { type ExportCommand, parseExportCommand, runExportCommand } from './export-command';
import { runCli } from '../runtime/cli.runner';

async function main(argv: readonly string[]): Promise<number> {
  let cmd: ExportCommand;
  try {
    cmd = parseExportCommand(argv);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  try {
    const runtime = await openGraph(
      loadConfig(),
      line => {
        console.error(line);
      },
      { cli: true },
    );
    try {
      await runExportCommand(cmd, new ExportRepository(runtime.graph), {
        stdout: process.stdout,
        stderr: process.stderr,
      });
    } finally {
      await runtime.close();
    }
    return 0;
  } catch (err) {
    if ((err as { code?: string }).code === 'EPIPE') {
      return 0; // the reader (e.g. `| head`) has what it wanted
    }
    const code = err instanceof DomainError ? ` (${err.code})` : '';
    console.error(`error${code}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

runCli(() => main(process.argv.slice(2)));
