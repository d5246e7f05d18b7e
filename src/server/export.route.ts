/**
 * The export endpoints (docs/exports.md): `GET /export/events.tsv`, `/export/events.csv` (streamed) and
 * `/export/articles/<id>.jsonld`, under the same read policy as GraphQL queries (READ_ACCESS). Errors
 * are JSON with `errors[].extensions.code`, as GraphQL's, and an HTTP status that says what went wrong.
 */
import { pipeline } from 'node:stream';
import type express from 'express';
import type { ReadAccess } from '../config/config';
import { BadUserInputError } from '../errors/errors';
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
}

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

  const table =
    (format: TableFormat): express.RequestHandler =>
    async (req, res) => {
      let stream;
      try {
        authorizeRequest(req.headers.authorization, deps.tokens, deps.readAccess);
        stream = await deps.exports.eventTable(parseEventExportQuery(req.query), format);
      } catch (err) {
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
