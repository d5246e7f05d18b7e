/**
 * The export endpoints (docs/exports.md): `GET /export/events.tsv`, `/export/events.csv` (streamed) and
 * `/export/articles/<id>.jsonld`, under the same read policy as GraphQL queries (READ_ACCESS). Errors
 * are JSON with `errors[].extensions.code`, as GraphQL's, and an HTTP status that says what went wrong.
 */
import { pipeline } from 'node:stream';
import type express from 'express';
import type { ReadAccess } from '../config/config';
import { BadUserInputError, ServiceBusyError } from '../errors/errors';
import { parseEventExportQuery } from '../export/export-query';
import { CONTENT_TYPES, type TableFormat } from '../export/event-table';
import { JSONLD_CONTENT_TYPE } from '../export/article-jsonld';
import type { ExportService } from '../export/export.service';
import { parseId } from '../resolvers/input';
import { type ApiToken, authorizeRequest } from './auth';
import { type ErrorLogger, toHttpError } from './errors';

export interface ExportRouteDeps {
  readonly exports: ExportService;
  readonly tokens: readonly ApiToken[];
  readonly readAccess: ReadAccess;
  readonly logError: ErrorLogger;
  /** The Retry-After (seconds) of a SERVICE_UNAVAILABLE answer. */
  readonly retryAfter: () => number;
  /** Streamed exports running at once; one more is answered SERVICE_BUSY (EXPORT_MAX_CONCURRENT). */
  readonly maxConcurrent: number;
}

export const DEFAULT_EXPORT_MAX_CONCURRENT = 4;
/** The Retry-After (seconds) of a SERVICE_BUSY answer: an export of a few thousand rows takes seconds. */
const BUSY_RETRY_AFTER_S = 5;

const JSONLD_SUFFIX = '.jsonld';

export function mountExports(app: express.Express, deps: ExportRouteDeps): void {
  const fail = (res: express.Response, err: unknown): void => {
    const { status, body } = toHttpError(err, deps.logError);
    if (status === 401) {
      res.set('WWW-Authenticate', 'Bearer');
    }
    if (status === 503) {
      res.set('Retry-After', String(deps.retryAfter()));
    }
    const busy = body.errors[0]?.extensions.retryAfter;
    if (status === 429 && typeof busy === 'number') {
      res.set('Retry-After', String(busy));
    }
    res.status(status).set('Cache-Control', 'no-store').json(body);
  };

  // Each streamed export holds a Neo4j read per page for as long as its client reads: a bounded number
  // run at once, so slow or many clients cannot take every session from the queries.
  let running = 0;
  const takeSlot = (): (() => void) => {
    if (running >= deps.maxConcurrent) {
      throw new ServiceBusyError(
        `${deps.maxConcurrent} exports are running (EXPORT_MAX_CONCURRENT): retry after ${BUSY_RETRY_AFTER_S} s`,
        BUSY_RETRY_AFTER_S,
      );
    }
    running += 1;
    let held = true;
    return () => {
      if (held) {
        held = false;
        running -= 1;
      }
    };
  };

  const table =
    (format: TableFormat): express.RequestHandler =>
    async (req, res) => {
      let stream;
      let release = (): void => {};
      try {
        authorizeRequest(req.headers.authorization, deps.tokens, deps.readAccess);
        const query = parseEventExportQuery(req.query);
        release = takeSlot();
        stream = await deps.exports.eventTable(query, format);
      } catch (err) {
        release();
        fail(res, err);
        return;
      }
      res.status(200).set({
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="events.${format}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      // pipeline waits for 'drain' when the client reads slowly and destroys the stream (ending the
      // reads) when the client goes away. A failure after the first byte can only cut the response:
      // the client sees a transfer that did not complete.
      pipeline(stream, res, err => {
        release();
        if (err !== undefined && err !== null && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          deps.logError('an export failed while streaming', err);
        }
      });
    };

  app.get('/export/events.tsv', table('tsv'));
  app.get('/export/events.csv', table('csv'));
  app.get('/export/articles/:file', async (req, res) => {
    try {
      authorizeRequest(req.headers.authorization, deps.tokens, deps.readAccess);
      const file = req.params.file;
      if (!file.endsWith(JSONLD_SUFFIX)) {
        throw new BadUserInputError('ask for /export/articles/<article id>.jsonld', 'id');
      }
      const id = parseId(file.slice(0, -JSONLD_SUFFIX.length), 'id');
      if (!id.startsWith('article:')) {
        throw new BadUserInputError('id must be an article id (article:<hash>)', 'id');
      }
      const doc = await deps.exports.articleJsonLd(id);
      res
        .status(200)
        .set({ 'Content-Type': JSONLD_CONTENT_TYPE, 'Cache-Control': 'no-store' })
        .send(JSON.stringify(doc, null, 2));
    } catch (err) {
      fail(res, err);
    }
  });
}
