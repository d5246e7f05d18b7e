/**
 * Exports for analysts' tools: events as TSV or CSV rows, streamed, and an article's graph as JSON-LD.
 *
 * An events export is a stream that reads one keyset page from Neo4j only when its reader asks for more:
 * `Readable.from` pulls the next page when its buffer (64 KB, or one page when a page is larger) has
 * drained, and a reader that stops reading (a slow client, a full socket) stops the reads. Memory is a
 * page or two, whatever the size of the export; destroying the stream (the client went away) ends the
 * reads.
 */
import { Readable } from 'node:stream';
import { NotFoundError } from '../errors/errors';
import { compileEventFilter, type CompiledFilter } from '../graph/filter';
import type { EventPage, ExportSource } from '../graph/export.repository';
import type { EventExportQuery } from './export-query';
import { EVENT_COLUMNS, type TableFormat, eventCells, formatLine } from './event-table';
import { type JsonLd, articleJsonLd } from './article-jsonld';

/** Events per page read from Neo4j (one read transaction each). */
export const DEFAULT_EXPORT_PAGE_SIZE = 1000;
/** The stream's buffer: a full page (1000 rows) is larger, so at most one page waits to be written. */
const STREAM_HIGH_WATER_MARK = 64 * 1024;

export interface TableOptions {
  /** Called after each page is handed to the stream, with the rows so far. */
  readonly onProgress?: (rows: number) => void;
}

export class ExportService {
  constructor(
    private readonly source: ExportSource,
    readonly pageSize: number = DEFAULT_EXPORT_PAGE_SIZE,
  ) {
    if (!Number.isInteger(pageSize) || pageSize < 1) {
      throw new Error(`export page size must be a positive integer (got ${pageSize})`);
    }
  }

  /**
   * The events of `query` as a byte stream of `format` lines, a header line first. The first page is
   * read before this resolves, so a database that is down fails here, before anything is written.
   */
  async eventTable(
    query: EventExportQuery,
    format: TableFormat,
    opts: TableOptions = {},
  ): Promise<Readable> {
    const where = compileEventFilter(query.filter);
    const first = await this.source.eventPage(query.scope, where, null, this.size(query, 0));
    return Readable.from(this.lines(query, where, first, format, opts), {
      objectMode: false,
      highWaterMark: STREAM_HIGH_WATER_MARK,
    });
  }

  async articleJsonLd(id: string): Promise<JsonLd> {
    const graph = await this.source.articleGraph(id);
    if (graph === null) {
      throw new NotFoundError(`no article ${id}`);
    }
    return articleJsonLd(graph);
  }

  /** The next page's size: a full page, or what is left of the limit. */
  private size(query: EventExportQuery, written: number): number {
    return query.limit === null ? this.pageSize : Math.min(this.pageSize, query.limit - written);
  }

  private async *lines(
    query: EventExportQuery,
    where: CompiledFilter | null,
    first: EventPage,
    format: TableFormat,
    opts: TableOptions,
  ): AsyncGenerator<string> {
    yield formatLine(EVENT_COLUMNS, format);
    let page = first;
    let rows = 0;
    for (;;) {
      if (page.rows.length > 0) {
        yield page.rows.map(e => formatLine(eventCells(e), format)).join('');
      }
      rows += page.rows.length;
      opts.onProgress?.(rows);
      if (page.next === null || (query.limit !== null && rows >= query.limit)) {
        return;
      }
      page = await this.source.eventPage(query.scope, where, page.next, this.size(query, rows));
    }
  }
}
